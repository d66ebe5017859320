<%@ page import="java.nio.file.*,java.util.UUID" %>
<%-- profile page: stores the uploaded avatar under a generated name in the fixed avatars folder --%>
<%
    javax.servlet.http.Part avatar = request.getPart("avatar");
    String type = avatar.getContentType();
    if (avatar.getSize() > 0 && avatar.getSize() < 512000 && "image/png".equals(type)) {
        Path dir = Paths.get(application.getRealPath("/WEB-INF/avatars"));
        Path target = dir.resolve(UUID.randomUUID().toString() + ".png");
        Files.copy(avatar.getInputStream(), target);
        out.print("avatar saved");
    }
%>
