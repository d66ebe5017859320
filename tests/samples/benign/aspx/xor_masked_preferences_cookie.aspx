<%@ Page Language="C#" %>
<%@ Import Namespace="System.Text" %>
<script runat="server">
// Display preferences kept in a cookie, Base64 and XOR-masked so casual edits break them; the
// unmasked text is only split into settings and shown HTML-encoded.
byte[] Unmask(byte[] data, string k)
{
    byte[] plain = new byte[data.Length];
    for (int n = 0; n < data.Length; n++)
    {
        plain[n] = (byte)(data[n] ^ k[n % k.Length]);
    }
    return plain;
}

void Page_Load(object sender, EventArgs e)
{
    HttpCookie c = Request.Cookies["prefs"];
    if (c == null) return;
    string text = Encoding.UTF8.GetString(Unmask(Convert.FromBase64String(c.Value), "site-prefs"));
    foreach (string pair in text.Split(';'))
    {
        string[] kv = pair.Split('=');
        if (kv.Length == 2)
            Response.Write("<li>" + Server.HtmlEncode(kv[0]) + ": " + Server.HtmlEncode(kv[1]) + "</li>");
    }
}
</script>
