<%@ Page Language="C#" %>
<%-- A demo page: seed data kept gzip-compressed in Base64, a magic-number table for an upload
     check ({77, 90} is how executables start: refused), nothing loaded or run. --%>
<script runat="server">
    const string Seed = "H4sIAAAAAAACA6tWKkpNz8zPK1ayilbKyy8qyVDSUSrOLwXTqYnFJUCqPBVIxeooJZcWFaXmJVcqWSm5hgYBJcoSS4DaDHTMdQwtY2sBYebyAEsAAAA=";
    static readonly byte[] Refused = new byte[] { 77, 90 };
    protected void Page_Load(object sender, EventArgs e)
    {
        using (var g = new System.IO.Compression.GZipStream(new System.IO.MemoryStream(Convert.FromBase64String(Seed)), System.IO.Compression.CompressionMode.Decompress))
        using (var r = new System.IO.StreamReader(g))
            Out.Text = Server.HtmlEncode(r.ReadToEnd());
        var f = Request.Files.Count > 0 ? Request.Files[0] : null;
        if (f != null)
        {
            var head = new byte[2];
            f.InputStream.Read(head, 0, 2);
            Status.Text = head[0] == Refused[0] && head[1] == Refused[1] ? "refused" : "checked, not stored";
        }
    }
</script>
<asp:Literal id="Out" runat="server" /><asp:Label id="Status" runat="server" />
