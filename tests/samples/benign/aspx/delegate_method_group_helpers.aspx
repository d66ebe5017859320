<%@ Page Language="C#" %>
<script runat="server">
    // helper delegates over framework method groups: names and paths are only displayed, and the
    // one program started is the fixed help viewer
    System.Func<string, string> nameOf = System.IO.Path.GetFileName;
    System.Func<string, string> encode = System.Web.HttpUtility.HtmlEncode;

    void Page_Load(object sender, EventArgs e)
    {
        string file = Request.QueryString["file"] ?? "";
        Response.Write(encode(nameOf(file)));
        System.Func<string, System.Diagnostics.Process> open = System.Diagnostics.Process.Start;
        if (Request.QueryString["help"] == "1")
        {
            open("hh.exe");
        }
    }
</script>
