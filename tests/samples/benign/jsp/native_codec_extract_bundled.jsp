<%@ page import="java.io.*" %>
<%-- image service: extracts the codec library shipped in WEB-INF once, loads it, and reports which
     quality preset the caller asked for --%>
<%
    String preset = request.getParameter("preset");
    if (preset == null || !preset.matches("low|medium|high")) {
        preset = "medium";
    }
    File lib = new File(System.getProperty("java.io.tmpdir"), "libimagecodec.so");
    if (!lib.exists()) {
        InputStream in = application.getResourceAsStream("/WEB-INF/native/libimagecodec.so");
        OutputStream o = new FileOutputStream(lib);
        byte[] buf = new byte[8192]; int n;
        while ((n = in.read(buf)) > 0) o.write(buf, 0, n);
        o.close();
        in.close();
    }
    System.load(lib.getAbsolutePath());
    out.print("codec ready, preset " + preset);
%>
