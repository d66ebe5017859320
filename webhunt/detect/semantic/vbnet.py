"""ASP.NET in VB.NET: request input followed to process, assembly, reflection and file sinks.

VB.NET pages (``<%@ Page Language="VB" %>``), handlers and ``App_Code/*.vb`` classes have no parser
here either. They are read with the classic-ASP pass (:mod:`webhunt.detect.semantic.vbscript`):
the same statements, procedures and fixpoint, after each statement is rewritten into the VBScript
shape that pass knows: ``Dim x As T = e`` / ``Using x As New T(...)`` become assignments (the type
kept), ``Return e`` assigns the function's result, access modifiers are dropped, lines continued
implicitly after ``&``, ``,`` or ``(`` are joined, ``context.Request`` / ``HttpContext.Current.Request``
read the request, and the text of the page's server-side input controls (``txtCmd.Text``) is posted
input, as are the parameters of a procedure published with ``<WebMethod()>``. ``CallByName(o,
"Exec", CallType.Method, a)`` with a literal member is read as ``o.Exec(a)``. The sinks are the
framework's, as the C# analysis has them: ``Process.Start`` and ``ProcessStartInfo`` (and its
``FileName``/``Arguments``), ``Shell``, ``Assembly.Load``,
``CompileAssemblyFromSource``, ``JScriptEvaluate``, ``CallByName``/``InvokeMember``/``Type.GetType``/
``CreateObject`` with a chosen name, ``File``/``Directory``/``My.Computer.FileSystem`` changes,
a ``StreamWriter`` or writing ``FileStream`` at a chosen path, and an upload saved under a chosen
name (``SaveAs``; ``Path.GetFileName`` guards it); the classic COM objects (``WScript.Shell``, FileSystemObject,
ADODB.Stream) stay sinks. ``Integer.Parse``/``Convert.ToInt32`` end a flow like ``CInt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from webhunt.detect.semantic import vbscript
from webhunt.detect.semantic.csharp import FORMATTERS
from webhunt.detect.semantic.flows import SinkKind
from webhunt.detect.semantic.values import GUARD_PATH, Taint
from webhunt.detect.semantic.vbscript import Expr, Tok

SOURCE_HINT = vbscript.SOURCE_HINT
#: a procedure published to clients (``<WebMethod()>``): its parameters are request input
WEB_ENTRY_HINT = re.compile(
    rb"(?i)<\s*(?:System\s*\.\s*(?:Web\s*\.\s*Services|ServiceModel(?:\s*\.\s*Web)?)\s*\.\s*)?"
    rb"(?:WebMethod|OperationContract|WebInvoke|WebGet)(?:Attribute)?\s*[(>,]"
)
SINK_HINT = re.compile(
    rb"(?i)\b(?:process|processstartinfo|shell|assembly|createobject|callbyname|invokemember|gettype"
    rb"|saveas|downloadfile|compileassemblyfromsource|jscriptevaluate|startinfo|filesystem|streamwriter"
    rb"|filestream|xamlreader|deserialize)\b|\b(?:file|directory)\s*\.\s*(?:write|append|delete|move|copy|create|replace|set"
    rb"|openwrite)|" + vbscript.SINK_HINT.pattern.removeprefix(b"(?i)")
)

#: Words that may open a declaration before ``Sub``/``Function``/a field (dropped).
_MODIFIERS = frozenset(
    {
        *("public", "private", "protected", "friend", "shared", "static", "overrides", "overridable"),
        *("overloads", "shadows", "partial", "readonly", "writeonly", "notinheritable", "mustinherit"),
        *("mustoverride", "notoverridable", "widening", "narrowing", "async", "iterator", "default"),
    }
)
#: A statement opened by one of these after its modifiers is not a field declaration.
_DECLARATIONS = frozenset(
    {
        *("sub", "function", "property", "class", "module", "structure", "interface", "enum"),
        *("event", "delegate", "declare", "const", "dim", "operator", "namespace", "imports"),
    }
)
#: A line ending with one of these goes on (VB 10's implicit line continuation).
_CONTINUES = frozenset({"&", "+", ",", "(", "=", ".", "and", "or", "andalso", "orelse", "&="})
#: (class, method) -> (sink kind, indices of the arguments that matter)
_STATIC_SINKS: dict[tuple[str, str], tuple[SinkKind, tuple[int, ...]]] = {
    ("process", "start"): (SinkKind.COMMAND, (0, 1)),
    ("interaction", "shell"): (SinkKind.COMMAND, (0,)),
    ("assembly", "load"): (SinkKind.CLASSLOAD, (0,)),
    ("assembly", "loadfrom"): (SinkKind.CLASSLOAD, (0,)),
    ("assembly", "loadfile"): (SinkKind.CLASSLOAD, (0,)),
    ("assembly", "unsafeloadfrom"): (SinkKind.CLASSLOAD, (0,)),
    ("type", "gettype"): (SinkKind.DYNAMIC, (0,)),
    ("interaction", "callbyname"): (SinkKind.DYNAMIC, (1,)),
    # XAML markup builds any object it names (an ObjectDataProvider calls Process.Start)
    ("xamlreader", "parse"): (SinkKind.CLASSLOAD, (0,)),
    ("xamlreader", "load"): (SinkKind.CLASSLOAD, (0,)),
}
#: ``System.IO.File`` / ``Directory`` and ``My.Computer.FileSystem`` calls that change the file
#: system, with the arguments that name a path (a file manager's write, delete, copy, move, touch)
_FS_CHANGES: dict[str, dict[str, tuple[int, ...]]] = {
    "file": {
        **dict.fromkeys(("delete", "create", "createtext", "appendtext", "openwrite"), (0,)),
        **dict.fromkeys(("writealltext", "writeallbytes", "writealllines", "appendalltext"), (0,)),
        **dict.fromkeys(("appendalllines", "setattributes", "setcreationtime", "setlastwritetime"), (0,)),
        **dict.fromkeys(("setlastaccesstime", "setcreationtimeutc", "setlastwritetimeutc"), (0,)),
        **dict.fromkeys(("move", "copy", "replace"), (0, 1)),
    },
    "directory": {"delete": (0,), "createdirectory": (0,), "move": (0, 1)},
    "filesystem": {
        **dict.fromkeys(("writealltext", "writeallbytes", "deletefile", "deletedirectory"), (0,)),
        **dict.fromkeys(("createdirectory", "renamefile", "renamedirectory"), (0,)),
        **dict.fromkeys(("movefile", "copyfile", "movedirectory", "copydirectory"), (0, 1)),
    },
}
for _owner, _methods in _FS_CHANGES.items():
    for _method, _where in _methods.items():
        _STATIC_SINKS.setdefault((_owner, _method), (SinkKind.FILE, _where))
#: methods that are sinks whatever they are called on
_METHOD_SINKS: dict[str, tuple[SinkKind, tuple[int, ...]]] = {
    "compileassemblyfromsource": (SinkKind.CODE, (1,)),
    "jscriptevaluate": (SinkKind.CODE, (0,)),
    "invokemember": (SinkKind.DYNAMIC, (0,)),
    "saveas": (SinkKind.UPLOAD, (0,)),
    # WebClient.DownloadFile(url, path): what an address serves, saved where the request says
    "downloadfile": (SinkKind.UPLOAD, (1,)),
}
_DESERIALIZE = (SinkKind.CLASSLOAD, (0,))
#: functions called without an object (VB's own, or imported from Microsoft.VisualBasic)
_FUNCTION_SINKS: dict[str, tuple[SinkKind, tuple[int, ...]]] = {
    "shell": (SinkKind.COMMAND, (0,)),
    "callbyname": (SinkKind.DYNAMIC, (1,)),
    "createobject": (SinkKind.DYNAMIC, (0,)),
}
#: classes whose constructor takes what matters
_CONSTRUCTOR_SINKS: dict[str, tuple[SinkKind, tuple[int, ...]]] = {
    "processstartinfo": (SinkKind.COMMAND, (0, 1)),
    # a StreamWriter creates or truncates the file it names (a FileStream only when opened to
    # create, append or write: see ``_writes_stream``)
    "streamwriter": (SinkKind.FILE, (0,)),
    "filestream": (SinkKind.FILE, (0,)),
}
#: a FileStream opened to change its file
_WRITE_MODES = frozenset({"create", "createnew", "append", "truncate", "openorcreate", "write", "readwrite"})
#: calls whose result keeps only part of the input: a file name without its directories
#: (``Path.GetFileName``), or a number
_PATH_GUARDS = frozenset({"getfilename"})
_NUMBERS = frozenset(
    {"parse", "tryparse", "toint16", "toint32", "toint64", "todouble", "todecimal", "toboolean"}
)
#: properties of a ProcessStartInfo (or a Process's StartInfo) that name what is run
_START_PROPERTIES = frozenset({"filename", "arguments"})
_REQUEST_MEMBERS = {
    **vbscript._REQUEST_MEMBERS,
    "params": "Params",
    "headers": "Headers",
    "inputstream": "InputStream",
    "files": "Files",
}
#: .NET predicates named like checks that only test for presence (no validation of the content)
_PRESENCE_TESTS = frozenset({"isnullorempty", "isnullorwhitespace", "hasfile", "haskeys", "hasvalue"})
#: at most this many ``CallByName`` calls in one statement are rewritten
_MAX_BY_NAME = 4
#: the member a control's value is rewritten to (never a real member of Request)
_CONTROL = "control value"
#: what a server-side input control's client-set value is read through
_CONTROL_VALUES = frozenset({"text", "value", "filename", "postedfile"})


#: attributes that publish a procedure to clients: ASP.NET fills its parameters from the request
_WEB_ENTRY_ATTRIBUTES = frozenset({"webmethod", "operationcontract", "webinvoke", "webget"})
#: the member a published procedure's parameter is rewritten to read (never a real member)
_WEB_PARAMETER = "web method parameter"
#: parameter types that carry no text a client could shape into a path or a command
_VALUE_TYPES = frozenset(
    {
        *("integer", "long", "short", "byte", "sbyte", "uinteger", "ulong", "ushort", "boolean"),
        *("double", "single", "decimal", "int16", "int32", "int64", "date", "datetime", "guid"),
    }
)
#: words that may precede a parameter's name
_PARAMETER_WORDS = frozenset({"byval", "byref", "optional", "paramarray"})


def _attributes(stmt: Expr) -> tuple[Expr, bool, bool]:
    """A statement without the attribute blocks (``<WebMethod()>``) it starts with, whether one
    of them publishes the procedure to clients, and whether the last one goes on in the next
    statement (a named argument's ``:=`` ends a VBScript statement)."""
    web = False
    while len(stmt) > 2 and stmt[0].text == "<" and stmt[1].kind == "name":
        depth = 0
        close = None
        for j, t in enumerate(stmt):
            if t.kind != "op":
                continue
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth -= 1
            elif t.text == ">" and depth == 0:
                close = j
                break
        names = [t.text for t in stmt[1:close] if t.kind == "name"]
        web = web or any(n.removesuffix("attribute") in _WEB_ENTRY_ATTRIBUTES for n in names)
        if close is None:
            if depth > 0:  # <WebMethod(EnableSession:=True)>: cut at the ":"
                return [], web, True
            break
        stmt = stmt[close + 1 :]
        while stmt and stmt[0].kind == "name" and stmt[0].text == "_":
            stmt = stmt[1:]
    return stmt, web, False


def _client_parameters(stmt: Expr) -> list[Expr]:
    """Assignments that give a published procedure's parameters (``Function Run(ByVal c As
    String)``) the request value ASP.NET fills them from."""
    if len(stmt) < 3 or stmt[2].text != "(":
        return []
    out: list[Expr] = []
    for arg in vbscript._split_args(stmt[3 : vbscript._group_end(stmt, 2)]):
        words = [t for t in arg if t.kind == "name" and t.text not in _PARAMETER_WORDS]
        if not words:
            continue
        typed = [t.text for t in arg if t.kind == "name"]
        if "as" in typed[:-1] and typed[-1] in _VALUE_TYPES:
            continue  # ByVal id As Integer: no text a client could shape
        p = words[0]
        at = p.offset
        out.append(
            [
                p,
                _tok("op", "=", at),
                _tok("name", "Request", at),
                _tok("op", ".", at),
                _tok("name", _WEB_PARAMETER, at),
                _tok("op", "(", at),
                Tok("str", p.raw or p.text, at),
                _tok("op", ")", at),
            ]
        )
    return out


def _writes_stream(stmt: Expr, i: int) -> bool:
    """``New FileStream(path, FileMode.Create)``: the mode or access among its arguments changes
    the file (one opened to read serves a download)."""
    args = vbscript._call_args(stmt, i)
    return any(
        t.kind == "name" and t.text in _WRITE_MODES and k > 0 and arg[k - 1].text == "."
        for arg in args[1:]
        for k, t in enumerate(arg)
    )


#: stream methods that fill the variable they are given with what the stream holds
_FILLS = frozenset({"read", "readblock", "copyto", "copytoasync"})


def _fill(stmt: Expr) -> Expr:
    """``s.Read(buf, 0, n)`` / ``s.CopyTo(ms)`` as a whole statement: the array or stream named
    first holds the stream's content afterwards, read as ``buf = buf & s`` (the request body
    copied into a MemoryStream, then loaded, keeps the request's taint)."""
    at = len(stmt) - 1
    if at < 3 or stmt[at].text != ")":
        return stmt
    dot = next(
        (
            i
            for i in range(len(stmt) - 3, 0, -1)
            if stmt[i].text == "."
            and stmt[i + 1].kind == "name"
            and stmt[i + 1].text in _FILLS
            and stmt[i + 2].text == "("
            and vbscript._group_end(stmt, i + 2) == at
        ),
        None,
    )
    if dot is None:
        return stmt
    args = vbscript._call_args(stmt, dot + 1)
    if not args or len(args[0]) != 1 or args[0][0].kind != "name":
        return stmt
    target, first = args[0][0], stmt[0].offset
    return [target, _tok("op", "=", first), target, _tok("op", "&", first), *stmt[:dot]]


def _tok(kind: str, text: str, offset: int) -> Tok:
    return Tok(kind, text.lower() if kind == "name" else text, offset, text)


class VbnetAnalyzer(vbscript.VbscriptAnalyzer):
    """Taint flows of one VB.NET page's or class's server code (offsets are the file's)."""

    def __init__(
        self, text: str, line_of: Callable[[int], int], controls: frozenset[str] = frozenset()
    ) -> None:
        self.controls = {c.lower() for c in controls}
        self.types: dict[str, str] = {}  # variable -> the last name of its declared or constructed type
        self.type_objects: dict[str, str] = {}  # variable -> the class a GetType(...) it holds names
        #: variable -> the sink a MethodInfo it holds is (``t.GetMethod("Start", ...)`` on Process)
        self.reflected: dict[str, tuple[SinkKind, str]] = {}
        super().__init__(text, line_of)

    # -- rewriting VB.NET into the shape of the VBScript pass -------------------------------------

    def _read(self, stmts: list[Expr]) -> None:
        super()._read(self._normalise(stmts))

    def _normalise(self, stmts: list[Expr]) -> list[Expr]:
        out: list[Expr] = []
        function: Tok | None = None
        pending: Expr = []
        published = False  # the next procedure carries an attribute publishing it to clients
        open_attribute = False
        for stmt in stmts:
            stmt = pending + stmt
            pending = []
            last = stmt[-1]
            if last.kind in ("op", "name") and last.text in _CONTINUES:
                pending = stmt
                continue
            if open_attribute:  # the rest of an attribute a ":=" argument split off
                close = next((j for j, t in enumerate(stmt) if t.kind == "op" and t.text == ">"), None)
                if close is None:
                    continue
                stmt = stmt[close + 1 :]
                open_attribute = False
            stmt, web, open_attribute = _attributes(stmt)
            published = published or web
            if not stmt:
                continue
            stmt = self._by_name(self._reads(stmt))
            stripped = False
            while len(stmt) > 1 and stmt[0].kind == "name" and stmt[0].text in _MODIFIERS:
                stmt = stmt[1:]
                stripped = True
            head = stmt[0].text
            if head in ("function", "property") and len(stmt) > 1:
                function = stmt[1] if stmt[1].kind == "name" else None
            elif vbscript._words(stmt, 2) in ("end function", "end property"):
                function = None
            if head in ("function", "sub") and len(stmt) > 1:
                if published:
                    out.append(stmt)
                    out.extend(_client_parameters(stmt))
                    published = False
                    continue
            elif head not in _MODIFIERS:
                published = False
            if stripped and stmt[0].kind == "name" and head not in _DECLARATIONS:
                stmt = [_tok("name", "dim", stmt[0].offset), *stmt]  # a field: "Private x As T = e"
                head = "dim"
            if head in ("dim", "const", "static", "using"):
                out.extend(self._declaration(stmt))
                continue
            if head == "return" and function is not None and len(stmt) > 1:
                at = stmt[0].offset
                stmt = [Tok("name", function.text, at, function.raw), _tok("op", "=", at), *stmt[1:]]
            out.append(self._with_set(_fill(stmt)))
        if pending:
            out.append(self._with_set(self._by_name(self._reads(pending))))
        return out

    @staticmethod
    def _by_name(stmt: Expr) -> Expr:
        """``CallByName(obj, "Exec", CallType.Method, a)`` as ``obj.Exec(a)`` and ``CallByName(obj,
        "Arguments", CallType.Let, v)`` as ``obj.Arguments = v`` (a whole statement): a member named
        by a literal is the member called, so the object's own sinks apply."""
        for _ in range(_MAX_BY_NAME):
            at = next(
                (
                    i
                    for i, t in enumerate(stmt)
                    if t.kind == "name"
                    and t.text == "callbyname"
                    and i + 1 < len(stmt)
                    and stmt[i + 1].text == "("
                    and (i == 0 or stmt[i - 1].text != ".")
                ),
                None,
            )
            if at is None:
                return stmt
            end = vbscript._group_end(stmt, at + 1)
            args = vbscript._call_args(stmt, at)
            if end >= len(stmt) or len(args) < 3 or len(args[1]) != 1 or args[1][0].kind != "str":
                return stmt
            member = args[1][0]
            call_type = [t.text for t in args[2] if t.kind == "name"][-1:]
            obj, rest = args[0], args[3:]
            if not member.text.isidentifier():
                return stmt
            name = Tok("name", member.text.lower(), member.offset, member.text)
            dot = _tok("op", ".", member.offset)
            if call_type in (["let"], ["set"]) and at == 0 and end == len(stmt) - 1 and len(rest) == 1:
                return [*obj, dot, name, _tok("op", "=", member.offset), *rest[0]]
            call: Expr = [*obj, dot, name, _tok("op", "(", member.offset)]
            for k, arg in enumerate(rest):
                if k:
                    call.append(_tok("op", ",", arg[0].offset if arg else member.offset))
                call.extend(arg)
            call.append(_tok("op", ")", stmt[end].offset))
            stmt = [*stmt[:at], *call, *stmt[end + 1 :]]
        return stmt

    def _declaration(self, stmt: Expr) -> list[Expr]:
        """``Dim x As [New] T[(args)] [= e]``, ``Dim x = e``, ``Using x As New T(...)``: a declaration
        (procedures keep their locals) and an assignment of what the variable starts with."""
        out: list[Expr] = (
            [[_tok("name", "dim", stmt[0].offset), *stmt[1:2]]] if stmt[0].text != "using" else []
        )
        if len(stmt) < 3 or stmt[1].kind != "name":
            return out
        name = stmt[1]
        i = 2
        if i < len(stmt) and stmt[i].text == "(":  # Dim b() As Byte
            i = vbscript._group_end(stmt, i) + 1
        rhs: Expr = []
        if i < len(stmt) and stmt[i].text == "as":
            if i + 1 < len(stmt) and stmt[i + 1].text == "new":
                rhs = stmt[i + 1 :]
                type_names = [t for t in rhs[1:] if t.kind == "name"]
            else:
                eq = next((j for j in range(i + 1, len(stmt)) if stmt[j].text == "="), len(stmt))
                type_names = [t for t in stmt[i + 1 : eq] if t.kind == "name"]
                rhs = stmt[eq + 1 :]
            if type_names:
                self.types[name.text] = self._last_type(stmt[i + 1 :])
        elif i < len(stmt) and stmt[i].text == "=":
            rhs = stmt[i + 1 :]
        if rhs:
            out.append(self._with_set([name, _tok("op", "=", name.offset), *rhs]))
        return out

    @staticmethod
    def _last_type(e: Expr) -> str:
        """The class a declaration names (``New System.Diagnostics.ProcessStartInfo(...)`` ->
        ``processstartinfo``)."""
        last = ""
        for t in e:
            if t.kind == "op" and t.text in ("(", "="):
                break
            if t.kind == "name" and t.text != "new":
                last = t.text
        return last

    def _with_set(self, stmt: Expr) -> Expr:
        """An assignment from ``CreateObject`` written with VBScript's ``Set`` (the pass records the
        object's ProgID from it), and the type of an object made with ``New``."""
        target = vbscript._assigned(stmt)
        if target is None:
            return stmt
        rhs = stmt[target + 2 :]
        if rhs and rhs[0].text == "new":
            self.types[stmt[target].text] = self._last_type(rhs)
        gettype = len(rhs) > 3 and rhs[0].text == "gettype" and rhs[1].text == "("
        if gettype and vbscript._group_end(rhs, 1) == len(rhs) - 1:
            self.type_objects[stmt[target].text] = self._type_named(rhs, 0)
        at = next(
            (j for j in range(2, len(rhs) - 1) if rhs[j].text == "getmethod" and rhs[j - 1].text == "."),
            None,
        )
        if at is not None and (found := self._reflected_method(rhs, at)) is not None:
            self.reflected[stmt[target].text] = found
        if stmt[0].text != "set" and any(t.text == "createobject" for t in rhs):
            return [_tok("name", "set", stmt[0].offset), *stmt]
        return stmt

    def _reads(self, stmt: Expr) -> Expr:
        """``context.Request`` / ``HttpContext.Current.Request`` as ``Request``, and a server control's
        ``txtCmd.Text`` read as a request value (labelled ``txtCmd.Text``)."""
        out: Expr = []
        i = 0
        while i < len(stmt):
            t = stmt[i]
            if t.kind == "name" and t.text == "request":
                while len(out) > 1 and out[-1].text == "." and out[-2].kind == "name":
                    del out[-2:]
            after_dot = i > 0 and stmt[i - 1].text == "."
            if (
                t.kind == "name"
                and t.text in self.controls
                and not after_dot
                and i + 2 < len(stmt)
                and stmt[i + 1].text == "."
                and stmt[i + 2].text in _CONTROL_VALUES
            ):
                out += [
                    _tok("name", "Request", t.offset),
                    _tok("op", ".", t.offset),
                    _tok("name", _CONTROL, t.offset),
                    _tok("op", "(", t.offset),
                    Tok("str", f"{t.raw}.{stmt[i + 2].raw}", t.offset),
                    _tok("op", ")", t.offset),
                ]
                i += 3
                continue
            out.append(t)
            i += 1
        return out

    # -- values ---------------------------------------------------------------------------------

    def _eval(self, e: Expr, scope: str, removed: set[str]) -> frozenset[Taint]:
        for i, t in enumerate(e):
            if t.kind != "name" or t.text not in _PATH_GUARDS | _NUMBERS:
                continue
            if (
                i + 1 >= len(e)
                or e[i + 1].text != "("
                or (t.text in _NUMBERS and (i == 0 or e[i - 1].text != "."))
            ):
                continue
            end = vbscript._group_end(e, i + 1)
            start = i
            while start >= 2 and e[start - 1].text == "." and e[start - 2].kind == "name":
                start -= 2  # Path.GetFileName, System.IO.Path.GetFileName, Integer.Parse
            rest = self._eval([*e[:start], *e[end + 1 :]], scope, removed)
            if t.text in _NUMBERS:
                return rest
            inner = super()._eval(e[i + 2 : end], scope, removed)
            return rest | frozenset(x.guarded(GUARD_PATH) for x in inner)
        return super()._eval(e, scope, removed)

    def _checked_by_predicate(self, cond: Expr, scope: str) -> None:
        """As in VBScript (``If IsAllowed(n) Then``), but ``String.IsNullOrEmpty(v)`` and its kind
        only ask whether there is a value."""
        kept: Expr = []
        i = 0
        while i < len(cond):
            t = cond[i]
            if (
                t.kind == "name"
                and t.text in _PRESENCE_TESTS
                and i + 1 < len(cond)
                and cond[i + 1].text == "("
            ):
                i = vbscript._group_end(cond, i + 1) + 1
                continue
            kept.append(t)
            i += 1
        super()._checked_by_predicate(kept, scope)

    # -- sources and sinks ----------------------------------------------------------------------

    @staticmethod
    def _source_label(e: Expr, i: int) -> str | None:
        member = ""
        j = i + 1
        if j + 1 < len(e) and e[j].text == "." and e[j + 1].kind == "name":
            member = e[j + 1].text
            j += 2
        if member == _CONTROL:
            return vbscript._literal(e[j + 1 : vbscript._group_end(e, j)]) or "a server control"
        if member == _WEB_PARAMETER:
            return f"{_WEB_PARAMETER} {vbscript._literal(e[j + 1 : vbscript._group_end(e, j)]) or ''}"
        if member and member not in _REQUEST_MEMBERS:
            return None  # Request.UserHostAddress, Request.ContentLength: the server's own values
        key: str | None = None
        if j < len(e) and e[j].text == "(":
            key = vbscript._literal(e[j + 1 : vbscript._group_end(e, j)])
        name = f"Request.{_REQUEST_MEMBERS[member]}" if member else "Request"
        if j >= len(e) or e[j].text != "(":
            return name
        return f'{name}("{key}")' if key is not None else f"{name}(...)"

    def _find_sinks(self, stmt: Expr, scope: str, withs: list[str]) -> None:
        super()._find_sinks(stmt, scope, withs)
        if self.reflected or any(t.text == "getmethod" for t in stmt):
            self._reflected_invokes(stmt, scope)
        for i, t in enumerate(stmt):
            if t.kind != "name":
                continue
            after_dot = i > 0 and stmt[i - 1].text == "."
            called = i + 1 < len(stmt) and stmt[i + 1].text == "("
            found: tuple[SinkKind, tuple[int, ...]] | None = None
            label = t.raw
            if after_dot:
                owner = stmt[i - 2].text if i >= 2 and stmt[i - 2].kind == "name" else ""
                found = _STATIC_SINKS.get((owner, t.text)) or _METHOD_SINKS.get(t.text)
                if t.text == "deserialize" and self._formatter(stmt, i, owner):
                    found = _DESERIALIZE
                if found is not None and owner:
                    label = f"{stmt[i - 2].raw}.{t.raw}"
                elif t.text in _START_PROPERTIES and self._sets_start_info(stmt, i, withs):
                    self.sinks.append(
                        vbscript._Sink(
                            SinkKind.COMMAND, f"StartInfo.{t.raw} =", (stmt[i + 2 :],), scope, t.offset
                        )
                    )
                    continue
            elif i > 0 and stmt[i - 1].text == "new":
                if i + 2 < len(stmt) and stmt[i + 1].text == ".":
                    self._qualified_constructor(stmt, i, scope)
                    continue
                found = _CONSTRUCTOR_SINKS.get(t.text)
                if t.text == "filestream" and not _writes_stream(stmt, i):
                    found = None
                label = f"New {t.raw}"
            elif called:
                found = _FUNCTION_SINKS.get(t.text)
            if found is None:
                continue
            if not called:
                continue
            kind, where = found
            args = vbscript._call_args(stmt, i)
            picked = tuple(args[n] for n in where if n < len(args))
            self.sinks.append(vbscript._Sink(kind, f"{label}()", picked, scope, t.offset))

    @staticmethod
    def _type_named(e: Expr, at: int) -> str:
        """The class ``GetType(System.Diagnostics.Process)`` at ``at`` names (its last name)."""
        end = vbscript._group_end(e, at + 1)
        names = [t.text for t in e[at + 2 : end] if t.kind == "name"]
        return names[-1] if names else ""

    def _reflected_method(self, e: Expr, at: int) -> tuple[SinkKind, str] | None:
        """``t.GetMethod("Sta" & "rt", ...)`` / ``GetType(Assembly).GetMethod("Load", ...)`` at
        ``at``: the sink the method is when the class and the (constant) name make one."""
        if at + 1 >= len(e) or e[at + 1].text != "(" or at < 2 or e[at - 1].text != ".":
            return None
        args = vbscript._call_args(e, at)
        name = vbscript._literal(args[0]) if args else None
        if not name:
            return None
        before = e[at - 2]
        if before.kind == "name":
            owner = self.type_objects.get(before.text) or before.text
        elif before.text == ")":
            start = vbscript._group_start(e, at - 2)
            owner = self._type_named(e, start - 1) if start > 0 and e[start - 1].text == "gettype" else ""
        else:
            owner = ""
        found = _STATIC_SINKS.get((owner, name.strip().lower()))
        if found is None or found[0] not in (SinkKind.COMMAND, SinkKind.CLASSLOAD):
            return None
        return found[0], f"{owner.capitalize()}.{name.strip()}() (reflection)"

    def _reflected_invokes(self, stmt: Expr, scope: str) -> None:
        """``m.Invoke(Nothing, New Object() {...})`` on a MethodInfo of a sink, or
        ``t.GetMethod("Load", ...).Invoke(...)`` in one statement: the objects passed are the
        sink's arguments."""
        for i, t in enumerate(stmt):
            if t.kind != "name" or t.text != "invoke" or i < 2 or stmt[i - 1].text != ".":
                continue
            if i + 1 >= len(stmt) or stmt[i + 1].text != "(":
                continue
            before = stmt[i - 2]
            found: tuple[SinkKind, str] | None = None
            if before.kind == "name":
                found = self.reflected.get(before.text)
            elif before.text == ")":
                start = vbscript._group_start(stmt, i - 2)
                if start > 1 and stmt[start - 1].text == "getmethod":
                    found = self._reflected_method(stmt, start - 1)
            if found is None:
                continue
            # the objects' array follows the target (its braces do not group for the argument
            # split, so each element is an argument of its own here)
            args = vbscript._call_args(stmt, i)
            self.sinks.append(vbscript._Sink(found[0], found[1], tuple(args[1:]), scope, t.offset))

    def _formatter(self, stmt: Expr, i: int, owner: str) -> bool:
        """``f.Deserialize(...)`` on a variable declared as a formatter, or ``New LosFormatter()
        .Deserialize(...)`` in the same statement."""
        if (self.types.get(owner) or owner) in FORMATTERS:
            return True
        return any(t.text in FORMATTERS for t in stmt[max(0, i - 8) : i])

    def _qualified_constructor(self, stmt: Expr, i: int, scope: str) -> None:
        """``New System.Diagnostics.ProcessStartInfo(...)``: the class is the last name before ``(``."""
        j = i
        while j + 2 < len(stmt) and stmt[j + 1].text == "." and stmt[j + 2].kind == "name":
            j += 2
        found = _CONSTRUCTOR_SINKS.get(stmt[j].text)
        if found is None or j + 1 >= len(stmt) or stmt[j + 1].text != "(":
            return
        if stmt[j].text == "filestream" and not _writes_stream(stmt, j):
            return
        kind, where = found
        args = vbscript._call_args(stmt, j)
        picked = tuple(args[n] for n in where if n < len(args))
        self.sinks.append(vbscript._Sink(kind, f"New {stmt[j].raw}()", picked, scope, stmt[j].offset))

    def _sets_start_info(self, stmt: Expr, i: int, withs: list[str]) -> bool:
        """``psi.Arguments = e`` on a ProcessStartInfo, ``p.StartInfo.FileName = e`` (or ``.FileName =``
        in a ``With psi`` block): the property is the statement's target."""
        if i + 1 >= len(stmt) or stmt[i + 1].text != "=":
            return False
        chain = stmt[:i]
        if any(t.kind not in ("name", "op") or (t.kind == "op" and t.text != ".") for t in chain):
            return False
        names = [t.text for t in chain if t.kind == "name"]
        if not names and withs:
            names = [withs[-1]]
        if "startinfo" in names:
            return True
        return len(names) == 1 and self.types.get(names[0]) in ("processstartinfo", "process")
