<!--- Invoice download: the client sends a numeric id, the path is built from the invoice folder --->
<cfparam name="url.id" default="0">
<cfif NOT isValid("integer", url.id)><cfabort></cfif>
<cfset invoicePath = ExpandPath("./invoices/") & "invoice-" & url.id & ".pdf">
<cfif FileExists(invoicePath)>
	<cfheader name="Content-Disposition" value="attachment; filename=invoice-#url.id#.pdf">
	<cfcontent file="#invoicePath#" type="application/pdf">
</cfif>
<cfoutput><a href="?id=#url.id#">download again</a> | <a href="?page=2">older invoices</a></cfoutput>
