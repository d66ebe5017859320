<%@ page import="javax.xml.transform.*,javax.xml.transform.stream.*,java.io.*" %>
<%-- renders the monthly report with the site's own stylesheet; the month only becomes a
     stylesheet parameter --%>
<%
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
    File xsl = new File(application.getRealPath("/WEB-INF/xsl/report.xsl"));
    Transformer t = factory.newTransformer(new StreamSource(xsl));
    String month = request.getParameter("month");
    if (month != null && month.matches("\\d{4}-\\d{2}")) {
        t.setParameter("month", month);
    }
    File data = new File(application.getRealPath("/WEB-INF/data/report.xml"));
    t.transform(new StreamSource(data), new StreamResult(out));
%>
