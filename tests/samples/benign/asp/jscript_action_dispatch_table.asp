<%@ Language="JScript" %>
<%
function listItems() { Response.Write("<ul><li>one</li></ul>"); }
function viewItem(id) { Response.Write("Item " + parseInt(id, 10)); }
var handlers = { list: listItems, view: viewItem };
var action = Request.QueryString("action") + "";
var handler = handlers[action];
if (typeof handler == "function") {
  handler(Request.QueryString("id"));
} else {
  listItems();
}
var fmt = new Function("a", "b", "return a + ' / ' + b;");
Response.Write(fmt("page", Server.HTMLEncode(action)));
%>
