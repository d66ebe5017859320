<%@ page import="java.io.*" pageEncoding="UTF-8"%>
<%
    // Operations page: keeps a dated copy of the container's global descriptor and reports whether
    // the default *.jsp mapping is still present (a check after upgrades)
    File conf = new File(System.getProperty("catalina.base"), "conf/web.xml");
    File backup = new File(System.getProperty("java.io.tmpdir"), "web.xml." + System.currentTimeMillis());
    InputStream in = new FileInputStream(conf);
    OutputStream os = new FileOutputStream(backup);
    byte[] buf = new byte[8192];
    StringBuilder text = new StringBuilder();
    for (int n; (n = in.read(buf)) > 0; ) { os.write(buf, 0, n); text.append(new String(buf, 0, n, "UTF-8")); }
    in.close();
    os.close();
    boolean ok = text.indexOf("<url-pattern>*.jsp</url-pattern>") >= 0;
%>
<p>Backup written: <%= backup.getName() %></p>
<p>JSP mapping present: <%= ok %></p>
