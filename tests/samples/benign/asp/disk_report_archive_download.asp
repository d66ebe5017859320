<%
' Server health page: free space per drive, and monthly reports from the site's own archive folder.
Dim fso, d, month, reportDir, files, f, st
Set fso = Server.CreateObject("Scripting.FileSystemObject")
For Each d In fso.Drives
  If d.IsReady Then Response.Write d.DriveLetter & ": " & Round(d.FreeSpace / 1048576) & " MB free<br>"
Next
reportDir = Server.MapPath("/reports/archive")
month = Request.QueryString("month")
If month <> "" Then
  Select Case month
    Case "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"
      Set st = Server.CreateObject("ADODB.Stream")
      st.Type = 1
      st.Open
      st.LoadFromFile(reportDir & "\report-" & month & ".pdf")
      Response.ContentType = "application/pdf"
      Response.BinaryWrite st.Read
      st.Close
      Response.End
  End Select
End If
Set files = fso.GetFolder(reportDir).Files
For Each f In files
  Response.Write Server.HTMLEncode(f.Name) & "<br>"
Next
%>
