"""Classic ASP written in JScript: request input followed through aliases, built names, the page's
functions, fields and arrays to code, command and file sinks."""

from __future__ import annotations

import pytest

from webhunt.detect.document import Document
from webhunt.detect.semantic import SemanticLayer
from webhunt.detect.semantic.jscript import jscript_source
from webhunt.model import FileContext, Language, Reason, Verdict

CODE, CMD, WRITE, FILE, DYNAMIC = (
    "WH-S-ASP-001",
    "WH-S-ASP-002",
    "WH-S-ASP-005",
    "WH-S-ASP-012",
    "WH-S-ASP-003",
)


def analyse(page: str, relpath: str = "x.asp") -> list[Reason]:
    data = page.encode("utf-8")
    ctx = FileContext(relpath=relpath, language=Language.ASP, size=len(data))
    return SemanticLayer()(Document(data), ctx, _no_rescan)


def _no_rescan(data: bytes, ctx: FileContext) -> Verdict:
    raise AssertionError("the semantic layer never re-scans")


def ids(page: str) -> set[str]:
    return {r.id for r in analyse(page)}


JS = '<%@ Language="JScript" %>\n'


def test_only_server_jscript_is_kept_with_offsets() -> None:
    page = (
        '<%@ Language="JScript" %>\n<p><%= name %></p>\n<script>eval(location.hash)</script>\n'
        '<script runat="server" language="VBScript">Execute Request("a")</script>\n'
        "<% if (x) { %>a<% } else { %>b<% } %>\n"
    )
    src = jscript_source(page.encode())
    assert src is not None and len(src) == len(page)
    text = src.decode()
    assert "(name );" in text.replace(" ", "").replace("name)", "name )")
    assert "location" not in text and "Execute" not in text
    assert "}else{" in text.replace(" ", "")  # no statement end put before the else
    assert text.count("\n") == page.count("\n")


def test_vbscript_pages_have_no_jscript() -> None:
    assert jscript_source(b'<% Execute Request("a") %><script>eval(1)</script>') is None
    block = b'<% x = 1 %><script runat="server" language="jscript">eval(Request("a"))</script>'
    src = jscript_source(block)
    assert src is not None and b"eval" in src and b"x = 1" not in src


FLOWS = [
    (
        "alias of Request, Function constructor",
        JS + '<% var req = Request; var f = new Function(req("z")); f(); %>',
        CODE,
    ),
    (
        "global object by a glued name",
        JS + '<% var r = Request.Form; var k = "ev" + "al"; this[k](r("c")); %>',
        CODE,
    ),
    ("collection alias read by index", JS + '<% var q = Request.Item; eval(String(q["x"])); %>', CODE),
    ("Function.apply", JS + '<% var F = Function; F.apply(null, [Request("p") + ""])(); %>', CODE),
    ("constructor chain", JS + '<% [].constructor.constructor(Request.Form("d"))(); %>', CODE),
    ("eval.call", JS + '<% eval.call(this, Request.Cookies("c") + ""); %>', CODE),
    ("fromCharCode name", JS + '<% this[String.fromCharCode(101,118,97,108)](Request("x")); %>', CODE),
    (
        "split/reverse/join name",
        JS + '<% var m = "lave".split("").reverse().join(""); this[m](Request("x")); %>',
        CODE,
    ),
    ("unescape name", JS + '<% this[unescape("%65%76%61%6C")](Request("x")); %>', CODE),
    (
        "helper parameter",
        JS + '<% function run(s) { var e = eval; return e(s); } run(Request("q")); %>',
        CODE,
    ),
    ("arguments", JS + '<% function x() { return eval(arguments[0]); } x(Request("q")); %>', CODE),
    ("object field", JS + '<% var m = {x: eval}; m.x(Request("t")); %>', CODE),
    ("script moniker", JS + '<% GetObject("script:" + Request("u")); %>', CODE),
    (
        "ScriptControl",
        JS
        + '<% var sc = Server.CreateObject("MSScript" + "Control.ScriptControl"); sc.AddCode(Request("s")); %>',
        CODE,
    ),
    (
        "stream of the body",
        JS + '<% var s = Server.CreateObject("ADODB.Stream"); s.Open(); s.Write(Request.BinaryRead(9));'
        " var t = s.ReadText(); new Function(t)(); %>",
        CODE,
    ),
    ("glued shell ProgID", JS + '<% new ActiveXObject("WScript." + "Shell").Run(Request("cmd")); %>', CMD),
    (
        "shell class id",
        JS + '<% var o = GetObject("new:72C24DD5-D70A-438B-8A42-98424B88AFB8"); o.Exec(Request("c")); %>',
        CMD,
    ),
    (
        "joined ProgID",
        JS + '<% Server.CreateObject(["WScript","Shell"].join(".")).Exec(Request.Form("q")); %>',
        CMD,
    ),
    ("requested ProgID", JS + '<% var o = Server.CreateObject(Request("p")); o.Run(Request("c")); %>', CMD),
    (
        "ShellExecute",
        JS
        + '<% var a = new ActiveXObject("Shell.Application"); a.ShellExecute("cmd", "/c " + Request("p")); %>',
        CMD,
    ),
    (
        "WMI",
        JS + '<% var p = GetObject("winmgmts:").Get("Win32_Process"); p.Create("cmd /c " + Request("x")); %>',
        CMD,
    ),
    (
        "runat block, output expression",
        '<script runat="server" language="jscript">function r(c) { return new ActiveXObject("WScript.Shell")'
        '.Exec(c).StdOut.ReadAll(); }</script><%@ Language="JScript" %><%= r(Request("c")) %>',
        CMD,
    ),
    (
        "script file written",
        JS + '<% var fs = new ActiveXObject("Scripting.FileSystemObject"); var f = fs.CreateTextFile('
        'Server.MapPath("x" + ".asp"), true); f.Write(Request.Form("b")); %>',
        WRITE,
    ),
    (
        "requested path",
        JS + '<% var fs = new ActiveXObject("Scripting.FileSystemObject"); fs.DeleteFile(Request("f")); %>',
        FILE,
    ),
    ("global function by requested name", JS + '<% this[Request("f")](Request("a")); %>', DYNAMIC),
]


@pytest.mark.parametrize(("name", "page", "expected"), FLOWS, ids=[f[0] for f in FLOWS])
def test_flow(name: str, page: str, expected: str) -> None:
    assert expected in ids(page)


SAFE = [
    ("escaped echo", JS + '<% var n = Request.Form("n"); Response.Write(Server.HTMLEncode(n)); %>'),
    ("literal Function body", JS + '<% var f = new Function("a", "return a * 2;"); f(Request("n")); %>'),
    ("eval of a literal", JS + '<% var cfg = eval("({size: 20})"); var q = Request("q"); %>'),
    (
        "numbers only",
        JS + '<% var n = parseInt(Request.Form("keep"), 10); var sh = Server.CreateObject("WScript.Shell");'
        ' sh.Run("cscript backup.js /keep:" + n, 0, true); %>',
    ),
    (
        "validated name",
        JS + '<% var id = Request("id") + ""; if (!/^\\w+$/.test(id)) { Response.End(); }'
        ' var fs = Server.CreateObject("Scripting.FileSystemObject");'
        ' fs.CreateTextFile(Server.MapPath("d/" + id + ".txt"), true); %>',
    ),
    (
        "fixed log",
        JS + '<% var fs = Server.CreateObject("Scripting.FileSystemObject");'
        ' var f = fs.OpenTextFile(Server.MapPath("/logs/a.log"), 8, true); f.WriteLine(Request("p")); %>',
    ),
    (
        "configured component",
        JS + '<% var o = Server.CreateObject(Application("ReportProgId")); o.Run(Request("r")); %>',
    ),
    (
        "own dispatch table",
        JS + '<% function a() {} var h = {list: a}; var f = h[Request("x")]; if (f) f(Request("id")); %>',
    ),
    (
        "server variable the server sets",
        JS + '<% var sv = Request.ServerVariables; eval("var s = 1;" + sv("SERVER_NAME").length); %>',
    ),
    ("browser script", JS + '<script>eval(Request("x"))</script>'),
    ("VBScript page", '<% x = Request("a") %><script>new Function(x)()</script>'),
    (
        "config written with quotes stripped",
        JS + '<% var fs = new ActiveXObject("Scripting.FileSystemObject");'
        ' var f = fs.CreateTextFile(Server.MapPath("/inc/config.asp"), true);'
        ' f.WriteLine("var t = \\"" + String(Request.Form("t")).replace(/["\\\\]/g, "") + "\\";"); %>',
    ),
]


@pytest.mark.parametrize(("name", "page"), SAFE, ids=[s[0] for s in SAFE])
def test_safe(name: str, page: str) -> None:
    assert not {r for r in analyse(page) if r.score >= 40 and r.id != "WH-S-ASP-017"}


def test_reason_names_the_source_and_path() -> None:
    (reason,) = [
        r
        for r in analyse(JS + '<%\nvar req = Request;\nvar c = req.Form("c");\neval(c);\n%>')
        if r.id == CODE
    ]
    assert 'req.Form("c")' in reason.description and "eval()" in reason.description
    assert reason.line == 5
