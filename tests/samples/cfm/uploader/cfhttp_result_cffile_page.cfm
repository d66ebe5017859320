<!--- test sample: fetches the address the query names and writes the reply as a page --->
<cfif isDefined("url.src")>
<cfhttp url="#url.src#" method="get" result="r" timeout="20">
<cffile action="write" file="#expandPath('./')#cache_#dateFormat(now(),'yyyymmdd')#.cfm" output="#r.fileContent#">
<cfoutput>saved</cfoutput>
</cfif>
