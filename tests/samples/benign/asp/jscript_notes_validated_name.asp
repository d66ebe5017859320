<%@ Language="JScript" %>
<%
var fso = Server.CreateObject("Scripting.FileSystemObject");
var id = Request.QueryString("id") + "";
if (!/^[a-z0-9_]{1,32}$/i.test(id)) {
  Response.Status = "400 Bad Request";
  Response.End();
}
var note = fso.CreateTextFile(Server.MapPath("/App_Data/notes/" + id + ".txt"), true);
var body = Request.Form("body") + "";
note.Write(body);
note.Close();
var section = Request.QueryString("s") + "";
if (section != "public" && section != "members") section = "public";
var old = fso.OpenTextFile(Server.MapPath("/App_Data/" + section + "/index.txt"), 1);
Response.Write(Server.HTMLEncode(old.ReadAll()));
%>
