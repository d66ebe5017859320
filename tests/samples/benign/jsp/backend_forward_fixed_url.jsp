<%@ page import="java.net.*,java.io.*" contentType="application/json; charset=utf-8" %><%
    // forwards the form posted by the order page to the warehouse service, whose address is fixed
    final String WAREHOUSE = "http://warehouse.internal:8080/api/orders/";
    String action = request.getParameter("action");
    HttpURLConnection c = (HttpURLConnection) new URL(WAREHOUSE + URLEncoder.encode(action, "UTF-8")).openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    InputStream in = request.getInputStream();
    OutputStream o = c.getOutputStream();
    byte[] b = new byte[4096];
    int n;
    while ((n = in.read(b)) > 0) o.write(b, 0, n);
    BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream(), "UTF-8"));
    String line;
    while ((line = r.readLine()) != null) out.println(line);
%>
