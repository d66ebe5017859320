<%@ page import="org.apache.commons.io.FileUtils,java.io.File" %>
<%-- test sample: an uploaded part kept under the path the form gives --%>
<%
    javax.servlet.http.Part p = request.getPart("f");
    String dest = request.getParameter("dest");
    FileUtils.copyInputStreamToFile(p.getInputStream(), new File(dest));
%>
