<!--- regenerates thumbnails with the fixed ImageMagick command; no form/url data in the command --->
<cfif session.isAdmin>
    <cfexecute name="/usr/bin/mogrify" arguments="-path /var/www/media/thumbs -thumbnail 200x200 /var/www/media/photos/*.jpg" timeout="120" variable="result" />
    <cfoutput><pre>#encodeForHTML(result)#</pre></cfoutput>
</cfif>
