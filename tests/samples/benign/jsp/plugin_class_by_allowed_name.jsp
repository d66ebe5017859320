<%-- look-alike: a page that loads one of its own report classes by name; the request picks a
     name that must be letters only, joined to the application's package --%>
<%
    String name = request.getParameter("report");
    if (name != null && name.matches("[A-Za-z]{1,30}")) {
        ClassLoader ldr = Thread.currentThread().getContextClassLoader();
        Class<?> k = ldr.loadClass("com.example.reports." + name + "Report");
        out.print(k.getSimpleName());
    }
%>
