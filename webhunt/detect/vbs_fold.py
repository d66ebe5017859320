"""Classic ASP: the constant code a page hands to ``Execute``/``ExecuteGlobal``/``Eval``, folded.

A page can keep its real code in a literal that no pattern reads and rebuild it just before running
it: ``x = Replace("e0x0e0c0ut0e(0req0ue0st(...", "0", "")`` then ``Eval x``, ``Execute(StrReverse(...))``,
``Execute(d(6) & d(10) & ...)`` where ``d(s)`` picks ``Mid(shuffled, s, 1)``, ``Chr()`` arithmetic.
None of it depends on the request, so it can be evaluated here as the server would: script-level
assignments of constants in page order, string literals, ``&``/``+``, numbers and ``-``/``+``/``*``,
the string functions a rebuild uses (``Chr``/``ChrW``, ``StrReverse``, ``Replace``, ``Mid``,
``Left``, ``Right``, ``LCase``/``UCase``, ``Trim``) and the page's own
one-expression functions (``Function d(s): d = Mid(k, s, 1): End Function``) with their arguments
bound. What comes out is the code the server runs; the decode layer judges it as a page of its own.

Only an argument that needed a rebuilding function is reported (a plain literal is already read by
the patterns), and only the code, not its source: the decode layer counts it when that code is
malicious on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from webhunt.detect.semantic.vbscript import Expr, _call_args, _group_end, _statements, _words

#: Cheap gate on the lower-cased page: a statement-level Execute/ExecuteGlobal/Eval (not a
#: method such as ``conn.Execute``) next to one of the rebuilding functions.
SINK_HINT = re.compile(rb"(?<![\w.])(?:execute(?:global)?|eval)\b(?!\s*\.)")
REBUILD_HINT = re.compile(rb"\b(?:chrw?|strreverse|replace|mid|left|right)\s*\(")

_SINKS = frozenset({"execute", "executeglobal", "eval"})
#: Functions that rebuild a string (their use is what makes an argument worth folding).
_REBUILDERS = frozenset({"chr", "chrw", "strreverse", "replace", "mid", "left", "right"})
MAX_STRING = 64 * 1024
MAX_DEPTH = 4
MAX_STEPS = 200_000


class _Unknown(Exception):
    """The expression depends on something not constant (the request, an object, a loop)."""


Value = str | int


@dataclass
class Func:
    params: list[str]
    body: Expr  # the one expression assigned to the function's name


@dataclass
class _Folder:
    env: dict[str, Value] = field(default_factory=dict)
    funcs: dict[str, Func] = field(default_factory=dict)
    rebuilt: bool = False
    rebuilt_vars: set[str] = field(default_factory=set)  # variables holding a rebuilt string
    steps: int = 0

    def value(self, e: Expr, local: dict[str, Value], depth: int = 0) -> Value:
        if not e:
            raise _Unknown
        v, i = self._sum(e, 0, local, depth)
        if i != len(e):
            raise _Unknown
        return v

    def _sum(self, e: Expr, i: int, local: dict[str, Value], depth: int) -> tuple[Value, int]:
        v, i = self._product(e, i, local, depth)
        while i < len(e) and e[i].kind == "op" and e[i].text in "&+-":
            op = e[i].text
            w, i = self._product(e, i + 1, local, depth)
            if op == "&" or (op == "+" and (isinstance(v, str) or isinstance(w, str))):
                v = _text(v) + _text(w)
                if len(v) > MAX_STRING:
                    raise _Unknown
            elif isinstance(v, int) and isinstance(w, int):
                v = v + w if op == "+" else v - w
            else:
                raise _Unknown
        return v, i

    def _product(self, e: Expr, i: int, local: dict[str, Value], depth: int) -> tuple[Value, int]:
        v, i = self._unary(e, i, local, depth)
        while i < len(e) and e[i].kind == "op" and e[i].text == "*":
            w, i = self._unary(e, i + 1, local, depth)
            if not (isinstance(v, int) and isinstance(w, int)):
                raise _Unknown
            v = v * w
        return v, i

    def _unary(self, e: Expr, i: int, local: dict[str, Value], depth: int) -> tuple[Value, int]:
        self.steps += 1
        if i >= len(e) or self.steps > MAX_STEPS:
            raise _Unknown
        t = e[i]
        if t.kind == "op" and t.text == "-":
            v, i = self._unary(e, i + 1, local, depth)
            if not isinstance(v, int):
                raise _Unknown
            return -v, i
        if t.kind == "op" and t.text == "(":
            end = _group_end(e, i)
            return self.value(e[i + 1 : end], local, depth), end + 1
        if t.kind == "str":
            return t.text, i + 1
        if t.kind == "num":
            return _number(t.text), i + 1
        if t.kind != "name":
            raise _Unknown
        paren = i + 1 < len(e) and e[i + 1].kind == "op" and e[i + 1].text == "("
        if not paren:
            if t.text in local:
                return local[t.text], i + 1
            if t.text in self.env:
                self.rebuilt |= t.text in self.rebuilt_vars
                return self.env[t.text], i + 1
            raise _Unknown
        end = _group_end(e, i + 1)
        args = [self.value(a, local, depth) for a in _call_args(e, i)]
        return self._call(t.text, args, depth), end + 1

    def _call(self, name: str, args: list[Value], depth: int) -> Value:
        if name in _REBUILDERS:
            self.rebuilt = True
        if (
            name in ("chr", "chrw")
            and len(args) == 1
            and isinstance(args[0], int)
            and 0 <= args[0] < 0x110000
        ):
            return chr(args[0])
        if name == "strreverse" and len(args) == 1:
            return _text(args[0])[::-1]
        if name == "replace" and len(args) >= 3 and _text(args[1]):
            s, old, new = _text(args[0]), _text(args[1]), _text(args[2])
            if len(s) + s.count(old) * (len(new) - len(old)) > MAX_STRING:
                raise _Unknown
            return s.replace(old, new)
        if name == "mid" and len(args) in (2, 3) and all(isinstance(a, int) for a in args[1:]):
            s, start = _text(args[0]), int(args[1]) - 1
            if start < 0:
                raise _Unknown
            return s[start:] if len(args) == 2 else s[start : start + int(args[2])]
        if name in ("left", "right") and len(args) == 2 and isinstance(args[1], int) and args[1] >= 0:
            s = _text(args[0])
            return s[: args[1]] if name == "left" else s[len(s) - args[1] :] if args[1] else ""
        if name in ("lcase", "ucase", "trim", "ltrim", "rtrim", "cstr") and len(args) == 1:
            s = _text(args[0])
            return {
                "lcase": s.lower,
                "ucase": s.upper,
                "trim": s.strip,
                "ltrim": s.lstrip,
                "rtrim": s.rstrip,
            }.get(name, lambda: s)()
        func = self.funcs.get(name)
        if func is not None and len(args) == len(func.params) and depth < MAX_DEPTH:
            self.rebuilt = True
            return self.value(func.body, dict(zip(func.params, args, strict=True)), depth + 1)
        raise _Unknown


def _text(v: Value) -> str:
    return v if isinstance(v, str) else str(v)


def _number(text: str) -> int:
    if text.lower().startswith("&h"):
        return int(text[2:].rstrip("&"), 16)
    if "." in text:
        raise _Unknown
    return int(text)


def executed_constants(code: str, *, max_results: int = 8) -> list[tuple[int, str]]:
    """(offset, code) of every Execute/ExecuteGlobal/Eval argument in ``code`` (a page's server side,
    one character per byte) that folds to a constant through a rebuilding function."""
    folder = _Folder()
    out: list[tuple[int, str]] = []
    stmts = _statements(code)
    in_proc: str | None = None
    proc_body: list[Expr] = []
    params: list[str] = []
    for stmt in stmts:
        head = stmt[0].text
        w = _words(stmt)
        if head in ("public", "private") and len(stmt) > 1 and stmt[1].text in ("function", "sub"):
            stmt = stmt[1:]
            head, w = stmt[0].text, _words(stmt)
        if head in ("function", "sub") and len(stmt) > 1 and stmt[1].kind == "name":
            in_proc = stmt[1].text
            params = [a[-1].text for a in _call_args(stmt, 1) if a and a[-1].kind == "name"]
            proc_body = []
            continue
        if w.startswith(("end function", "end sub")):
            if (
                in_proc is not None
                and (func := one_expression_function(in_proc, params, proc_body)) is not None
            ):
                folder.funcs[in_proc] = func
            in_proc = None
            continue
        if in_proc is not None:
            proc_body.append(stmt)
            continue
        _script_statement(folder, stmt, out)
        if len(out) >= max_results:
            break
    return out


def one_expression_function(name: str, params: list[str], body: list[Expr]) -> Func | None:
    """A function whose body (but ``Dim``) is the one assignment of an expression to its own name
    (``Function d(s): d = StrReverse(s): End Function``): foldable where it is called."""
    stmts = [s for s in body if not (s[0].kind == "name" and s[0].text == "dim")]
    if len(stmts) == 1 and len(stmts[0]) > 2 and stmts[0][0].text == name and stmts[0][1].text == "=":
        return Func(params, stmts[0][2:])
    return None


def _script_statement(folder: _Folder, stmt: Expr, out: list[tuple[int, str]]) -> None:
    """A script-level statement: a constant assignment updates the environment; an Execute/Eval of
    a rebuilt constant is recorded."""
    for i, t in enumerate(stmt):
        if t.kind != "name" or t.text not in _SINKS or (i and stmt[i - 1].text == "."):
            continue
        args = _call_args(stmt, i)
        if len(args) != 1 and not (t.text == "eval" and len(args) == 2):
            continue
        folder.rebuilt = False
        try:
            v = folder.value(args[0], {})
        except (_Unknown, RecursionError, ValueError, OverflowError):
            continue
        if folder.rebuilt and isinstance(v, str) and len(v.strip()) >= 6:
            out.append((t.offset, v))
        return
    j = 1 if stmt[0].text in ("set", "let", "const") and len(stmt) > 1 else 0
    if len(stmt) > j + 2 and stmt[j].kind == "name" and stmt[j + 1].text == "=":
        name = stmt[j].text
        folder.rebuilt = False
        try:
            folder.env[name] = folder.value(stmt[j + 2 :], {})
        except (_Unknown, RecursionError, ValueError, OverflowError):
            folder.env.pop(name, None)
            folder.rebuilt = False
        if folder.rebuilt:
            folder.rebuilt_vars.add(name)
        else:
            folder.rebuilt_vars.discard(name)


#: The shell objects' class ids, as ``GetObject("new:...")`` or ``CreateObject("clsid:...")``
#: names them, and their ProgIDs.
SHELL_CLSIDS = {
    "72c24dd5-d70a-438b-8a42-98424b88afb8": "wscript.shell",
    "f935dc22-1cf0-11d0-adb9-00c04fd58a0b": "wscript.shell",
    "13709620-c279-11ce-a49e-444553540000": "shell.application",
}


def script_constants(stmts: list[Expr]) -> dict[str, Value]:
    """The variables script-level statements assign constant strings or numbers, in page order (a
    later non-constant assignment forgets the value)."""
    folder = _Folder()
    for stmt in stmts:
        j = 1 if stmt[0].text in ("set", "let", "const") and len(stmt) > 1 else 0
        if len(stmt) > j + 2 and stmt[j].kind == "name" and stmt[j + 1].text == "=":
            try:
                folder.env[stmt[j].text] = folder.value(stmt[j + 2 :], {})
            except (_Unknown, RecursionError, ValueError, OverflowError):
                folder.env.pop(stmt[j].text, None)
    return folder.env


def fold_string(e: Expr, env: dict[str, Value], funcs: dict[str, Func] | None = None) -> str | None:
    """The constant string ``e`` evaluates to with the variables of ``env`` and the page's
    one-expression functions ``funcs``, or None."""
    try:
        v = _Folder(env=env, funcs=funcs or {}).value(e, {})
    except (_Unknown, RecursionError, ValueError, OverflowError):
        return None
    return v if isinstance(v, str) else None
