<cfscript>
// server report: fixed commands only; the request picks the output format, the host name is the
// server's own
fmt = url.format ?: "txt";
host = cgi.server_name;
cfexecute(name="/usr/bin/uptime", variable="up", timeout=5);
cfexecute(name="/usr/bin/dig", arguments="+short #host#", variable="addr", timeout=5);
if (fmt == "json") {
    writeOutput(serializeJSON({uptime: up, address: addr}));
} else {
    writeOutput(encodeForHTML(up & " " & addr));
}
</cfscript>
