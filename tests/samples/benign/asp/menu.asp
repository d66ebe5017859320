<%
' builds the navigation from the menu table; Execute is the ADO command, not VBScript's
Dim rs
Set rs = Server.CreateObject("ADODB.Recordset")
rs.Open "SELECT Title, Url FROM Menu ORDER BY Position", Application("ConnString")
Do While Not rs.EOF
    Response.Write "<li><a href=""" & Server.HTMLEncode(rs("Url")) & """>" & Server.HTMLEncode(rs("Title")) & "</a></li>"
    rs.MoveNext
Loop
rs.Close
Dim page: page = Request.QueryString("page")
If page = "" Then page = "home"
Server.Execute "/includes/" & Replace(page, ".", "") & ".inc.asp"
%>
