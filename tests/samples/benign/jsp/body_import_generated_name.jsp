<%@ page import="java.io.*,java.util.UUID" %>
<%
    InputStream in = request.getInputStream();
    String stale = request.getParameter("stale");
%>
<%-- Price list import: the body of a POST from the ERP is copied into a spool file with a name the
     page generates; a nightly job loads it. A stale spool file the job names is removed by its
     bare name only, inside the spool folder. --%>
<%
    File spool = new File("/var/spool/price-import");
    File target = new File(spool, UUID.randomUUID().toString() + ".csv");
    OutputStream os = new FileOutputStream(target);
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
        os.write(buf, 0, n);
    }
    os.close();
    if (stale != null) {
        String bare = new File(stale).getName();
        new File(spool, bare).delete();
    }
    out.print("queued " + target.getName());
%>
