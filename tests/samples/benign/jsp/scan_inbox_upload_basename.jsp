<%@ page import="org.apache.commons.fileupload.*,org.apache.commons.fileupload.disk.*,org.apache.commons.fileupload.servlet.*" %>
<%@ page import="java.util.*,java.io.*" %>
<%-- Scanner inbox: scanned documents posted by the office's scan station are dropped into a fixed
     spool folder outside the web application, under their own names without any directories. --%>
<%
    final String inbox = "/var/spool/scan-inbox";
    ServletFileUpload parser = new ServletFileUpload(new DiskFileItemFactory());
    List<FileItem> parts = parser.parseRequest(request);
    int stored = 0;
    for (FileItem part : parts) {
        if (!part.isFormField()) {
            String docName = part.getName();
            docName = docName.substring(docName.lastIndexOf(File.separatorChar) + 1);
            docName = docName.substring(docName.lastIndexOf('/') + 1);
            part.write(new File(inbox, docName));
            stored++;
        }
    }
%>
<%= stored %> document(s) received.
