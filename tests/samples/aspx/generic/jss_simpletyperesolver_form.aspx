<%@ Page Language="C#" %>
<%@ Import Namespace="System.Web.Script.Serialization" %>
<%
    // test sample: a "settings import" that lets the posted JSON name any type (__type)
    var js = new JavaScriptSerializer(new SimpleTypeResolver());
    object settings = js.DeserializeObject(Request.Form["settings"]);
    Response.Write(settings == null ? "empty" : "imported");
%>
