<%@ page import="java.lang.invoke.*" %>
<%-- look-alike (sweep 73): method handles chosen from a fixed table of String and Integer
     methods, applied to a request value; nothing that runs programs or loads classes --%>
<%
    String value = request.getParameter("v");
    String mode = request.getParameter("mode");
    if (value != null) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle h;
        if ("upper".equals(mode)) {
            h = lookup.findVirtual(String.class, "toUpperCase", MethodType.methodType(String.class));
        } else if ("trim".equals(mode)) {
            h = lookup.findVirtual(String.class, "trim", MethodType.methodType(String.class));
        } else {
            h = lookup.findStatic(Integer.class, "toHexString", MethodType.methodType(String.class, int.class));
            value = String.valueOf(Integer.parseInt(value));
            out.print(h.invoke(Integer.parseInt(value)));
            return;
        }
        out.print(org.apache.commons.lang3.StringEscapeUtils.escapeHtml4((String) h.invoke(value)));
    }
%>
