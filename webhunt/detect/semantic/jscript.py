"""Classic ASP written in JScript: request input followed to code, command and file sinks.

A page is JScript where its ``<%@ Language="JScript" %>`` directive says so (its ``<% %>`` blocks
and ``<%= %>`` expressions) and in every ``<script runat="server" language="jscript">`` block.
That code is cut out of the page with everything else blanked (offsets and lines stay the page's)
and parsed with tree-sitter's JavaScript grammar. A flow-insensitive fixpoint then gives every
variable an abstract value (:class:`JVal`): the request input that may reach it, the strings it may
hold (folded through ``+``, ``String.fromCharCode``, ``split``/``reverse``/``join``, ``unescape``,
``decodeURIComponent``, ``substr`` and the like), and what object or function it is (``Request``
and its collections, ``eval``, the ``Function`` constructor, the global object, ``ActiveXObject``,
``Server.CreateObject``, COM objects by ProgID, the page's own functions). So a renamed or split
flow is still followed: ``var req = Request; new Function(req("z"))``, ``this["ev" + "al"](r("c"))``,
``[].constructor.constructor(src)``, ``Function.apply(null, [code])``, ``eval.call(this, x)``,
values passed through the page's functions' parameters and results, object fields and arrays.

Sinks: ``eval``, the ``Function`` constructor, ``setTimeout``/``execScript``, the ScriptControl's
``ExecuteStatement``/``Eval``/``AddCode``, ``GetObject`` of a requested moniker (code); ``Run``/``Exec``
of ``WScript.Shell`` (or of an object whose ProgID is computed at run time or requested),
``ShellExecute``, WMI's ``Win32_Process.Create`` (commands); the FileSystemObject and ADODB.Stream
given a request-chosen path (files) or request input written to a file named with a script
extension (script writes); a global function called by a request-chosen name (dynamic call).
Constant code handed to ``eval`` or ``Function`` is analysed in turn, seeing the page's globals.

Guards: numbers (``parseInt``, ``Number``, ``Math``, ``length``) end a flow; ``replace`` with a
negated character class validates, of ``..`` or slashes guards a path, of quotes guards a literal;
an encoder (``Server.HTMLEncode``, ``escape``) keeps text out of a written script; a variable an
``if`` tests (a pattern's ``test``/``match``, equality with a non-empty literal, an allow-list's
``indexOf``) and rejects when the test fails (the response or function ends, or a literal replaces
it) is validated.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from webhunt.detect.semantic.flows import REMOTE_SOURCE, Hit, SinkKind
from webhunt.detect.semantic.parsers import Grammar, Node, Parsers
from webhunt.detect.semantic.transforms import Budget
from webhunt.detect.semantic.values import GUARD_LITERAL, GUARD_PATH, GUARD_VALID, Taint

MAX_TAINTS = 4
MAX_ALTS = 4
MAX_ITEMS = 64
MAX_STRING = 4096
MAX_ROUNDS = 12
MAX_DEPTH = 60
#: constant code run by ``eval`` analysed in turn: how deep, and how many strings per page
MAX_NESTING = 2
MAX_NESTED = 8

# -- the JScript parts of a page --------------------------------------------------------------------

_DIRECTIVE = re.compile(rb"<%\s*@([^%]{0,2000})%>")
_DIRECTIVE_JS = re.compile(rb"(?i)\blanguage\s*=\s*[\"']?\s*(?:jscript|javascript|ecmascript)\b")
_PARTS = re.compile(
    rb"(?is)(?P<block><%(?!\s*@)(?P<eq>=?)(?P<code>.*?)(?:%>|\Z))"
    rb"|<script\b(?P<attrs>[^>]{0,500})>(?P<body>.*?)(?:</script\s*>|\Z)"
    rb"|<!--.*?(?:-->|\Z)"
)
_RUNAT_SERVER = re.compile(rb"(?i)\brunat\s*=\s*[\"']?server\b")
_LANGUAGE = re.compile(rb"(?i)\blanguage\s*=\s*[\"']?\s*([a-z.]+)")
_JS_NAMES = (b"jscript", b"javascript", b"ecmascript")
#: a block that continues the statement the previous block left open (`<% } else { %>`)
_CONTINUES = re.compile(rb"\s*(?:else|catch|finally|while)\b")
_BLANK = bytes(b if b in (10, 13) else 32 for b in range(256))


def jscript_source(data: bytes) -> bytes | None:
    """The page with everything but its server-side JScript blanked (same length, same lines), or
    None when it has none. ``<%= e %>`` becomes ``  (e);`` and each block ends with a ``;``."""
    lower = data.lower()
    if b"script" not in lower:
        return None
    directive = _DIRECTIVE.search(data)
    default_js = directive is not None and _DIRECTIVE_JS.search(directive.group(1)) is not None
    out = bytearray(data.translate(_BLANK))
    found = False
    for m in _PARTS.finditer(data):
        if m.group("block") is not None:
            if not default_js:
                continue
            start, end = m.start("code"), m.end("code")
            closed = data[end : end + 2] == b"%>"
            out[start:end] = data[start:end]
            if m.group("eq"):
                out[m.start() : m.start() + 3] = b"  ("
                if closed:
                    out[end : end + 2] = b");"
            elif closed and _CONTINUES.match(data, end + 2 + _skip_to_block(data, end + 2)) is None:
                out[end] = 0x3B  # ';'
            found = True
        elif m.group("attrs") is not None:
            attrs = m.group("attrs")
            if _RUNAT_SERVER.search(attrs) is None:
                continue
            lang = _LANGUAGE.search(attrs)
            js = lang.group(1).lower().startswith(_JS_NAMES) if lang else default_js
            if not js:
                continue
            out[m.start("body") : m.end("body")] = m.group("body")
            found = True
    return bytes(out) if found else None


def _skip_to_block(data: bytes, at: int) -> int:
    """How far after ``at`` the next ``<%`` opens (past the HTML between), at most 400 bytes."""
    nxt = data.find(b"<%", at, at + 400)
    return nxt + 2 - at if nxt >= 0 and data[nxt + 2 : nxt + 3] != b"=" else 0


# -- abstract values --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JVal:
    """What an expression may be: request input (``taints``), one of a few strings (``consts``, when
    not ``opaque``), its constant end (``suffix``), what object or function it is (``kinds``), and
    its elements when it is an array of known length."""

    taints: frozenset[Taint] = frozenset()
    consts: frozenset[str] = frozenset()
    opaque: bool = False
    kinds: frozenset[str] = frozenset()
    items: tuple[JVal, ...] | None = None
    number: bool = False
    suffix: str | None = None

    @property
    def const(self) -> str | None:
        if len(self.consts) == 1 and not self.opaque:
            return next(iter(self.consts))
        return None

    @property
    def tail(self) -> str | None:
        c = self.const
        return c if c is not None else self.suffix

    def with_taints(self, taints: Iterable[Taint]) -> JVal:
        return JVal(_cap(taints), self.consts, self.opaque, self.kinds, self.items, self.number, self.suffix)


BOTTOM = JVal()
OPAQUE = JVal(opaque=True)


def _cap(taints: Iterable[Taint]) -> frozenset[Taint]:
    s = frozenset(taints)
    if len(s) > MAX_TAINTS:
        s = frozenset(sorted(s, key=lambda t: (len(t.path), t.line, t.source))[:MAX_TAINTS])
    return s


def const(text: str, number: bool = False) -> JVal:
    return JVal(consts=frozenset({text[:MAX_STRING]}), number=number)


def kind(*names: str) -> JVal:
    return JVal(kinds=frozenset(names), opaque=True)


def tainted(taints: Iterable[Taint]) -> JVal:
    return JVal(taints=_cap(taints), opaque=True)


def join(a: JVal, b: JVal) -> JVal:
    if a == BOTTOM or a is b:
        return b
    if b == BOTTOM:
        return a
    consts = a.consts | b.consts
    opaque = a.opaque or b.opaque
    if len(consts) > MAX_ALTS:
        consts, opaque = frozenset(), True
    items = a.items if a.items == b.items else None
    return JVal(
        _cap(a.taints | b.taints),
        consts,
        opaque,
        a.kinds | b.kinds,
        items,
        a.number and b.number,
        a.suffix if a.suffix == b.suffix else None,
    )


def join_all(vals: Iterable[JVal]) -> JVal:
    out = BOTTOM
    for v in vals:
        out = join(out, v)
    return out


def concat(a: JVal, b: JVal) -> JVal:
    """``a + b``: strings glued (numbers added)."""
    taints = _cap(a.taints | b.taints)
    ac, bc = a.const, b.const
    if ac is not None and bc is not None and a.number and b.number:
        with_num = _number(ac), _number(bc)
        if with_num[0] is not None and with_num[1] is not None:
            return JVal(taints, frozenset({_fmt(with_num[0] + with_num[1])}), number=True)
    if a.consts and b.consts and not a.opaque and not b.opaque:
        glued = frozenset((x + y)[:MAX_STRING] for x in a.consts for y in b.consts)
        if len(glued) <= MAX_ALTS:
            return JVal(taints, glued)
    return JVal(taints, opaque=True, suffix=b.tail)


def _number(text: str) -> float | None:
    try:
        return float(int(text, 0)) if text.lower().startswith("0x") else float(text)
    except ValueError:
        return None


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) and abs(x) < 1e15 else str(x)


# -- the names JScript knows without the page ---------------------------------------------------------

#: built-in functions and objects (JScript's names are case-sensitive)
_BUILTINS: dict[str, frozenset[str]] = {
    "eval": frozenset({"eval"}),
    "Function": frozenset({"Function", "ctor"}),
    "ActiveXObject": frozenset({"activex", "ctor"}),
    "GetObject": frozenset({"getobject"}),
    "setTimeout": frozenset({"timer"}),
    "setInterval": frozenset({"timer"}),
    "execScript": frozenset({"timer"}),
    "String": frozenset({"String", "ctor"}),
    "unescape": frozenset({"decode"}),
    "decodeURIComponent": frozenset({"decode"}),
    "decodeURI": frozenset({"decode"}),
    "escape": frozenset({"encode"}),
    "encodeURIComponent": frozenset({"encode"}),
    "encodeURI": frozenset({"encode"}),
    "parseInt": frozenset({"num"}),
    "parseFloat": frozenset({"num"}),
    "Number": frozenset({"num", "ctor"}),
    "isNaN": frozenset({"num"}),
    "Math": frozenset({"num"}),
    "Boolean": frozenset({"num", "ctor"}),
    "Array": frozenset({"ctor"}),
    "Object": frozenset({"ctor"}),
    "RegExp": frozenset({"ctor"}),
    "Date": frozenset({"ctor"}),
    "Enumerator": frozenset({"pass", "ctor"}),
}
#: ASP's objects (named items: looked up without regard to case)
_INTRINSICS: dict[str, frozenset[str]] = {
    "request": frozenset({"req"}),
    "server": frozenset({"server"}),
    "application": frozenset({"config"}),
    "session": frozenset({"config"}),
    "response": frozenset({"response"}),
}
_REQUEST_COLLECTIONS = {
    "form": "Form",
    "querystring": "QueryString",
    "item": "Item",
    "cookies": "Cookies",
    "servervariables": "ServerVariables",
}
#: server variables the client writes (besides HTTP_*): the others are the server's own
_CLIENT_VARIABLES = frozenset({"query_string", "all_http", "all_raw", "content_type"})
#: kinds that are functions (``.call``/``.apply``/``.constructor`` on them)
_CALLABLE = ("eval", "Function", "timer", "getobject", "activex", "decode", "String", "ctor", "fn:")
#: methods of a string (or of request input) whose result is a number or a boolean
_NUMERIC_MEMBERS = frozenset(
    {"length", "indexof", "lastindexof", "charcodeat", "search", "test", "count", "localecompare"}
)
#: methods that call a function argument with the elements of an array or the text matched
_CALLBACK_METHODS = frozenset(
    {"map", "foreach", "filter", "some", "every", "reduce", "find", "sort", "replace"}
)
#: methods that put their arguments into the object they are called on
_STORING_METHODS = frozenset({"write", "writeline", "writetext", "push", "unshift", "add", "append"})
_SCRIPT_EXTENSIONS = re.compile(
    r"(?i)\.(?:asp|aspx|asa|asax|ashx|asmx|ascx|cer|cdx|php\d?|phtml|jsp|jspx|cfm|shtml?|stm)\W*$"
)
_HTTP_PROGID = re.compile(r"xmlhttp|winhttp")
_FILE_SINKS: dict[str, tuple[int, ...]] = {
    "createtextfile": (0,),
    "deletefile": (0,),
    "deletefolder": (0,),
    "copyfile": (0, 1),
    "movefile": (0, 1),
    "copyfolder": (0, 1),
    "movefolder": (0, 1),
    "createfolder": (0,),
}
_WRITE_MODES = frozenset({"2", "8"})
_SCRIPT_CONTROL_METHODS = frozenset({"executestatement", "eval", "addcode"})
#: a guard of text that an encoder made safe to write into a page (no quote, no ``<%``)
GUARD_MARKUP = "markup"
#: what makes a branch the input's rejection: the response or the function ends, a literal replaces it
_EXITS = re.compile(r"(?i)\bResponse\s*\.\s*(?:End|Redirect)\b|\breturn\b|\bthrow\b")
_FUNCTION_TYPES = frozenset(
    {"function_declaration", "function_expression", "arrow_function", "generator_function_declaration"}
)


def _progid_kind(v: JVal) -> str:
    """The object kind for a COM object created from ``v``: ``obj:<progid>`` (lower case; a shell
    class id read as its ProgID), ``obj:?`` for one computed at run time or requested, "" for a
    component the site's configuration names."""
    from webhunt.detect.vbs_fold import SHELL_CLSIDS  # imported here: vbs_fold imports this package

    name = v.const
    if name is None:
        return "" if "config" in v.kinds and not v.taints else "obj:?"
    name = name.strip().lower()
    clsid = name.removeprefix("new:").removeprefix("clsid:").strip("{} ")
    name = SHELL_CLSIDS.get(clsid, name)
    if name.startswith("winmgmts"):
        name = "winmgmts"
    return f"obj:{name}"


def _decode(text: str) -> str:
    text = re.sub(r"%u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return urllib.parse.unquote(text, errors="replace")


# -- the analysis -----------------------------------------------------------------------------------


class JscriptAnalyzer:
    """Taint flows of one page's JScript (see the module's doc)."""

    def __init__(self, source: bytes, line_of: Callable[[int], int], parsers: Parsers) -> None:
        self.source = source
        self.line_of = line_of
        self.parsers = parsers
        self.env: dict[tuple[int, str], JVal] = {}
        self.hits: dict[tuple[SinkKind, int], set[Taint]] = {}
        self.labels: dict[tuple[SinkKind, int], str] = {}
        self.functions: dict[int, Node] = {}  # function node id (start byte + 1) -> node
        self.named: dict[tuple[int, str], int] = {}  # (scope, name) of a function declaration -> id
        self.declared: dict[int, set[str]] = {0: set()}
        self.assigned: set[str] = set()  # names assigned anywhere (a builtin of that name is shadowed)
        self.checks: list[Node] = []  # if statements (see :meth:`_validations`)
        self.validated: set[tuple[int, str]] = set()
        self.scopes: dict[int, int] = {}  # node id -> the function holding it (see _collect)
        self.changed = False
        self.depth = 0
        self.steps = 0
        self.memo: dict[int, JVal] = {}
        self.level = 0  # nesting of constant code run by eval (see _constant_code)
        self.nested: dict[int, str] = {}
        self.budget: Budget | None = None

    # -- scopes -------------------------------------------------------------------------------------

    def _scope_of(self, node: Node) -> int:
        """The function (its id) whose body holds ``node``; 0 for the page's top level."""
        return self.scopes.get(node.id, 0)

    def _outer(self, scope: int) -> int | None:
        if scope == 0:
            return None
        fn = self.functions.get(scope)
        return self._scope_of(fn) if fn is not None else 0

    def _key(self, name: str, node: Node) -> tuple[int, str]:
        scope: int | None = self._scope_of(node)
        while scope is not None:
            if name in self.declared.get(scope, ()):
                return (scope, name)
            scope = self._outer(scope)
        return (0, name)

    def _text(self, node: Node) -> str:
        return self.source[node.start_byte : node.end_byte].decode("latin-1")

    def _collect(self, root: Node, nodes: list[Node]) -> None:
        stack = [(root, 0)]
        while stack:
            n, scope = stack.pop()
            self.scopes[n.id] = scope
            t = n.type
            if t in _FUNCTION_TYPES or t == "method_definition":
                fid = n.start_byte + 1
                self.functions[fid] = n
                names = self.declared.setdefault(fid, set())
                names.add("arguments")
                params = n.child_by_field_name("parameters") or n.child_by_field_name("parameter")
                if params is not None:
                    for p in [params] if params.type == "identifier" else params.named_children:
                        if p.type == "identifier":
                            names.add(self._text(p))
                        elif p.type == "assignment_pattern":
                            left = p.child_by_field_name("left")
                            if left is not None and left.type == "identifier":
                                names.add(self._text(left))
                if t in ("function_declaration", "generator_function_declaration"):
                    name = n.child_by_field_name("name")
                    if name is not None:
                        self.declared.setdefault(self._scope_of(n), set()).add(self._text(name))
                        self.assigned.add(self._text(name))
                        self.named[(self._scope_of(n), self._text(name))] = fid
            elif t == "variable_declarator":
                name = n.child_by_field_name("name")
                if name is not None and name.type == "identifier":
                    decl = n.parent
                    scope = (
                        self._scope_of(n)
                        if decl is not None and decl.type == "variable_declaration"
                        else self._block_scope(n)
                    )
                    self.declared.setdefault(scope, set()).add(self._text(name))
                    self.assigned.add(self._text(name))
            elif t == "if_statement":
                self.checks.append(n)
            elif t == "assignment_expression":
                left = n.child_by_field_name("left")
                if left is not None and left.type == "identifier":
                    self.assigned.add(self._text(left))
            if t in (
                "variable_declarator",
                "assignment_expression",
                "augmented_assignment_expression",
                "call_expression",
                "new_expression",
                "return_statement",
                "for_in_statement",
            ) or (t == "arrow_function" and n.child_by_field_name("body") is not None):
                nodes.append(n)
            inner = n.start_byte + 1 if t in _FUNCTION_TYPES or t == "method_definition" else scope
            stack.extend((c, inner) for c in reversed(n.children))

    def _block_scope(self, n: Node) -> int:
        # let/const: JScript (ES3) has none; a page written for a newer engine keeps them per function
        return self._scope_of(n)

    # -- environment --------------------------------------------------------------------------------

    def _assign(self, key: tuple[int, str], value: JVal, step: str | None = None) -> None:
        if step is not None and value.taints:
            value = value.with_taints(t.via(step) for t in value.taints)
        old = self.env.get(key, BOTTOM)
        new = join(old, value)
        if new != old:
            self.env[key] = new
            self.changed = True

    def _lookup(self, name: str, node: Node) -> JVal:
        key = self._key(name, node)
        if key in self.env or name in self.assigned:
            value = self.env.get(key, BOTTOM)
            if key in self.validated and value.taints:
                value = value.with_taints(t.guarded(GUARD_VALID) for t in value.taints)
            fn = self.named.get(key)
            return join(value, kind(f"fn:{fn}")) if fn else value
        return self._builtin(name)

    @staticmethod
    def _builtin(name: str) -> JVal:
        kinds = _BUILTINS.get(name) or _INTRINSICS.get(name.lower())
        return JVal(kinds=kinds, opaque=True) if kinds else BOTTOM

    # -- the pass -----------------------------------------------------------------------------------

    def analyse(self, root: Node, budget: Budget | None = None) -> list[Hit]:
        self.budget = budget
        nodes: list[Node] = []
        self._collect(root, nodes)
        for check in self.checks:
            self._validations(check)
        # inner expressions before the ones holding them, statements in page order
        nodes.sort(key=lambda n: (n.end_byte, -n.start_byte))
        for _ in range(MAX_ROUNDS):
            if budget is not None and budget.expired():
                break
            self.changed = False
            self.memo = {}
            try:
                for n in nodes:
                    self._flow(n)
            except _OutOfTime:
                break
            if not self.changed:
                break
        hits = [
            Hit(kind_, self.labels[(kind_, offset)], offset, taint)
            for (kind_, offset), taints in self.hits.items()
            for taint in taints
        ]
        return hits + self._nested_hits()

    def _constant_code(self, node: Node, code: JVal) -> None:
        """Code the page builds from constants and runs: analysed as JScript of its own."""
        text = code.const
        if text is not None and self.level < MAX_NESTING and len(self.nested) < MAX_NESTED and len(text) > 4:
            self.nested.setdefault(node.start_byte, text)

    def _nested_hits(self) -> list[Hit]:
        """The flows of the constant code the page runs (``eval("eval(Request.Item['t'])")``), reported at
        the sink that runs it; the page's global variables are seen from there."""
        out: list[Hit] = []
        for offset, text in self.nested.items():
            if self.budget is not None and self.budget.expired():
                break
            source = text.encode("utf-8", "replace")
            inner = JscriptAnalyzer(source, _fixed_line(self.line_of(offset)), self.parsers)
            inner.level = self.level + 1
            inner.env = {k: v for k, v in self.env.items() if k[0] == 0}
            inner.assigned = set(self.assigned)
            root = self.parsers.parse(Grammar.JAVASCRIPT, source)
            for hit in inner.analyse(root, self.budget):
                out.append(
                    Hit(hit.kind, hit.sink, offset, hit.taint, note="in code the page builds from constants")
                )
        return out

    def _flow(self, n: Node) -> None:
        t = n.type
        if t == "variable_declarator":
            name, value = n.child_by_field_name("name"), n.child_by_field_name("value")
            if name is not None and name.type == "identifier" and value is not None:
                text = self._text(name)
                key = self._key(text, n)
                self._assign(key, self.eval(value), text)
                self._fields(key, value)
        elif t in ("assignment_expression", "augmented_assignment_expression"):
            left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
            if left is None or right is None:
                return
            assigned = self.eval(right)
            if t == "augmented_assignment_expression":
                assigned = concat(self.eval(left), assigned)
            self._store(left, assigned, right)
        elif t == "return_statement":
            arg = n.named_children[0] if n.named_children else None
            scope = self._scope_of(n)
            if arg is not None and scope:
                self._assign((scope, "#return"), self.eval(arg))
        elif t == "arrow_function":
            body = n.child_by_field_name("body")
            if body is not None and body.type != "statement_block":
                self._assign((n.start_byte + 1, "#return"), self.eval(body))
        elif t == "for_in_statement":
            left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
            if left is not None and right is not None and left.type == "identifier":
                v = self.eval(right)
                if v.taints:
                    self._assign(self._key(self._text(left), n), tainted(v.taints), self._text(left))
        else:
            self.eval(n)

    def _validations(self, node: Node) -> None:
        """Variables an ``if`` checks (a regular expression's ``test``, ``match`` or ``search``, an
        equality with a non-empty literal, a look-up in an allow-list's ``indexOf``) and rejects
        when the check fails: a branch ends the response or the function, or resets the variable
        to a literal. Such a variable is validated wherever it is read."""
        cond = node.child_by_field_name("condition")
        if cond is None:
            return
        branches = [
            b for b in (node.child_by_field_name("consequence"), node.child_by_field_name("alternative")) if b
        ]
        texts = [self._text(b) for b in branches]
        for name in self._checked_names(cond):
            resets = re.compile(rf"(?<![\w.]){re.escape(name)}\s*=\s*(?:[\"'\d]|null\b)")
            if any(_EXITS.search(t) or resets.search(t) for t in texts):
                self.validated.add(self._key(name, node))

    def _checked_names(self, cond: Node) -> set[str]:
        names: set[str] = set()
        stack = [cond]
        while stack:
            n = stack.pop()
            stack.extend(n.named_children)
            if n.type == "call_expression":
                fn = n.child_by_field_name("function")
                args = self._args(n)
                if fn is None or fn.type != "member_expression":
                    continue
                obj, prop = fn.child_by_field_name("object"), self._prop(fn)
                if obj is None or prop is None:
                    continue
                if prop in ("test", "exec", "indexOf") and args and args[0].type == "identifier":
                    if (
                        prop != "indexOf"
                        or obj.type != "identifier"
                        or self._text(obj) != self._text(args[0])
                    ):
                        names.add(self._text(args[0]))
                elif (
                    prop in ("match", "search")
                    and obj.type == "identifier"
                    and args
                    and args[0].type == "regex"
                ):
                    names.add(self._text(obj))
            elif n.type == "binary_expression":
                op = n.child_by_field_name("operator")
                left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
                if (
                    op is None
                    or left is None
                    or right is None
                    or self._text(op) not in ("==", "!=", "===", "!==")
                ):
                    continue
                for a, b in ((left, right), (right, left)):
                    if a.type == "identifier" and b.type == "string" and self._string(b):
                        names.add(self._text(a))
        return names

    def _store(self, left: Node, value: JVal, right: Node | None = None) -> None:
        if left.type == "identifier":
            text = self._text(left)
            key = self._key(text, left)
            self._assign(key, value, text)
            if right is not None:
                self._fields(key, right)
        elif left.type in ("member_expression", "subscript_expression"):
            obj = left.child_by_field_name("object")
            prop = self._prop(left)
            if obj is None:
                return
            if obj.type == "this" and prop is not None and self._scope_of(left) == 0:
                self._assign((0, prop), value, prop)  # this.x = ... at the top: a global
                self.assigned.add(prop)
            elif obj.type == "identifier":
                name = self._text(obj)
                key = self._key(name, obj)
                if prop is not None:
                    self._assign((key[0], f"{name}.{prop}"), value, f"{name}.{prop}")
                # the object as a whole holds what was put in it (arrays filled by index, maps)
                self._assign(key, JVal(taints=value.taints, opaque=True), name)

    def _fields(self, key: tuple[int, str], value: Node) -> None:
        """An object literal assigned to a variable: its constant-named properties as fields."""
        if value.type != "object":
            return
        for pair in value.named_children:
            if pair.type != "pair":
                continue
            k, v = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if k is None or v is None:
                continue
            name = self._text(k).strip("\"'")
            self._assign((key[0], f"{key[1]}.{name}"), self.eval(v), f"{key[1]}.{name}")

    def _prop(self, node: Node) -> str | None:
        """The constant property name of ``a.b`` / ``a["b"]`` (as written)."""
        if node.type == "member_expression":
            p = node.child_by_field_name("property")
            return self._text(p) if p is not None else None
        index = node.child_by_field_name("index")
        return self.eval(index).const if index is not None else None

    # -- expressions --------------------------------------------------------------------------------

    def eval(self, node: Node) -> JVal:
        """What ``node`` may hold, computed once per round (the round's first answer stands)."""
        known = self.memo.get(node.id)
        if known is not None:
            return known
        if self.depth > MAX_DEPTH:
            return OPAQUE
        self.steps += 1
        if self.steps % 2048 == 0 and self.budget is not None and self.budget.expired():
            raise _OutOfTime
        self.depth += 1
        try:
            value = self._eval(node)
        finally:
            self.depth -= 1
        self.memo[node.id] = value
        return value

    def _eval(self, node: Node) -> JVal:
        t = node.type
        if t == "string":
            return const(self._string(node))
        if t == "template_string":
            if any(c.type == "template_substitution" for c in node.named_children):
                return join_all(
                    self.eval(c.named_children[0])
                    for c in node.named_children
                    if c.type == "template_substitution" and c.named_children
                ).with_taints(
                    taint
                    for c in node.named_children
                    if c.type == "template_substitution" and c.named_children
                    for taint in self.eval(c.named_children[0]).taints
                )
            return const(self._text(node)[1:-1])
        if t == "number":
            n = _number(self._text(node))
            return const(_fmt(n), number=True) if n is not None else OPAQUE
        if t == "identifier":
            return self._lookup(self._text(node), node)
        if t == "this":
            return kind("global") if self._scope_of(node) == 0 else kind("global", "this")
        if t == "parenthesized_expression" or t == "sequence_expression":
            kids = node.named_children
            return self.eval(kids[-1]) if kids else BOTTOM
        if t == "binary_expression":
            return self._binary(node)
        if t == "ternary_expression":
            a, b = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
            return join(self.eval(a) if a else BOTTOM, self.eval(b) if b else BOTTOM)
        if t in ("unary_expression", "update_expression"):
            return const("0", number=True) if t == "update_expression" else OPAQUE
        if t in ("assignment_expression", "augmented_assignment_expression"):
            right = node.child_by_field_name("right")
            return self.eval(right) if right is not None else BOTTOM
        if t == "array":
            items = tuple(self.eval(c) for c in node.named_children[:MAX_ITEMS])
            return JVal(
                _cap(x for i in items for x in i.taints),
                opaque=True,
                kinds=frozenset({"array"}),
                items=items if len(node.named_children) <= MAX_ITEMS else None,
            )
        if t == "object":
            taints = [x for c in node.named_children if c.type == "pair" for x in self._pair_taints(c)]
            return tainted(taints) if taints else OPAQUE
        if t in _FUNCTION_TYPES:
            return kind(f"fn:{node.start_byte + 1}")
        if t == "regex":
            pattern = node.child_by_field_name("pattern")
            text = self._text(pattern) if pattern is not None else ""
            return JVal(consts=frozenset({text}), opaque=True, kinds=frozenset({"regex"}))
        if t == "member_expression" or t == "subscript_expression":
            return self._member(node)
        if t == "call_expression":
            return self._call(node, new=False)
        if t == "new_expression":
            return self._call(node, new=True)
        return OPAQUE

    def _pair_taints(self, pair: Node) -> frozenset[Taint]:
        v = pair.child_by_field_name("value")
        return self.eval(v).taints if v is not None else frozenset()

    def _string(self, node: Node) -> str:
        text = self._text(node)[1:-1]
        if "\\" not in text:
            return text
        try:
            return re.sub(
                r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{1,3}|.)",
                lambda m: _unescape_js(m.group(1)),
                text,
                flags=re.DOTALL,
            )
        except ValueError:
            return text

    def _binary(self, node: Node) -> JVal:
        op = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op is None or left is None or right is None:
            return OPAQUE
        o = self._text(op)
        a, b = self.eval(left), self.eval(right)
        if o == "+":
            return concat(self._as_text(a, node), self._as_text(b, node))
        if o in ("||", "&&", "??"):
            return join(a, b)
        ac, bc = a.const, b.const
        if ac is not None and bc is not None and a.number and b.number:
            x, y = _number(ac), _number(bc)
            if x is not None and y is not None:
                r = _arith(o, x, y)
                if r is not None:
                    return const(_fmt(r), number=True)
        return OPAQUE  # comparisons, arithmetic: a number or a boolean

    def _member(self, node: Node) -> JVal:
        obj_node = node.child_by_field_name("object")
        if obj_node is None:
            return OPAQUE
        obj = self.eval(obj_node)
        prop = self._prop(node)
        if prop is None:
            index = node.child_by_field_name("index")
            ix = self.eval(index) if index is not None else BOTTOM
            out = BOTTOM
            if obj.kinds & {"global", "server"} and ix.taints:
                out = join(out, JVal(kinds=frozenset({"dynamic"}), taints=ix.taints, opaque=True))
            if obj.kinds & {"req", "reqcoll", "reqsv"}:
                out = join(out, self._request_value(node, obj, None))
            if ix.consts and not ix.opaque:  # one of a few names
                for name in ix.consts:
                    out = join(out, self._property(node, obj_node, obj, name))
                return out
            if obj.taints:
                out = join(out, tainted(obj.taints))
            if obj.items is not None:
                out = join(out, join_all(obj.items))
            return join(out, OPAQUE)
        return self._property(node, obj_node, obj, prop)

    def _property(self, node: Node, obj_node: Node, obj: JVal, prop: str) -> JVal:
        low = prop.lower()
        out = BOTTOM
        k = obj.kinds
        if "global" in k:
            out = join(out, self._lookup(prop, node) if "this" not in k else self._builtin(prop))
        if "req" in k:
            if low in _REQUEST_COLLECTIONS:
                out = join(out, kind("reqsv" if low == "servervariables" else "reqcoll"))
            elif low == "binaryread":
                out = join(out, kind("binaryread"))
        if "reqcoll" in k or "reqsv" in k:
            if low == "item":
                out = join(out, kind(*(k & {"reqcoll", "reqsv"})))
            elif low not in _NUMERIC_MEMBERS and node.type == "subscript_expression":
                out = join(out, self._request_value(node, obj, prop))
        if "server" in k and low == "createobject":
            out = join(out, kind("createobject"))
        elif "server" in k and low == "mappath":
            out = join(out, kind("pass"))
        elif "server" in k and low in ("htmlencode", "urlencode", "urlpathencode"):
            out = join(out, kind("encode"))
        if "String" in k and low == "fromcharcode":
            out = join(out, kind("fromcharcode"))
        if prop in ("call", "apply") and any(x.startswith(_CALLABLE) for x in k):
            out = join(out, kind(*(f"{prop}>{x}" for x in k if x.startswith(_CALLABLE))))
        if prop == "constructor":
            func = any(x.startswith((*_CALLABLE, "proto")) for x in k) or obj_node.type in _FUNCTION_TYPES
            out = join(out, kind("Function", "ctor") if func else kind("ctor"))
        if prop == "prototype" and any(x.startswith(_CALLABLE) for x in k):
            out = join(out, kind("proto"))
        for x in k:
            if x.startswith("obj:") and low in ("responsetext", "responsebody") and _HTTP_PROGID.search(x):
                label = f"{REMOTE_SOURCE}an XMLHTTP request"
                out = join(out, tainted([Taint(label, self.line_of(node.start_byte))]))
        if obj_node.type == "identifier":  # a field the page set
            name = self._text(obj_node)
            field = self.env.get((self._key(name, obj_node)[0], f"{name}.{prop}"))
            if field is not None:
                out = join(out, field)
        if obj.items is not None and prop.isdigit() and int(prop) < len(obj.items):
            out = join(out, obj.items[int(prop)])
        elif obj.items is not None and node.type == "subscript_expression":
            out = join(out, join_all(obj.items))
        if obj.taints and low not in _NUMERIC_MEMBERS:
            out = join(out, tainted(obj.taints))
        if obj.const is not None and low == "length":
            out = join(out, const(str(len(obj.const)), number=True))
        return out if out != BOTTOM else OPAQUE

    def _request_value(self, node: Node, coll: JVal, key: str | None) -> JVal:
        """Request input read at ``node`` (a call or an index on ``Request`` or a collection); server
        variables the server sets itself are not input."""
        server_own = key is None or not (key.lower().startswith("http_") or key.lower() in _CLIENT_VARIABLES)
        if "reqsv" in coll.kinds and not coll.kinds & {"req", "reqcoll"} and server_own:
            return OPAQUE
        label = " ".join(self._text(node).split())
        if len(label) > 60:
            label = label[:57] + "..."
        return tainted([Taint(label, self.line_of(node.start_byte))])

    # -- calls --------------------------------------------------------------------------------------

    def _args(self, node: Node) -> list[Node]:
        args = node.child_by_field_name("arguments")
        if args is None:
            return []
        return [a for a in args.named_children if a.type != "comment"]

    def _call(self, node: Node, *, new: bool) -> JVal:
        fn = node.child_by_field_name("constructor" if new else "function")
        if fn is None:
            return OPAQUE
        arg_nodes = self._args(node)
        args = [self.eval(a) for a in arg_nodes]
        if fn.type in ("member_expression", "subscript_expression"):
            obj_node = fn.child_by_field_name("object")
            prop = self._prop(fn)
            if obj_node is not None and prop is not None:
                obj = self.eval(obj_node)
                out = self._method(node, fn, obj_node, obj, prop, args)
                callee = self._property(fn, obj_node, obj, prop)
                if callee.kinds:
                    out = join(out, self._apply(node, fn, callee, args, new))
                return out if out != BOTTOM else OPAQUE
        callee = self.eval(fn)
        out = self._apply(node, fn, callee, args, new)
        return out if out != BOTTOM else OPAQUE

    def _apply(self, node: Node, fn: Node, callee: JVal, args: list[JVal], new: bool) -> JVal:
        """What calling a value of ``callee``'s kinds with ``args`` does and returns."""
        out = BOTTOM
        label = " ".join(self._text(fn).split())[:40] + "()"
        first = args[0] if args else BOTTOM
        for k in callee.kinds:
            if k in ("req", "reqcoll", "reqsv"):
                key = first.const
                out = join(out, self._request_value(node, JVal(kinds=frozenset({k})), key))
            elif k == "binaryread":
                out = join(out, tainted([Taint("Request.BinaryRead()", self.line_of(node.start_byte))]))
            elif k == "eval":
                self._hit(SinkKind.CODE, node, label, first)
                out = join(out, tainted(first.taints))
                self._constant_code(node, first)
            elif k == "Function":
                self._hit(SinkKind.CODE, node, label, join_all(args))
                if args:
                    self._constant_code(node, args[-1])
                out = join(out, kind("codefn"))
            elif k == "timer":
                self._hit(SinkKind.CODE, node, label, first)
            elif k == "getobject":
                self._hit(SinkKind.CODE, node, label, first)
                out = join(out, kind(_progid_kind(first)))
            elif k in ("activex", "createobject"):
                progid = _progid_kind(first)
                out = join(out, kind(progid) if progid else OPAQUE)
            elif k == "String" and not new:
                out = join(out, self._as_text(first, node) if first != BOTTOM else const(""))
            elif k == "pass":
                out = join(out, first)
            elif k == "encode":  # no quote, no markup, no slash left: a name or a page's text
                out = join(
                    out, first.with_taints(t.guarded(GUARD_MARKUP).guarded(GUARD_PATH) for t in first.taints)
                )
            elif k == "decode":
                c = first.const
                plain = first.with_taints(
                    Taint(t.source, t.line, t.path, t.guards - {GUARD_MARKUP, GUARD_PATH})
                    for t in first.taints
                )
                out = join(out, const(_decode(c)).with_taints(plain.taints) if c is not None else plain)
            elif k == "num" or k == "codefn":
                out = join(out, OPAQUE)
            elif k == "config":
                out = join(out, kind("config"))
            elif k == "fromcharcode":
                out = join(out, _from_char_codes(args))
            elif k == "dynamic":
                self._hit(SinkKind.DYNAMIC, node, label, callee)
            elif k.startswith("fn:"):
                out = join(out, self._user_call(int(k[3:]), args))
            elif k.startswith(("call>", "apply>")):
                how, _, target = k.partition(">")
                if how == "call":
                    rest = args[1:]
                else:
                    arr = args[1] if len(args) > 1 else BOTTOM
                    rest = list(arr.items) if arr.items is not None else [arr]
                out = join(out, self._apply(node, fn, kind(target), rest, False))
        return out

    def _user_call(self, fid: int, args: list[JVal]) -> JVal:
        fn = self.functions.get(fid)
        if fn is None:
            return OPAQUE
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        names: list[str] = []
        if params is not None:
            for p in [params] if params.type == "identifier" else params.named_children:
                if p.type == "identifier":
                    names.append(self._text(p))
                elif p.type == "assignment_pattern":
                    left = p.child_by_field_name("left")
                    names.append(self._text(left) if left is not None else "")
        for name, value in zip(names, args, strict=False):
            if name:
                self._assign((fid, name), value, name)
        passed = _cap(x for a in args for x in a.taints)
        if passed:  # read through `arguments` too
            self._assign((fid, "arguments"), JVal(taints=passed, opaque=True), "arguments")
        return self.env.get((fid, "#return"), OPAQUE)

    def _method(self, node: Node, fn: Node, obj_node: Node, obj: JVal, prop: str, args: list[JVal]) -> JVal:
        """``obj.prop(args)``: COM objects' sinks, request collections, strings and arrays."""
        low = prop.lower()
        out = BOTTOM
        first = args[0] if args else BOTTOM
        label = " ".join(self._text(fn).split())[:40] + "()"
        for k in obj.kinds:
            if k in ("reqcoll", "reqsv") or (
                k == "req" and low in ("item", "form", "querystring", "cookies")
            ):
                out = join(out, self._request_value(node, obj, first.const))
            elif k == "req" and low == "servervariables":
                out = join(out, self._request_value(node, kind("reqsv"), first.const))
            elif k == "req" and low == "binaryread":
                out = join(out, tainted([Taint("Request.BinaryRead()", self.line_of(node.start_byte))]))
            elif k.startswith("obj:"):
                out = join(out, self._com_method(node, label, k[4:], obj, low, args))
            elif k.startswith("file") and low in ("write", "writeline") and k == "file:script":
                self._hit(SinkKind.WRITE, node, label, first)
        if (obj.items is not None or obj.consts or obj.taints) and not obj.kinds & {
            "req",
            "reqcoll",
            "reqsv",
        }:
            out = join(out, self._string_method(obj, low, args))
        if low in _CALLBACK_METHODS and (obj.taints or obj.items is not None):
            # each element (or the matched text) handed to a callable argument: [code].forEach(eval),
            # text.replace(/.+/, eval)
            element = join_all(obj.items) if obj.items is not None else tainted(obj.taints)
            for a in args:
                if any(x.startswith(_CALLABLE) for x in a.kinds):
                    out = join(out, self._apply(node, fn, JVal(kinds=a.kinds, opaque=True), [element], False))
        if low in _STORING_METHODS and obj_node.type == "identifier":
            name = self._text(obj_node)
            key = self._key(name, obj_node)
            if key in self.env or name in self.assigned:
                stored = _cap(x for a in args for x in a.taints)
                if stored:
                    self._assign(key, JVal(taints=stored, opaque=True), name)
        return out

    def _com_method(self, node: Node, label: str, progid: str, obj: JVal, low: str, args: list[JVal]) -> JVal:
        first = args[0] if args else BOTTOM
        hidden = progid == "?"
        if low in ("run", "exec") and (hidden or progid in ("wscript.shell", "wscript.shell.1")):
            self._hit(SinkKind.COMMAND, node, label, first)
            return kind("obj:execresult")
        if low == "shellexecute" and (hidden or progid.startswith("shell.application")):
            self._hit(SinkKind.COMMAND, node, label, join_all(args[:2]))
            return OPAQUE
        if low in _SCRIPT_CONTROL_METHODS and (hidden or "scriptcontrol" in progid):
            self._hit(SinkKind.CODE, node, label, first)
            return OPAQUE
        if progid == "wbemscripting.swbemlocator" and low == "connectserver":
            return kind("obj:winmgmts")
        if progid == "winmgmts" and low == "get":
            name = (first.const or "").lower()
            return kind("obj:win32_process") if name.startswith("win32_process") else OPAQUE
        if progid == "win32_process" and low == "create":
            self._hit(SinkKind.COMMAND, node, label, first)
            return OPAQUE
        if progid == "win32_process" and low == "execmethod_" and (first.const or "").lower() == "create":
            self._hit(SinkKind.COMMAND, node, label, join_all(args[1:]))  # the filled InParameters
            return OPAQUE
        if progid == "scripting.filesystemobject":
            if low in _FILE_SINKS:
                self._hit(
                    SinkKind.FILE, node, label, join_all(args[i] for i in _FILE_SINKS[low] if i < len(args))
                )
            if low in ("createtextfile", "opentextfile"):
                mode = args[1].const if len(args) > 1 else None
                write = low == "createtextfile" or mode in _WRITE_MODES
                if low == "opentextfile":
                    self._hit(SinkKind.FILE if write else SinkKind.FILE_READ, node, label, first)
                script = write and _SCRIPT_EXTENSIONS.search(first.tail or "") is not None
                return kind("file:script" if script else "file")
            return OPAQUE
        if progid.startswith("adodb.stream"):
            if low == "savetofile":
                self._hit(SinkKind.FILE, node, label, first)
                if _SCRIPT_EXTENSIONS.search(first.tail or ""):
                    self._hit(SinkKind.WRITE, node, label, tainted(obj.taints))
            elif low == "loadfromfile":
                self._hit(SinkKind.FILE_READ, node, label, first)
            elif low in ("readtext", "read"):
                return tainted(obj.taints) if obj.taints else OPAQUE
            return OPAQUE
        if progid == "execresult" or low in ("readall", "readline"):
            return OPAQUE
        return OPAQUE

    def _string_method(self, obj: JVal, low: str, args: list[JVal]) -> JVal:
        """String and array methods: constants folded, request input carried."""
        taints = obj.taints | frozenset(x for a in args for x in a.taints)
        if low in _NUMERIC_MEMBERS or low in ("charcodeat", "indexof"):
            return OPAQUE
        c = obj.const
        cargs = [a.const for a in args]
        folded: str | None = None
        items: tuple[JVal, ...] | None = None
        try:
            if c is not None and all(x is not None for x in cargs):
                a = [x or "" for x in cargs]
                if low in ("tolowercase", "tolocalelowercase"):
                    folded = c.lower()
                elif low in ("touppercase", "tolocaleuppercase"):
                    folded = c.upper()
                elif low in ("tostring", "valueof", "trim"):
                    folded = c.strip() if low == "trim" else c
                elif low == "charat":
                    i = int(_number(a[0]) or 0) if a else 0
                    folded = c[i] if 0 <= i < len(c) else ""
                elif low in ("substr", "substring", "slice"):
                    folded = _substring(c, low, a)
                elif low == "concat":
                    folded = c + "".join(a)
                elif low == "replace" and len(a) == 2 and "regex" not in args[0].kinds:
                    folded = c.replace(a[0], a[1], 1)
                elif low == "split":
                    sep = a[0] if a else None
                    parts = list(c) if sep == "" else c.split(sep) if sep is not None else [c]
                    if len(parts) <= MAX_ITEMS:
                        items = tuple(const(p) for p in parts)
        except (ValueError, IndexError):
            folded = None
        if low == "replace" and args and "regex" in args[0].kinds and obj.taints:
            pattern = next(iter(args[0].consts), "")
            guard = (
                GUARD_VALID
                if "[^" in pattern
                else GUARD_PATH
                if "\\.\\." in pattern or "\\/" in pattern or "\\\\" in pattern
                else GUARD_LITERAL
                if '"' in pattern or "'" in pattern
                else None
            )
            if guard is not None:
                taints = frozenset(t.guarded(guard) for t in obj.taints) | frozenset(
                    x for a in args[1:] for x in a.taints
                )
        if folded is not None:
            return JVal(_cap(taints), frozenset({folded[:MAX_STRING]}))
        if items is not None:
            return JVal(_cap(taints), opaque=True, kinds=frozenset({"array"}), items=items)
        if obj.items is not None:
            if low == "reverse":
                return JVal(_cap(taints), opaque=True, kinds=frozenset({"array"}), items=obj.items[::-1])
            if low == "join":
                sep = args[0].const if args else ","
                pieces = [i.const for i in obj.items]
                if sep is not None and all(p is not None for p in pieces):
                    return JVal(_cap(taints), frozenset({sep.join(p or "" for p in pieces)[:MAX_STRING]}))
                return JVal(_cap(taints), opaque=True)
            if low in ("concat", "slice"):
                return JVal(_cap(taints), opaque=True, kinds=frozenset({"array"}))
        return JVal(_cap(taints), opaque=True) if taints else OPAQUE

    def _as_text(self, value: JVal, node: Node) -> JVal:
        """``value`` as a string: a whole request collection (``Request.Form + ""``, ``Request.QueryString``
        handed to ``eval``) is the request's text."""
        if value.taints or not value.kinds & {"req", "reqcoll", "reqsv"}:
            return value
        return value.with_taints([Taint("the whole request collection", self.line_of(node.start_byte))])

    def _hit(self, sink: SinkKind, node: Node, label: str, value: JVal) -> None:
        value = self._as_text(value, node)
        if sink is SinkKind.WRITE:  # encoded text cannot open a script block or end a literal
            value = value.with_taints(t for t in value.taints if GUARD_MARKUP not in t.guards)
        if not value.taints:
            return
        key = (sink, node.start_byte)
        self.labels.setdefault(key, label)
        found = self.hits.setdefault(key, set())
        for t in value.taints:
            if len(found) < MAX_TAINTS:
                found.add(t)


def _fixed_line(line: int) -> Callable[[int], int]:
    def line_of(_offset: int) -> int:
        return line

    return line_of


class _OutOfTime(Exception):
    """The analysis budget ran out mid-round (the flows found so far are kept)."""


def _unescape_js(esc: str) -> str:
    if esc[0] in "xu" and len(esc) > 1:
        return chr(int(esc[1:], 16))
    if esc[0].isdigit():
        return chr(int(esc, 8))
    return {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}.get(esc, esc)


def _arith(op: str, x: float, y: float) -> float | None:
    try:
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "/":
            return x / y if y else None
        if op == "%":
            return x % y if y else None
        xi, yi = int(x), int(y)
        if op == "^":
            return float(xi ^ yi)
        if op == "&":
            return float(xi & yi)
        if op == "|":
            return float(xi | yi)
        if op == "<<":
            return float(xi << (yi & 31)) if abs(xi) < 2**31 else None
        if op == ">>":
            return float(xi >> (yi & 31))
    except (OverflowError, ValueError):
        return None
    return None


def _substring(c: str, how: str, a: list[str]) -> str | None:
    nums = [_number(x) for x in a]
    if any(n is None for n in nums):
        return None
    ints = [int(n or 0) for n in nums]
    if how == "substr":
        start = ints[0] if ints else 0
        start = max(0, len(c) + start) if start < 0 else start
        return c[start : start + ints[1]] if len(ints) > 1 else c[start:]
    if how == "substring":
        s, e = [*ints, len(c)][:2] if ints else (0, len(c))
        s, e = max(0, min(s, len(c))), max(0, min(e, len(c)))
        return c[min(s, e) : max(s, e)]
    return c[ints[0] : ints[1]] if len(ints) > 1 else c[ints[0] :] if ints else c


def _from_char_codes(args: list[JVal]) -> JVal:
    out = []
    for a in args:
        c = a.const
        n = _number(c) if c is not None else None
        if n is None or not 0 <= n < 0x110000:
            return JVal(_cap(x for v in args for x in v.taints), opaque=True)
        out.append(chr(int(n)))
    return const("".join(out))


def analyse(
    parsers: Parsers, data: bytes, line_of: Callable[[int], int], budget: Budget | None, max_nodes: int
) -> list[Hit]:
    """Taint flows of a classic ASP page's server-side JScript, with offsets in the page."""
    source = jscript_source(data)
    if source is None:
        return []
    root = parsers.parse(Grammar.JAVASCRIPT, source)
    if root.descendant_count > max_nodes:
        return []
    return JscriptAnalyzer(source, line_of, parsers).analyse(root, budget)
