<!--- Orders report: the visitor picks a sort column from a fixed list and a template to preview. --->
<cfparam name="url.sort" default="created">
<cfset sortCol = url.sort>
<cfif not listFindNoCase("created,total,customer", sortCol)>
  <cfset sortCol = "created">
</cfif>
<cfquery name="orders" datasource="shop">
  SELECT id, customer, total, created FROM orders ORDER BY #sortCol# DESC
</cfquery>
<cfset tpl = url.tpl>
<cfset body = fileRead(expandPath("./templates/" & reReplace(tpl, "[^a-z0-9_-]", "", "all") & ".html"))>
<cfoutput query="orders">#id# #customer# #total#<br></cfoutput>
<cfoutput>#body#</cfoutput>
