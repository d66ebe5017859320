<!--- Monthly report export: the client picks a report by id, the file name is built here --->
<cfparam name="url.page" default="1">
<cfparam name="form.reportName" default="">
<cfset exportDir = expandPath("./exports/")>
<cfif Len(form.reportName) AND reFind("^[A-Za-z0-9_-]{1,40}$", form.reportName)>
	<cfset exportPath = exportDir & form.reportName & ".csv">
	<cfquery name="rows" datasource="shop">
		SELECT id, total FROM orders WHERE month = <cfqueryparam value="#Month(Now())#" cfsqltype="cf_sql_integer">
	</cfquery>
	<cfset csv = "id,total" & chr(10)>
	<cfloop query="rows"><cfset csv = csv & rows.id & "," & rows.total & chr(10)></cfloop>
	<cffile action="write" file="#exportPath#" output="#csv#">
</cfif>
<!--- remove the scratch file made by the chart step --->
<cfset tempFile = GetTempFile(GetTempDirectory(), "chart")>
<cfif IsDefined("tempFile") AND FileExists(tempFile)>
	<cffile action="delete" file="#tempFile#">
</cfif>
<cfoutput>
<form method="post">
	<input type="text" name="reportName" value="#HTMLEditFormat(form.reportName)#">
	<input type="submit" value="Export">
</form>
<a href="?page=#url.page + 1#">next page</a>
</cfoutput>
