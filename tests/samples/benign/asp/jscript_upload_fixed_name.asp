<%@ Language="JScript" %>
<%
var size = Request.TotalBytes;
var st = Server.CreateObject("ADODB.Stream");
st.Type = 1;
st.Open();
st.Write(Request.BinaryRead(size));
var stamp = new Date().getTime();
st.SaveToFile(Server.MapPath("/uploads/import_" + stamp + ".csv"), 2);
st.Close();
var title = Request.QueryString("title") + "";
var json = "{\"title\":\"" + Server.URLEncode(title) + "\"}";
Response.Write(json);
%>
