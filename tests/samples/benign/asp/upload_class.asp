<%
' Upload handler for the CMS image library: fixed folder, extension allow-list, generated names.
Const UPLOAD_DIR = "/images/library/"
Dim formData, stream, allowed, ext, newName, startPos, endPos
allowed = Array("jpg", "jpeg", "png", "gif")
If Session("IsEditor") = True And Request.TotalBytes > 0 Then
    formData = Request.BinaryRead(Request.TotalBytes)
    Set stream = Server.CreateObject("ADODB.Stream")
    stream.Type = 1
    stream.Open
    stream.Write formData
    ext = LCase(GetExtension(formData))
    If IsAllowed(ext, allowed) Then
        newName = Replace(CStr(CreateObject("Scriptlet.TypeLib").GUID), "{", "")
        newName = Left(Replace(newName, "}", ""), 36) & "." & ext
        stream.Position = FindFileStart(formData)
        Dim fileStream: Set fileStream = Server.CreateObject("ADODB.Stream")
        fileStream.Type = 1
        fileStream.Open
        stream.CopyTo fileStream, FindFileLength(formData)
        fileStream.SaveToFile Server.MapPath(UPLOAD_DIR & newName), 2
        fileStream.Close
        Response.Write "OK"
    Else
        Response.Write "Only images are allowed"
    End If
    stream.Close
End If
%>
