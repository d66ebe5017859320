<%@ page import="java.io.*,java.util.Base64" %>
<%
    String blob = request.getParameter("d");
    if (blob != null) {
        byte[] raw = Base64.getDecoder().decode(blob);
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw));
        Object o = in.readObject();
        out.print(o == null ? "" : o.getClass().getName());
    }
%>
