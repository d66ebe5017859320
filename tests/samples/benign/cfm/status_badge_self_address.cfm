<!--- uptime badge: tells the status service which page asks and shows its answer as text --->
<cfhttp url="https://status.example.com/badge?page=#urlEncodedFormat(cgi.http_host & cgi.script_name)#" method="get" result="badge">
<cfoutput><p>Status: #encodeForHTML(badge.fileContent)#</p></cfoutput>
