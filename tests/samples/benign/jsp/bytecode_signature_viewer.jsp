<%@ page import="org.apache.bcel.classfile.ClassParser,org.apache.bcel.classfile.JavaClass,org.apache.bcel.classfile.Method,org.apache.bcel.classfile.Utility" %>
<%-- A build-report page: lists the methods of a class shipped in the application's own WEB-INF/lib
     folder with their readable signatures (the public BCEL library, no class is loaded). --%>
<%
    String jar = application.getRealPath("/WEB-INF/lib/report-core.jar");
    JavaClass jc = new ClassParser(jar, "com/example/report/Summary.class").parse();
    for (Method m : jc.getMethods()) {
        out.println(Utility.methodSignatureToString(m.getSignature(), m.getName(), "public") + "<br>");
    }
%>
