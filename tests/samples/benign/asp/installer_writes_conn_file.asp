<%
' setup wizard, step 3: write the connection include (conn.inc) and fetch the latest language pack
Dim fs, f, http, st, dbPath
dbPath = Server.MapPath("data/site.mdb")
Set fs = Server.CreateObject("Scripting.FileSystemObject")
Set f = fs.CreateTextFile(Server.MapPath("inc/conn.inc"), True)
f.WriteLine "<" & "%"
f.WriteLine "Dim conn"
f.WriteLine "Set conn = Server.CreateObject(""ADODB.Connection"")"
f.WriteLine "conn.Open ""Provider=Microsoft.Jet.OLEDB.4.0;Data Source=" & dbPath & """"
f.WriteLine "%" & ">"
f.Close

Set http = Server.CreateObject("MSXML2.ServerXMLHTTP.6.0")
http.Open "GET", "https://updates.example.com/lang/en.xml", False
http.Send
If http.Status = 200 Then
    Set st = Server.CreateObject("ADODB.Stream")
    st.Type = 1
    st.Open
    st.Write http.ResponseBody
    st.SaveToFile Server.MapPath("lang/en.xml"), 2
    st.Close
End If
Response.Write "Setup step 3 done. <a href=""setup.asp?step=4"">Continue</a>"
%>
