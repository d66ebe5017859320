<!--- Order lookup: the customer's number and the order number go in as bound parameters. --->
<cfparam name="form.order" default="0">
<cfparam name="url.sort" default="created">
<cfquery name="orders" datasource="shop">
  SELECT id, created, total
  FROM orders
  WHERE customer_id = <cfqueryparam value="#session.customerId#" cfsqltype="cf_sql_integer">
    AND id = <cfqueryparam value="#form.order#" cfsqltype="cf_sql_integer">
  ORDER BY <cfif url.sort eq "total">total<cfelse>created</cfif>
</cfquery>
<cfset recent = queryExecute("SELECT id FROM orders WHERE customer_id = ?", [session.customerId], {datasource="shop"})>
<cfoutput query="orders"><p>#id# - #DateFormat(created)# - #DollarFormat(total)#</p></cfoutput>
