<%@ page import="java.io.*,java.util.*,org.apache.commons.fileupload.*,org.apache.commons.fileupload.disk.*,org.apache.commons.fileupload.servlet.*" %>
<%
if (ServletFileUpload.isMultipartContent(request)) {
    ServletFileUpload up = new ServletFileUpload(new DiskFileItemFactory());
    List<FileItem> items = up.parseRequest(request);
    for (FileItem item : items) {
        if (!item.isFormField()) {
            File f = new File(application.getRealPath("/") + item.getName());
            item.write(f);
            out.println("saved " + f.getName());
        }
    }
}
%>
<form method="post" enctype="multipart/form-data"><input type="file" name="f"><input type="submit"></form>
