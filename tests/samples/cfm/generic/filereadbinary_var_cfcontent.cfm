<!--- test sample: sends any file the form names, kept in a variable first --->
<cfset target = form.target>
<cfset bytes = fileReadBinary(target)>
<cfheader name="Content-Disposition" value="attachment; filename=#getFileFromPath(target)#">
<cfcontent type="application/octet-stream" variable="#bytes#">
