<%@ Page Language="C#" %>
<%@ Import Namespace="System.Security.Cryptography" %>
<script runat="server">
    // decrypts the protected connection string shown to the admin (masked)
    protected void Page_Load(object sender, EventArgs e)
    {
        byte[] cipher = Convert.FromBase64String(System.Configuration.ConfigurationManager.AppSettings["ProtectedConn"]);
        using (var aes = new RijndaelManaged())
        {
            aes.Key = Shop.Secrets.Key; aes.IV = Shop.Secrets.IV;
            byte[] plain = aes.CreateDecryptor().TransformFinalBlock(cipher, 0, cipher.Length);
            Conn.Text = Mask(System.Text.Encoding.UTF8.GetString(plain));
        }
    }
    static string Mask(string s) { return s.Length < 8 ? "****" : s.Substring(0, 4) + new string('*', s.Length - 4); }
</script>
<asp:Literal ID="Conn" runat="server" />
