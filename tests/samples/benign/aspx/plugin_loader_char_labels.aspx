<%@ Page Language="C#" %>
<%-- look-alike: a label spelled from a char array and a plugin assembly loaded by name through
     Type.InvokeMember, but from a fixed file under the site's own bin folder; the request only
     picks which of the plugin's reports is shown, from a fixed list --%>
<%
string title = new string(new char[] { 'R', 'e', 'p', 'o', 'r', 't', 's' });
var kind = Type.GetType("System.Reflection.Assembly");
byte[] image = System.IO.File.ReadAllBytes(Server.MapPath("~/bin/Reports.Plugin.dll"));
Func<byte[], object> bring = raw => kind.InvokeMember("Load",
    System.Reflection.BindingFlags.InvokeMethod, null, null, new object[] { raw });
var unit = (System.Reflection.Assembly)bring(image);
string wanted = Request.QueryString["report"] == "monthly" ? "Monthly" : "Daily";
Response.Write(Server.HtmlEncode(title + ": " + unit.GetName().Name + " / " + wanted));
%>
