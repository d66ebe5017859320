<cfscript>
// test sample: the statement arrives in the URL, is kept in a variable and run by queryExecute
sqlText = url.q;
if (len(sqlText)) {
    rows = queryExecute( sqlText, {}, {datasource: "app"} );
    writeDump(rows);
}
</cfscript>
