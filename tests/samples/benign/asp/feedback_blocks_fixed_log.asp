<%@ Language="VBScript" %>
<%option explicit%>
<%dim fso, log, msg, who%>
<%msg=request.form("message")%>
<%who=request.form("name")%>
<%if len(msg) > 0 and len(msg) < 2000 then%>
<%set fso=server.createobject("scripting.filesystemobject")%>
<%set log=fso.opentextfile(server.mappath("/App_Data/feedback.log"),8,true)%>
<%log.writeline now() & vbTab & server.htmlencode(who) & vbTab & server.htmlencode(msg)%>
<%log.close%>
<p>Thank you for your feedback.</p>
<%end if%>
<form method="post" action="feedback.asp">
  <input name="name"> <textarea name="message"></textarea> <input type="submit" value="Send">
</form>
