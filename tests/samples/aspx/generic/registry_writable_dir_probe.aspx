<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="Microsoft.Win32" %>
<%@ Import Namespace="System.Collections.Generic" %>
<%@ Import Namespace="System.Text.RegularExpressions" %>
<script runat="server">
    // Finds folders the worker process may write to: every path mentioned anywhere in the registry
    // is tried by dropping a marker file into it and removing it again.
    protected void Page_Load(object sender, EventArgs e)
    {
        Queue<RegistryKey> todo = new Queue<RegistryKey>();
        todo.Enqueue(Registry.LocalMachine);
        todo.Enqueue(Registry.CurrentUser);
        todo.Enqueue(Registry.Users);
        HashSet<string> tried = new HashSet<string>();
        Regex pathLike = new Regex(@"[A-Za-z]:\\[^""|<>*?]*");
        while (todo.Count > 0)
        {
            RegistryKey key = todo.Dequeue();
            try
            {
                foreach (string v in key.GetValueNames())
                {
                    object val = key.GetValue(v);
                    if (val == null) continue;
                    foreach (Match m in pathLike.Matches(val.ToString()))
                    {
                        string folder = Path.GetDirectoryName(m.Value);
                        if (folder == null || !tried.Add(folder) || !Directory.Exists(folder)) continue;
                        try
                        {
                            File.WriteAllText(Path.Combine(folder, "~probe.tmp"), "x");
                            File.Delete(Path.Combine(folder, "~probe.tmp"));
                            Response.Write(folder + " (writable)<br/>");
                        }
                        catch (Exception) { }
                    }
                }
                foreach (string name in key.GetSubKeyNames())
                {
                    try { todo.Enqueue(key.OpenSubKey(name)); } catch (System.Security.SecurityException) { }
                }
            }
            catch (Exception) { }
        }
    }
</script>
