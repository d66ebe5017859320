<cfif structKeyExists(form, "newLangFile") and len(form.newLangFile)>
	<!--- filefield names the form field that carries the upload; the destination is fixed --->
	<cffile action="UPLOAD" filefield="form.newLangFile" destination="#expandPath('resources/language/')#" nameconflict="ERROR" accept="text/xml,application/xml">
	<cfset sFile = expandPath("resources/language/" & cffile.serverfile)>
	<cffile action="READ" file="#sFile#" variable="sContent">
	<cfif not isXML(sContent)>
		<cffile action="DELETE" file="#sFile#">
		<cfthrow message="The uploaded file is not a language file.">
	</cfif>
	<cflocation url="overview.cfm?uploaded=1" addtoken="no">
</cfif>
