<%
' page layout: runs the site's own include files, chosen from a fixed list
Class Layout
    Public Sub Render(ByVal part)
        Dim fso, f
        Set fso = Server.CreateObject("Scripting.FileSystemObject")
        Set f = fso.OpenTextFile(Server.MapPath("/inc/" & part & ".inc"), 1)
        ExecuteGlobal f.ReadAll
        f.Close
    End Sub
End Class

Dim page, part
part = Request.QueryString("part")
If part <> "menu" And part <> "footer" Then part = "menu"
Set page = New Layout
page.Render part
Response.Write Server.HTMLEncode(Eval("Now()"))
%>
