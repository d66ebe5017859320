<%@ page import="javax.servlet.http.Part,java.util.UUID,java.io.File" contentType="application/json" %>
<%
    String dir = application.getInitParameter("attachments.dir");
    Part part = request.getPart("attachment");
    if (part == null || part.getSize() == 0) {
        response.setStatus(400);
        out.print("{\"error\":\"no file\"}");
        return;
    }
    String id = UUID.randomUUID().toString();
    part.write(dir + File.separator + id + ".bin");
    out.print("{\"id\":\"" + id + "\",\"size\":" + part.getSize() + "}");
%>
