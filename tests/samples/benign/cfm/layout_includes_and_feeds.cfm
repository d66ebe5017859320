<!--- Fusebox-style layout: the circuit picks a display fragment from a fixed prefix and suffix --->
<cfparam name="url.fuseaction" default="home">
<cfif not reFind("^[a-z_]{1,30}$", url.fuseaction)>
    <cfset url.fuseaction = "home">
</cfif>
<cfinclude template="dsp_#url.fuseaction#.cfm">
<cfinclude template="#request.layoutTemplate#">
<cfinclude template="/includes/footer.cfm">

<cfscript>
    // feedback goes into a fixed log file; the visitor's text is data
    if (structKeyExists(form, "comment")) {
        fileAppend(expandPath("/data/feedback.log"), dateTimeFormat(now(), "iso") & " " & encodeForHTML(form.comment) & chr(10));
    }
    uuid = createObject("java", "java.util.UUID").randomUUID().toString();
    timer = createObject("java", "java.lang.Thread");
</cfscript>

<!--- the nightly exchange-rate feed, saved as data --->
<cfhttp url="https://example.invalid/rates.csv" method="get" path="#expandPath('/data/')#" file="rates.csv" timeout="20">
<cfoutput>#uuid#</cfoutput>
