<%@ Language="JScript" %>
<%
// Shortened names for helpers and a callback table: nothing here evaluates text as code.
var enc = Server.HTMLEncode;
var isNum = isNaN;
var render = function (title, rows) {
    Response.Write("<h1>" + enc(title) + "</h1>");
    for (var i = 0; i < rows.length; i++) {
        Response.Write("<p>" + enc(rows[i]) + "</p>");
    }
};
var page = String(Request.QueryString("page"));
var handlers = { home: function () { render("Home", ["Welcome"]); },
                 about: function () { render("About", ["Contact us by mail"]); } };
var h = handlers[page] || handlers.home;
if (!isNum(page)) { h(); }
%>
