<%@ page import="java.io.*,java.util.*,org.apache.commons.fileupload.*,org.apache.commons.fileupload.disk.*,org.apache.commons.fileupload.servlet.*,org.apache.commons.io.FilenameUtils" %>
<%-- receives the document form of /account/documents.jsp; files are kept outside the web root under
     a generated name, their type checked against a list --%>
<%
if (session.getAttribute("userId") == null) { response.sendError(403); return; }
File store = new File(System.getProperty("catalina.base"), "documents");
ServletFileUpload upload = new ServletFileUpload(new DiskFileItemFactory());
upload.setFileSizeMax(5 * 1024 * 1024);
for (FileItem item : upload.parseRequest(request)) {
    if (item.isFormField()) continue;
    String ext = FilenameUtils.getExtension(FilenameUtils.getName(item.getName())).toLowerCase();
    if (!Arrays.asList("pdf", "png", "jpg").contains(ext)) { response.sendError(415); return; }
    File target = new File(store, UUID.randomUUID().toString() + "." + ext);
    item.write(target);
}
response.sendRedirect("/account/documents.jsp?saved=1");
%>
