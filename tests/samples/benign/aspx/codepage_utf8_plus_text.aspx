<%@ Page Language="C#" CodePage="65001" ResponseEncoding="utf-8" %>
<%-- Price list: the text has plus and minus signs (1+1-2, +AB-) that mean nothing special. --%>
<html><body>
<p>Offer: +AGE-10 per item, bundles 2+1-free.</p>
<%
    string item = Request.QueryString["item"] ?? "";
    Response.Write("<p>Item: " + Server.HtmlEncode(item) + "</p>");
%>
</body></html>
