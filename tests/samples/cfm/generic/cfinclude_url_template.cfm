<cfif structKeyExists(url, "page")><cfinclude template="#url.page#"></cfif>
