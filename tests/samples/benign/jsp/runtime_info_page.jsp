<%-- Diagnostics: memory figures of the running JVM; the request only chooses the unit. --%>
<%
String unit = "MB".equals(request.getParameter("unit")) ? "MB" : "KB";
long div = "MB".equals(unit) ? 1024L * 1024L : 1024L;
Runtime rt = Runtime.getRuntime();
out.println("free: " + (rt.freeMemory() / div) + " " + unit);
out.println("max: " + (rt.maxMemory() / div) + " " + unit);
%>
