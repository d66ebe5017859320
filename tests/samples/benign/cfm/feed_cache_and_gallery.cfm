<!--- A partner feed cached to a fixed file, and the gallery of one album picked by number. --->
<cfhttp url="https://partner.example.com/feed.xml" method="get" path="#expandPath('./cache')#" file="partner-feed.xml" timeout="10">
<cfset album = val(url.album)>
<cfdirectory action="list" directory="#expandPath('./albums/' & album)#" name="pics" filter="*.jpg">
<cfoutput query="pics"><img src="albums/#album#/#pics.name#" alt=""></cfoutput>
