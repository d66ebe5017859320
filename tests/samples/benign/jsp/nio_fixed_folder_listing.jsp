<%@ page import="java.nio.file.*" %>
<%
// Lists the application's own export folder; a file is read only if it is one of the listed names.
Path base = Paths.get(application.getRealPath("/WEB-INF/exports"));
String want = request.getParameter("f");
try (DirectoryStream<Path> ds = Files.newDirectoryStream(base)) {
    for (Path p : ds) {
        String n = p.getFileName().toString();
        if (n.equals(want)) { out.print(new String(Files.readAllBytes(base.resolve(n)))); }
        out.println(n + "<br>");
    }
}
%>
