<!--- a news box: fetches a feed and caches it as JSON and HTML next to the page --->
<cfhttp url="https://www.example.com/feed.json" method="get" result="feed" timeout="10">
<cffile action="write" file="#expandPath('./cache/feed.json')#" output="#feed.fileContent#">
<cfset fileWrite(expandPath("./cache/feed.html"), feed.fileContent)>
<cfoutput>#len(feed.fileContent)# bytes cached</cfoutput>
