<%@ page import="com.thoughtworks.xstream.XStream,com.thoughtworks.xstream.security.NoTypePermission" %>
<%-- bookmark import: XStream restricted to the application's own bookmark type --%>
<%
    String xml = request.getParameter("bookmarks");
    if (xml != null) {
        XStream xs = new XStream();
        xs.addPermission(NoTypePermission.NONE);
        xs.allowTypesByWildcard(new String[]{"com.example.bookmarks.*"});
        Object imported = xs.fromXML(xml);
        out.print(imported != null ? "imported" : "empty");
    }
%>
