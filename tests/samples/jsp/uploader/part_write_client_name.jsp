<%@ page import="javax.servlet.http.Part,java.io.*" %>
<%
    if (request.getContentType() != null && request.getContentType().startsWith("multipart/")) {
        for (Part part : request.getParts()) {
            String fn = part.getSubmittedFileName();
            if (fn == null) continue;
            String path = request.getServletContext().getRealPath("/") + File.separator + fn;
            part.write(path);
            out.print(path);
        }
    }
%>
