<%-- inert test sample: a browsing proxy that fetches any address and routes the page links back through itself --%>
<%@ Page Language="C#" %>
<%@ Import Namespace="System.Net" %>
<%@ Import Namespace="System.Text.RegularExpressions" %>
<script runat="server">
void Page_Load(object s, EventArgs e) {
  string u = Request.QueryString["u"];
  HttpWebRequest q = (HttpWebRequest)WebRequest.Create(u);
  HttpWebResponse r = (HttpWebResponse)q.GetResponse();
  foreach (string k in r.Headers.AllKeys) Response.AppendHeader(k, r.Headers[k]);
  string page = new System.IO.StreamReader(r.GetResponseStream()).ReadToEnd();
  page = Regex.Replace(page, "((src|href)\\s*=\\s*[\"'])(http[^\"']+)", "$1" + Request.Path + "?u=$3");
  Response.Write(page);
}
</script>
