"""Classic ASP (VBScript): request input followed to file-system and process sinks.

VBScript has no parser here, so this is a small token-level pass. A page's server code is cut into
statements (``:`` and line ends separate them, `` _`` continues a line, ``'`` and ``Rem`` comment),
procedures (``Function``/``Sub``/``Property``) get their own variables (parameters, ``Dim``, and
names never assigned at script level, as VBScript makes them), and a flow-insensitive fixpoint
propagates taint through assignments, ``For Each``, call arguments into parameters and function
results back to callers; methods of the page's own ``Class`` blocks are called through any object.
The sinks are methods of the FileSystemObject, ADODB.Stream, WScript.Shell and Shell.Application
objects: the request choosing the *path* of a write, delete, copy, move or attribute change (or of
a read), or the program that is run; and code: ``Execute``, ``ExecuteGlobal``, ``Eval``, the
ScriptControl's ``ExecuteStatement``/``Eval``/``AddCode``, and ``GetObject`` of a moniker (a
``script:`` URL loads a scriptlet). Besides the request, what an XMLHTTP object fetched
(``ResponseText``) is input too: code downloaded and run is a loader. Content written to a fixed
file is not a sink.

Guards: numeric conversions (``CInt``, ``CLng`` ...) end a flow; ``Replace`` of both ``..`` and a
slash guards a path; a variable that an ``If`` compares with a literal (``<>``, ``Not``, ``InStr``)
and then resets to a literal or ends the response for (itself, or by calling a procedure of the page
that always does) is validated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from webhunt.detect.semantic.flows import REMOTE_SOURCE, Hit, SinkKind
from webhunt.detect.semantic.transforms import Budget
from webhunt.detect.semantic.values import GUARD_PATH, GUARD_VALID, Taint

if TYPE_CHECKING:
    from webhunt.detect import vbs_fold

#: Pages without request input (or downloaded content) or without a sink are not analysed.
SOURCE_HINT = re.compile(rb"(?i)\brequest\b|\.\s*response(?:text|body)\b")
SINK_HINT = re.compile(
    rb"(?i)\.\s*(?:createtextfile|opentextfile|deletefile|deletefolder|copyfile|movefile|copyfolder"
    rb"|movefolder|createfolder|savetofile|loadfromfile|attributes|shellexecute|namespace|run|exec"
    rb"|executestatement|addcode)\b|\b(?:execute|executeglobal|eval|getobject)\b"
)

_TOKEN = re.compile(
    r"""(?P<str>"(?:[^"\r\n]|"")*"?)
    |(?P<comment>'[^\r\n]*)
    |(?P<cont>(?<![\w])_[ \t]*\r?\n)
    |(?P<end>\r?\n|:|<%=?|%>|<script\b[^>]*>|</script\s*>|<object\b[^>]*>|<!--[^>]*-->)
    |(?P<num>&h[0-9a-f]+&?|\d+(?:\.\d+)?)
    |(?P<name>[a-z][a-z0-9_]*|\[[^\]\r\n]*\])
    |(?P<op><>|<=|>=|[-+*/\\&=<>(),.^;])
    |(?P<ws>[^\S\r\n]+|.)""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Tok:
    kind: str  # str, num, name, op
    text: str  # lower-cased for names; literal value for strings
    offset: int
    raw: str = ""  # a name as written


Expr = list[Tok]

#: Functions whose result is a number (or a boolean) whatever their argument: a guard.
_NUMERIC = frozenset(
    {
        *("cint", "clng", "cdbl", "csng", "cbyte", "ccur", "cbool", "int", "fix", "abs", "sgn", "round"),
        *("len", "isnumeric", "isempty", "isnull", "isarray", "instr", "instrrev", "ubound", "lbound"),
        *("asc", "ascw", "hex", "oct"),
    }
)
#: Statements that end the page or the procedure (a branch taking them rejects the input).
_REJECT = re.compile(r"^(?:response \. (?:end|redirect|clear)|exit (?:sub|function|property))\b")
#: a statement that ends the response (in a procedure's body outside any If, the procedure always does)
_ENDS = re.compile(r"^response \. (?:end|redirect)\b")
#: Keywords that open a statement (never a call of a user procedure).
_KEYWORDS = frozenset(
    {
        *("dim", "redim", "const", "private", "public", "set", "let", "call", "on", "option", "exit"),
        *("if", "elseif", "else", "end", "select", "case", "for", "each", "next", "do", "loop"),
        *("while", "wend", "with", "function", "sub", "property", "class", "randomize", "erase"),
        *("execute", "executeglobal"),
    }
)
#: method -> (sink kind, indices of the path/command arguments)
_FILE_SINKS: dict[str, tuple[SinkKind, tuple[int, ...]]] = {
    "createtextfile": (SinkKind.FILE, (0,)),
    "deletefile": (SinkKind.FILE, (0,)),
    "deletefolder": (SinkKind.FILE, (0,)),
    "copyfile": (SinkKind.FILE, (0, 1)),
    "movefile": (SinkKind.FILE, (0, 1)),
    "copyfolder": (SinkKind.FILE, (0, 1)),
    "movefolder": (SinkKind.FILE, (0, 1)),
    "createfolder": (SinkKind.FILE, (0,)),
    "savetofile": (SinkKind.FILE, (0,)),
    "loadfromfile": (SinkKind.FILE_READ, (0,)),
    "shellexecute": (SinkKind.COMMAND, (0, 1)),
}
#: the ProgID of an object created from a name the page computes at run time or reads from the
#: request (a loop of ``Chr`` codes, ``CreateObject(Request("o"))``): a shell object it may well be
HIDDEN_PROGID = "?"
#: methods that run a command on an object of a hidden ProgID as on a shell object
_HIDDEN_SHELL_METHODS = frozenset({"run", "exec"})
#: methods that are sinks only on an object of a known ProgID
_OBJECT_SINKS: dict[str, tuple[str, SinkKind]] = {
    "run": ("wscript.shell", SinkKind.COMMAND),
    "exec": ("wscript.shell", SinkKind.COMMAND),
    "namespace": ("shell.application", SinkKind.FILE_READ),
}
#: the ScriptControl's methods that run the code they are given
_SCRIPT_CONTROL_METHODS = frozenset({"executestatement", "eval", "addcode"})
#: what an XMLHTTP object (MSXML2.ServerXMLHTTP, WinHttp.WinHttpRequest ...) holds after Send
_FETCHED_MEMBERS = frozenset({"responsetext", "responsebody"})
_HTTP_PROGID = re.compile(r"xmlhttp|winhttp")
_WRITE_MODES = frozenset({"2", "8", "forwriting", "forappending"})
MAX_TAINTS = 4
MAX_ROUNDS = 12


def _tokens(text: str) -> Iterator[Tok | None]:
    """Tokens of server code; None ends a statement."""
    at_start = True
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        assert m is not None  # the last alternative matches any character
        kind, value = m.lastgroup or "ws", m.group(0)
        pos = m.end()
        if kind == "name" and at_start and value.lower() == "rem":
            nl = text.find("\n", pos)
            pos = len(text) if nl < 0 else nl
            continue
        if kind in ("ws", "comment", "cont"):
            continue
        if kind == "end":
            if not at_start:
                yield None
            at_start = True
            if value.startswith("<%="):  # <%= x %> is Response.Write x
                yield Tok("name", "response", m.start())
                yield Tok("op", ".", m.start())
                yield Tok("name", "write", m.start())
                at_start = False
            continue
        if kind == "str":
            value = value[1:].removesuffix('"').replace('""', '"')
        elif kind == "name":
            raw = value.strip("[]")
            yield Tok(kind, raw.lower(), m.start(), raw)
            at_start = False
            continue
        yield Tok(kind, value, m.start())
        at_start = False


def _statements(text: str) -> list[Expr]:
    out: list[Expr] = []
    cur: Expr = []
    for tok in _tokens(text):
        if tok is None:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(tok)
    if cur:
        out.append(cur)
    return out


def _words(e: Expr, n: int = 3) -> str:
    return " ".join(t.text for t in e[:n] if t.kind in ("name", "op"))


def _group_end(e: Expr, i: int) -> int:
    """Index of the ``)`` closing the ``(`` at ``i`` (or len(e))."""
    depth = 0
    for j in range(i, len(e)):
        if e[j].kind == "op":
            if e[j].text == "(":
                depth += 1
            elif e[j].text == ")":
                depth -= 1
                if depth == 0:
                    return j
    return len(e)


def _group_start(e: Expr, j: int) -> int:
    """Index of the ``(`` opening the ``)`` at ``j`` (or 0)."""
    depth = 0
    for k in range(j, -1, -1):
        if e[k].kind == "op" and e[k].text in "()":
            depth += 1 if e[k].text == ")" else -1
            if depth == 0:
                return k
    return 0


def _split_args(e: Expr) -> list[Expr]:
    args: list[Expr] = [[]]
    depth = 0
    for t in e:
        if t.kind == "op" and t.text in "()":
            depth += 1 if t.text == "(" else -1
        if depth == 0 and t.kind == "op" and t.text == ",":
            args.append([])
        else:
            args[-1].append(t)
    return args if args != [[]] else []


def _call_args(e: Expr, i: int) -> list[Expr]:
    """Arguments of the call whose name is at ``i``: in parentheses, or the rest of the statement."""
    if i + 1 < len(e) and e[i + 1].kind == "op" and e[i + 1].text == "(":
        return _split_args(e[i + 2 : _group_end(e, i + 1)])
    return _split_args(e[i + 1 :])


def _literal(e: Expr) -> str | None:
    """The value of an expression made of string literals joined with ``&``/``+`` only."""
    if not e or any(t.kind not in ("str", "op") or (t.kind == "op" and t.text not in "&+") for t in e):
        return None
    return "".join(t.text for t in e if t.kind == "str")


def _is_constant(e: Expr) -> bool:
    return bool(e) and all(t.kind in ("str", "num") or (t.kind == "op" and t.text in "&+-") for t in e)


@dataclass
class _Proc:
    name: str
    label: str = ""  # the name as written
    params: list[Tok] = field(default_factory=list)
    local: set[str] = field(default_factory=set)
    body: list[tuple[Expr, Expr | None, list[str]]] = field(default_factory=list)
    method: bool = False  # defined in a Class block: called as object.name
    ends: bool = False  # its body ends the response outside any If (``Sub Fail(m) ... Response.End``)


@dataclass(frozen=True, slots=True)
class _Sink:
    kind: SinkKind
    label: str
    args: tuple[Expr, ...]
    scope: str
    offset: int


class VbscriptAnalyzer:
    """Taint flows of one page's server-side VBScript (offsets are the page's)."""

    def __init__(self, text: str, line_of: Callable[[int], int]) -> None:
        self.line_of = line_of
        self.procs: dict[str, _Proc] = {"": _Proc("")}
        #: the fields the page's own classes declare (``Public m`` in a ``Class`` block): an
        #: object's ``b.m = x`` stores x in the field, which ``b.m`` reads back
        self.class_fields: set[str] = set()
        self._constants: dict[str, str | int] | None = None
        self._functions: dict[str, vbs_fold.Func] | None = None
        self._read(_statements(text))
        self._resolve_getrefs()
        self.globals = {n for stmt, _, _ in self.procs[""].body for n in self._declared(stmt)}
        self.env: dict[tuple[str, str], frozenset[Taint]] = {}
        self.validated: set[tuple[str, str]] = set()
        self.progids: dict[tuple[str, str], str] = {}
        self.file_objects: set[tuple[str, str]] = set()
        self.sinks: list[_Sink] = []

    def _resolve_getrefs(self) -> None:
        """``Set r = GetRef("Run")`` makes ``r`` another name of the page's procedure ``Run``: a call
        through ``r`` passes its arguments to ``Run``'s parameters. The name may be built from
        constants (``GetRef("Ru" & "n")``, ``GetRef(StrReverse("nuR"))``, a script-level variable
        holding it): it is folded as the server would."""
        refs: dict[str, Tok] = {}
        for proc in self.procs.values():
            for stmt, _, _ in proc.body:
                e = stmt[1:] if stmt[0].text == "set" else stmt
                if (
                    len(e) >= 6
                    and e[0].kind == "name"
                    and e[1].text == "="
                    and e[2].text == "getref"
                    and e[3].text == "("
                    and e[-1].text == ")"
                    and _group_end(e, 3) == len(e) - 1
                    and (target := self._getref_name(e[4:-1])) is not None
                    and (called := self.procs.get(target)) is not None
                    and called.name
                    and e[0].text not in self.procs
                ):
                    refs[e[0].text] = Tok("name", called.name, 0, called.label)
        if not refs or len(refs) > _MAX_GETREFS:
            return
        for proc in self.procs.values():
            proc.body = [
                ([_renamed(t, refs, stmt, i) for i, t in enumerate(stmt)], cond, withs)
                for stmt, cond, withs in proc.body
            ]

    def _getref_name(self, arg: Expr) -> str | None:
        """The procedure name a ``GetRef`` argument names: a literal, or constants folded."""
        if len(arg) == 1 and arg[0].kind == "str":
            return arg[0].text.strip().lower()
        if not arg or len(arg) > _MAX_GETREF_TOKENS:
            return None
        from webhunt.detect import vbs_fold  # imported here: vbs_fold reads this module's tokens

        name = vbs_fold.fold_string(arg, dict(self.constants))
        return name.strip().lower() if name else None

    @property
    def constants(self) -> dict[str, str | int]:
        """Script-level variables holding a constant (a ProgID rebuilt before CreateObject)."""
        if self._constants is None:
            from webhunt.detect import vbs_fold  # imported here: vbs_fold reads this module's tokens

            self._constants = vbs_fold.script_constants([stmt for stmt, _, _ in self.procs[""].body])
        return self._constants

    @property
    def functions(self) -> dict[str, vbs_fold.Func]:
        """The page's one-expression functions (``Function r(s): r = StrReverse(s)``), folded where
        a ProgID is rebuilt through them."""
        if self._functions is None:
            from webhunt.detect import vbs_fold  # imported here: vbs_fold reads this module's tokens

            self._functions = {}
            for name, proc in self.procs.items():
                body = [stmt for stmt, _, _ in proc.body]
                params = [p.text for p in proc.params]
                if (
                    name
                    and not proc.method
                    and (func := vbs_fold.one_expression_function(name, params, body))
                ):
                    self._functions[name] = func
        return self._functions

    # -- reading -----------------------------------------------------------------------------------

    def _read(self, stmts: list[Expr]) -> None:
        proc = self.procs[""]
        conds: list[Expr | None] = []  # conditions of the enclosing block Ifs (None: an Else branch)
        withs: list[str] = []
        with_targets: list[Expr] = []  # what each enclosing With names, its own leading dots resolved
        in_class = False
        for stmt in stmts:
            w = _words(stmt)
            head = stmt[0].text
            if head == "class" and len(stmt) == 2 and stmt[1].kind == "name":
                in_class = True
                continue
            if w.startswith("end class"):
                in_class = False
                continue
            if head in ("public", "private", "default") and len(stmt) > 1 and stmt[1].text in _PROC_WORDS:
                stmt = stmt[1:]
                head, w = stmt[0].text, _words(stmt)
            if in_class and proc is self.procs[""] and head in ("public", "private", "dim"):
                self.class_fields.update(t.text for t in _declared_names(stmt))
            if head in _PROC_WORDS and len(stmt) > 1:
                name_at = 2 if head == "property" else 1
                if name_at < len(stmt) and stmt[name_at].kind == "name":
                    known = self.procs.get(stmt[name_at].text)
                    if head == "property" and in_class and known is not None and known.method:
                        # a property's Get and its Let/Set are one member: one procedure whose
                        # parameter is the value assigned (``b.V = x``) and whose result is read
                        proc = known
                    else:
                        proc = _Proc(stmt[name_at].text, stmt[name_at].raw, method=in_class)
                        self.procs[proc.name] = proc
                    params = _call_args(stmt, name_at) if name_at + 1 < len(stmt) else []
                    named = [
                        names[0]
                        for p in params
                        if (names := [t for t in p if t.kind == "name" and t.text not in _PARAM_WORDS])
                    ]
                    if named or proc is not known:
                        proc.params = named
                    proc.local.update(t.text for t in proc.params)
                    proc.local.add(proc.name)
                    conds, withs, with_targets = [], [], []
                    continue
            if w.startswith(("end function", "end sub", "end property")):
                proc = self.procs[""]
                continue
            if head == "with":
                withs.append(stmt[1].text if len(stmt) > 1 else "")
                target = _inline_with(stmt[1:], with_targets)
                with_targets.append(target if len(target) <= _MAX_WITH_TOKENS else [])
                continue
            if w.startswith("end with"):
                if withs:
                    withs.pop()
                if with_targets:
                    with_targets.pop()
                continue
            stmt = _inline_with(stmt, with_targets)
            if head in ("dim", "redim") and proc.name:
                proc.local.update(t.text for t in _declared_names(stmt))
            if head in ("if", "elseif"):
                then = next((i for i, t in enumerate(stmt) if t.text == "then" and t.kind == "name"), None)
                if then is None:
                    continue
                cond = stmt[1:then]
                rest = stmt[then + 1 :]
                # the condition is kept as a statement of its own (calls in it pass arguments), its
                # keyword first so that `If x = 1` is not taken for an assignment
                proc.body.append((stmt[:then], None, withs.copy()))
                if head == "elseif" and conds:
                    conds[-1] = cond
                if not rest:
                    if head == "if":
                        conds.append(cond)
                    continue
                els = next(
                    (i for i, t in enumerate(rest) if t.kind == "name" and t.text == "else"), len(rest)
                )
                proc.body.append((rest[:els], cond, withs.copy()))
                if els < len(rest):
                    proc.body.append((rest[els + 1 :], None, withs.copy()))
                continue
            if head == "else":
                if conds:
                    conds[-1] = None
                if len(stmt) > 1:
                    proc.body.append((stmt[1:], None, withs.copy()))
                continue
            if w.startswith("end if"):
                if conds:
                    conds.pop()
                continue
            if not conds and proc.name and _ENDS.match(_words(stmt, 4)):
                proc.ends = True
            proc.body.append((stmt, conds[-1] if conds else None, withs.copy()))

    @staticmethod
    def _declared(stmt: Expr) -> list[str]:
        """Names a script-level statement makes global."""
        if stmt[0].text in ("dim", "redim", "const", "public", "private"):
            return [t.text for t in _declared_names(stmt)]
        target = _assigned(stmt)
        if target is not None:
            return [stmt[target].text]
        if stmt[0].text == "for" and len(stmt) > 2:
            return [stmt[2].text if stmt[1].text == "each" else stmt[1].text]
        return []

    def key(self, name: str, scope: str) -> tuple[str, str]:
        proc = self.procs.get(scope)
        if proc is not None and scope and (name in proc.local or name not in self.globals):
            return (scope, name)
        return ("", name)

    # -- evaluation -------------------------------------------------------------------------------

    def eval(self, e: Expr, scope: str) -> frozenset[Taint]:
        return self._eval(e, scope, set())

    def _eval(self, e: Expr, scope: str, removed: set[str]) -> frozenset[Taint]:
        out: set[Taint] = set()
        i = 0
        while i < len(e):
            t = e[i]
            after_dot = i > 0 and e[i - 1].kind == "op" and e[i - 1].text == "."
            paren = i + 1 < len(e) and e[i + 1].kind == "op" and e[i + 1].text == "("
            if (
                t.kind == "name"
                and after_dot
                and (method := self.procs.get(t.text)) is not None
                and method.method
            ):
                out.update(x.via(f"{t.raw}()") for x in self.env.get((t.text, t.text), ()))
                i = _group_end(e, i + 1) + 1 if paren else i + 1
                continue
            if t.kind == "name" and after_dot and not paren and t.text in self.class_fields:
                out.update(x.via(f".{t.raw}") for x in self.env.get(("", t.text), ()))
                i += 1
                continue
            if t.kind != "name" or after_dot:
                i += 1
                continue
            fetched = self._fetched(e, i, scope)
            if fetched is not None:
                out.add(Taint(fetched, self.line_of(t.offset)))
                i += 3
                continue
            if t.text == "request":
                label = self._source_label(e, i)
                if label is not None:
                    out.add(Taint(label, self.line_of(t.offset)))
                i += 1
                continue
            if paren and t.text in _NUMERIC:
                i = _group_end(e, i + 1) + 1
                continue
            if paren and t.text == "replace":
                end = _group_end(e, i + 1)
                args = _split_args(e[i + 2 : end])
                gone = set(removed)
                if len(args) > 1:
                    lit = _literal(args[1])
                    if lit is not None:
                        gone.add(lit)
                inner = self._eval(args[0], scope, gone) if args else frozenset()
                if ".." in gone and ("/" in gone or "\\" in gone):
                    inner = frozenset(x.guarded(GUARD_PATH) for x in inner)
                out.update(inner)
                i = end + 1
                continue
            if t.text in self.procs and t.text != scope:
                out.update(x.via(f"{t.raw}()") for x in self.env.get((t.text, t.text), ()))
                i = _group_end(e, i + 1) + 1 if paren else i + 1
                continue
            k = self.key(t.text, scope)
            taints = self.env.get(k, frozenset())
            if k in self.validated:
                taints = frozenset(x.guarded(GUARD_VALID) for x in taints)
            out.update(taints)
            i += 1
        return frozenset(out)

    def _fetched(self, e: Expr, i: int, scope: str) -> str | None:
        """``http.ResponseText`` of an XMLHTTP object: what the server downloaded."""
        if not (i + 2 < len(e) and e[i + 1].text == "." and e[i + 2].text in _FETCHED_MEMBERS):
            return None
        if not _HTTP_PROGID.search(self.progids.get(self.key(e[i].text, scope), "")):
            return None
        return f"{REMOTE_SOURCE}{e[i].raw}.{e[i + 2].raw}"

    @staticmethod
    def _source_label(e: Expr, i: int) -> str | None:
        """How the request value at ``i`` is named, or None for what the server sets itself
        (``Request.TotalBytes``, ``Request.ServerVariables("SCRIPT_NAME")``)."""
        member = ""
        j = i + 1
        if j + 1 < len(e) and e[j].text == "." and e[j + 1].kind == "name":
            member = e[j + 1].text
            j += 2
        if member and member not in _REQUEST_MEMBERS:
            return None
        key: str | None = None
        if j < len(e) and e[j].text == "(":
            key = _literal(e[j + 1 : _group_end(e, j)])
        if (
            member == "servervariables"
            and key is not None
            and key.lower() not in _CLIENT_VARIABLES
            and not key.lower().startswith("http_")
        ):
            return None
        name = f"Request.{_REQUEST_MEMBERS[member]}" if member else "Request"
        return (
            name
            if j >= len(e) or e[j].text != "("
            else f'{name}("{key}")'
            if key is not None
            else f"{name}(...)"
        )

    # -- the pass ------------------------------------------------------------------------------------

    def analyse(self, budget: Budget | None = None) -> list[Hit]:
        """The flows to sinks. Taint spreads for at most ``MAX_ROUNDS`` passes, and stops early
        when ``budget`` expires (a guard against hostile input: the flows found so far are kept)."""
        self._find_guards_and_objects()
        for _ in range(MAX_ROUNDS):
            if budget is not None and budget.expired():
                break
            changed = False
            for scope, proc in self.procs.items():
                for stmt, _cond, _withs in proc.body:
                    changed |= self._flow(stmt, scope)
            if not changed:
                break
        hits: list[Hit] = []
        for s in self.sinks:
            for arg in s.args:
                for taint in self.eval(arg, s.scope):
                    hits.append(Hit(s.kind, s.label, s.offset, taint))
        return hits

    def _add(self, k: tuple[str, str], taints: frozenset[Taint], step: str) -> bool:
        if not taints:
            return False
        old = self.env.get(k, frozenset())
        new = old | {x.via(step) for x in taints}
        if len(new) > MAX_TAINTS:
            new = frozenset(sorted(new, key=lambda x: (len(x.path), x.line, x.source))[:MAX_TAINTS])
        if new == old:
            return False
        self.env[k] = new
        return True

    def _flow(self, stmt: Expr, scope: str) -> bool:
        changed = False
        target = _assigned(stmt)
        member: int | None = None
        if target is not None:
            name = stmt[target]
            step = name.raw if name.text != scope else f"{name.raw}()"
            changed |= self._add(self.key(name.text, scope), self.eval(stmt[target + 2 :], scope), step)
        elif len(stmt) > 3 and _words(stmt, 2) == "for each":
            k = self.key(stmt[2].text, scope)
            changed |= self._add(k, self.eval(stmt[4:], scope), stmt[2].raw)
        elif (member := _member_assigned(stmt)) is not None:
            # b.V = x on an object of the page's own classes: x goes to the property's Let/Set
            # parameter, or into the field of that name (``b.m = x``)
            name = stmt[member]
            setter = self.procs.get(name.text)
            value_taints = self.eval(stmt[member + 2 :], scope)
            if setter is not None and setter.method and setter.params:
                param = setter.params[-1]
                changed |= self._add((setter.name, param.text), value_taints, f"{setter.label}({param.raw})")
            elif name.text in self.class_fields:
                changed |= self._add(("", name.text), value_taints, f".{name.raw}")
        elif (value := _stored(stmt)) is not None:
            # a(0) = x, d.Add "k", x, d.Item("k") = x, d("k") = x: the array or dictionary (the
            # statement's first word) holds x (its elements are not told apart)
            changed |= self._add(self.key(stmt[0].text, scope), self.eval(value, scope), stmt[0].raw)
        for i, t in enumerate(stmt):
            proc = self.procs.get(t.text) if t.kind == "name" else None
            if proc is None or not proc.name or proc.name == scope:
                continue
            if i > 0 and stmt[i - 1].text == "." and not proc.method:
                continue
            if i in (target, member):
                continue
            at_start = i == 0 or (i == 1 and stmt[0].text == "call") or (i == 2 and stmt[1].text == ".")
            paren = i + 1 < len(stmt) and stmt[i + 1].text == "("
            if not (paren or at_start):
                continue
            for param, arg in zip(proc.params, _call_args(stmt, i), strict=False):
                step = f"{proc.label}({param.raw})"
                changed |= self._add((proc.name, param.text), self.eval(arg, scope), step)
        return changed

    def _find_guards_and_objects(self) -> None:
        for scope, proc in self.procs.items():
            for stmt, cond, withs in proc.body:
                target = _assigned(stmt)
                if stmt[0].text in ("if", "elseif"):
                    self._checked_by_predicate(stmt, scope)
                if cond is not None and _rejects(cond):
                    if target is not None and _is_constant(stmt[target + 2 :]):
                        self._validate(cond, scope, only=stmt[target].text)
                    elif _REJECT.match(_words(stmt, 4)) or self._ends_response(stmt):
                        self._validate(cond, scope)
                if target is not None and stmt[0].text == "set":
                    rhs = stmt[target + 2 :]
                    progid = _progid(rhs, self.constants, self.functions)
                    k = self.key(stmt[target].text, scope)
                    if progid:
                        self.progids[k] = progid
                    if any(t.text in ("getfile", "getfolder") for t in rhs):
                        self.file_objects.add(k)
                self._find_sinks(stmt, scope, withs)

    def _ends_response(self, stmt: Expr) -> bool:
        """A call of a procedure of the page that always ends the response (``ShowError "..."``)."""
        i = 1 if stmt[0].text == "call" and len(stmt) > 1 else 0
        proc = self.procs.get(stmt[i].text) if stmt[i].kind == "name" else None
        return proc is not None and bool(proc.name) and proc.ends and not proc.method

    def _checked_by_predicate(self, cond: Expr, scope: str) -> None:
        """``If IsAllowed(ext, list) Then``: what a function named as a check tests is validated (it
        may be defined in an included file)."""
        for i, t in enumerate(cond):
            called = i + 1 < len(cond) and cond[i + 1].text == "("
            if t.kind == "name" and called and _PREDICATE.search(t.text) and t.text not in _NOT_CHECKS:
                for arg in _call_args(cond, i):
                    self._validate(arg, scope)

    def _validate(self, cond: Expr, scope: str, only: str | None = None) -> None:
        """Mark the variables ``cond`` checks (only ``only`` if given) as validated."""
        names = {t.text for t in cond if t.kind == "name"} - _NUMERIC - _OPERATORS - self.procs.keys()
        for name in names if only is None else names & {only}:
            self.validated.add(self.key(name, scope))

    def _find_sinks(self, stmt: Expr, scope: str, withs: list[str]) -> None:
        if stmt[0].text in ("execute", "executeglobal") and len(stmt) > 1:
            self.sinks.append(_Sink(SinkKind.CODE, f"{stmt[0].raw}", (stmt[1:],), scope, stmt[0].offset))
        for i, t in enumerate(stmt):
            if t.kind == "name" and t.text in ("eval", "getobject") and (i == 0 or stmt[i - 1].text != "."):
                if i + 1 < len(stmt) and stmt[i + 1].text == "(":
                    kind = SinkKind.CODE if t.text == "eval" else SinkKind.CLASSLOAD
                    picked = tuple(_call_args(stmt, i)[:1])
                    self.sinks.append(_Sink(kind, f"{t.raw}()", picked, scope, t.offset))
                continue
            if t.kind != "name" or i == 0 or stmt[i - 1].text != ".":
                continue
            obj = self._object_name(stmt, i - 1, withs)
            label = f"{obj}.{t.raw}" if obj else f".{t.raw}"
            args = _call_args(stmt, i)
            if t.text in _FILE_SINKS:
                kind, where = _FILE_SINKS[t.text]
            elif t.text == "opentextfile":
                mode = args[1] if len(args) > 1 else []
                write = len(mode) == 1 and mode[0].text in _WRITE_MODES
                kind, where = (SinkKind.FILE if write else SinkKind.FILE_READ), (0,)
            elif t.text in _SCRIPT_CONTROL_METHODS:
                if self._progid_of(stmt, i - 1, obj, scope) != "msscriptcontrol.scriptcontrol":
                    continue
                kind, where = SinkKind.CODE, (0,)
            elif t.text in _OBJECT_SINKS:
                progid, kind = _OBJECT_SINKS[t.text]
                found = self._progid_of(stmt, i - 1, obj, scope)
                if found != progid and not (found == HIDDEN_PROGID and t.text in _HIDDEN_SHELL_METHODS):
                    continue
                where = (0,)
            elif t.text == "attributes" and i + 1 < len(stmt) and stmt[i + 1].text == "=":
                file = self._file_object(stmt, i - 1, obj, scope)
                if file is not None:
                    self.sinks.append(
                        _Sink(SinkKind.FILE, f"{obj or 'GetFile()'}.Attributes =", (file,), scope, t.offset)
                    )
                continue
            else:
                continue
            picked = tuple(args[n] for n in where if n < len(args))
            self.sinks.append(_Sink(kind, f"{label}()", picked, scope, t.offset))

    def _file_object(self, stmt: Expr, dot: int, obj: str | None, scope: str) -> Expr | None:
        """What names the file whose attributes are set: a variable set from ``GetFile``/``GetFolder``,
        or the argument of ``fso.GetFile(...).Attributes``; None for other objects."""
        if obj is not None:
            return [stmt[dot - 1]] if self.key(obj, scope) in self.file_objects else None
        if dot > 0 and stmt[dot - 1].text == ")":
            start = _group_start(stmt, dot - 1)
            if start > 0 and stmt[start - 1].text in ("getfile", "getfolder"):
                return stmt[start + 1 : dot - 1]
        return None

    @staticmethod
    def _object_name(stmt: Expr, dot: int, withs: list[str]) -> str | None:
        """The variable a method is called on (``With`` blocks' included), in lower case."""
        if dot > 0 and stmt[dot - 1].kind == "name":
            return stmt[dot - 1].text
        if dot == 0 and withs:
            return withs[-1]
        return None

    def _progid_of(self, stmt: Expr, dot: int, obj: str | None, scope: str) -> str:
        if obj is not None:
            return self.progids.get(self.key(obj, scope), "")
        if dot > 0 and stmt[dot - 1].text == ")":  # CreateObject("WScript.Shell").Run ...
            start = _group_start(stmt, dot - 1)
            return _progid(stmt[max(0, start - 1) : dot], self.constants, self.functions)
        return ""


_PROC_WORDS = frozenset({"function", "sub", "property"})
_REQUEST_MEMBERS = {
    "form": "Form",
    "querystring": "QueryString",
    "cookies": "Cookies",
    "servervariables": "ServerVariables",
    "binaryread": "BinaryRead",
    "item": "Item",
}
#: server variables the client writes (besides HTTP_*): the others are the server's own
_CLIENT_VARIABLES = frozenset({"query_string", "all_http", "all_raw", "content_type"})
#: user functions named as checks: IsAllowed, CheckName, ValidPath, SafeFile ...
_PREDICATE = re.compile(r"^(?:is|has|check|valid|allow|safe)|(?:allowed|valid|ok|safe)$")
_NOT_CHECKS = frozenset({"isempty", "isnull", "isarray", "isobject", "isdate"})
_PARAM_WORDS = frozenset({"byval", "byref", "optional", "paramarray"})
_OPERATORS = frozenset({"not", "and", "or", "xor", "is", "mod", "nothing", "empty", "null", "true", "false"})


#: at most this many ``GetRef`` names are followed in a page
_MAX_GETREFS = 16
#: a ``GetRef`` argument longer than this is not folded
_MAX_GETREF_TOKENS = 48


def _renamed(t: Tok, refs: dict[str, Tok], stmt: Expr, i: int) -> Tok:
    """A name that holds a ``GetRef`` of a procedure read as the procedure's name (not a member
    after a dot, nor the variable being set)."""
    ref = refs.get(t.text) if t.kind == "name" else None
    if ref is None or (i > 0 and stmt[i - 1].text == "."):
        return t
    if i + 1 < len(stmt) and stmt[i + 1].text == "=" and (i == 0 or stmt[i - 1].text == "set"):
        return t
    return Tok("name", ref.text, t.offset, ref.raw)


#: a With target longer than this is not copied into the statements of its block
_MAX_WITH_TOKENS = 16


def _inline_with(stmt: Expr, targets: list[Expr]) -> Expr:
    """``stmt`` with the object of the innermost ``With`` block written before each of its leading
    dots (``With Request`` ... ``Execute .Form("x")`` reads ``Execute Request.Form("x")``). A dot
    leads when it starts the statement, follows an operator or an opening bracket, or stands apart
    from the name or ``)`` before it (``Execute .Form``, ``If .Item("a") Then``); the copied tokens
    carry the dot's offset."""
    target = targets[-1] if targets else None
    if not target or not any(t.text == "." for t in stmt):
        return stmt
    out: Expr = []
    for i, t in enumerate(stmt):
        if t.kind == "op" and t.text == "." and _leading_dot(stmt, i):
            out.extend(Tok(x.kind, x.text, t.offset, x.raw) for x in target)
        out.append(t)
    return out


def _leading_dot(stmt: Expr, i: int) -> bool:
    if i == 0:
        return True
    prev = stmt[i - 1]
    if prev.kind == "op":
        return prev.text != ")"
    if prev.kind == "str":
        return False
    return stmt[i].offset > prev.offset + len(prev.raw or prev.text)


def _declared_names(stmt: Expr) -> list[Tok]:
    return [
        t for a in _split_args(stmt[1:]) if a and a[0].kind == "name" for t in a[:1] if t.text != "preserve"
    ]


def _assigned(stmt: Expr) -> int | None:
    """Index of the variable a ``[Set] x = ...`` / ``Const x = ...`` statement assigns, if it is one."""
    i = 1 if stmt[0].text in ("set", "let", "const") and stmt[0].kind == "name" else 0
    if (
        i + 1 < len(stmt)
        and stmt[i].kind == "name"
        and stmt[i].text not in _KEYWORDS
        and stmt[i + 1].kind == "op"
        and stmt[i + 1].text == "="
    ):
        return i
    return None


def _member_assigned(stmt: Expr) -> int | None:
    """Index of the member a ``[Set] obj.member = ...`` statement assigns, if it is one."""
    i = 1 if stmt and stmt[0].text in ("set", "let") and stmt[0].kind == "name" else 0
    if (
        i + 3 < len(stmt)
        and stmt[i].kind == "name"
        and stmt[i].text not in _KEYWORDS
        and stmt[i + 1].text == "."
        and stmt[i + 2].kind == "name"
        and stmt[i + 3].kind == "op"
        and stmt[i + 3].text == "="
    ):
        return i + 2
    return None


def _stored(stmt: Expr) -> Expr | None:
    """``a(i) = v`` / ``d.Item(k) = v`` / ``d.Add k, v``: the value a statement stores in the array
    or dictionary its first word names; None for any other statement."""
    if not stmt or stmt[0].kind != "name" or stmt[0].text in _KEYWORDS or len(stmt) < 4:
        return None
    if stmt[1].text == "(" and stmt[1].kind == "op":
        end = _group_end(stmt, 1)
        if end + 1 < len(stmt) and stmt[end + 1].text == "=" and stmt[end + 1].kind == "op":
            return stmt[end + 2 :]
        return None
    if stmt[1].text != "." or stmt[2].kind != "name":
        return None
    if stmt[2].text == "add":
        args = _split_args(stmt[4:-1] if stmt[3].text == "(" and stmt[-1].text == ")" else stmt[3:])
        return args[1] if len(args) == 2 else None
    if stmt[2].text == "item" and stmt[3].text == "(":
        end = _group_end(stmt, 3)
        if end + 1 < len(stmt) and stmt[end + 1].text == "=":
            return stmt[end + 2 :]
    return None


def _rejects(cond: Expr) -> bool:
    """A condition that compares with a non-empty literal the way a check does (``<>``, ``Not``, ``InStr``)."""
    literal = any(t.kind == "str" and t.text for t in cond)
    check = any(t.text in ("<>", "not", "instr", "instrrev") for t in cond)
    return literal and check


def _progid(
    e: Expr, constants: dict[str, str | int] | None = None, funcs: dict[str, vbs_fold.Func] | None = None
) -> str:
    """The ProgID a ``[Server.]CreateObject(...)`` or ``GetObject("new:<class id>")`` expression
    names (lower case), or "": the name as a literal, or rebuilt from constants (``StrReverse``,
    ``Replace``, ``Chr``, a variable assigned so, the page's own one-expression functions), and a
    shell object's class id as its ProgID."""
    from webhunt.detect import vbs_fold  # imported here: vbs_fold reads this module's tokens

    for i, t in enumerate(e):
        if (
            t.kind == "name"
            and t.text in ("createobject", "getobject")
            and i + 1 < len(e)
            and e[i + 1].text == "("
        ):
            arg = _split_args(e[i + 2 : _group_end(e, i + 1)])
            name = _literal(arg[0]) if arg else None
            if name is None and arg:
                name = vbs_fold.fold_string(arg[0], constants if constants is not None else {}, funcs)
            if name is None and t.text == "createobject":
                # a component the site's own configuration names is no hidden class
                configured = any(a.text in ("application", "session") for a in (arg[0] if arg else ()))
                return "" if configured else HIDDEN_PROGID
            name = (name or "").strip().lower()
            clsid = name.removeprefix("new:").removeprefix("clsid:").strip("{} ")
            return vbs_fold.SHELL_CLSIDS.get(clsid, name if t.text == "createobject" else "")
    return ""
