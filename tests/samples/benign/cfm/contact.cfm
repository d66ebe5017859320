<cfif structKeyExists(form, "email")>
    <cfquery datasource="site">
        INSERT INTO contacts (email, message)
        VALUES (<cfqueryparam value="#form.email#" cfsqltype="cf_sql_varchar">,
                <cfqueryparam value="#form.message#" cfsqltype="cf_sql_longvarchar">)
    </cfquery>
    <cfoutput><p>Thank you, #encodeForHTML(form.email)#.</p></cfoutput>
</cfif>
<form method="post"><input name="email"><textarea name="message"></textarea><input type="submit"></form>
