<%@ page import="java.io.*" %>
<%
  // Admin report: the report type is one of a fixed set; the row count is a number.
  String type = request.getParameter("type");
  int rows = Integer.parseInt(request.getParameter("rows"));
  if ("daily".equals(type) || "weekly".equals(type)) {
    Process p = Runtime.getRuntime().exec(new String[]{"/opt/app/bin/report", type, String.valueOf(rows)});
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
    String line;
    while ((line = r.readLine()) != null) {
      out.println(org.apache.commons.text.StringEscapeUtils.escapeHtml4(line));
    }
  }
%>
