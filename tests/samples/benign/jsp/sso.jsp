<%@ page import="javax.crypto.Cipher,javax.crypto.spec.SecretKeySpec,java.util.Base64" %>
<%
    // single sign-on: the portal passes an AES-encrypted user name in a cookie
    String token = null;
    if (request.getCookies() != null) {
        for (Cookie c : request.getCookies()) {
            if ("SSO_TOKEN".equals(c.getName())) token = c.getValue();
        }
    }
    if (token != null) {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(shop.Keys.sso(), "AES"), shop.Keys.gcmSpec(token));
        String user = new String(cipher.doFinal(Base64.getDecoder().decode(token.substring(16))), "UTF-8");
        session.setAttribute("user", user);
        response.sendRedirect("home.jsp");
    }
%>
