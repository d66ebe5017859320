"""ASP.NET in VB.NET: request input followed through variables, functions and objects to process,
assembly, reflection and upload sinks (the classic-ASP pass on statements rewritten from VB.NET)."""

from __future__ import annotations

import pytest

from webhunt.detect.document import Document
from webhunt.detect.semantic import SemanticLayer
from webhunt.detect.semantic.layer import analyse_vbnet
from webhunt.detect.semantic.transforms import Budget
from webhunt.model import FileContext, Language, Reason, Verdict

CMD, LOAD, DYN, UPLOAD, CODE = (
    "WH-S-ASPX-002",
    "WH-S-ASPX-007",
    "WH-S-ASPX-003",
    "WH-S-ASPX-006",
    "WH-S-ASPX-001",
)
VB = '<%@ Page Language="VB" %>\n'


def analyse(page: str, relpath: str = "x.aspx") -> list[Reason]:
    data = page.encode("utf-8")
    ctx = FileContext(relpath=relpath, language=Language.ASPX, size=len(data))
    return SemanticLayer()(Document(data), ctx, _no_rescan)


def _no_rescan(data: bytes, ctx: FileContext) -> Verdict:
    raise AssertionError("the semantic layer never re-scans")


def ids(page: str, relpath: str = "x.aspx") -> set[str]:
    return {r.id for r in analyse(page, relpath)}


FLOWS = [
    (
        "dim with a type, Process.Start",
        VB + '<% Dim t As String = Request.QueryString("t")\nProcess.Start("powershell.exe", t) %>',
        CMD,
    ),
    (
        "function result through Return, Shell()",
        VB
        + """<script runat="server">
Private Function Pick() As String
    Return Request.Form("c")
End Function
Sub Page_Load(sender As Object, e As EventArgs)
    Dim id As Integer = Shell(Pick(), AppWinStyle.Hide)
End Sub
</script>""",
        CMD,
    ),
    (
        "ProcessStartInfo.Arguments set on a typed variable",
        VB
        + """<% Dim p As New ProcessStartInfo("cmd.exe")
p.Arguments = "/c " & Request("cmd")
Process.Start(p) %>""",
        CMD,
    ),
    (
        "a Process's StartInfo in a With block",
        VB
        + """<% Dim pr As New System.Diagnostics.Process()
With pr.StartInfo
    .FileName = Request.Headers("X-F")
End With
pr.Start() %>""",
        CMD,
    ),
    (
        "qualified constructor, implicit line continuation",
        VB
        + """<% Dim a As String = Request.Cookies("c").Value
Dim psi = New System.Diagnostics.ProcessStartInfo("cmd.exe", "/c " &
    a) %>""",
        CMD,
    ),
    (
        "WScript.Shell without Set",
        VB
        + """<% Dim cmd As String = Request.QueryString("cmd")
Dim wsh As Object = CreateObject("WScript.Shell")
Response.Write(wsh.Exec(cmd).StdOut.ReadAll()) %>""",
        CMD,
    ),
    (
        "a handler reads context.Request",
        """<%@ WebHandler Language="VB" Class="H" %>
Imports System.Web
Public Class H : Implements IHttpHandler
    Public Sub ProcessRequest(ByVal context As HttpContext) Implements IHttpHandler.ProcessRequest
        Dim raw As Byte() = Convert.FromBase64String(context.Request.Form("d"))
        System.Reflection.Assembly.Load(raw).CreateInstance("U")
    End Sub
End Class""",
        LOAD,
    ),
    (
        "CallByName with a member the request names",
        VB + '<% Dim o As Object = Me\nCallByName(o, Request("m"), CallType.Method) %>',
        DYN,
    ),
    (
        "a server control's text compiled",
        VB
        + """<script runat="server">
Sub Go(s As Object, e As EventArgs)
    Dim c As New Microsoft.VisualBasic.VBCodeProvider()
    Dim r = c.CompileAssemblyFromSource(New System.CodeDom.Compiler.CompilerParameters(), Code.Text)
End Sub
</script><asp:TextBox id="Code" runat="server" TextMode="MultiLine" />""",
        CODE,
    ),
    (
        "upload saved under a request path",
        VB + '<% Up.PostedFile.SaveAs(Request.Form("to")) %>',
        UPLOAD,
    ),
]


@pytest.mark.parametrize(("name", "page", "rule"), FLOWS, ids=[f[0] for f in FLOWS])
def test_flow_is_found(name: str, page: str, rule: str) -> None:
    assert rule in ids(page, "x.ashx" if "WebHandler" in page else "x.aspx")


SAFE = [
    (
        "fixed program, numeric argument",
        VB + '<% Dim d = Integer.Parse(Request("d"))\nProcess.Start("report.exe", d) %>',
    ),
    (
        "upload under its own file name",
        VB + '<% Dim n = System.IO.Path.GetFileName(Up.FileName)\nUp.SaveAs(Server.MapPath("~/up/") & n) %>',
    ),
    ("the server's own values", VB + '<% Process.Start("ping.exe", Request.UserHostAddress) %>'),
    (
        "a procedure's own variable",
        VB
        + """<script runat="server">
Sub A()
    Dim p As String = Request("p")
End Sub
Sub B()
    Dim p As String = "notepad.exe"
    Process.Start(p)
End Sub
</script>""",
    ),
    ("a check of the value", VB + '<% Dim v = Request("v")\nIf v <> "a" Then v = "a"\nShell(v) %>'),
]


@pytest.mark.parametrize(("name", "page"), SAFE, ids=[s[0] for s in SAFE])
def test_safe_page_has_no_flow(name: str, page: str) -> None:
    assert not {CMD, LOAD, DYN, UPLOAD, CODE} & ids(page)


def test_a_presence_test_is_no_check() -> None:
    page = VB + '<% Dim v = Request("v")\nIf String.IsNullOrEmpty(v) Then v = "x"\nShell(v) %>'
    assert CMD in ids(page)
    assert CMD not in ids(page.replace("String.IsNullOrEmpty(v)", "IsAllowed(v)"))


def test_description_follows_the_path() -> None:
    page = VB + '<% Dim a As String = Request.Form("f")\nDim b = a\nProcess.Start(b) %>'
    (reason,) = analyse(page)
    assert reason.description.startswith(
        'request input reaches command execution: Request.Form("f") (line 2) -> a -> b -> Process.Start() (line 4)'
    )


def test_csharp_pages_and_pages_without_sinks_are_not_read_as_vb() -> None:
    assert analyse(VB + '<% Response.Write(Request("x")) %>') == []
    csharp = '<%@ Page Language="C#" %>\n<% System.Diagnostics.Process.Start(Request["c"]); %>'
    assert CMD in ids(csharp)  # the C# analysis, not this one


def test_app_code_vb_module() -> None:
    module = """Imports System.Web
Public Class Probe : Implements IHttpModule
    Public Sub Init(ByVal app As HttpApplication) Implements IHttpModule.Init
        AddHandler app.BeginRequest, AddressOf OnBegin
    End Sub
    Private Sub OnBegin(ByVal sender As Object, ByVal e As EventArgs)
        Dim c As String = HttpContext.Current.Request.Headers("X-C")
        If c IsNot Nothing Then System.Diagnostics.Process.Start("cmd.exe", "/c " & c)
    End Sub
End Class"""
    assert CMD in ids(module, "App_Code/Probe.vb")


def test_an_expired_budget_keeps_the_flows_found_so_far() -> None:
    direct = Document((VB + '<% Process.Start(Request.Form("f")) %>').encode())
    relayed = Document((VB + '<% Dim x = Request.Form("f")\nDim y = x\nProcess.Start(y) %>').encode())
    assert analyse_vbnet(direct, "aspx", Budget(seconds=-1)) != []
    assert analyse_vbnet(relayed, "aspx", Budget(seconds=-1)) == []  # no round ran
    assert analyse_vbnet(relayed, "aspx", Budget()) != []


def test_with_block_request_members_are_request_input() -> None:
    page = (
        '<%@ Page Language="VB" %>\n<script runat="server">\nSub Page_Load(s As Object, e As EventArgs)\n'
        '  Dim c As String\n  With Request\n    c = .Form("c")\n  End With\n'
        "  System.Diagnostics.Process.Start(c)\nEnd Sub\n</script>"
    )
    assert CMD in {r.id for r in analyse(page)}
    assert CMD not in {r.id for r in analyse(page.replace("With Request", "With Session"))}


VB_SERVICE = (
    '<%@ WebService Language="VB" Class="Ops" %>\nImports System.Web.Services\n'
    "Public Class Ops\n    Inherits WebService\n    {attr}\n"
    '    Public Function Run(ByVal program As String, Optional ByVal args As String = "") As String\n'
    "        Return Process.Start(program, args).Id.ToString()\n    End Function\nEnd Class\n"
)


@pytest.mark.parametrize(
    ("attr", "reported"),
    [
        ("<WebMethod()> _", True),
        ("<WebMethod()>", True),
        ("<System.Web.Services.WebMethod(EnableSession:=True)>", True),
        ("<Obsolete()>", False),
        ("", False),
    ],
)
def test_published_procedure_parameters_are_request_input(attr: str, reported: bool) -> None:
    reasons = analyse(VB_SERVICE.replace("{attr}", attr), "ops.asmx")
    assert (CMD in {r.id for r in reasons}) is reported, [(r.id, r.description) for r in reasons]


FILE = "WH-S-ASPX-012"


@pytest.mark.parametrize(
    ("code", "reported"),
    [
        ('System.IO.File.Move(Request("from"), Request("to"))', True),
        ('Directory.Delete(Request.Form("d"), True)', True),
        ('My.Computer.FileSystem.DeleteFile(Request("f"))', True),
        ('Dim w As New StreamWriter(Request("p"))', True),
        ('Dim fs As New FileStream(Request("p"), FileMode.Create)', True),
        ('Dim fs As New FileStream(Request("p"), FileMode.Open, FileAccess.Read)', False),
        ('File.AppendAllText(Server.MapPath("~/App_Data/log.txt"), Request.Form("m"))', False),
        ('File.Delete(Server.MapPath("~/tmp/") & Path.GetFileName(Request("f")))', False),
        ('File.Delete(Server.MapPath("~/tmp/") & Integer.Parse(Request("id")) & ".tmp")', False),
    ],
)
def test_request_chosen_file_changes(code: str, reported: bool) -> None:
    page = (
        VB
        + f'<script runat="server">\nSub Page_Load(s As Object, e As EventArgs)\n    {code}\nEnd Sub\n</script>'
    )
    assert (FILE in ids(page)) is reported, [(r.id, r.description) for r in analyse(page)]


@pytest.mark.parametrize(
    ("code", "reported"),
    [
        ('CallByName(sh, "Exec", CallType.Method, "cmd /c " & Request("c"))', True),
        ('Dim r As Object = CallByName(sh, "Run", CallType.Method, Request.Form("c"), 0, True)', True),
        ('CallByName(p.StartInfo, "Arguments", CallType.Let, Request("a"))\n    p.Start()', True),
        ('CallByName(prefs, "Theme", CallType.Let, Request.Form("theme"))', False),
        ('Dim v As Object = CallByName(report, "Render", CallType.Method, Request("fmt"))', False),
    ],
)
def test_callbyname_with_a_literal_member_is_the_member_called(code: str, reported: bool) -> None:
    page = (
        VB + '<script runat="server">\nSub Page_Load(s As Object, e As EventArgs)\n'
        '    Dim sh As Object = CreateObject("WScript.Shell")\n    Dim p As New System.Diagnostics.Process()\n'
        f"    Dim prefs As New Preferences()\n    Dim report As New SalesReport()\n    {code}\nEnd Sub\n</script>"
    )
    assert (CMD in ids(page)) is reported, [(r.id, r.description) for r in analyse(page)]


def test_published_procedure_number_parameters_carry_no_text() -> None:
    service = VB_SERVICE.replace("{attr}", "<WebMethod()>").replace(
        "ByVal program As String", "ByVal program As Integer"
    )
    assert CMD in ids(service, "ops.asmx")  # args is still text
    service = service.replace('Optional ByVal args As String = ""', "ByVal args As Long")
    assert CMD not in ids(service, "ops.asmx")


@pytest.mark.parametrize(
    ("code", "reported"),
    [
        (
            "Dim ms As New MemoryStream()\n  Request.InputStream.CopyTo(ms)\n  Assembly.Load(ms.ToArray())",
            True,
        ),
        (
            "Dim b(Request.ContentLength - 1) As Byte\n  Request.InputStream.Read(b, 0, b.Length)\n"
            "  Assembly.Load(b)",
            True,
        ),
        (
            'Dim ms As New MemoryStream()\n  File.OpenRead("c:\\p.dll").CopyTo(ms)\n  Assembly.Load(ms.ToArray())',
            False,
        ),
        ("Dim b(99) As Byte\n  Request.InputStream.Read(b, 0, 100)\n  Response.Write(b.Length)", False),
    ],
)
def test_stream_read_and_copyto_fill_their_target(code: str, reported: bool) -> None:
    """``s.Read(buf, 0, n)`` and ``s.CopyTo(ms)`` as statements fill the array or stream they name
    with what the stream holds: the request body loaded as an assembly is found (sweep 64)."""
    page = (
        VB
        + f'<script runat="server">\nSub Page_Load(s As Object, e As EventArgs)\n  {code}\nEnd Sub\n</script>'
    )
    assert (LOAD in ids(page)) is reported


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        (
            "Dim t As Type = GetType(System.Diagnostics.Process)\n"
            '  Dim m As MethodInfo = t.GetMethod("Sta" & "rt", New Type() {GetType(String), GetType(String)})\n'
            '  m.Invoke(Nothing, New Object() {"cmd.exe", "/c " & Request.QueryString("c")})',
            CMD,
        ),
        (
            "Dim body As Byte() = Request.BinaryRead(Request.TotalBytes)\n"
            '  GetType(System.Reflection.Assembly).GetMethod("Lo" & "ad", New Type() {GetType(Byte())})'
            ".Invoke(Nothing, New Object() {body})",
            LOAD,
        ),
        # a method of the class that is no sink, and a sink's method given only constants
        (
            "Dim t As Type = GetType(System.Diagnostics.Process)\n"
            '  t.GetMethod("GetProcessById", New Type() {GetType(Integer)}).Invoke(Nothing, New Object() {Request("id")})',
            None,
        ),
        (
            'Dim m As MethodInfo = GetType(Process).GetMethod("Start", New Type() {GetType(String)})\n'
            '  m.Invoke(Nothing, New Object() {"notepad.exe"})\n  Response.Write(Request("x"))',
            None,
        ),
    ],
)
def test_a_sink_called_through_reflection(code: str, rule: str | None) -> None:
    """``GetMethod`` with a constant name (glued or not) on ``GetType(Process)`` or
    ``GetType(Assembly)``, then ``Invoke``: the objects passed are the sink's arguments (sweep 76)."""
    page = (
        VB
        + f'<script runat="server">\nSub Page_Load(s As Object, e As EventArgs)\n  {code}\nEnd Sub\n</script>'
    )
    found = ids(page)
    if rule is None:
        assert not found & {CMD, LOAD}, found
    else:
        assert rule in found
