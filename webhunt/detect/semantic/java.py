"""Intra-file taint analysis of Java (JSP scriptlets and declarations) on tree-sitter trees.

Sources are the servlet request's accessors (on ``request`` and anything typed or cast as a servlet
request); sinks are ``Runtime.exec``, ``ProcessBuilder``, ``ScriptEngine.eval`` and expression
evaluators, ``defineClass`` (Behinder/Godzilla load posted bytecode), ``URLClassLoader``, reflection
(``Class.forName(..).getMethod(..).invoke(..)`` with a constant or input-chosen method), and writes of
request data into script files. Constant folding resolves names built from pieces, Base64 literals,
``new String(byte[])`` and reversed ``StringBuilder``s, so ``getMethod("ex"+"ec")`` is still exec.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from dataclasses import replace

from webhunt.detect.semantic import java_tables as J
from webhunt.detect.semantic.flows import REMOTE_SOURCE, SinkKind
from webhunt.detect.semantic.interp import (
    FuncInfo,
    Gen,
    Interpreter,
    Scope,
    Summary,
    named,
    norm,
    text,
)
from webhunt.detect.semantic.parsers import Node
from webhunt.detect.semantic.php_tables import STDIN_INTERPRETER
from webhunt.detect.semantic.transforms import MAX_VALUE, Budget, b64decode_lenient
from webhunt.detect.semantic.values import (
    EMPTY,
    GUARD_BASENAME,
    GUARD_OPAQUE,
    MAX_ITEMS,
    Taint,
    Val,
    add_ops,
    guard_all,
    join,
    marker,
    only_taints,
    tainted,
    via,
    with_taints,
)

MAX_ROUNDS = 3
MAX_LOOP_NESTING = 3

_SKIP = frozenset(
    {
        "line_comment",
        "block_comment",
        "class_declaration",
        "interface_declaration",
        "enum_declaration",
        "record_declaration",
        "annotation_type_declaration",
        "method_declaration",
        "constructor_declaration",
        "field_declaration",
        "import_declaration",
        "package_declaration",
        "null_literal",
        "true",
        "false",
        "break_statement",
        "continue_statement",
        "marker_annotation",
        "annotation",
        "modifiers",
        "type_identifier",
        "integral_type",
        "floating_point_type",
        "boolean_type",
        "void_type",
        "generic_type",
        "array_type",
        "scoped_type_identifier",
        "class_literal",
    }
)
_INT_LITERALS = frozenset(
    {"decimal_integer_literal", "hex_integer_literal", "octal_integer_literal", "binary_integer_literal"}
)
_IMPLICIT = {"request": "request", "pagecontext": "pagecontext"}
_ESC = {b"n": b"\n", b"t": b"\t", b"r": b"\r", b"b": b"\b", b"f": b"\f", b"0": b"\0"}


def _lname(node: Node | None) -> str:
    return text(node).decode("latin-1").lower() if node is not None else ""


def _from_upload_part(v: Val) -> bool:
    """Is ``v`` an uploaded part of a multipart request (``request.getPart(..)``/``getParts()``, a
    commons-fileupload item)?"""
    return any(any(call in t.source.lower() for call in _UPLOAD_CALLS) for t in v.taints if not t.is_marker)


_UPLOAD_CALLS = (".getpart", ".parserequest", ".getitemiterator", ".parseparametermap")


_SEPARATOR_ARG = re.compile(
    rb"""\A(?:"(?:/|\\\\)"|'(?:/|\\\\)'|(?:java\.io\.)?File\s*\.\s*separator(?:Char)?)\Z"""
)


def _after_last_separator(node: Node) -> bool:
    """Is ``node`` a call ``x.substring(y.lastIndexOf(SEP) + 1)``, SEP a directory separator (a slash,
    a backslash or ``File.separator``)?"""
    args = node.child_by_field_name("arguments")
    arg = named(args)[0] if args is not None and named(args) else None
    if arg is None or arg.type != "binary_expression" or text(arg.child_by_field_name("right")) != b"1":
        return False
    left = arg.child_by_field_name("left")
    if (
        left is None
        or left.type != "method_invocation"
        or _lname(left.child_by_field_name("name")) != "lastindexof"
    ):
        return False
    largs = left.child_by_field_name("arguments")
    inner = named(largs) if largs is not None else []
    return len(inner) == 1 and _SEPARATOR_ARG.match(text(inner[0]).strip()) is not None


def _runs_shell(command: Val) -> bool:
    """Is the program started a shell or interpreter that reads commands from its standard input
    (``"/bin/sh"``, ``new String[]{"cmd.exe"}``, ``"bash -i"``)?"""
    if command.items is not None:
        first = command.item(0)
        if first is None or len(command.items) > 2:  # "sh", "-c", cmd: the command is an argument
            return False
        command = first
    return command.text is not None and STDIN_INTERPRETER.match(command.text) is not None


def _new_file(node: Node) -> bool:
    """``new File(...)`` / ``new java.io.File(...)`` or ``Paths.get(...)``."""
    if node.type == "object_creation_expression":
        kind = node.child_by_field_name("type")
        return kind is not None and text(kind).rsplit(b".", 1)[-1] == b"File"
    if node.type == "method_invocation":
        obj = node.child_by_field_name("object")
        return (
            obj is not None
            and text(obj).rsplit(b".", 1)[-1] in (b"Paths", b"Path")
            and _lname(node.child_by_field_name("name")) in ("get", "of")
        )
    return False


def _bcel_loader_name(v: Val | None) -> bool:
    """``v`` names BCEL's class loader (the JDK's internal copy or Apache's)."""
    name = v.text if v is not None else None
    return name is not None and name.replace(b" ", b"").lower().endswith(
        (b"bcel.internal.util.classloader", b"apache.bcel.util.classloader")
    )


def _computed(v: Val) -> bool:
    """A name the code computes at run time: neither a constant it folds nor request input (a
    decoder the page defines, a lookup)."""
    return v.const is None and not v.taints


def _cast_to(node: Node, types: frozenset[str]) -> bool:
    """Is the value of ``node`` cast (through parentheses) to one of ``types``?"""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    return (
        parent is not None
        and parent.type == "cast_expression"
        and _type_name(parent.child_by_field_name("type")) in types
    )


def _type_name(node: Node | None) -> str:
    """The simple, lower-case name of a type node (package and generics dropped)."""
    if node is None:
        return ""
    raw = text(node).decode("latin-1")
    raw = raw.split("<", 1)[0]
    return raw.rsplit(".", 1)[-1].strip().lower()


_BROAD_SHORTHAND = re.compile(rb"\\\\[SWDpP]")


def _strict_pattern(literal: bytes) -> bool:
    """Whether a regular expression written as a Java string literal admits only the characters
    it names. An escaped dot (a backslash pair and a dot in the source) is a literal dot; any other
    dot, a negated class or a broad shorthand (S, W, D or p after a backslash) admits almost
    anything."""
    body = literal[1:-1].replace(b"\\\\.", b"")
    return b"." not in body and b"[^" not in body and _BROAD_SHORTHAND.search(body) is None


def _unescape(raw: bytes) -> bytes:
    if raw.startswith(b"\\u") and len(raw) >= 6:
        try:
            return chr(int(raw[-4:], 16)).encode("utf-8")
        except ValueError:
            return raw
    if len(raw) >= 2 and raw[1:2] in _ESC:
        return _ESC[raw[1:2]]
    if len(raw) >= 2 and raw[1:2].isdigit():
        try:
            return bytes([int(raw[1:], 8) & 0xFF])
        except ValueError:
            return raw
    return raw[1:2]


def _chars(v: Val) -> bytes | None:
    """The bytes of a constant char[]/byte[]/String value."""
    if isinstance(v.const, bytes):
        return v.const
    if v.items is None or v.taints:
        return None
    out = bytearray()
    for _k, item in v.items:
        c = item.const
        if isinstance(c, int):
            out.append(c % 256)
        elif isinstance(c, bytes) and len(c) >= 1:
            out += c
        else:
            return None
    return bytes(out)


class JavaAnalyzer(Interpreter):
    """Analyse one Java compilation unit; hits are in unit offsets until mapped by the caller."""

    def __init__(
        self,
        budget: Budget,
        *,
        max_visits: int = 1_000_000,
        line_of: Callable[[int], int] | None = None,
    ) -> None:
        super().__init__(budget, max_visits)
        self.line_of = line_of
        self.methods: dict[str, list[str]] = {}
        self.class_methods: dict[tuple[str, str], str] = {}
        self.field_defaults: dict[str, Node] = {}
        #: every field a class of the unit declares, with or without an initial value: a method
        #: assigning one writes the object's state, which its other methods read
        self.declared_fields: set[str] = set()
        self.param_types: dict[str, tuple[str, ...]] = {}
        self.lambda_keys: dict[int, str] = {}
        self.uid = 0
        self.service: str | None = None
        self._handlers = {
            "program": self._h_statements,
            "block": self._h_statements,
            "constructor_body": self._h_statements,
            "expression_statement": self._h_pass,
            "parenthesized_expression": self._h_pass,
            "local_variable_declaration": self._h_local,
            "string_literal": self._h_string,
            "text_block": self._h_string,
            "character_literal": self._h_char,
            "binary_expression": self._h_binary,
            "ternary_expression": self._h_ternary,
            "cast_expression": self._h_cast,
            "assignment_expression": self._h_assign,
            "method_invocation": self._h_invoke,
            "object_creation_expression": self._h_new,
            "array_creation_expression": self._h_array_new,
            "array_initializer": self._h_array,
            "array_access": self._h_array_access,
            "field_access": self._h_field,
            "lambda_expression": self._h_lambda,
            "if_statement": self._h_if,
            "while_statement": self._h_loop,
            "do_statement": self._h_loop,
            "for_statement": self._h_loop,
            "enhanced_for_statement": self._h_foreach,
            "try_statement": self._h_branches,
            "try_with_resources_statement": self._h_branches,
            "catch_clause": self._h_branches,
            "finally_clause": self._h_branches,
            "switch_expression": self._h_branches,
            "switch_block": self._h_branches,
            "return_statement": self._h_return,
            "unary_expression": self._h_clear,
            "update_expression": self._h_clear,
            "instanceof_expression": self._h_clear,
        }

    # --- driver -----------------------------------------------------------------------------

    def analyse(self, root: Node) -> None:
        self._index(root)
        for _ in range(MAX_ROUNDS):
            before = (dict(self.summaries), dict(self.fields))
            for key in list(self.infos):
                if key != self.service:
                    self._analyse_function(self.infos[key])
            if self.service is not None:
                self._analyse_function(self.infos[self.service])
            if before == (self.summaries, self.fields):
                break

    def _leaf(self, node: Node, t: str) -> Val | None:
        if t in _SKIP or node.is_extra:
            return EMPTY
        if t == "identifier":
            return self._read_ident(node)
        if t in _INT_LITERALS:
            raw = text(node).lower().rstrip(b"l").replace(b"_", b"")
            try:
                n = int(raw, 0) if not (raw.startswith(b"0") and raw[1:].isdigit()) else int(raw, 8)
            except ValueError:
                return EMPTY
            return Val(const=n)
        if t in ("decimal_floating_point_literal", "hex_floating_point_literal"):
            return EMPTY
        if t == "this":
            return Val(cls=self.scope.cls)
        if t == "super":
            return Val(cls="super")
        return None

    # --- index ----------------------------------------------------------------------------

    def _index(self, root: Node) -> None:
        stack: list[tuple[Node, str | None]] = [(root, None)]
        count = 0
        while stack:
            node, cls = stack.pop()
            count += 1
            if count > self.max_visits:
                return
            t = node.type
            if t in ("class_declaration", "enum_declaration", "record_declaration"):
                cls = _lname(node.child_by_field_name("name")) or cls
            elif t == "object_creation_expression":
                if any(c.type == "class_body" for c in node.named_children):
                    cls = _type_name(node.child_by_field_name("type")) or cls
            elif t in ("method_declaration", "constructor_declaration"):
                self._add_method(node, cls)
            elif t == "lambda_expression":
                self._add_method(node, cls, lam=True)
            elif t == "field_declaration":
                for d in node.children_by_field_name("declarator"):
                    name = d.child_by_field_name("name")
                    value = d.child_by_field_name("value")
                    if name is not None:
                        self.declared_fields.add(text(name).decode("latin-1"))
                    if name is not None and value is not None:
                        self.field_defaults.setdefault(text(name).decode("latin-1"), value)
            for c in reversed(node.named_children):
                stack.append((c, cls))

    def _add_method(self, node: Node, cls: str | None, lam: bool = False) -> None:
        name = "lambda" if lam else text(node.child_by_field_name("name")).decode("latin-1")
        if node.type == "constructor_declaration":
            name = "<init>"
        params_node = node.child_by_field_name("parameters")
        params: list[tuple[str, bool]] = []
        types: list[str] = []
        if params_node is not None:
            if params_node.type == "identifier":
                params.append((text(params_node).decode("latin-1"), False))
                types.append("")
            for p in named(params_node):
                if p.type in ("formal_parameter", "spread_parameter"):
                    pn = p.child_by_field_name("name")
                    if pn is None:
                        pn = next((c for c in reversed(p.named_children) if c.type == "identifier"), None)
                    if pn is None:
                        decl = next((c for c in p.named_children if c.type == "variable_declarator"), None)
                        pn = decl.child_by_field_name("name") if decl is not None else None
                    params.append((text(pn).decode("latin-1"), p.type == "spread_parameter"))
                    types.append(_type_name(p.child_by_field_name("type")))
                elif p.type == "identifier":
                    params.append((text(p).decode("latin-1"), False))
                    types.append("")
        self.uid += 1
        key = f"{'lambda' if lam else 'm'}:{name.lower()}@{self.uid}"
        body = node.child_by_field_name("body")
        info = FuncInfo(
            key=key,
            name=f"{cls}.{name}" if cls and not lam else name,
            node=node,
            body=body,
            params=tuple(params),
            cls=cls,
            arrow=lam and body is not None and body.type != "block",
        )
        self.infos[key] = info
        self.param_types[key] = tuple(types)
        if lam:
            self.lambda_keys[node.id] = key
            return
        self.methods.setdefault(name.lower(), []).append(key)
        if cls:
            self.class_methods[(cls, name.lower())] = key
        if name == "_jspService" and cls == "_jsppage":
            self.service = key

    def _analyse_function(self, info: FuncInfo) -> None:
        if info.body is None:
            return
        scope = Scope(cls=info.cls, is_main=info.key == self.service)
        types = self.param_types.get(info.key, ())
        for i, (pname, _variadic) in enumerate(info.params):
            if not pname:
                continue
            ptype = types[i] if i < len(types) else ""
            if ptype in J.REQUEST_TYPES:
                scope.vars[pname] = Val(cls="request")
            elif info.key == self.service:
                scope.vars[pname] = Val(cls=_IMPLICIT.get(pname.lower()))
            else:
                scope.vars[pname] = Val(taints=frozenset({marker(i)}))
        ret = self._run_in(scope, info)
        writes = tuple(sorted(scope.field_writes.items()))
        self.summaries[info.key] = Summary(ret=ret, hits=tuple(scope.hits), field_writes=writes)

    # --- variables ------------------------------------------------------------------------

    def _read_ident(self, node: Node) -> Val:
        name = text(node).decode("latin-1")
        v = self.scope.vars.get(name)
        if v is None:
            implicit = _IMPLICIT.get(name.lower()) if name in ("request", "pageContext") else None
            if implicit:
                return Val(cls=implicit)
            v = self._read_field(name)
        return self._guarded(node, v)

    def _read_field(self, name: str) -> Val:
        v = self.fields.get(name)
        if v is not None:
            return v
        default = self.field_defaults.get(name)
        if default is not None and self.const_eval_depth < 4:
            self.const_eval_depth += 1
            try:
                return self.run(default)
            finally:
                self.const_eval_depth -= 1
        return EMPTY

    def _write_var(self, name: str, v: Val) -> None:
        scope = self.scope
        if scope.validated:
            key = name.encode("latin-1")
            for k in [k for k in scope.validated if k == key or k.startswith(key + b".")]:
                del scope.validated[k]
        if name not in scope.vars and (
            name in self.fields or name in self.field_defaults or name in self.declared_fields
        ):
            self._write_field(name, v)
            return
        v = via(v, name)
        old = scope.vars.get(name)
        if self.cond and old is not None and scope.declared_at.get(name) != self.cond:
            v = join(old, v)
        scope.vars[name] = v

    def _assign(self, left: Node, v: Val) -> None:
        t = left.type
        if t == "identifier":
            self._write_var(text(left).decode("latin-1"), v)
        elif t == "field_access":
            f = left.child_by_field_name("field")
            if f is not None:
                self._write_field(text(f).decode("latin-1"), v)
        elif t == "array_access":
            arr = left.child_by_field_name("array")
            if arr is not None and arr.type == "identifier" and v.taints:
                name = text(arr).decode("latin-1")
                old = self.scope.vars.get(name, EMPTY)
                saved = self.cond
                self.cond = 1
                self._write_var(name, with_taints(old, only_taints(v)))
                self.cond = saved

    # --- generic handlers -----------------------------------------------------------------

    def _h_statements(self, node: Node) -> Gen:
        for c in node.named_children:
            _ = yield c
        return EMPTY

    def _h_pass(self, node: Node) -> Gen:
        out = EMPTY
        for c in named(node):
            out = yield c
        return out

    def _h_clear(self, node: Node) -> Gen:
        for c in named(node):
            _ = yield c
        return EMPTY

    def _h_string(self, node: Node) -> Gen:
        out = bytearray()
        for c in node.named_children:
            if c.type == "string_fragment" or c.type == "multiline_string_fragment":
                out += text(c)
            elif c.type == "escape_sequence":
                out += _unescape(text(c))
            elif c.type == "string_interpolation":
                yield c
        return Val(const=bytes(out))

    def _h_char(self, node: Node) -> Gen:
        raw = text(node)[1:-1]
        value = _unescape(raw) if raw.startswith(b"\\") else raw
        return Val(const=value[0] if len(value) == 1 else value)
        yield node  # pragma: no cover

    def _h_local(self, node: Node) -> Gen:
        ptype = _type_name(node.child_by_field_name("type"))
        for d in node.children_by_field_name("declarator"):
            name = d.child_by_field_name("name")
            value = d.child_by_field_name("value")
            v = (yield value) if value is not None else EMPTY
            if ptype in J.REQUEST_TYPES and v.cls is None:
                v = replace(v, cls="request")
            elif ptype in J.EVALUATORS and v.cls is None:
                # JexlEngine e = new JexlBuilder().create(): the declared type names the evaluator
                v = replace(v, cls=ptype)
            if name is not None:
                self.scope.declared_at[text(name).decode("latin-1")] = self.cond
                self._write_var(text(name).decode("latin-1"), v)
        return EMPTY

    def _h_binary(self, node: Node) -> Gen:
        left_node = node.child_by_field_name("left")
        right_node = node.child_by_field_name("right")
        op = text(node.child_by_field_name("operator"))
        left = (yield left_node) if left_node is not None else EMPTY
        if op in (b"&&", b"||"):
            pos, _neg = self._guards(left_node) if left_node is not None else (set(), set())
            if op == b"&&":
                self._push_guards(pos)
            self.cond += 1
            if right_node is not None:
                yield right_node
            self.cond -= 1
            if op == b"&&":
                self._pop_guards(pos)
            return EMPTY
        right = (yield right_node) if right_node is not None else EMPTY
        if op == b"+":
            a, b = left.const, right.const
            if isinstance(a, int) and isinstance(b, int):
                return Val(const=a + b)
            if a is not None and b is not None:
                sa = a if isinstance(a, bytes) else str(a).encode()
                sb = b if isinstance(b, bytes) else str(b).encode()
                if len(sa) + len(sb) <= MAX_VALUE:
                    return Val(const=sa + sb, ops=add_ops(left, right, op="concat"))
            joined = tainted(only_taints(left, right))
            head = left.head()  # the known start ("http://host/" + path): whose address it is
            return replace(joined, prefix=head) if head and joined.taints else joined
        if (
            op in (b"^", b"-", b"*", b"%", b"&", b"|")
            and isinstance(left.const, int)
            and isinstance(right.const, int)
        ):
            a, b = left.const, right.const
            if op == b"^":
                return Val(const=a ^ b)
            if op == b"-":
                return Val(const=a - b)
            if op == b"&":
                return Val(const=a & b)
            if op == b"|":
                return Val(const=a | b)
            if op == b"%":
                return Val(const=a % b) if b else EMPTY
            return Val(const=a * b) if abs(a * b) < 1 << 62 else EMPTY
        if op in (b"^", b"|", b"&"):
            return tainted(only_taints(left, right))
        return EMPTY

    def _h_ternary(self, node: Node) -> Gen:
        cond = node.child_by_field_name("condition")
        if cond is not None:
            yield cond
        pos, neg = self._guards(cond) if cond is not None else (set(), set())
        self.cond += 1
        self._push_guards(pos)
        c = node.child_by_field_name("consequence")
        a = node.child_by_field_name("alternative")
        v1 = (yield c) if c is not None else EMPTY
        self._pop_guards(pos)
        self._push_guards(neg)
        v2 = (yield a) if a is not None else EMPTY
        self._pop_guards(neg)
        self.cond -= 1
        return join(v1, v2)

    def _h_cast(self, node: Node) -> Gen:
        value = node.child_by_field_name("value")
        v = (yield value) if value is not None else EMPTY
        ctype = _type_name(node.child_by_field_name("type"))
        if ctype in J.REQUEST_TYPES:
            return replace(v, cls="request")
        if ctype in ("byte", "char", "int", "short", "long") and isinstance(v.const, int):
            return v
        return v

    def _h_assign(self, node: Node) -> Gen:
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        op = text(node.child_by_field_name("operator"))
        v = (yield right) if right is not None else EMPTY
        if left is None:
            return v
        if op == b"+=":
            old = yield left
            if old.const is not None and v.const is not None:
                sa = old.const if isinstance(old.const, bytes) else str(old.const).encode()
                sb = v.const if isinstance(v.const, bytes) else str(v.const).encode()
                v = Val(const=sa + sb, ops=add_ops(old, v, op="concat"))
            else:
                v = tainted(only_taints(old, v))
        elif op != b"=":
            old = yield left
            v = tainted(only_taints(old, v)) if op in (b"^=", b"|=") else EMPTY
        self._assign(left, v)
        return v

    def _h_array(self, node: Node) -> Gen:
        items: list[tuple[int, Val]] = []
        taints: frozenset[Taint] = frozenset()
        for i, c in enumerate(named(node)):
            v = yield c
            if i < MAX_ITEMS:
                items.append((i, v))
            else:
                taints = taints | only_taints(v)
        return Val(items=tuple(items), taints=taints)

    def _h_array_new(self, node: Node) -> Gen:
        value = node.child_by_field_name("value")
        for d in node.children_by_field_name("dimensions"):
            _ = yield d
        if value is not None:
            v = yield value
            return v
        return EMPTY

    def _h_array_access(self, node: Node) -> Gen:
        arr = node.child_by_field_name("array")
        idx = node.child_by_field_name("index")
        base = (yield arr) if arr is not None else EMPTY
        i = (yield idx) if idx is not None else EMPTY
        if isinstance(i.const, int):
            item = base.item(i.const)
            if item is not None:
                return item
        return self._guarded(node, tainted(only_taints(base)))

    def _h_field(self, node: Node) -> Gen:
        obj_node = node.child_by_field_name("object")
        f = node.child_by_field_name("field")
        obj = (yield obj_node) if obj_node is not None else EMPTY
        fname = text(f).decode("latin-1") if f is not None else ""
        if obj_node is not None and obj_node.type == "this":
            return self._guarded(node, self._read_field(fname))
        if fname == "length":
            return EMPTY
        return self._guarded(node, with_taints(self.fields.get(fname, EMPTY), only_taints(obj)))

    def _h_lambda(self, node: Node) -> Gen:
        key = self.lambda_keys.get(node.id)
        return Val(func=key) if key else EMPTY
        yield node  # pragma: no cover

    # --- control flow ---------------------------------------------------------------------

    def _h_if(self, node: Node) -> Gen:
        cond = node.child_by_field_name("condition")
        if cond is not None:
            yield cond
        pos, neg = self._guards(cond) if cond is not None else (set(), set())
        self.cond += 1
        body = node.child_by_field_name("consequence")
        alt = node.child_by_field_name("alternative")
        self._push_guards(pos)
        if body is not None:
            yield body
        self._pop_guards(pos)
        self._push_guards(neg)
        if alt is not None:
            yield alt
        self._pop_guards(neg)
        self.cond -= 1
        if neg and body is not None and self._exits(body):
            self._push_guards(neg, permanent=True)
        return EMPTY

    def _h_loop(self, node: Node) -> Gen:
        self.cond += 1
        self.loops += 1
        body = node.child_by_field_name("body")
        rounds = 2 if self.loops <= MAX_LOOP_NESTING else 1
        for c in named(node):
            if c != body:
                yield c
        for _ in range(rounds):
            if body is not None:
                yield body
        self.loops -= 1
        self.cond -= 1
        return EMPTY

    def _h_foreach(self, node: Node) -> Gen:
        value = node.child_by_field_name("value")
        name = node.child_by_field_name("name")
        body = node.child_by_field_name("body")
        v = (yield value) if value is not None else EMPTY
        self.cond += 1
        self.loops += 1
        if name is not None:
            self._write_var(text(name).decode("latin-1"), v.elements())
        if body is not None:
            yield body
            if self.loops <= MAX_LOOP_NESTING:
                yield body
        self.loops -= 1
        self.cond -= 1
        return EMPTY

    def _h_branches(self, node: Node) -> Gen:
        self.cond += 1
        for c in named(node):
            _ = yield c
        self.cond -= 1
        return EMPTY

    def _h_return(self, node: Node) -> Gen:
        kids = named(node)
        if kids:
            v = yield kids[0]
            scope = self.scope
            if scope.returned:
                merged = join(scope.ret, v)
                if scope.ret.const != v.const:
                    # one return is a constant, another one a value nothing is known about
                    merged = replace(merged, const=None, ops=())
                scope.ret = merged
            else:
                scope.ret = v
            scope.returned = True
        return EMPTY

    def _exits(self, body: Node) -> bool:
        stmts = named(body) if body.type == "block" else [body]
        return any(s.type in ("return_statement", "throw_statement", "break_statement") for s in stmts)

    def _guards(self, cond: Node, depth: int = 0) -> tuple[set[bytes], set[bytes]]:
        if depth > 12:
            return set(), set()
        t = cond.type
        if t in ("parenthesized_expression", "condition"):
            kids = named(cond)
            return self._guards(kids[0], depth + 1) if kids else (set(), set())
        if t == "unary_expression" and text(cond.child_by_field_name("operator")) == b"!":
            operand = cond.child_by_field_name("operand")
            if operand is not None:
                pos, neg = self._guards(operand, depth + 1)
                return neg, pos
            return set(), set()
        if t == "binary_expression":
            op = text(cond.child_by_field_name("operator"))
            left = cond.child_by_field_name("left")
            right = cond.child_by_field_name("right")
            if left is None or right is None:
                return set(), set()
            if op in (b"&&", b"||"):
                p1, n1 = self._guards(left, depth + 1)
                p2, n2 = self._guards(right, depth + 1)
                return (p1 | p2, n1 & n2) if op == b"&&" else (p1 & p2, n1 | n2)
            return set(), set()
        if t == "method_invocation":
            name = _lname(cond.child_by_field_name("name"))
            obj = cond.child_by_field_name("object")
            args_node = cond.child_by_field_name("arguments")
            args = named(args_node) if args_node is not None else []
            if name not in J.VALIDATING_METHODS or obj is None or not args:
                return set(), set()
            if name in ("equals", "equalsignorecase"):
                if obj.type == "string_literal":
                    return {norm(args[0])}, set()
                if args[0].type == "string_literal":
                    return {norm(obj)}, set()
                return set(), set()
            if name == "matches":
                if args[0].type == "string_literal" and _strict_pattern(text(args[0])):
                    return {norm(obj)}, set()
                return set(), set()
            return {norm(args[0])}, set()
        return set(), set()

    # --- calls ----------------------------------------------------------------------------

    def _args(self, node: Node) -> Generator[Node, Val, list[Val]]:
        args_node = node.child_by_field_name("arguments")
        vals: list[Val] = []
        for a in named(args_node) if args_node is not None else []:
            v = yield a
            vals.append(v)
        return vals

    def _h_invoke(self, node: Node) -> Gen:
        obj_node = node.child_by_field_name("object")
        name = _lname(node.child_by_field_name("name"))
        obj = (yield obj_node) if obj_node is not None else EMPTY
        args = yield from self._args(node)
        if name in J.BUFFER_READS and args and obj.taints and obj.cls != "file":
            self._fill_buffer(node, obj)
        return self._invoke(node, obj_node, obj, name, args)

    def _fill_buffer(self, node: Node, stream: Val) -> None:
        """``in.read(buf)`` / ``sis.readLine(buf, 0, n)`` fill the caller's array: the array holds
        the stream's content afterwards (a multipart body parsed by hand)."""
        args_node = node.child_by_field_name("arguments")
        first = named(args_node) if args_node is not None else []
        if not first or first[0].type != "identifier":
            return
        name = text(first[0]).decode("latin-1")
        old = self.scope.vars.get(name)
        filled = tainted(only_taints(stream))
        saved = self.cond
        self.cond = 1
        self._write_var(name, filled if old is None else join(old, filled))
        self.cond = saved

    def _file_sink(self, node: Node, sink: str, path: Val) -> None:
        """A file created, truncated, deleted, renamed or re-attributed at ``path``: request input
        choosing it (or a helper's parameter, judged where callers pass request input) is a file
        manager's core. A name with its directories stripped (an upload kept under the client's
        own name) is left to the upload rules."""
        taints = frozenset(t for t in only_taints(path) if GUARD_BASENAME not in t.guards)
        if taints:
            self._sink(SinkKind.FILE, sink, node, Val(taints=taints))

    def _invoke(self, node: Node, obj_node: Node | None, obj: Val, name: str, args: list[Val]) -> Val:
        recv = _lname(obj_node)
        simple = recv.rsplit(".", 1)[-1]  # java.nio.file.Files, written out in full, is Files
        shown_name = text(node.child_by_field_name("name")).decode("latin-1")
        receiver = text(obj_node)[:40].decode("latin-1", "replace") if obj_node else ""
        label = f"{receiver}.{shown_name}()" if obj_node else f"{shown_name}()"
        # sources
        if obj.cls == "request" and name in J.REQUEST_SOURCES:
            key = args[0].text if args else None
            shown = f'"{key.decode("latin-1")}"' if key is not None else ""
            line = self.line_of(node.start_byte) if self.line_of else node.start_point[0] + 1
            return Val(taints=frozenset({Taint(f"{receiver}.{shown_name}({shown})", line)}))
        if name in J.UPLOAD_PARSERS and any(a.cls == "request" for a in args):
            # commons-fileupload: the request's uploaded files (and form fields), as items
            line = self.line_of(node.start_byte) if self.line_of else node.start_point[0] + 1
            return Val(taints=frozenset({Taint(f"{receiver}.{shown_name}(request)", line)}))
        if (
            name in ("getname", "getfilename")
            and args
            and simple in ("filenameutils", "fileutil", "fileutils")
        ):
            return guard_all(tainted(only_taints(*args)), GUARD_BASENAME)  # FilenameUtils.getName(x)
        if (
            name in ("getname", "getfilename") and obj_node is not None and _new_file(obj_node)
        ):  # new File(x).getName(), Paths.get(x).getFileName(): the last part of the path only
            return guard_all(tainted(only_taints(obj)), GUARD_BASENAME)
        if name == "substring" and len(args) == 1 and obj.taints and _after_last_separator(node):
            # name.substring(name.lastIndexOf("/") + 1): the part after the last directory separator
            return guard_all(tainted(only_taints(obj)), GUARD_BASENAME)
        if name == "getrequest" and (obj.cls == "pagecontext" or recv.endswith("pagecontext")):
            return Val(cls="request")
        # types that later calls depend on
        if name == "getruntime":
            return Val(cls="runtime")
        if name in ("getenginebyname", "getenginebyextension", "getenginebymimetype"):
            return Val(cls="scriptengine")
        if name in ("getdecoder", "getmimedecoder", "geturldecoder"):
            return Val(cls="b64decoder")
        # Class.forName, not an application's own forName (an enum or registry lookup by name)
        if name == "forname" and args and (simple == "class" or obj_node is None or obj.cls == "classref"):
            if self._raw(args[0]):
                self._sink(SinkKind.DYNAMIC, "Class.forName()", node, args[0])
            return Val(cls="classref", target=args[0])
        if name in ("getmethod", "getdeclaredmethod") and args:
            # a class the page names by a literal, or one whose name it computes at run time
            computed = obj.cls == "classref" and obj.target is not None and _computed(obj.target)
            return Val(cls="method-computed" if computed else "method", target=args[0], taints=obj.taints)
        if name in ("getfield", "getdeclaredfield") and args and args[0].text == b"_bytecodes":
            return Val(cls="bytecode-field")
        if name == "set" and obj.cls == "bytecode-field" and len(args) >= 2:
            # TemplatesImpl._bytecodes: the classes it defines when a transformer is made from it
            self._sink(SinkKind.CLASSLOAD, "TemplatesImpl._bytecodes", node, args[1])
            return EMPTY
        if name == "invoke" and obj.cls in ("method", "method-computed") and obj.target is not None:
            return self._reflect_invoke(node, obj, args)
        if name in ("newinstance", "getconstructor", "getdeclaredconstructor") and obj.cls == "classref":
            if name == "newinstance" and _bcel_loader_name(obj.target):
                return Val(cls="bcel-loader")  # Class.forName("...bcel...util.ClassLoader").newInstance()
            return Val(cls="object")
        # a SQL console: a connection to the database the request names (its URL, user or
        # password), and on it a whole statement the request writes (one the page begins itself,
        # "select .. where id=" + input, is the page's own query)
        if name == "getconnection" and simple == "drivermanager" and any(self._raw(a) for a in args):
            return Val(cls="client-db")
        if obj.cls == "client-db" and name in J.SQL_STATEMENT_MAKERS:
            if name != "createstatement" and args and not args[0].head():
                self._sink(SinkKind.SQL, label, node, args[0])
            return Val(cls="client-db")
        if obj.cls == "client-db" and name in J.SQL_RUNNERS and args and not args[0].head():
            self._sink(SinkKind.SQL, label, node, args[0])
            return EMPTY
        # an outbound HTTP request: URL -> connection -> its body stream, written with request data
        if name == "openconnection" and obj.cls == "url":
            return replace(obj, cls="url-connection")
        if name == "getoutputstream" and obj.cls == "socket":
            return Val(cls="socket-out")  # where replies go: nothing received, not a file
        if obj.cls == "shell-builder" and name in ("redirecterrorstream", "directory", "inheritio"):
            return obj
        if name == "start" and obj.cls == "shell-builder":
            return Val(cls="shell-process")
        if name == "getoutputstream" and obj.cls == "shell-process":
            return Val(cls="shell-stdin")
        if name in J.URL_OUT_WRITES and obj.cls == "shell-stdin" and args:
            note = "written to the standard input of a shell the page started"
            self._sink(SinkKind.COMMAND, label, node, args[0], note)
            return EMPTY
        if name == "accept" and obj.cls == "server-socket":
            return self._remote_source(node, b"a client of a listening socket (ServerSocket.accept())")
        if name == "getoutputstream" and obj.cls == "url-connection":
            return replace(obj, cls="url-out")
        if name in J.URL_OUT_WRITES and obj.cls == "url-out" and args:
            if only_taints(*args):
                self._forwarded_to(node, label, obj)
            return EMPTY
        # what a fixed remote address serves (url.openStream(), conn.getInputStream()): a command or
        # code written by whoever runs that host, as the request's would be
        if (name in ("openstream", "getcontent") and obj.cls == "url") or (
            name == "getinputstream" and obj.cls == "url-connection"
        ):
            url = obj.head()  # the address, or its constant start naming a fixed host
            if J.REMOTE_URL.match(url):
                line = self.line_of(node.start_byte) if self.line_of else node.start_point[0] + 1
                shown = url[:60].decode("latin-1", "replace")
                return Val(taints=frozenset({Taint(f"{REMOTE_SOURCE}{shown}", line)}))
        # sinks
        if name == "exec" and obj.cls in ("runtime", None) and args:
            self._sink(SinkKind.COMMAND, f"{label}", node, args[0])
            if _runs_shell(args[0]):
                return Val(cls="shell-process")
            return tainted(only_taints(*args))
        if name == "command" and obj.cls == "processbuilder":
            for a in args:
                self._sink(SinkKind.COMMAND, "ProcessBuilder.command()", node, a)
            return obj
        if name == "eval" and obj.cls in ("scriptengine", None) and args:
            self._sink(SinkKind.CODE, label, node, args[0])
            return tainted(only_taints(*args))
        if obj.cls == "configuration" and (
            name == "setnewbuiltinclassresolver"
            or (
                name == "setsetting"
                and args
                and args[0].text in (b"new_builtin_class_resolver", b"api_builtin_enabled")
            )
        ):
            # FreeMarker told which classes ?new may build (SAFER_RESOLVER, ALLOWS_NOTHING_RESOLVER)
            if obj_node is not None and obj_node.type == "identifier":
                self._write_var(text(obj_node).decode("latin-1"), replace(obj, cls="freemarker-restricted"))
            return EMPTY
        if obj.cls == "xstream" and name in J.XSTREAM_PERMISSIONS:
            if obj_node is not None and obj_node.type == "identifier":
                self._write_var(text(obj_node).decode("latin-1"), replace(obj, cls="xstream-restricted"))
            return EMPTY
        # the receiver's own name or its type, fully qualified or not (bsh.Interpreter, ognl.Ognl)
        kinds = {recv.rsplit(".", 1)[-1], (obj.cls or "").rsplit(".", 1)[-1]}
        if obj.cls in J.RESTRICTED_EVALUATORS:
            kinds = set()  # a variable named yaml that holds a SafeConstructor-bound Yaml
        for evaluator, methods in J.EVALUATORS.items():
            if name in methods and args and (evaluator in kinds or name in J.RECEIVER_FREE_EVALUATORS):
                if name in J.JNDI_LOOKUPS and args[0].head():
                    continue  # "java:comp/env/jdbc/" + name: the input cannot choose the scheme or host
                at = J.EVALUATOR_SCRIPT_ARG_BY_KIND.get(
                    (evaluator, name), J.EVALUATOR_SCRIPT_ARG.get(name, 0)
                )
                if at < len(args):
                    self._sink(SinkKind.CODE, label, node, args[at])
        if (
            name == "loadclass"
            and args
            and (obj.cls == "bcel-loader" or args[0].head().startswith(b"$$BCEL$$"))
        ):
            # BCEL's class loader builds the class from its name: "$$BCEL$$" + encoded class bytes
            self._sink(SinkKind.CLASSLOAD, f"{label} (BCEL-encoded class)", node, args[0])
            return Val(cls="classref")
        if name in ("defineclass", "defineanonymousclass", "definehiddenclass"):
            for a in args:
                self._sink(SinkKind.CLASSLOAD, f"{shown_name}()", node, a)
            return Val(cls="classref")
        if name == "newinstance" and simple == "urlclassloader":
            for a in args:
                self._sink(SinkKind.CLASSLOAD, "URLClassLoader.newInstance()", node, a)
            return Val(cls="classloader")
        if name in ("load", "loadlibrary") and (simple == "system" or recv == "runtime.getruntime()"):
            for a in args:
                self._sink(SinkKind.CLASSLOAD, f"{label}", node, a)
        if name in J.WRITE_METHODS and obj.cls == "script-handle" and args:
            self._sink(SinkKind.WRITE, label, node, args[0])
            return EMPTY
        if name == "write" and len(args) == 1 and _from_upload_part(obj):
            # Part.write(path), FileItem.write(file): the uploaded file stored where the client's
            # name or path says (or under the client's own name, directories stripped)
            self._sink(SinkKind.UPLOAD, label, node, args[0])
            if all(t.guards for t in only_taints(args[0])):
                self._sink(SinkKind.UPLOAD_NAME, label, node, args[0])
            return EMPTY
        if obj.cls == "file" and name in J.FILE_CHANGES:
            self._file_sink(node, label, obj)
            if name == "renameto" and args:
                self._file_sink(node, label, args[0])
            return EMPTY
        if name == "write" and simple == "files" and len(args) >= 2:
            path = args[0]
            if self._raw(path) or J.SCRIPT_SUFFIX.search(path.tail()):
                self._sink(SinkKind.WRITE, "Files.write()", node, args[1])
            return EMPTY
        if name in ("get", "of") and simple in ("paths", "path") and args:
            # Paths.get(dir, name), Path.of(...): a path whose end is its last part's end
            return replace(tainted(only_taints(*args)), cls="path", suffix=args[-1].tail())
        if len(args) >= 2 and (
            (name == "copy" and simple == "files" and args[0].cls not in ("file", "path"))
            or (name in J.STREAM_TO_FILE_COPIES and simple == "fileutils")
        ):
            # Files.copy(in, target), FileUtils.copyInputStreamToFile(in, file): what the stream
            # carries (the request body, an uploaded part) stored at the target, which the request
            # may choose; Files.copy(path, out) only reads, and Files.copy(path, path) is a copy
            target = args[1]
            self._file_sink(node, f"{shown_name}()", target)
            if self._raw(target) or J.SCRIPT_SUFFIX.search(target.tail()):
                self._sink(SinkKind.WRITE, f"{shown_name}()", node, args[0])
            return EMPTY
        # folding
        folded = self._fold_method(name, obj, args)
        if folded is not None:
            return folded
        # user methods
        keys = self._method_keys(obj.cls if obj_node is not None else self.scope.cls, name)
        if keys and (obj_node is None or obj.cls not in ("request",)):
            return self._apply_user(node, keys, args)
        if obj.func is not None:
            return self._apply_user(node, [obj.func], args)
        # in.read(buf), in.readFully(buf): the buffer now holds what the stream carried
        if name in ("read", "readfully") and args and obj.taints and obj_node is not None:
            args_node = node.child_by_field_name("arguments")
            first = named(args_node)[0] if args_node is not None and named(args_node) else None
            if first is not None and first.type == "identifier":
                var = text(first).decode("latin-1")
                saved = self.cond
                self.cond = 1
                self._write_var(var, with_taints(args[0], obj.taints))
                self.cond = saved
            return tainted(only_taints(obj, *args))
        # mutators: sb.append(x), list.add(x), map.put(k, x)
        if name in J.MUTATORS and obj_node is not None and obj_node.type == "identifier":
            arg_taints = only_taints(*args)
            if obj.const is not None and name in ("append", "insert") and any(a.const is None for a in args):
                # text the folding cannot follow appended to a builder: its content is unknown now
                unknown = Val(taints=obj.taints | arg_taints, cls=obj.cls)
                self._write_var(text(obj_node).decode("latin-1"), unknown)
                return unknown
            if arg_taints:
                var = text(obj_node).decode("latin-1")
                saved = self.cond
                self.cond = 1
                self._write_var(var, with_taints(obj, arg_taints))
                self.cond = saved
                return with_taints(obj, arg_taints)
        # sanitizers and the rest
        if name in J.CLEARS:
            return EMPTY
        guard = J.GUARDS.get(name)
        if guard is not None:
            return guard_all(tainted(only_taints(*args)), guard)
        out = tainted(only_taints(obj, *args))
        if obj.taints or name in J.PROPAGATORS:
            return out
        return guard_all(out, GUARD_OPAQUE)

    def _remote_source(self, node: Node, where: bytes) -> Val:
        """Content received from ``where`` (a URL or socket the page opens): a taint source."""
        line = self.line_of(node.start_byte) if self.line_of else node.start_point[0] + 1
        label = f"{REMOTE_SOURCE}{where[:80].decode('latin-1', 'replace')}"
        return Val(taints=frozenset({Taint(label, line)}))

    def _method_keys(self, cls: str | None, name: str) -> list[str]:
        if cls is not None:
            key = self.class_methods.get((cls, name))
            if key is not None:
                return [key]
        return self.methods.get(name, [])

    def _reflect_invoke(self, node: Node, method: Val, args: list[Val]) -> Val:
        assert method.target is not None
        target = method.target
        rest = args[1:]
        if len(rest) == 1 and rest[0].items is not None:
            rest = [v for _k, v in rest[0].items]
        if self._raw(target) and target.const is None:
            self._sink(SinkKind.DYNAMIC, "Method.invoke()", node, target)
            return tainted(only_taints(*rest))
        mname = target.text.decode("latin-1").lower() if target.text is not None else ""
        label = f"Method.invoke({mname!r})"
        if _computed(target):
            # The method's name is computed at run time (a decoder the page carries, not a
            # literal): what it runs shows in the result kept as a Process, or in a class that
            # is computed too and handed request input.
            if _cast_to(node, J.PROCESS_TYPES):
                for a in rest:
                    self._sink(
                        SinkKind.COMMAND,
                        "(Process) Method.invoke()",
                        node,
                        a,
                        "method name computed at run time",
                    )
            elif method.cls == "method-computed":
                for a in rest:
                    if self._raw(a):
                        self._sink(
                            SinkKind.DYNAMIC,
                            "Method.invoke()",
                            node,
                            a,
                            "class and method names computed at run time",
                        )
            return tainted(only_taints(*rest))
        kind = {
            "exec": SinkKind.COMMAND,
            "start": SinkKind.COMMAND,
            "eval": SinkKind.CODE,
            "defineclass": SinkKind.CLASSLOAD,
            "loadclass": SinkKind.DYNAMIC,
        }.get(mname)
        if kind is not None:
            for a in rest:
                self._sink(kind, label, node, a, "method chosen by reflection")
        if mname == "getruntime":
            return Val(cls="runtime")
        return tainted(only_taints(*rest))

    def _fold_method(self, name: str, obj: Val, args: list[Val]) -> Val | None:
        if name in ("decode", "decodebuffer") and obj.cls == "b64decoder" and args:
            data = _chars(args[0])
            if data is not None:
                out = b64decode_lenient(data)
                if out is not None and self.budget.take(len(out)):
                    return Val(const=out, ops=add_ops(args[0], op="base64_decode"))
            return via(tainted(only_taints(args[0])), "base64 decode")
        if name in ("parsebase64binary", "decodebase64") and args:
            data = _chars(args[0])
            if data is not None:
                out = b64decode_lenient(data)
                if out is not None and self.budget.take(len(out)):
                    return Val(const=out, ops=add_ops(args[0], op="base64_decode"))
            return via(tainted(only_taints(args[0])), "base64 decode")
        s = _chars(obj) if obj.const is not None else None
        if s is None:
            return None
        if name in ("tostring", "intern", "getbytes", "tochararray", "trim", "strip") and not args:
            return obj if name != "trim" else Val(const=s.strip(), ops=obj.ops)
        if name == "reverse":
            return Val(const=s[::-1], ops=add_ops(obj, op="strrev"), cls=obj.cls)
        if name == "tolowercase":
            return Val(const=s.lower(), ops=obj.ops)
        if name == "touppercase":
            return Val(const=s.upper(), ops=obj.ops)
        if name in ("concat", "append") and args and args[0].const is not None:
            other = args[0].const
            tail = other if isinstance(other, bytes) else str(other).encode()
            return Val(const=s + tail, ops=add_ops(obj, args[0], op="concat"), cls=obj.cls)
        if name == "replace" and len(args) == 2 and args[0].text is not None and args[1].text is not None:
            return Val(const=s.replace(args[0].text, args[1].text), ops=add_ops(obj, op="str_replace"))
        if name == "substring" and args and isinstance(args[0].const, int):
            end = args[1].const if len(args) > 1 and isinstance(args[1].const, int) else None
            return Val(const=s[args[0].const : end], ops=add_ops(obj, op="substr"))
        return None

    def _h_new(self, node: Node) -> Gen:
        ctype = _type_name(node.child_by_field_name("type"))
        args = yield from self._args(node)
        if ctype in ("string", "stringbuilder", "stringbuffer"):
            if not args:
                return Val(const=b"", cls=ctype if ctype != "string" else None)
            data = _chars(args[0])
            if data is not None and (ctype == "string" or isinstance(args[0].const, bytes)):
                ops = add_ops(args[0], op="new String") if args[0].items else args[0].ops
                return Val(const=data, ops=ops, cls=ctype if ctype != "string" else None)
            return replace(tainted(only_taints(*args)), cls=ctype if ctype != "string" else None)
        if ctype == "processbuilder":
            for a in args:
                self._sink(SinkKind.COMMAND, "new ProcessBuilder()", node, a)
            return Val(cls="shell-builder" if args and _runs_shell(args[0]) else "processbuilder")
        if ctype in J.URL_OUT_WRAPPERS and args and args[0].cls == "shell-stdin":
            return args[0]  # new PrintWriter(p.getOutputStream()): still the shell's input
        if ctype in ("expression", "statement") and len(args) >= 2:
            # java.beans.Expression(target, "exec", new Object[]{cmd}): a reflective call by name
            self._reflect_invoke(node, Val(cls="method", target=args[1]), [args[0], *args[2:3]])
            return Val(cls="object")
        if ctype == "xmldecoder" and args:
            # XMLDecoder documents create objects and call methods (ProcessBuilder.start ...): one
            # read from request input runs whatever the client describes
            self._sink(SinkKind.CODE, "new XMLDecoder()", node, args[0])
            return Val(cls="object")
        if (
            ctype == "template"
            and len(args) >= 3
            and args[2].cls in ("configuration", None)
            and isinstance(args[0].const, bytes)
        ):
            # FreeMarker's Template(name, reader or source text, configuration): a template the
            # request writes builds any class with ?new ("freemarker.template.utility.Execute")
            self._sink(SinkKind.CODE, "new Template()", node, args[1])
            return Val(cls="template")
        if ctype == "yaml" and any(a.cls == "safeconstructor" for a in args):
            return Val(cls="yaml-safe")  # new Yaml(new SafeConstructor(..)): plain maps and lists only
        if ctype == "multipartrequest" and len(args) >= 2:
            # (com.oreilly.servlet) saves every uploaded file into the directory given, under the
            # client's file name: a directory the client chooses lets it place scripts anywhere
            self._sink(SinkKind.UPLOAD, "new MultipartRequest()", node, args[1])
            return Val(cls="multipartrequest")
        if ctype == "urlclassloader":
            for a in args:
                self._sink(SinkKind.CLASSLOAD, "new URLClassLoader()", node, a)
            return Val(cls="classloader")
        if ctype == "classloader" and b"bcel" in text(node.child_by_field_name("type") or node).lower():
            return Val(cls="bcel-loader")  # new com.sun.org.apache.bcel.internal.util.ClassLoader()
        if ctype in ("base64decoder", "base64") or ctype.endswith("base64decoder"):
            return Val(cls="b64decoder")
        if ctype == "scriptenginemanager":
            return Val(cls="scriptenginemanager")
        if ctype in J.SOCKET_TYPES and args:
            host = args[0]
            if host.text is not None or any(not t.is_marker for t in host.taints):
                peer = (host.text or b"<input>")[:60]
                return replace(self._remote_source(node, peer + b" (new Socket())"), cls="socket")
            return Val(cls="socket")
        if ctype in J.SERVER_SOCKET_TYPES:
            return Val(cls="server-socket")
        if ctype == "url" and args:  # the address, its constant start kept (a fixed host or not)
            return replace(args[0], cls="url", items=None)
        if args and args[0].cls == "url-out" and ctype in J.URL_OUT_WRAPPERS:
            return args[0]  # new DataOutputStream(conn.getOutputStream()): still the request body
        read_only = (
            ctype == "randomaccessfile"
            and len(args) > 1
            and args[1].text is not None
            and b"w" not in args[1].text
        )
        if (
            args
            and not read_only
            and (
                ctype in J.PATH_OPENERS
                or (ctype in J.PATH_OR_STREAM_OPENERS and args[0].cls in (None, "file"))
            )
        ):
            shown = text(node.child_by_field_name("type")).decode("latin-1")
            self._file_sink(node, f"new {shown}()", args[0])
        if ctype in J.FILE_OPENERS and args:
            path = args[0]
            if self._raw(path) or J.SCRIPT_SUFFIX.search(path.tail()):
                return Val(cls="script-handle")
            if ctype not in J.WRAPPERS or args[0].cls != "script-handle":
                return EMPTY
        if ctype in J.WRAPPERS and args and args[0].cls == "script-handle":
            return Val(cls="script-handle")
        ctor = self.class_methods.get((ctype, "<init>"))
        if ctor is not None:
            self._apply_user(node, [ctor], args)
            return Val(cls=ctype)
        return replace(tainted(only_taints(*args)), cls=ctype or None)
