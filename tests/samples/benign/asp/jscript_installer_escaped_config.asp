<%@ Language="JScript" %>
<%
function quoted(s) { return String(s).replace(/["\\\r\n]/g, ""); }
if (Request.ServerVariables("REQUEST_METHOD") == "POST") {
  var fso = Server.CreateObject("Scripting.FileSystemObject");
  var conf = fso.CreateTextFile(Server.MapPath("/include/config.asp"), true);
  conf.WriteLine("<" + "%");
  conf.WriteLine("var DB_SERVER = \"" + quoted(Request.Form("server")) + "\";");
  conf.WriteLine("var DB_NAME = \"" + quoted(Request.Form("database")) + "\";");
  conf.WriteLine("var SITE_TITLE = \"" + Server.HTMLEncode(Request.Form("title") + "") + "\";");
  conf.WriteLine("%" + ">");
  conf.Close();
  Response.Redirect("done.asp");
}
%>
<form method="post"><input name="server"><input name="database"><input name="title"></form>
