<%
' Sends a document from the site's download folder; directories are stripped from the name.
Dim name, full, st

Function SafeName(s)
    SafeName = Replace(Replace(Replace(s, "..", ""), "/", ""), "\", "")
End Function

name = SafeName(Request.QueryString("doc"))
full = Server.MapPath("/downloads/" & name)
Set st = Server.CreateObject("ADODB.Stream")
st.Type = 1
st.Open
st.LoadFromFile full
Response.ContentType = "application/octet-stream"
Response.AddHeader "Content-Disposition", "attachment; filename=" & name
Response.BinaryWrite st.Read
st.Close
%>
