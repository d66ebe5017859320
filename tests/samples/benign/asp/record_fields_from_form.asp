<%
' An edit form: the fields go into the record and back to the page encoded; a dictionary holds labels.
Set labels = Server.CreateObject("Scripting.Dictionary")
labels.Add "title", "Title"
labels.Add "body", Request.Form("lang")
Set rs = Server.CreateObject("ADODB.Recordset")
rs.Open "SELECT title, body FROM notes WHERE id = " & CLng(Request.QueryString("id")), conn, 1, 3
rs("title") = Request.Form("title")
rs("body") = Request.Form("body")
rs.Update
Response.Write "<h1>" & Server.HTMLEncode(rs("title")) & "</h1>"
Response.Write "<p>" & labels.Item("title") & "</p>"
%>
