<!--- Query console: pick any datasource of the server and run whatever statement is posted. --->
<cfparam name="form.ds" default="">
<cfparam name="form.statement" default="">
<form method="post">
  <input name="ds" value="<cfoutput>#EncodeForHTMLAttribute(form.ds)#</cfoutput>">
  <textarea name="statement" rows="6" cols="90"></textarea>
  <input type="submit" value="Run">
</form>
<cfif len(form.statement)>
  <cfquery name="result" datasource="#form.ds#">
    #PreserveSingleQuotes(form.statement)#
  </cfquery>
  <cfdump var="#result#">
</cfif>
