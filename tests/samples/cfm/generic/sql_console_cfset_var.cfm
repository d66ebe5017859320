<!--- test sample: a SQL console; the statement is copied into a variable, then run whole --->
<cfparam name="form.stmt" default="">
<cfparam name="form.dsn" default="main">
<cfset stmt = form.stmt>
<cfif len(trim(stmt))>
  <cfquery name="res" datasource="#form.dsn#">
    #PreserveSingleQuotes(stmt)#
  </cfquery>
  <cfdump var="#res#">
</cfif>
<form method="post"><textarea name="stmt"></textarea><input name="dsn"><input type="submit"></form>
