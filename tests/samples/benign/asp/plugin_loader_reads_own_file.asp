<%
' Loads the site's own plugin library from the plugins folder and runs its setup routine.
Dim fso, ts, code, pluginName
pluginName = "calendar"
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Set ts = fso.OpenTextFile(Server.MapPath("plugins/" & pluginName & ".vbs"), 1)
code = ts.ReadAll
ts.Close
ExecuteGlobal code
' a reminder: never Execute text a visitor sent
Call SetupPlugin()
Set conn = Server.CreateObject("ADODB.Connection")
conn.Execute sqlText
%>
