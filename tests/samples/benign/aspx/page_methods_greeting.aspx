<%@ Page Language="C#" %>
<%@ Import Namespace="System.Web.Services" %>
<script runat="server">
    [WebMethod]
    public static string Greeting(string name)
    {
        return "Hello, " + HttpUtility.HtmlEncode(name);
    }

    [WebMethod]
    public static int Add(int a, int b)
    {
        return a + b;
    }
</script>
<html><body><form runat="server"><asp:ScriptManager runat="server" EnablePageMethods="true" /></form></body></html>
