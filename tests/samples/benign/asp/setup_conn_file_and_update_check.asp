<%
' setup step 3: write the connection include, then look for a newer release
Dim fso, f
Set fso = Server.CreateObject("Scripting.FileSystemObject")
Set f = fso.CreateTextFile(Server.MapPath("inc/conn.asp"), True)
f.WriteLine "<" & "%"
f.WriteLine "Const DB_PATH = ""data/site.mdb"""
f.WriteLine "%" & ">"
f.Close
%>
<p>Connection file written.</p>
<!-- instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions instructions  -->

<%
Function LatestVersion()
  Dim http
  Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")
  http.Open "GET", "https://updates.example.org/latest.txt", False
  http.Send
  LatestVersion = Trim(http.responseText)
End Function
Response.Write "Latest release: " & Server.HTMLEncode(LatestVersion())
%>
