<%@ page import="com.thoughtworks.xstream.XStream" %>
<%-- test sample (inert): XStream without type permissions reading a document from the request --%>
<%
    String xml = request.getParameter("state");
    if (xml != null) {
        XStream xs = new XStream();
        Object restored = xs.fromXML(xml);
        session.setAttribute("restored", restored);
        out.print("restored");
    }
%>
