"""The abstract interpreter shared by the PHP and Java analysers.

Subclasses map syntax-node types to *handlers*: generators that yield the child nodes they need
evaluated and receive each child's :class:`Val` back, then return their own value. :meth:`run`
drives them with an explicit stack, so deeply nested code cannot exhaust Python's recursion limit,
and every handler call counts against a visit budget. A handler that needs no child evaluated may
instead be a plain function returning its :class:`Val`, and one whose value is that of a single
child may return that child's node (no generator is made for either: most nodes are such).

Functions are summarised with parameter placeholders (``marker`` taints): which parameters reach
which sinks, what the function returns, which object fields it writes. A call site substitutes its
real arguments, so a flow through any number of helper functions is reported at the sink with the
whole path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from webhunt.detect.semantic.flows import REMOTE_SOURCE, Hit, SinkKind
from webhunt.detect.semantic.parsers import Node
from webhunt.detect.semantic.transforms import Budget
from webhunt.detect.semantic.values import (
    CHARSET_KEY,
    EMPTY,
    GUARD_CHARSET,
    GUARD_CHECKED,
    GUARD_VALID,
    MAX_PATH,
    SOFT_KEY,
    Taint,
    Val,
    guard_all,
    join,
    marker,
    only_taints,
    retaint,
    tainted,
    via,
)

Gen = Generator[Node, Val, Val]
_V = TypeVar("_V")
#: What a handler returns: a generator to drive, its value, or the child node whose value it has.
Step = Gen | Val | Node

MAX_STACK = 4000
MAX_INLINE_DEPTH = 2
MAX_CONST_CALL_NODES = 4000
MAX_CONST_CALLS = 256
PERMANENT = 1 << 20
_WS = re.compile(rb"\s+")


class AnalysisAborted(Exception):
    """The node or time budget ran out; the hits found so far are still valid."""


@dataclass(frozen=True, slots=True)
class FuncInfo:
    key: str
    name: str  # for people: "f", "A::m", "{closure}"
    node: Node
    body: Node | None
    params: tuple[tuple[str, bool], ...]  # (name, variadic)
    cls: str | None = None
    uses: tuple[str, ...] = ()
    arrow: bool = False  # the body is an expression whose value is returned
    defaults: tuple[Val | None, ...] = ()  # literal default values of the parameters, by position
    promoted: tuple[int, ...] = ()  # constructor parameters that are also properties (PHP 8)
    ref_uses: tuple[str, ...] = ()  # closure variables captured by reference (``use (&$x)``)
    by_ref: tuple[int, ...] = ()  # parameters passed by reference (PHP ``&$out``), by position


@dataclass(frozen=True, slots=True)
class Summary:
    ret: Val = EMPTY
    hits: tuple[Hit, ...] = ()
    field_writes: tuple[tuple[str, Val], ...] = ()
    fields_written: frozenset[str] = frozenset()  # every field the function (or what it calls) writes
    #: what each by-reference parameter holds when the function returns, by position
    outs: tuple[tuple[int, Val], ...] = ()


@dataclass(slots=True)
class Scope:
    vars: dict[str, Val] = field(default_factory=dict)
    validated: dict[bytes, int] = field(default_factory=dict)
    wildcard: Taint | None = None
    ret: Val = EMPTY
    #: a return statement was seen (``ret`` may be EMPTY: a value nothing is known about)
    returned: bool = False
    cls: str | None = None
    hits: list[Hit] = field(default_factory=list)
    field_writes: dict[str, Val] = field(default_factory=dict)
    #: fields this scope wrote, as it wrote them: what its own later reads see (until a call
    #: that may write them)
    local_fields: dict[str, Val] = field(default_factory=dict)
    fields_written: set[str] = field(default_factory=set)
    #: the conditional depth at which each local variable was declared (Java): a later assignment at
    #: that same depth runs in the same block, straight after, and replaces the value
    declared_at: dict[str, int] = field(default_factory=dict)
    #: keys of plain variables the enclosing conditions make equal to a literal (PHP), by count
    pinned: dict[bytes, int] = field(default_factory=dict)
    #: plain variables of unknown value that an enclosing condition makes equal to a string literal
    #: (PHP): the literal, and the value the variable held when the branch began (a variable
    #: assigned again in the branch is read as assigned)
    pinned_values: dict[str, tuple[bytes, object]] = field(default_factory=dict)
    global_names: set[str] = field(default_factory=set)  # variables a ``global`` statement shares
    #: the arguments of a call run on constants (``_const_call_run``): what PHP's
    #: ``func_get_args()`` returns there
    call_args: tuple[Val, ...] | None = None
    is_main: bool = False
    #: loop statements that decoded a constant table, by start byte (a loop body runs more than
    #: once; the table is decoded once per scope, and a helper run again gets a fresh scope)
    mapped_steps: set[int] = field(default_factory=set)
    #: (PHP) what a plain variable is a reference to or is referred to by (``$b = &$a``,
    #: ``$t[0] = &$a``, ``$r = &$cfg['k']``): the other lvalues a write to it also reaches
    aliases: dict[str, list[Node]] = field(default_factory=dict)
    #: (PHP) a function's ``static`` variables: the field under which each outlives the call
    statics: dict[str, str] = field(default_factory=dict)


#: Memos of pure functions of a syntax node. Tree-sitter builds new objects on every read of a
#: node's text or children, and the analysers read the same nodes many times (a loop body twice,
#: a function once per round and per constant-argument call). A memo is keyed by the node itself,
#: which holds its tree alive, so a node of a later tree can never be taken for one of an earlier
#: tree; it is emptied when it grows past ``MAX_MEMO`` entries, and after each file
#: (:func:`forget_nodes`).
MAX_MEMO = 100_000
#: Longer texts (a function's, the file's) are read rarely and would make the memo large.
MAX_MEMO_TEXT = 256
_TEXTS: dict[Node, bytes] = {}
_NAMED: dict[Node, tuple[Node, ...]] = {}
_FIELDS: dict[tuple[Node, str], Node | None] = {}
#: Every node memo (other modules register theirs), for :func:`forget_nodes`.
_MEMOS: list[dict[Any, Any]] = [_TEXTS, _NAMED, _FIELDS]


def register_memo(memo: dict[Node, _V]) -> dict[Node, _V]:
    """Make ``memo`` (a new, empty node memo of another module) one that :func:`forget_nodes` empties."""
    _MEMOS.append(memo)
    return memo


def remember(memo: dict[Node, _V], node: Node, value: _V) -> _V:
    """Store ``value`` for ``node`` in one of the node memos; returns ``value``."""
    if len(memo) >= MAX_MEMO:
        memo.clear()
    memo[node] = value
    return value


def forget_nodes() -> None:
    """Empty the node memos (the analysis of a file is over: its tree can be freed)."""
    for memo in _MEMOS:
        memo.clear()


def field_child(node: Node, name: str) -> Node | None:
    """The child in the field ``name`` of ``node`` (``Node.child_by_field_name``, remembered)."""
    key = (node, name)
    if key in _FIELDS:
        return _FIELDS[key]
    if len(_FIELDS) >= MAX_MEMO:
        _FIELDS.clear()
    out = _FIELDS[key] = node.child_by_field_name(name)
    return out


def text(node: Node | None) -> bytes:
    if node is None:
        return b""
    out = _TEXTS.get(node)
    if out is None:
        out = node.text or b""
        if len(out) <= MAX_MEMO_TEXT:
            remember(_TEXTS, node, out)
    return out


def norm(node: Node) -> bytes:
    """The node's source without whitespace: the key under which a checked expression is known."""
    return _WS.sub(b"", text(node))


def named(node: Node) -> tuple[Node, ...]:
    """The node's named children, comments and other extras left out."""
    out = _NAMED.get(node)
    if out is None:
        out = tuple(c for c in node.named_children if c.type != "comment" and not c.is_extra)
        remember(_NAMED, node, out)
    return out


#: A URL's scheme and host at the start of a constant: ``http://api.example.com`` (group 1: the host).
_SCHEME_HOST = re.compile(rb"(?i)[a-z][a-z0-9+.-]{0,15}://([^/?#'\"]*)")


class Interpreter:
    """Evaluation driver, hit recording, function summaries and guard bookkeeping."""

    def __init__(self, budget: Budget, max_visits: int) -> None:
        self.budget = budget
        self.max_visits = max_visits
        self.visits = 0
        self.hits: dict[tuple[object, ...], Hit] = {}
        self.infos: dict[str, FuncInfo] = {}
        self.summaries: dict[str, Summary] = {}
        self.fields: dict[str, Val] = {}
        self.scope = Scope(is_main=True)
        #: one token per conditional construct (branch, loop, short-circuit) around the code being
        #: read, innermost last; ``cond`` is their number
        self.conds: list[int] = []
        self.cond_serial = 0
        self.loops = 0
        self.offset_override: int | None = None
        self.line_override: int | None = None
        self.const_eval_depth = 0
        self.const_calls: dict[tuple[str, tuple[Val, ...]], Val | None] = {}
        self._handlers: dict[str, Callable[[Node], Step]] = {}

    def _leaf(self, node: Node, t: str) -> Val | None:
        """The value of a node (of type ``t``) that needs no handler (literals, variables), or None."""
        raise NotImplementedError

    def _h_default(self, node: Node) -> Gen:
        """Unknown node types: evaluate every child, the result carries their taint."""
        taints: frozenset[Taint] = frozenset()
        for c in node.named_children:
            v = yield c
            if v.taints:
                taints = taints | v.taints
        return tainted(taints)

    def run(self, root: Node) -> Val:
        """Evaluate ``root`` in the current scope, iteratively."""
        # a None frame stands for a handler that handed its value over to one child node: it
        # takes a place on the stack as the handler's generator would, and passes the value on
        stack: list[Gen | None] = []
        handlers = self._handlers
        default = self._h_default
        pending: Node | None = root
        send: Val | None = None
        while True:
            if pending is not None:
                node = pending
                pending = None
                t = node.type
                send = self._leaf(node, t)
                if send is None:
                    if len(stack) >= MAX_STACK:
                        send = EMPTY
                    else:
                        self.visits += 1
                        if self.visits > self.max_visits or (
                            not self.visits & 0xFFF and self.budget.expired()
                        ):
                            raise AnalysisAborted
                        step = handlers.get(t, default)(node)
                        if isinstance(step, Val):
                            send = step
                        elif isinstance(step, Node):
                            stack.append(None)
                            pending = step
                            continue
                        else:
                            stack.append(step)
            while True:
                if not stack:
                    return send if send is not None else EMPTY
                gen = stack[-1]
                if gen is None:
                    stack.pop()
                    continue
                try:
                    pending = gen.send(send)  # type: ignore[arg-type]
                    send = None
                    break
                except StopIteration as stop:
                    stack.pop()
                    send = stop.value if stop.value is not None else EMPTY

    def _hit(self, kind: SinkKind, sink: str, node: Node, taint: Taint | None, note: str = "") -> None:
        offset = self.offset_override if self.offset_override is not None else node.start_byte
        if self.offset_override is not None:
            note = (note + "; " if note else "") + "inside code that is evaluated at runtime"
        hit = Hit(kind, sink, offset, taint, note)
        if taint is not None and taint.is_marker:
            self.scope.hits.append(hit)
            return
        key = (kind, offset, taint.source if taint else "", taint.guards if taint else None)
        old = self.hits.get(key)
        if old is None or (
            taint is not None and old.taint is not None and len(taint.path) < len(old.taint.path)
        ):
            self.hits[key] = hit

    @staticmethod
    def _raw(v: Val, allow: str = "") -> bool:
        """Does unguarded request input (not a parameter placeholder) reach ``v``?"""
        return any(not t.is_marker and (not t.guards or t.guards == {allow}) for t in only_taints(v))

    def _forwarded_to(self, node: Node, sink: str, url: Val, needs: tuple[int, ...] = ()) -> None:
        """An outbound request carrying request data to ``url``: the request naming the host (the
        address starts with its input, no scheme and host of the page's own in front) makes the
        page a relay. With ``needs``, the body is the enclosing function's parameters at those
        positions: the hit holds for callers whose arguments there carry request input."""
        if not url.taints or url.const is not None:
            return
        head = url.head()
        scheme = _SCHEME_HOST.match(head)
        if head and (scheme is None or scheme.group(1)):
            return  # the page's own host (or a local path): input chooses only what follows
        note = "the request names the host, its data is the body sent there"
        if not needs:
            self._sink(SinkKind.FORWARD, sink, node, url, note)
            return
        offset = self.offset_override if self.offset_override is not None else node.start_byte
        for t in only_taints(url):
            self.scope.hits.append(Hit(SinkKind.FORWARD, sink, offset, t, note, needs=needs))

    def _sink(self, kind: SinkKind, sink: str, node: Node, v: Val, note: str = "") -> bool:
        found = False
        for t in only_taints(v):
            self._hit(kind, sink, node, t, note)
            found = True
        return found

    def _analyse_function(self, info: FuncInfo) -> None:
        if info.body is None:
            return
        scope = Scope(cls=info.cls)
        for i, (pname, _variadic) in enumerate(info.params):
            if pname:
                scope.vars[pname] = Val(taints=frozenset({marker(i)}))
        scope.vars.update(self._captured(info))
        ret = self._run_in(scope, info)
        writes = tuple(sorted(scope.field_writes.items()))
        outs = []
        for i in info.by_ref:
            held = scope.vars.get(info.params[i][0])
            if held is not None and held != Val(taints=frozenset({marker(i)})):
                outs.append((i, held))
        self.summaries[info.key] = Summary(
            ret=ret,
            hits=tuple(scope.hits),
            field_writes=writes,
            fields_written=frozenset(scope.fields_written),
            outs=tuple(outs),
        )

    @property
    def cond(self) -> int:
        return len(self.conds)

    @cond.setter
    def cond(self, depth: int) -> None:
        conds = self.conds
        if depth < len(conds):
            del conds[depth:]
        while len(conds) < depth:
            self.cond_serial += 1
            conds.append(self.cond_serial)

    def _captured(self, info: FuncInfo) -> dict[str, Val]:
        """Variables a closure sees from where it was created (none by default)."""
        return {}

    def _run_in(self, scope: Scope, info: FuncInfo) -> Val:
        saved = (self.scope, self.conds, self.loops)
        self.scope, self.conds, self.loops = scope, [], 0
        try:
            assert info.body is not None
            for i in info.promoted:  # `__construct(private $cmd)` stores the argument as `$this->cmd`
                pname = info.params[i][0]
                if pname in scope.vars:
                    self._write_field(pname, scope.vars[pname])
            val = self.run(info.body)
            return val if info.arrow else scope.ret
        finally:
            self.scope, self.conds, self.loops = saved

    def _apply_user(self, node: Node, keys: list[str], args: list[Val]) -> Val:
        result = EMPTY
        given = args
        for key in keys[:4]:
            info = self.infos.get(key)
            if info is None:
                continue
            args = _with_defaults(info, given)
            summary = self._summary(key, info)
            if summary is None:
                self.scope.local_fields.clear()  # it may write any field
                result = join(result, tainted(only_taints(*args)))
                continue
            for prop in summary.fields_written:  # what this scope wrote may have changed
                self.scope.local_fields.pop(prop, None)
            self.scope.fields_written |= summary.fields_written
            label = f"{info.name}()"
            for h in summary.hits:
                assert h.taint is not None
                if h.needs:
                    self._relay_conditional(h, info, args, label)
                    continue
                for t in self._arg_taints(info, args, h.taint.marker_index):
                    self._relay(h, t, label)
            folds = bool(args) and self._runs_on_constants(args)
            for prop, val in summary.field_writes:
                written = self._substitute(val, info, args, label)
                if folds and not written.taints and written.const is None and written.items is None:
                    # a constant argument stored as a property (``$this->url = $url`` given a URL
                    # literal): running the function on the constants below writes its value
                    continue
                self._write_field(prop, written)
            for i, held in summary.outs:
                self._pass_back(node, i, self._substitute(held, info, args, label))
            if self._callee_from_caller(summary, args):
                self._mixed_call(info, args)
            ret = self._substitute(summary.ret, info, args, label)
            if args and self._runs_on_constants(args):
                folded = self._const_call(info, args)
                if folded is not None:
                    ret = folded
            result = join(result, ret) if result is not EMPTY else ret
        return result

    def _pass_back(self, call: Node, index: int, v: Val) -> None:
        """A call's argument ``index`` was passed by reference and the function left ``v`` in it
        (languages with such parameters store it into the caller's variable)."""

    def _summary(self, key: str, info: FuncInfo) -> Summary | None:
        """The summary of ``info`` at a call; None when not known yet (every argument then flows through)."""
        return self.summaries.get(key)

    def _arg_taints(self, info: FuncInfo, args: list[Val], index: int) -> frozenset[Taint]:
        if index < len(info.params) and info.params[index][1]:
            return only_taints(*args[index:])
        if index < len(args):
            return only_taints(args[index])
        return frozenset()

    def _names_script(self, v: Val) -> bool:
        """Does ``v`` name a server-side script by its constant end (a write there plants code)?"""
        return False

    def _inert_write(self, data: Val) -> bool:
        """Is ``data`` text that cannot run where it is written (a data file behind an exit)?"""
        return False

    def _relay_conditional(self, h: Hit, info: FuncInfo, args: list[Val], label: str) -> None:
        """A summary hit that holds only when the arguments at ``h.needs`` end in unguarded request
        input: relayed when they do; kept conditional on the caller's own parameters when they are
        placeholders; dropped otherwise (a helper given a constant or checked path). A file write
        also holds when the caller hands the helper a script's name of its own (``.php``)."""
        outer: set[int] = set()
        by_name = False  # a need met by a script's name the caller writes, not by the request
        for i in h.needs:
            if h.kind is SinkKind.FORWARD:  # a body carries input anywhere in it, encoded or not
                body = only_taints(args[i]) if i < len(args) else frozenset()
                if any(not t.is_marker for t in body):
                    continue
                markers = {t.marker_index for t in body if t.is_marker}
                if not markers:
                    return
                outer |= markers
                continue
            ending = args[i].ending if i < len(args) else frozenset()
            if any(not t.is_marker and not t.guards for t in ending):
                continue
            if h.kind is SinkKind.WRITE and i < len(args) and self._names_script(args[i]):
                by_name = True  # a script's name the caller writes itself (``save('index.php', $page)``)
                continue
            markers = {t.marker_index for t in ending if t.is_marker and not t.guards}
            if not markers:
                return
            outer |= markers
        assert h.taint is not None
        if h.kind is SinkKind.WRITE and h.taint.is_marker:
            written = h.taint.marker_index
            if written < len(args) and self._inert_write(args[written]):
                return
        # input read inside the helper itself keeps its own path (the helper's label is added)
        reals = (
            self._arg_taints(info, args, h.taint.marker_index)
            if h.taint.is_marker
            else frozenset({Taint(h.taint.source, h.taint.line)})
        )
        if by_name:
            # what a server downloaded, saved under a script's name: a dropper; the request's own
            # fields saved so (an installer's settings file) are left to direct writes' judgement
            reals = frozenset(t for t in reals if t.source.startswith(REMOTE_SOURCE))
        for t in reals:
            if outer:
                self.scope.hits.append(replace(self._relayed(h, t, label), needs=tuple(sorted(outer))))
            else:
                self._relay(h, t, label)

    def _relayed(self, inner: Hit, real: Taint, label: str) -> Hit:
        assert inner.taint is not None
        t = Taint(
            real.source,
            real.line,
            (*real.path, label, *inner.taint.path)[-MAX_PATH:],
            real.guards | inner.taint.guards,
        )
        return Hit(inner.kind, inner.sink, inner.offset, t, inner.note)

    def _relay(self, inner: Hit, real: Taint, label: str) -> None:
        hit = self._relayed(inner, real, label)
        t = hit.taint
        assert t is not None
        if t.is_marker:
            self.scope.hits.append(hit)
        else:
            key = (hit.kind, hit.offset, t.source, t.guards)
            self.hits.setdefault(key, hit)

    def _substitute(self, v: Val, info: FuncInfo, args: list[Val], label: str, depth: int = 0) -> Val:
        """``v`` (a summary's value) with parameter placeholders replaced by the call's arguments."""
        items = v.items
        if items is not None and depth < 3:
            items = tuple((k, self._substitute(item, info, args, label, depth + 1)) for k, item in items)
        if v.target is not None and depth < 3:  # what a returned object wraps (a callable, a file's content)
            target = self._substitute(v.target, info, args, label, depth + 1)
            if target is not v.target:
                v = replace(v, target=target)
        if not v.taints:
            return v if items is v.items else replace(v, items=items)
        out: set[Taint] = set()
        for t in v.taints:
            if not t.is_marker:
                out.add(t)
                continue
            for real in self._arg_taints(info, args, t.marker_index):
                out.add(
                    Taint(
                        real.source,
                        real.line,
                        (*real.path, label, *t.path)[-MAX_PATH:],
                        real.guards | t.guards,
                    )
                )
        return replace(v, taints=tainted(frozenset(out)).taints, items=items)

    def _runs_on_constants(self, args: list[Val]) -> bool:
        """Is a call with ``args`` worth running the function for (every argument a constant)?"""
        return all(a.const is not None or a.items is not None for a in args)

    def _const_call(self, info: FuncInfo, args: list[Val]) -> Val | None:
        """Run a small user function on constant arguments (decoder helpers in obfuscated code)."""
        memo_key = (info.key, tuple(args))
        if memo_key in self.const_calls:
            return self.const_calls[memo_key]
        if len(self.const_calls) >= MAX_CONST_CALLS:
            return None
        self.const_calls[memo_key] = None
        result = self._const_call_run(info, args)
        self.const_calls[memo_key] = result
        return result

    @staticmethod
    def _callee_from_caller(summary: Summary, args: list[Val]) -> bool:
        """Does the function call (or build the name of) a function its caller names with a
        constant, while another argument carries request input? ``function f($n, $a) {
        array_map(strrev($n), [$a]); } f('tressa', $_POST['x'])``: the summary only knows that a
        parameter is called; the constant decides what runs."""
        if not any(t for a in args for t in a.taints if not t.is_marker):
            return False
        for h in summary.hits:
            t = h.taint
            if h.kind is SinkKind.DYNAMIC and t is not None and t.is_marker:
                i = t.marker_index
                if i < len(args) and args[i].const is not None and not args[i].taints:
                    return True
        return False

    def _mixed_call(self, info: FuncInfo, args: list[Val]) -> None:
        """Run ``info`` once on the call's own arguments (constants and request input together):
        the sinks it reaches with the caller's input are recorded as the caller's."""
        memo_key = ("mixed:" + info.key, tuple(args))
        if memo_key in self.const_calls or len(self.const_calls) >= MAX_CONST_CALLS:
            return
        self.const_calls[memo_key] = None
        self._const_call_run(info, args)

    def _const_call_run(self, info: FuncInfo, args: list[Val], cls: str | None = None) -> Val | None:
        """Run ``info``'s body on ``args`` (with ``cls`` as the class of ``$this``, when it is an
        object of a subclass rather than of the method's own class)."""
        if (
            info.body is None
            or self.const_eval_depth >= MAX_INLINE_DEPTH
            or info.node.descendant_count > MAX_CONST_CALL_NODES
        ):
            return None
        scope = Scope(cls=cls or info.cls, call_args=tuple(args))
        for i, (pname, _variadic) in enumerate(info.params):
            if pname and i < len(args):
                scope.vars[pname] = args[i]
            elif pname and i < len(info.defaults) and (default := info.defaults[i]) is not None:
                scope.vars[pname] = default
        self.const_eval_depth += 1
        try:
            ret = self._run_in(scope, info)
        finally:
            self.const_eval_depth -= 1
        # a constant result, or input the constant arguments let in (content fetched from a URL)
        return ret if ret.const is not None or any(not t.is_marker for t in ret.taints) else None

    def _source(self, label: str, node: Node) -> Val:
        """A value that is request input, labelled for people ("$_POST['c']")."""
        line = self.line_override if self.line_override is not None else node.start_point[0] + 1
        return Val(taints=frozenset({Taint(label, line)}))

    def _guarded(self, node: Node, v: Val) -> Val:
        if self.scope.validated and v.taints:
            key = norm(node)
            if key in self.scope.validated:
                v = guard_all(v, GUARD_VALID)
                return guard_all(v, GUARD_CHARSET) if CHARSET_KEY + key in self.scope.validated else v
            if SOFT_KEY + key in self.scope.validated:
                return guard_all(v, GUARD_CHECKED)
        return v

    def _field_label(self, prop: str) -> str:
        return f"->{prop}"

    def _write_field(self, prop: str, v: Val) -> None:
        v = via(v, self._field_label(prop))
        local = self.scope.local_fields
        self.scope.fields_written.add(prop)
        if self.cond and prop in local:
            local[prop] = join(local[prop], v)
        elif not self.cond:
            local[prop] = v
        markers = frozenset(t for t in v.taints if t.is_marker)
        if markers:
            old = self.scope.field_writes.get(prop, EMPTY)
            self.scope.field_writes[prop] = join(old, Val(taints=markers))
            v = retaint(v, v.taints - markers)
            if v == EMPTY:
                return  # only a parameter stored: each call writes what its caller passed
        old_field = self.fields.get(prop)
        self.fields[prop] = v if old_field is None else join(old_field, v)

    def _push_guards(self, keys: set[bytes], permanent: bool = False) -> None:
        validated = self.scope.validated
        for k in keys:
            validated[k] = PERMANENT if permanent else validated.get(k, 0) + 1

    def _pop_guards(self, keys: set[bytes]) -> None:
        validated = self.scope.validated
        for k in keys:
            n = validated.get(k, 0)
            if n >= PERMANENT:
                continue
            if n <= 1:
                validated.pop(k, None)
            else:
                validated[k] = n - 1


def _with_defaults(info: FuncInfo, args: list[Val]) -> list[Val]:
    """The arguments of a call to ``info`` with the literal defaults of the parameters it leaves
    out (``function f($x, $g = 'system') { $g($x); } f($_GET['c'])`` runs ``system``), as far as
    each left-out parameter has one."""
    if len(args) >= len(info.params):
        return args
    padded = list(args)
    for i in range(len(args), len(info.params)):
        default = info.defaults[i] if i < len(info.defaults) else None
        if default is None or info.params[i][1]:
            break
        padded.append(default)
    return padded
