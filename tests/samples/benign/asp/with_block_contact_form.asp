<%@ Language="VBScript" %>
<%
' contact form: the request is read in a With block, the values encoded for the page and the
' row formatter reached through a GetRef pointer
Sub WriteRow(ByVal label, ByVal value)
    Response.Write "<tr><th>" & Server.HTMLEncode(label) & "</th><td>" & Server.HTMLEncode(value) & "</td></tr>"
End Sub

Dim row, name, topic
Set row = GetRef("WriteRow")
With Request
    name = Trim(.Form("name"))
    topic = Trim(.Form("topic"))
End With
Response.Write "<table>"
row "Name", name
row "Topic", topic
Response.Write "</table>"
With Response
    .Write "<p>Thank you.</p>"
End With
%>
