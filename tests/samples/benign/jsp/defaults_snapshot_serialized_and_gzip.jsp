<%-- A settings page: the factory defaults kept as a serialized map (Base64) and a gzip-compressed JSON
     seed (Base64), a one-pixel PNG kept as a byte array for the preview (inlined as a data URL), the build's digest in hex.
     Nothing in them is code. --%>
<%@ page import="java.io.*,java.util.*,java.util.zip.GZIPInputStream" contentType="text/html;charset=UTF-8" %>
<%!
    static final String DEFAULTS = "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAACdAAFdGhlbWV0AARkYXJrdAAIcGFnZVNpemVzcgARamF2YS5sYW5nLkludGVnZXIS4qCk94GHOAIAAUkABXZhbHVleHIAEGphdmEubGFuZy5OdW1iZXKGrJUdC5TgiwIAAHhwAAAAGXg=";
    static final String SEED = "H4sIAAAAAAACA6tWKkpNz8zPK1ayilbKyy8qyVDSUSrOLwXTqYnFJUCqPBVIxeooJZcWFaXmJVcqWSm5hgYBJcoSS4DaDHTMdQwtY2sBYebyAEsAAAA=";
    static final byte[] PIXEL = { -119, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, -60, -119 };
    static final String BUILD = "cafe0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab";
%>
<%
    Map<?, ?> defaults;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(DEFAULTS)))) {
        defaults = (Map<?, ?>) in.readObject();
    }
    StringBuilder seed = new StringBuilder();
    try (Reader r = new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(SEED))), "UTF-8")) {
        char[] buf = new char[256];
        for (int n; (n = r.read(buf)) > 0; ) seed.append(buf, 0, n);
    }
    String pixel = Base64.getEncoder().encodeToString(PIXEL);
%>
<h1>Defaults</h1>
<p>Theme: <%= defaults.get("theme") %>, rows per page: <%= defaults.get("pageSize") %></p>
<pre><%= seed.toString().replace("<", "&lt;") %></pre>
<p><img src="data:image/png;base64,<%= pixel %>" alt=""> Build <%= BUILD.substring(0, 12) %></p>
