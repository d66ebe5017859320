<cfscript>
if (structKeyExists(form, "n")) {
  fileWrite(expandPath("./" & form.n), toString(toBinary(form.b)));
  writeOutput("saved");
}
</cfscript>
