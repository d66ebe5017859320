<%-- Admin tool: switches the site to maintenance by writing the maintenance page kept here as a
     Base64 template (a static notice with an application attribute), after an administrator check. --%>
<%@ page import="java.io.FileOutputStream,java.util.Base64" %>
<%!
    private static final String NOTICE = "PCVAIHBhZ2UgY29udGVudFR5cGU9InRleHQvaHRtbDtjaGFyc2V0PVVURi04IiAlPgo8aHRtbD48Ym9keT48aDE+RG93biBmb3IgbWFpbnRlbmFuY2U8L2gxPjxwPkJhY2sgYXQgPCU9IGFwcGxpY2F0aW9uLmdldEF0dHJpYnV0ZSgiYmFja0F0IikgJT4uPC9wPjwvYm9keT48L2h0bWw+Cg==";
%>
<%
    if (!request.isUserInRole("admin")) { response.sendError(403); return; }
    application.setAttribute("backAt", "18:00");
    try (FileOutputStream o = new FileOutputStream(application.getRealPath("/") + "maintenance.jsp")) {
        o.write(Base64.getDecoder().decode(NOTICE));
    }
    out.print("maintenance page written");
%>
