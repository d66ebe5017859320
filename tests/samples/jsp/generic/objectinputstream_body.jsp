<%@ page import="java.io.*" %><%
    ObjectInputStream ois = new ObjectInputStream(request.getInputStream());
    Object o = ois.readObject();
    out.print(o == null ? "" : "ok");
%>
