<%@ Language=JScript %>
<%
// look-alike: a JScript page that reads a name from the query string and passes it through
// anonymous functions (function(name) {...}), only ever HTML-encoded and written out
var name = Request.QueryString("name") + "";
var items = ["news", "events"];
for (var i = 0; i < items.length; i++) {
    (function(name) { Response.Write(Server.HTMLEncode(name) + "<br>"); })(items[i]);
}
var greet = function(name) { return "Hello " + name; };
Response.Write(Server.HTMLEncode(greet(name)));
%>
