<!--- Resize an uploaded product picture: the converter and the file are fixed by the application,
      the request only gives the size, made a number with Val(). --->
<cfparam name="url.w" default="120">
<cfparam name="url.h" default="120">
<cfset src = expandPath("/media/products/#application.productImage#")>
<cfset dst = expandPath("/media/thumbs/#application.productImage#")>
<cfexecute name="#application.convertPath#"
           arguments="#src# -resize #Val(url.w)#x#Val(url.h)# #dst#"
           timeout="20" variable="convertLog"></cfexecute>
<cflocation url="/media/thumbs/#application.productImage#" addtoken="no">
