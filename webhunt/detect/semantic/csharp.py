"""Intra-file taint analysis of C# (ASP.NET pages and handlers) on tree-sitter trees.

Sources are the request collections (``Request.Form[..]``, ``Request.QueryString[..]``,
``Request[..]``, headers, cookies, the input stream, uploaded files) reached through ``Request``,
``Context.Request``, ``HttpContext.Current.Request`` or a variable holding one of them, and the
parameters of a method published to clients (``[WebMethod]``, ``[OperationContract]``), which
ASP.NET fills from the request body (but for number, boolean, date or GUID ones). Sinks are
``Process.Start`` and ``ProcessStartInfo`` (file name and arguments, also in object initialisers),
``Assembly.Load`` of posted bytes (Godzilla/Behinder style), JScript/CodeDom evaluation, reflection
with an input-chosen type or method, ``Server.Execute``/``Transfer``, writes into script files,
formatter deserialisation of input bytes, IL bytes turned into a method, stylesheets loaded with
their scripts enabled and ``xp_cmdshell`` statements built from input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from dataclasses import replace

from webhunt.detect.semantic.flows import SinkKind
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
from webhunt.detect.semantic.transforms import MAX_VALUE, Budget, b64decode_lenient
from webhunt.detect.semantic.values import (
    EMPTY,
    GUARD_LITERAL,
    GUARD_OPAQUE,
    GUARD_PATH,
    MAX_ITEMS,
    Taint,
    Val,
    add_ops,
    guard_all,
    join,
    marker,
    only_taints,
    retaint,
    tainted,
    via,
)

MAX_ROUNDS = 3

_SKIP = frozenset(
    {
        "comment",
        "class_declaration",
        "interface_declaration",
        "struct_declaration",
        "enum_declaration",
        "record_declaration",
        "method_declaration",
        "constructor_declaration",
        "field_declaration",
        "property_declaration",
        "using_directive",
        "namespace_declaration",
        "null_literal",
        "boolean_literal",
        "break_statement",
        "continue_statement",
        "predefined_type",
        "generic_name",
        "array_type",
        "nullable_type",
        "implicit_type",
        "attribute_list",
        "modifier",
        "typeof_expression",
    }
)
#: Request collections and members that carry client data.
_REQUEST_MEMBERS = frozenset(
    {
        "form",
        "querystring",
        "params",
        "headers",
        "cookies",
        "item",
        "files",
        "inputstream",
        "rawurl",
        "url",
        "pathinfo",
        "useragent",
        "servervariables",
        "binaryread",
        "getbufferlessinputstream",
        "unvalidated",
        # ASP.NET Core (Razor pages and views): HttpRequest.Query, .Body, .RouteValues
        "query",
        "body",
        "routevalues",
    }
)
_PROPAGATORS = frozenset(
    [
        "frombase64string",
        "getstring",
        "getbytes",
        "tostring",
        "trim",
        "substring",
        "replace",
        "split",
        "join",
        "concat",
        "format",
        "readtoend",
        "readline",
        "read",
        "transformfinalblock",
        "decrypt",
        "get",
        "getvalue",
        "tochararray",
        "toarray",
        "reverse",
        "append",
        "insert",
        "urldecode",
        "htmldecode",
        "decompress",
        "mappath",
    ]
)
_CLEARS = frozenset(
    [
        "parse",
        "tryparse",
        "toint32",
        "toint64",
        "equals",
        "contains",
        "startswith",
        "endswith",
        "isnullorempty",
        "isnullorwhitespace",
        "gethashcode",
        "computehash",
        "length",
        "count",
        "indexof",
        "compare",
    ]
)
_GUARDS: dict[str, str] = {
    "htmlencode": GUARD_LITERAL,
    "urlencode": GUARD_LITERAL,
    "javascriptstringencode": GUARD_LITERAL,
    "getfilename": GUARD_PATH,
}
#: Members of a page's input control that hold what the client sent: a text box's text, an
#: upload control's file (its name, bytes and stream).
_CONTROL_MEMBERS = frozenset({"text", "value", "filename", "postedfile", "filebytes", "filecontent"})
#: Factories of outbound HTTP requests, and the calls that send a body with the request.
_WEB_REQUEST_TYPES = frozenset({"type:webrequest", "type:httpwebrequest", "type:filewebrequest"})
_UPLOADS = frozenset(
    {
        "uploaddata",
        "uploadstring",
        "uploadvalues",
        "uploaddataasync",
        "uploadstringtaskasync",
        "postasync",
        "putasync",
    }
)
#: Formatters whose ``Deserialize`` rebuilds any type the bytes name: a gadget chain in client data
#: runs code while the object graph is built (the VB.NET analysis uses the same set).
FORMATTERS = frozenset(
    {
        "binaryformatter",
        "losformatter",
        "objectstateformatter",
        "soapformatter",
        "netdatacontractserializer",
    }
)
#: Commands whose text is SQL handed to the database server.
_SQL_COMMANDS = frozenset({"sqlcommand", "oledbcommand", "odbccommand"})
#: XSLT processors: the old ``XslTransform`` runs ``msxsl:script`` always, ``XslCompiledTransform``
#: when its settings enable scripts.
_XSLT = frozenset({"xslcompiledtransform", "xsltransform"})
_XSLT_SCRIPT = frozenset({"xsltsettings:script", "type:trustedxslt"})
#: XML documents filled in place by a method call (``new XmlDocument()`` then ``LoadXml(text)``).
_XML_DOCUMENTS = frozenset({"xmldocument", "xmldatadocument"})
_FILLS_DOCUMENT = frozenset({"load", "loadxml"})
#: ``System.IO.File`` / ``Directory`` / ``FileInfo`` / ``DirectoryInfo`` calls that change the file
#: system, with how many leading arguments name a path: a file manager's create, delete, copy, move,
#: touch and re-attribute.
_FS_CHANGES: dict[str, dict[str, int]] = {
    "type:file": {
        "delete": 1,
        "move": 2,
        "copy": 2,
        "replace": 2,
        "create": 1,
        "createtext": 1,
        "appendtext": 1,
        "openwrite": 1,
        "writealltext": 1,
        "writeallbytes": 1,
        "writealllines": 1,
        "appendalltext": 1,
        "appendalllines": 1,
        "setattributes": 1,
        "setcreationtime": 1,
        "setcreationtimeutc": 1,
        "setlastwritetime": 1,
        "setlastwritetimeutc": 1,
        "setlastaccesstime": 1,
        "setlastaccesstimeutc": 1,
    },
    "type:directory": {"delete": 1, "move": 2, "createdirectory": 1},
    "fileinfo": {"delete": 0, "moveto": 1, "copyto": 1, "create": 0, "createtext": 0, "appendtext": 0},
    "directoryinfo": {"delete": 0, "moveto": 1, "create": 0, "createsubdirectory": 1},
}
#: Constructors that create or truncate the file their first argument names (a ``FileStream`` only
#: when opened to create, append, truncate or write; one opened to read serves a download).
_FS_OPENERS = frozenset({"streamwriter", "filestream"})
_WRITE_MODE = re.compile(
    rb"\bFileMode\s*\.\s*(?:Create|CreateNew|Append|Truncate|OpenOrCreate)\b|\bFileAccess\s*\.\s*(?:Write|ReadWrite)\b"
)
_SCRIPT_SUFFIXES = (b".aspx", b".ashx", b".asmx", b".asp", b".cer", b".config", b".php", b".jsp")


def _enables_script(node: Node) -> bool:
    """``new XsltSettings(doc, true)`` or ``new XsltSettings { EnableScript = true }``."""
    args_node = node.child_by_field_name("arguments")
    args = named(args_node) if args_node is not None else []
    if len(args) >= 2 and text(args[1]).strip().lower() == b"true":
        return True
    init = node.child_by_field_name("initializer")
    for item in named(init) if init is not None else []:
        if (
            item.type == "assignment_expression"
            and _lname(item.child_by_field_name("left")) == "enablescript"
        ):
            return text(item.child_by_field_name("right")).strip().lower() == b"true"
    return False


#: attributes that publish a method to clients: ASP.NET fills its parameters from the request
#: (``[WebMethod]`` in an ``.asmx`` service or as a page method, ``[OperationContract]`` in a
#: ``.svc`` service, ``[HttpPost]``/``[HttpGet]`` on an MVC action)
_WEB_ENTRY_ATTRIBUTES = frozenset(
    {"webmethod", "operationcontract", "webinvoke", "webget", "httppost", "httpget", "acceptverbs"}
)


#: parameter types that carry no text a client could shape into a path or a command
_VALUE_TYPES = frozenset(
    {
        *("int", "long", "short", "byte", "sbyte", "uint", "ulong", "ushort", "bool", "double"),
        *("float", "decimal", "int16", "int32", "int64", "uint16", "uint32", "uint64", "boolean"),
        *("single", "guid", "datetime", "datetimeoffset", "timespan"),
    }
)


def _value_parameters(params_node: Node | None) -> frozenset[str]:
    """The names of the parameters declared with a number, boolean, date or GUID type."""
    out: set[str] = set()
    for p in named(params_node) if params_node is not None else []:
        name, ptype = p.child_by_field_name("name"), p.child_by_field_name("type")
        if p.type == "parameter" and name is not None and _last(ptype).rstrip("?") in _VALUE_TYPES:
            out.add(text(name).decode("latin-1"))
    return frozenset(out)


def _is_web_entry(node: Node) -> bool:
    """Whether a method declaration carries an attribute that exposes it to HTTP clients."""
    for lst in node.children:
        if lst.type != "attribute_list":
            continue
        for attr in named(lst):
            if attr.type != "attribute":
                continue
            name = _last(attr.child_by_field_name("name")).rsplit(":", 1)[-1]
            if name.removesuffix("attribute") in _WEB_ENTRY_ATTRIBUTES:
                return True
    return False


#: at most this many ``using static`` types are tried for one bare call
_MAX_STATIC_TYPES = 4


#: delegate types a method group is wrapped in (``new Func<string, Process>(Process.Start)``)
_DELEGATE_TYPES = frozenset({"func", "action", "predicate", "converter", "comparison"})


def _method_group(v: Val) -> tuple[Val, str] | None:
    """The owner type and method name of a method group a value holds (``Process.Start`` ->
    (type:process, "start")), or None."""
    owner = v.target
    if owner is None or owner.cls is None or not owner.cls.startswith("type:"):
        return None
    if v.cls is None or not v.cls.startswith("type:") or v.func is not None:
        return None
    return owner, v.cls[5:]


def _lname(node: Node | None) -> str:
    return text(node).decode("latin-1").lower()


def _last(node: Node | None) -> str:
    """The last identifier of a (qualified) name: ``System.Diagnostics.Process`` -> ``process``."""
    return _lname(node).split("<", 1)[0].rsplit(".", 1)[-1].strip()


def _is_params_array(node: Node) -> bool:
    """Is ``node`` the name of a ``params T[] name`` parameter (it takes the call's remaining
    arguments as one array)?"""
    prev = node.prev_sibling
    while prev is not None and prev.type not in (",", "("):
        if prev.type == "params":
            return True
        prev = prev.prev_sibling
    return False


def _texts(vals: list[Val]) -> list[bytes] | None:
    """The constant texts of ``vals`` (one array argument stands for its items), or None."""
    if len(vals) == 1 and vals[0].items is not None:
        vals = [v for _k, v in vals[0].items]
    out = []
    for v in vals:
        if v.text is None:
            return None
        out.append(v.text)
    return out


def _chars_text(arr: Val) -> bytes | None:
    """The text a ``char[]`` of constant characters spells (``new char[] {'L', 'o'}``), or None."""
    if arr.items is None or not arr.items or arr.taints:
        return None
    out = bytearray()
    for _k, v in arr.items:
        c = v.const
        if isinstance(c, bool) or not isinstance(c, (int, bytes)):
            return None
        if isinstance(c, int):
            if not 0 <= c < 256:
                return None
            out.append(c)
        elif len(c) == 1:
            out += c
        else:
            return None
    return bytes(out[:MAX_VALUE])


#: right-hand sides that compute a byte or number from values (a cast, a bitwise or arithmetic
#: operator, parentheses): stored in an array slot, they keep the input they were computed from
_BYTE_ARITHMETIC = frozenset({"cast_expression", "binary_expression", "parenthesized_expression"})


class CSharpAnalyzer(Interpreter):
    """Analyse one C# compilation unit (offsets stay in the unit until mapped by the caller)."""

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
        self.field_defaults: dict[str, Node] = {}
        self.lambda_keys: dict[int, str] = {}
        self.uid = 0
        #: ids of the page's input controls (``aspx.input_controls``): their text is request input
        self.input_controls: frozenset[str] = frozenset()
        #: ``using P = System.Diagnostics.Process;``: the alias names the type (its last name)
        self.type_aliases: dict[str, str] = {}
        #: ``using static System.Diagnostics.Process;``: its static methods are called by bare name
        self.static_types: list[str] = []
        #: methods an attribute publishes to clients (``[WebMethod]``): their parameters are input,
        #: but for those of a number, boolean, date or GUID type (the names of those)
        self.web_entries: dict[str, frozenset[str]] = {}
        self._handlers = {
            "compilation_unit": self._h_statements,
            "block": self._h_statements,
            "expression_statement": self._h_pass,
            "parenthesized_expression": self._h_pass,
            "argument": self._h_pass,
            "local_declaration_statement": self._h_pass,
            "variable_declaration": self._h_declaration,
            "string_literal": self._h_string,
            "verbatim_string_literal": self._h_verbatim,
            "interpolated_string_expression": self._h_interpolated,
            "integer_literal": self._h_int,
            "character_literal": self._h_char,
            "binary_expression": self._h_binary,
            "conditional_expression": self._h_ternary,
            "cast_expression": self._h_cast,
            "assignment_expression": self._h_assign,
            "invocation_expression": self._h_invoke,
            "member_access_expression": self._h_member,
            "element_access_expression": self._h_element,
            "object_creation_expression": self._h_new,
            "array_creation_expression": self._h_array,
            "implicit_array_creation_expression": self._h_array,
            "initializer_expression": self._h_initializer,
            "lambda_expression": self._h_lambda,
            "if_statement": self._h_if,
            "while_statement": self._h_branches,
            "do_statement": self._h_branches,
            "for_statement": self._h_branches,
            "foreach_statement": self._h_foreach,
            "try_statement": self._h_branches,
            "catch_clause": self._h_branches,
            "finally_clause": self._h_branches,
            "switch_statement": self._h_branches,
            "using_statement": self._h_branches,
            "return_statement": self._h_return,
            "prefix_unary_expression": self._h_clear,
            "postfix_unary_expression": self._h_clear,
            "is_expression": self._h_clear,
        }

    # --- driver -----------------------------------------------------------------------------

    def analyse(self, root: Node) -> None:
        self._index(root)
        for _ in range(MAX_ROUNDS):
            before = (dict(self.summaries), dict(self.fields))
            for key in list(self.infos):
                self._analyse_function(self.infos[key])
            if before == (self.summaries, self.fields):
                break

    def _leaf(self, node: Node, t: str) -> Val | None:
        if t in _SKIP or node.is_extra:
            return EMPTY
        if t == "identifier":
            return self._read_ident(node)
        if t in ("this_expression", "this", "base_expression"):
            return Val(cls="page")
        if t == "real_literal":
            return EMPTY
        return None

    def _index(self, root: Node) -> None:
        stack = [root]
        while stack:
            node = stack.pop()
            t = node.type
            if t in ("method_declaration", "constructor_declaration", "local_function_statement"):
                self._add_method(node)
            elif t == "lambda_expression":
                self._add_method(node, lam=True)
            elif t == "using_directive":
                self._add_using(node)
                continue
            elif t == "field_declaration":
                for decl in node.named_children:
                    if decl.type == "variable_declaration":
                        for d in decl.named_children:
                            if d.type == "variable_declarator":
                                kids = named(d)
                                if len(kids) >= 2:
                                    self.field_defaults.setdefault(text(kids[0]).decode("latin-1"), kids[-1])
            stack.extend(reversed(node.named_children))

    def _add_using(self, node: Node) -> None:
        """Remember what a type alias or a ``using static`` directive makes a bare name stand for."""
        kids = named(node)
        alias = node.child_by_field_name("name")
        target = kids[-1] if kids else None
        if target is None or target == alias:
            return
        last = _last(target).rsplit(":", 1)[-1]
        if alias is not None:
            self.type_aliases[text(alias).decode("latin-1")] = last
        elif any(c.type == "static" for c in node.children) and len(self.static_types) < _MAX_STATIC_TYPES:
            self.static_types.append(last)

    def _add_method(self, node: Node, lam: bool = False) -> None:
        name = "lambda" if lam else text(node.child_by_field_name("name")).decode("latin-1")
        params_node = node.child_by_field_name("parameters")
        params: list[tuple[str, bool]] = []
        if params_node is not None:
            if params_node.type in ("identifier", "implicit_parameter"):
                # x => ...: one parameter without parentheses (an implicit_parameter node)
                params.append((text(params_node).decode("latin-1"), False))
            for p in named(params_node):
                pn = p.child_by_field_name("name") if p.type == "parameter" else None
                if pn is None and p.type == "identifier":
                    pn = p
                if pn is not None:
                    params.append((text(pn).decode("latin-1"), _is_params_array(p)))
        self.uid += 1
        key = f"{'lambda' if lam else 'm'}:{name.lower()}@{self.uid}"
        body = node.child_by_field_name("body")
        self.infos[key] = FuncInfo(
            key=key,
            name=name,
            node=node,
            body=body,
            params=tuple(params),
            arrow=lam and body is not None and body.type != "block",
        )
        if lam:
            self.lambda_keys[node.id] = key
        else:
            self.methods.setdefault(name.lower(), []).append(key)
            if node.type == "method_declaration" and _is_web_entry(node):
                self.web_entries[key] = _value_parameters(params_node)

    def _analyse_function(self, info: FuncInfo) -> None:
        if info.body is None:
            return
        scope = Scope(cls="page")
        web = self.web_entries.get(info.key)
        for i, (pname, _variadic) in enumerate(info.params):
            if not pname:
                continue
            if web is None:
                scope.vars[pname] = Val(taints=frozenset({marker(i)}))
            elif pname not in web:  # a published method's parameters come from the request
                scope.vars[pname] = self._source(f"web method parameter {pname}", info.node)
            else:
                scope.vars[pname] = EMPTY
        ret = self._run_in(scope, info)
        writes = tuple(sorted(scope.field_writes.items()))
        self.summaries[info.key] = Summary(ret=ret, hits=tuple(scope.hits), field_writes=writes)

    def _const_call(self, info: FuncInfo, args: list[Val]) -> Val | None:
        # a ``params`` array gets the remaining arguments as one array
        if info.params and info.params[-1][1]:
            n = len(info.params) - 1
            if len(args) != len(info.params) or args[-1].items is None:
                rest = tuple((i, v) for i, v in enumerate(args[n : n + MAX_ITEMS]))
                args = [*args[:n], Val(items=rest)]
        return super()._const_call(info, args)

    # --- values -----------------------------------------------------------------------------

    def _read_ident(self, node: Node) -> Val:
        name = text(node).decode("latin-1")
        v = self.scope.vars.get(name)
        if v is None and name in self.type_aliases and name not in self.field_defaults:
            v = Val(cls=f"type:{self.type_aliases[name]}")
        if v is None:
            if name == "Request":
                return Val(cls="request")
            if name in ("Context", "HttpContext"):
                return Val(cls="context")
            v = self.fields.get(name)
            if v is None and name in self.field_defaults and self.const_eval_depth < 4:
                self.const_eval_depth += 1
                try:
                    v = self.run(self.field_defaults[name])
                finally:
                    self.const_eval_depth -= 1
            v = v or Val(cls=f"type:{name.lower()}")
        return self._guarded(node, v)

    def _write_var(self, name: str, v: Val) -> None:
        scope = self.scope
        if scope.validated:
            key = name.encode("latin-1")
            for k in [k for k in scope.validated if k == key or k.startswith(key + b".")]:
                del scope.validated[k]
        if name not in scope.vars and name in self.field_defaults:
            self._write_field(name, v)
            return
        v = via(v, name)
        old = scope.vars.get(name)
        scope.vars[name] = join(old, v) if self.cond and old is not None else v

    def _source(self, label: str, node: Node) -> Val:
        line = self.line_of(node.start_byte) if self.line_of else node.start_point[0] + 1
        return Val(taints=frozenset({Taint(label, line)}))

    def _h_statements(self, node: Node) -> Gen:
        for c in node.named_children:
            _ = yield c
        return EMPTY

    def _h_pass(self, node: Node) -> Gen:
        out = EMPTY
        for c in named(node):
            label = c.type == "identifier" and node.type == "argument"
            if label and c.next_sibling is not None and text(c.next_sibling) == b":":
                continue  # a named argument's label
            out = yield c
        return out

    def _h_clear(self, node: Node) -> Gen:
        for c in named(node):
            _ = yield c
        return EMPTY

    def _h_declaration(self, node: Node) -> Gen:
        for d in named(node):
            if d.type != "variable_declarator":
                continue
            kids = named(d)
            value = EMPTY
            if len(kids) >= 2:
                value = yield kids[-1]
            if kids:
                self._write_var(text(kids[0]).decode("latin-1"), value)
        return EMPTY

    def _h_string(self, node: Node) -> Gen:
        out = bytearray()
        for c in node.named_children:
            if c.type == "string_literal_content":
                out += text(c)
            elif c.type == "escape_sequence":
                raw = text(c)
                simple = {b"n": b"\n", b"t": b"\t", b"r": b"\r", b"0": b"\0"}
                out += simple.get(raw[1:2], raw[1:2])
        return Val(const=bytes(out))
        _ = yield node

    def _h_verbatim(self, node: Node) -> Gen:
        raw = text(node)
        return Val(const=raw[2:-1].replace(b'""', b'"'))
        _ = yield node

    def _h_interpolated(self, node: Node) -> Gen:
        out = Val(const=b"")
        for c in node.named_children:
            if c.type == "string_content":
                out = self._concat(out, Val(const=text(c)))
            elif c.type == "interpolation":
                for e in named(c):
                    if e.type != "interpolation_brace":
                        v = yield e
                        out = self._concat(out, v)
        return out

    def _h_int(self, node: Node) -> Gen:
        raw = text(node).lower().rstrip(b"ul").replace(b"_", b"")
        try:
            return Val(const=int(raw, 0))
        except ValueError:
            return EMPTY
        _ = yield node

    def _h_char(self, node: Node) -> Gen:
        raw = text(node)[1:-1]
        return Val(const=raw[0]) if len(raw) == 1 else EMPTY
        _ = yield node

    def _concat(self, a: Val, b: Val) -> Val:
        if a.const is not None and b.const is not None:
            sa = a.const if isinstance(a.const, bytes) else str(a.const).encode()
            sb = b.const if isinstance(b.const, bytes) else str(b.const).encode()
            if len(sa) + len(sb) <= MAX_VALUE:
                return Val(const=sa + sb, ops=add_ops(a, b, op="concat"))
        # the known constant ends stay known ("exec xp_cmdshell '" + input, name + ".aspx")
        return replace(tainted(only_taints(a, b)), prefix=a.head(), suffix=b.tail())

    def _h_binary(self, node: Node) -> Gen:
        left_node = node.child_by_field_name("left")
        right_node = node.child_by_field_name("right")
        op = text(node.child_by_field_name("operator"))
        left = (yield left_node) if left_node is not None else EMPTY
        if op in (b"&&", b"||"):
            pos = self._guards(left_node)[0] if left_node is not None and op == b"&&" else set()
            self._push_guards(pos)
            self.cond += 1
            if right_node is not None:
                _ = yield right_node
            self.cond -= 1
            self._pop_guards(pos)
            return EMPTY
        right = (yield right_node) if right_node is not None else EMPTY
        if op == b"+":
            if isinstance(left.const, int) and isinstance(right.const, int):
                return Val(const=left.const + right.const)
            return self._concat(left, right)
        if op == b"??":
            return join(left, right)
        return EMPTY

    def _h_ternary(self, node: Node) -> Gen:
        cond = node.child_by_field_name("condition")
        if cond is not None:
            _ = yield cond
        self.cond += 1
        a = node.child_by_field_name("consequence")
        b = node.child_by_field_name("alternative")
        v1 = (yield a) if a is not None else EMPTY
        v2 = (yield b) if b is not None else EMPTY
        self.cond -= 1
        return join(v1, v2)

    def _h_cast(self, node: Node) -> Gen:
        value = node.child_by_field_name("value")
        v = (yield value) if value is not None else EMPTY
        if _last(node.child_by_field_name("type")) in ("int", "long", "short", "byte", "bool"):
            return EMPTY
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
            v = self._concat(old, v)
        self._store(node, left, v)
        return v

    def _store(self, node: Node, left: Node, v: Val) -> None:
        if left.type == "identifier":
            self._write_var(text(left).decode("latin-1"), v)
            return
        if left.type == "member_access_expression":
            member = _lname(left.child_by_field_name("name"))
            owner_node = left.child_by_field_name("expression")
            owner = _lname(owner_node)
            held = (
                self.scope.vars.get(text(owner_node).decode("latin-1"))
                if owner_node is not None and owner_node.type == "identifier"
                else None
            )
            psi = "startinfo" in owner or "psi" in owner or (held is not None and held.cls == "psi")
            if member in ("arguments", "filename") and psi:
                self._sink(SinkKind.COMMAND, f"ProcessStartInfo.{member}", node, v)
            if member == "commandtext" and self._shell_sql(node, v):
                self._sink(SinkKind.COMMAND, "CommandText (xp_cmdshell)", node, v)
            if member == "enablescript" and held is not None and held.cls == "xsltsettings":
                right = node.child_by_field_name("right")
                if right is not None and text(right).strip().lower() == b"true":
                    self.scope.vars[text(owner_node).decode("latin-1")] = replace(
                        held, cls="xsltsettings:script"
                    )
            self._write_field(member, v)
            return
        if left.type == "element_access_expression":  # args["CommandLine"] = ...: the object holds it
            target = left.child_by_field_name("expression")
            right = node.child_by_field_name("right") if node.type == "assignment_expression" else None
            if not v.taints and right is not None and right.type in _BYTE_ARITHMETIC:
                v = self._decoded_byte(right)
            if target is not None and target.type == "identifier" and v.taints:
                name = text(target).decode("latin-1")
                old = self.scope.vars.get(name)
                self.scope.vars[name] = tainted(v.taints) if old is None else join(old, tainted(v.taints))

    def _decoded_byte(self, right: Node) -> Val:
        """The input a byte computed from input keeps once it is stored in an array slot.

        A number is no injection on its own (a numeric cast or a bitwise operator ends the taint),
        but ``out[i] = (byte)(data[i] ^ key[i % key.Length])`` fills ``out`` with the request's
        bytes decoded: the array holds what it was decoded from."""
        found: set[Taint] = set()
        stack = [right]
        while stack:
            n = stack.pop()
            if n.type == "identifier":
                held = self.scope.vars.get(text(n).decode("latin-1"))
                if held is not None and held.taints:
                    found |= held.taints
                continue
            if n.type in ("invocation_expression", "lambda_expression", "anonymous_method_expression"):
                continue
            stack.extend(named(n))
        return tainted(frozenset(found)) if found else EMPTY

    # --- members, requests ----------------------------------------------------------------

    def _h_member(self, node: Node) -> Gen:
        expr = node.child_by_field_name("expression")
        name = _lname(node.child_by_field_name("name"))
        obj = (yield expr) if expr is not None else EMPTY
        if name == "request" and (obj.cls in ("context", "type:httpcontext", "page") or obj.cls is None):
            return Val(cls="request")
        if name == "current" and obj.cls in ("type:httpcontext", "context"):
            return Val(cls="context")
        if obj.cls == "request" and name in _REQUEST_MEMBERS:
            label = f"Request.{text(node.child_by_field_name('name')).decode('latin-1')}"
            return self._source(label, node)
        if name in _CONTROL_MEMBERS and expr is not None and expr.type == "identifier":
            control = text(expr).decode("latin-1")
            if control in self.input_controls and control not in self.scope.vars:
                return self._source(
                    f"{control}.{text(node.child_by_field_name('name')).decode('latin-1')}", node
                )
        if obj.taints:
            return self._guarded(node, tainted(obj.taints))
        field = self.fields.get(name)
        if field is not None:
            return self._guarded(node, field)
        if obj.cls is not None and obj.cls.startswith("type:"):
            # a member of a type keeps its owner: ``Process.Start`` named without a call is a method
            # group, which a delegate (``Func<string, Process> f = Process.Start``) may hold
            return Val(cls=f"type:{name}", target=Val(cls=obj.cls))
        return Val(cls=f"type:{name}")

    def _h_element(self, node: Node) -> Gen:
        expr = node.child_by_field_name("expression")
        sub = node.child_by_field_name("subscript")
        obj = (yield expr) if expr is not None else EMPTY
        keys: list[Val] = []
        for a in named(sub) if sub is not None else []:
            keys.append((yield a))
        key = keys[0].const if keys else None
        if isinstance(key, bytes):
            shown = f'["{key.decode("latin-1")}"]'
        else:
            shown = f"[{key}]" if key is not None else "[…]"
        if obj.cls == "request":
            return self._source(f"Request{shown}", node)
        if obj.taints:
            # an element of input is input, named by its key; a parameter placeholder stays one
            keyed = frozenset(t if t.is_marker else replace(t, source=t.source + shown) for t in obj.taints)
            return self._guarded(node, Val(taints=keyed))
        if isinstance(keys[0].const if keys else None, int) and obj.items is not None:
            item = obj.item(keys[0].const) if keys and keys[0].const is not None else None
            if item is not None:
                return item
        return self._guarded(node, tainted(only_taints(obj)))

    # --- calls ----------------------------------------------------------------------------

    def _args(self, node: Node) -> Generator[Node, Val, list[Val]]:
        args_node = node.child_by_field_name("arguments")
        vals: list[Val] = []
        for a in named(args_node) if args_node is not None else []:
            vals.append((yield a))
        return vals

    def _h_invoke(self, node: Node) -> Gen:
        fn = node.child_by_field_name("function")
        obj = EMPTY
        name = ""
        label = ""
        if fn is not None and fn.type == "member_access_expression":
            target = fn.child_by_field_name("expression")
            obj = (yield target) if target is not None else EMPTY
            name = _lname(fn.child_by_field_name("name"))
            label = text(fn)[:60].decode("latin-1", "replace")
        elif fn is not None:
            name = _last(fn)
            label = text(fn)[:60].decode("latin-1", "replace")
            if fn.type == "identifier" and name not in self.methods:
                # a local delegate called by its name: Func<byte[], Assembly> load = b => ...; load(x)
                held = self._read_ident(fn)
                if held.func is not None:
                    args = yield from self._args(node)
                    return self._apply_user(node, [held.func], args)
                if held.cls == "method-delegate" and held.target is not None:
                    # a delegate made from a reflected method (Delegate.CreateDelegate(T, mi)):
                    # calling it calls the method the reflection named, with these arguments
                    args = yield from self._args(node)
                    return self._reflect_invoke(node, held.target, [EMPTY, *args])
                group = _method_group(held) if fn.type == "identifier" and name in self.scope.vars else None
                if group is not None:  # a delegate holding a method group: the method is called
                    args = yield from self._args(node)
                    return self._call(node, group[0], group[1], args, f"{label}() ({group[1]})")
        args = yield from self._args(node)
        group = _method_group(obj) if name in ("invoke", "dynamicinvoke", "begininvoke") else None
        if group is not None:  # handler.Invoke(x) on a delegate holding a method group
            # DynamicInvoke(new object[] { x }) passes the array's items
            call_args = [args[0].elements()] if name == "dynamicinvoke" and len(args) == 1 else args
            return self._call(node, group[0], group[1], call_args, f"{label}()")
        if name in ("read", "readblock", "copyto", "copytoasync") and obj.taints:
            # stream.CopyTo(ms) fills the destination stream as Read fills an array
            self._fill_buffer(node, obj)
        if name in _FILLS_DOCUMENT and obj.cls in _XML_DOCUMENTS and fn is not None:
            self._fill_document(fn.child_by_field_name("expression"), obj, args)
        out = self._call(node, obj, name, args, f"{label}()")
        if fn is not None and fn.type == "identifier" and name not in self.methods:
            # a bare call may be a static method of a type a ``using static`` directive imports
            for t in self.static_types:
                out = join(out, self._call(node, Val(cls=f"type:{t}"), name, args, f"{label}()"))
        return out

    def _fill_document(self, target: Node | None, doc: Val, args: list[Val]) -> None:
        """``doc.LoadXml(text)`` / ``doc.Load(reader)`` fill the document the variable holds: it
        holds the text's input afterwards (a stylesheet read from the request, then compiled)."""
        filled = only_taints(*args)
        if target is None or target.type != "identifier" or not filled:
            return
        self.scope.vars[text(target).decode("latin-1")] = retaint(doc, doc.taints | filled)

    def _fill_buffer(self, node: Node, stream: Val) -> None:
        """``stream.Read(buffer, 0, n)`` fills the caller's array, ``stream.CopyTo(ms)`` the
        destination stream: it holds the stream's content afterwards."""
        args_node = node.child_by_field_name("arguments")
        first = named(args_node) if args_node is not None else []
        target = named(first[0]) if first else []
        if target and target[0].type == "identifier":
            name = text(target[0]).decode("latin-1")
            old = self.scope.vars.get(name)
            filled = tainted(stream.taints)
            self.scope.vars[name] = filled if old is None else join(old, filled)

    def _call(self, node: Node, obj: Val, name: str, args: list[Val], label: str) -> Val:
        recv = obj.cls or ""
        if recv == "request" and name in ("binaryread", "getbufferlessinputstream", "getvalues"):
            return self._source(f"Request.{name}()", node)
        if recv == "request" and name == "get":  # Request.Form.Get("x") handled via member source
            return self._source("Request.Get()", node)
        if name == "start" and recv in ("type:process", "process") and args:
            for a in args[:2]:
                self._sink(SinkKind.COMMAND, "Process.Start()", node, a)
            return Val(cls="process")
        loader = recv == "type:assembly" or (
            recv in ("type:appdomain", "type:currentdomain") and name == "load"
        )
        if name in ("load", "loadfrom", "loadfile", "unsafeloadfrom") and loader:
            for a in args:
                self._sink(SinkKind.CLASSLOAD, label, node, a)
            return Val(cls="assembly")
        if name in ("jscriptevaluate", "eval") and args:
            self._sink(SinkKind.CODE, label, node, args[0])
        roslyn = name in ("evaluateasync", "runasync", "evaluate", "run", "create")
        if roslyn and recv == "type:csharpscript" and args:  # C# source compiled and run
            self._sink(SinkKind.CODE, label, node, args[0])
        if name == "addscript" and args:  # PowerShell: a pipeline or PowerShell.Create() given a script
            self._sink(SinkKind.COMMAND, f"{label} (PowerShell)", node, args[0])
        if name == "invokemethod" and args and (args[0].text or b"").lower() == b"create":
            for a in args[1:]:  # WMI: Win32_Process.Create with a command line
                self._sink(SinkKind.COMMAND, f"{label} (WMI Create)", node, a)
        if name in ("compileassemblyfromsource", "compileassemblyfromdom"):
            for a in args[1:]:
                self._sink(SinkKind.CODE, label, node, a)
        if name in ("deserialize", "unsafedeserialize", "readobject") and recv in FORMATTERS and args:
            for a in args:  # a gadget chain in the bytes runs while the objects are rebuilt
                self._sink(SinkKind.CLASSLOAD, f"{label} (deserialisation)", node, a)
        if name in ("parse", "load") and recv == "type:xamlreader" and args:
            # XAML markup builds any object it names (ObjectDataProvider calls a method such as
            # Process.Start while the tree is built)
            self._sink(SinkKind.CLASSLOAD, f"{label} (XAML objects)", node, args[0])
        if name in ("setcode", "createmethodbody") and args:
            # DynamicILInfo.SetCode / MethodBuilder.CreateMethodBody: IL bytes become a method
            self._sink(SinkKind.CLASSLOAD, f"{label} (IL bytes)", node, args[0])
        scripts = recv == "xsltransform" or any(a.cls in _XSLT_SCRIPT for a in args[1:])
        if name == "load" and recv in _XSLT and args and scripts:
            # a stylesheet from the request, its msxsl:script blocks compiled and run
            self._sink(SinkKind.CODE, f"{label} (XSLT with scripts)", node, args[0])
        reflective = recv in ("type:type", "type:activator", "assembly")
        chosen = bool(args) and args[0].const is None and self._raw(args[0])
        if name in ("gettype", "createinstance") and reflective and chosen:
            self._sink(SinkKind.DYNAMIC, label, node, args[0])
        if name == "getmethod" and args:
            if self._raw(args[0]) and args[0].const is None:
                self._sink(SinkKind.DYNAMIC, label, node, args[0])
            return Val(cls="method", target=args[0])
        if name == "invoke" and obj.cls == "method" and obj.target is not None:
            return self._reflect_invoke(node, obj.target, args)
        if name == "createdelegate":
            # Delegate.CreateDelegate(T, mi) / mi.CreateDelegate(T): a delegate that calls the
            # method the reflection named (its Invoke or a direct call takes the method's arguments)
            made = [v for v in (obj, *args) if v.cls == "method" and v.target is not None]
            if made:
                return Val(cls="method-delegate", target=made[0].target)
        if name in ("invoke", "dynamicinvoke") and obj.cls == "method-delegate" and obj.target is not None:
            call_args = [args[0].elements()] if name == "dynamicinvoke" and len(args) == 1 else args
            return self._reflect_invoke(node, obj.target, [EMPTY, *call_args])
        if name == "invokemember" and len(args) >= 5:
            # Type.InvokeMember("Load", flags, binder, target, new object[] {...}): a call by name
            return self._reflect_invoke(node, args[0], [EMPTY, args[4]])
        # an outbound HTTP request: WebRequest.Create(url) -> its request stream, written with request
        # data; WebClient uploads and HttpClient posts carry their body in the call
        if name in ("create", "createhttp") and recv in _WEB_REQUEST_TYPES and args:
            return replace(args[0], cls="url-connection", items=None)
        if name == "getrequeststream" and recv == "url-connection":
            return replace(obj, cls="url-out")
        if name in ("write", "writeasync") and recv == "url-out" and args:
            if only_taints(args[0]):
                self._forwarded_to(node, label, obj)
            return EMPTY
        if name in ("copyto", "copytoasync") and args and args[0].cls == "url-out" and obj.taints:
            self._forwarded_to(node, label, args[0])
            return EMPTY
        if name in _UPLOADS and len(args) >= 2 and only_taints(args[-1]):
            self._forwarded_to(node, label, args[0])  # (url, [method,] data) / PostAsync(url, content)
        if name in ("execute", "transfer") and recv == "type:server" and args:
            self._sink(SinkKind.INCLUDE, label, node, args[0])
        changes = _FS_CHANGES.get(recv, {}).get(name)
        if changes is not None:
            # FileInfo(path).Delete(): the object's own path; File.Move(a, b): both paths
            for path in [obj] if changes == 0 else args[:changes]:
                if only_taints(path):
                    self._sink(SinkKind.FILE, label, node, path)
        if name in ("writealltext", "writeallbytes", "appendalltext") and recv == "type:file":
            if len(args) >= 2 and self._script_path(args[0]):
                self._sink(SinkKind.WRITE, label, node, args[1])
            return EMPTY
        if name in ("downloadfile", "downloadfileasync") and len(args) >= 2:
            # WebClient.DownloadFile(url, path): what the address serves, saved at the path (a
            # dropper when the request names the path, or the address for a script's path)
            if only_taints(args[1]):
                self._sink(SinkKind.UPLOAD, label, node, args[1])
            elif self._script_path(args[1]) and only_taints(args[0]):
                self._sink(SinkKind.WRITE, label, node, args[0])
            return EMPTY
        if name == "saveas" and args:
            if args[0].tail().lower().endswith(_SCRIPT_SUFFIXES):
                self._sink(SinkKind.WRITE, label, node, obj)
            else:
                self._sink(SinkKind.UPLOAD, label, node, args[0])
            return EMPTY
        folded = None if name in self.methods else self._fold(name, obj, args)
        if folded is not None:
            return folded
        if name == "frombase64string" and args:
            data = args[0].text
            if data is not None:
                decoded = b64decode_lenient(data)
                if decoded is not None and self.budget.take(len(decoded)):
                    return Val(const=decoded, ops=add_ops(args[0], op="base64_decode"))
            return via(tainted(only_taints(args[0])), "base64 decode")
        keys = self.methods.get(name, [])
        if keys:
            return self._apply_user(node, keys, args)
        if obj.func is not None and name == "invoke":
            return self._apply_user(node, [obj.func], args)
        if name in _CLEARS:
            return EMPTY
        if name == "mappath" and len(args) == 1:
            return args[0]  # Server.MapPath("~/x.aspx"): the same path, its name and extension kept
        guard = _GUARDS.get(name)
        if guard is not None:
            return guard_all(tainted(only_taints(*args)), guard)
        out = tainted(only_taints(obj, *args))
        # ``String.Format`` builds text from its arguments; a static ``Format`` of another class
        # (``NamePattern.Format(name, pattern)``) is code defined elsewhere, like any other call
        foreign_format = name == "format" and recv.startswith("type:") and recv != "type:string"
        if obj.taints or (name in _PROPAGATORS and not foreign_format):
            return out
        return guard_all(out, GUARD_OPAQUE)

    def _fold(self, name: str, obj: Val, args: list[Val]) -> Val | None:
        """Constant text computed by the framework: names assembled with ``string.Join`` or
        ``string.Concat``, bytes turned back into text by ``Encoding.GetString``."""
        if obj.taints or not (obj.cls is None or obj.cls.startswith("type:")):
            return None
        if name == "getstring" and len(args) == 1 and isinstance(args[0].const, bytes):
            return Val(const=args[0].const, ops=args[0].ops)
        if name == "join" and len(args) >= 2 and args[0].text is not None:
            parts = _texts(args[1:])
            if parts is not None:
                return Val(const=args[0].text.join(parts)[:MAX_VALUE], ops=add_ops(*args, op="concat"))
        if name == "concat" and args:
            parts = _texts(args)
            if parts is not None:
                return Val(const=b"".join(parts)[:MAX_VALUE], ops=add_ops(*args, op="concat"))
        return None

    def _reflect_invoke(self, node: Node, method: Val, args: list[Val]) -> Val:
        rest = args[1:]
        if len(rest) == 1 and rest[0].items is not None:
            rest = [v for _k, v in rest[0].items]
        mname = method.text.decode("latin-1").lower() if method.text is not None else ""
        kind = {
            "load": SinkKind.CLASSLOAD,
            "loadfrom": SinkKind.CLASSLOAD,
            "start": SinkKind.COMMAND,
            "jscriptevaluate": SinkKind.CODE,
        }.get(mname)
        if kind is not None:
            for a in rest:
                self._sink(kind, f"MethodInfo.Invoke({mname!r})", node, a, "method chosen by reflection")
        return tainted(only_taints(*rest))

    def _shell_sql(self, node: Node, sql: Val) -> bool:
        """SQL that runs an operating system command through ``xp_cmdshell``."""
        return b"xp_cmdshell" in sql.head().lower() or b"xp_cmdshell" in text(node).lower()

    def _script_path(self, path: Val) -> bool:
        return self._raw(path) or path.tail().lower().endswith(_SCRIPT_SUFFIXES)

    def _h_new(self, node: Node) -> Gen:
        ctype = _last(node.child_by_field_name("type"))
        args = yield from self._args(node)
        init = node.child_by_field_name("initializer")
        members: list[tuple[str, Val]] = []
        if init is not None:
            for item in named(init):
                if item.type == "assignment_expression":
                    left = item.child_by_field_name("left")
                    right = item.child_by_field_name("right")
                    v = (yield right) if right is not None else EMPTY
                    members.append((_lname(left), v))
                else:
                    members.append(("", (yield item)))
        if (
            len(args) == 1
            and _method_group(args[0]) is not None
            and (ctype in _DELEGATE_TYPES or ctype.endswith(("handler", "callback", "delegate")))
        ):
            return args[0]  # new Func<string, Process>(Process.Start): the delegate calls the method
        if ctype == "processstartinfo":
            for a in args[:2]:
                self._sink(SinkKind.COMMAND, "new ProcessStartInfo()", node, a)
            for member, v in members:
                if member in ("arguments", "filename"):
                    self._sink(SinkKind.COMMAND, f"ProcessStartInfo.{member}", node, v)
            return Val(cls="psi")
        if ctype in _SQL_COMMANDS and args and self._shell_sql(node, args[0]):
            self._sink(
                SinkKind.COMMAND,
                f"new {_last(node.child_by_field_name('type'))}() (xp_cmdshell)",
                node,
                args[0],
            )
        if ctype == "xsltsettings" and _enables_script(node):
            return Val(cls="xsltsettings:script")
        if ctype == "string" and len(args) == 1:
            # new string(new char[] {'L','o','a','d'}): a name spelled out letter by letter
            spelled = _chars_text(args[0])
            if spelled is not None:
                return Val(const=spelled, ops=add_ops(args[0], op="concat"))
        writes = ctype != "filestream" or _WRITE_MODE.search(text(node)) is not None
        if ctype in _FS_OPENERS and writes and args and args[0].cls is None and only_taints(args[0]):
            shown = text(node.child_by_field_name("type")).decode("latin-1")
            self._sink(SinkKind.FILE, f"new {shown}()", node, args[0])
        if ctype in ("streamwriter", "filestream") and args and self._script_path(args[0]):
            return Val(cls="script-handle")
        if members and not args:
            items = tuple((i, v) for i, (_m, v) in enumerate(members[:MAX_ITEMS]))
            return Val(items=items, cls=ctype or None)
        return replace(tainted(only_taints(*args)), cls=ctype or None)

    def _h_array(self, node: Node) -> Gen:
        items: list[tuple[int, Val]] = []
        for c in named(node):
            v = yield c
            if c.type == "initializer_expression":
                return v
        return Val(items=tuple(items))

    def _h_initializer(self, node: Node) -> Gen:
        items: list[tuple[int, Val]] = []
        for i, c in enumerate(named(node)):
            v = yield c
            if i < MAX_ITEMS:
                items.append((i, v))
        return Val(items=tuple(items))

    def _h_lambda(self, node: Node) -> Gen:
        key = self.lambda_keys.get(node.id)
        return Val(func=key) if key else EMPTY
        _ = yield node

    # --- control flow ---------------------------------------------------------------------

    def _h_if(self, node: Node) -> Gen:
        cond = node.child_by_field_name("condition")
        if cond is not None:
            _ = yield cond
        pos, neg = self._guards(cond) if cond is not None else (set(), set())
        self.cond += 1
        body = node.child_by_field_name("consequence")
        alt = node.child_by_field_name("alternative")
        self._push_guards(pos)
        if body is not None:
            _ = yield body
        self._pop_guards(pos)
        if alt is not None:
            _ = yield alt
        self.cond -= 1
        if neg and body is not None:
            stmts = named(body) if body.type == "block" else [body]
            if any(s.type in ("return_statement", "throw_statement") or self._ends_request(s) for s in stmts):
                self._push_guards(neg, permanent=True)
        return EMPTY

    def _ends_request(self, stmt: Node, depth: int = 0) -> bool:
        """Does ``stmt`` end the request: ``Response.End()``, ``Response.Redirect(url)`` (which ends
        it unless told not to), or a call of a method defined once in the file that always does
        (``void Fail(string m) { ...; context.Response.End(); }``)?"""
        if stmt.type != "expression_statement" or depth > 4:
            return False
        kids = named(stmt)
        call = kids[0] if kids else None
        if call is None or call.type != "invocation_expression":
            return False
        fn = call.child_by_field_name("function")
        args_node = call.child_by_field_name("arguments")
        nargs = len(named(args_node)) if args_node is not None else 0
        if fn is not None and fn.type == "member_access_expression":
            target = fn.child_by_field_name("expression")
            name = _lname(fn.child_by_field_name("name"))
            if target is not None and _last(target) == "response":
                return name == "end" or (name == "redirect" and nargs == 1)
            return False
        if fn is None or fn.type != "identifier" or nargs > 8:
            return False
        keys = self.methods.get(text(fn).decode("latin-1").lower(), [])
        info = self.infos.get(keys[0]) if len(keys) == 1 else None
        if info is None or info.body is None or info.body.type != "block":
            return False
        return any(s.type == "throw_statement" or self._ends_request(s, depth + 1) for s in named(info.body))

    def _h_foreach(self, node: Node) -> Gen:
        right = node.child_by_field_name("right")
        left = node.child_by_field_name("left")
        body = node.child_by_field_name("body")
        v = (yield right) if right is not None else EMPTY
        self.cond += 1
        if left is not None:
            self._write_var(text(left).decode("latin-1"), v.elements())
        if body is not None:
            _ = yield body
            _ = yield body
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
            self.scope.ret = join(self.scope.ret, v) if self.scope.ret is not EMPTY else v
        return EMPTY

    def _guards(self, cond: Node, depth: int = 0) -> tuple[set[bytes], set[bytes]]:
        if depth > 12:
            return set(), set()
        t = cond.type
        if t == "parenthesized_expression":
            kids = named(cond)
            return self._guards(kids[0], depth + 1) if kids else (set(), set())
        if t == "prefix_unary_expression" and text(cond).startswith(b"!"):
            kids = named(cond)
            if kids:
                pos, neg = self._guards(kids[-1], depth + 1)
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
            if op in (b"==", b"!="):
                keys = {norm(left)} if right.type == "string_literal" else set()
                keys |= {norm(right)} if left.type == "string_literal" else set()
                return (keys, set()) if op == b"==" else (set(), keys)
            return set(), set()
        if t == "invocation_expression":
            fn = cond.child_by_field_name("function")
            args_node = cond.child_by_field_name("arguments")
            args = [named(a)[0] for a in named(args_node) if named(a)] if args_node else []
            if fn is None or fn.type != "member_access_expression" or not args:
                return set(), set()
            name = _lname(fn.child_by_field_name("name"))
            target = fn.child_by_field_name("expression")
            if name == "equals" and target is not None:
                if args[0].type == "string_literal":
                    return {norm(target)}, set()
                if target.type == "string_literal":
                    return {norm(args[0])}, set()
            if name in ("contains", "containskey", "ismatch") and target is not None:
                return {norm(args[0])}, set()
            if name in ("any", "exists") and args[0].type == "lambda_expression":
                # list.Any(u => url.StartsWith(u)): the value is held to the listed prefixes
                body = args[0].child_by_field_name("body")
                if body is not None and body.type == "invocation_expression":
                    inner = body.child_by_field_name("function")
                    if inner is not None and inner.type == "member_access_expression":
                        checked = inner.child_by_field_name("expression")
                        how = _lname(inner.child_by_field_name("name"))
                        if checked is not None and how in ("startswith", "equals"):
                            return {norm(checked)}, set()
        return set(), set()
