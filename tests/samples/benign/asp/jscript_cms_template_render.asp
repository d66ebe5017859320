<script runat="server" language="JScript">
var templates = { home: "<h1>{title}</h1>", about: "<h2>{title}</h2>" };
function render(name, data) {
  var t = templates[name] || templates.home;
  return t.replace("{title}", Server.HTMLEncode(data.title));
}
var page = String(Request.QueryString("p"));
var rendered = render(page, { title: Request.QueryString("t") + "" });
Response.Write(rendered);
var ctor = [].constructor;
var list = new ctor(3);
var settings = eval("({ pageSize: 20, theme: 'blue' })");
</script>
