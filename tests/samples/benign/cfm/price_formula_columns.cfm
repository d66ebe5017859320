<!--- look-alike: the sort column comes from the URL and a fixed price formula is evaluated;
      the request's value is only compared against a list, never evaluated --->
<cfset sortColumn = url.sort>
<cfif NOT listFindNoCase("name,price,stock", sortColumn)>
    <cfset sortColumn = "name">
</cfif>
<cfset total = Evaluate("unitPrice * quantity")>
<cfquery name="items" datasource="shop">
    SELECT name, price, stock FROM items ORDER BY <cfqueryparam value="#sortColumn#" cfsqltype="cf_sql_varchar">
</cfquery>
<cfoutput>Total: #total#</cfoutput>
