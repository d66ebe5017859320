"""The semantic layer: taint analysis with real parsers for PHP, JSP, ASP.NET (C#) and classic ASP
written in JScript, and a token-level pass for classic ASP (VBScript) and ASP.NET written in VB.NET."""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Callable
from dataclasses import replace

from webhunt.detect.document import Document
from webhunt.detect.heuristics import server_side
from webhunt.detect.layers import Rescan
from webhunt.detect.semantic import aspx, jscript, jsp, php_excerpt, vbnet, vbscript
from webhunt.detect.semantic import php_tables as T
from webhunt.detect.semantic.csharp import CSharpAnalyzer
from webhunt.detect.semantic.flows import Hit, SinkKind, reason_id, to_reasons
from webhunt.detect.semantic.interp import AnalysisAborted, forget_nodes
from webhunt.detect.semantic.java import JavaAnalyzer
from webhunt.detect.semantic.outer import jsp_outer_sinks, php_outer_sinks, vbs_outer_sinks
from webhunt.detect.semantic.parsers import Grammar, Node, Parsers
from webhunt.detect.semantic.php import PhpAnalyzer
from webhunt.detect.semantic.php_tables import (
    REGISTER_GLOBALS_HINT,
    SINK_HINT,
    SOURCE_HINT,
    page_parameters,
)
from webhunt.detect.semantic.transforms import Budget
from webhunt.model import FileContext, Language, Layer, Reason

#: PHP files over the layer's size limit are excerpted (:meth:`SemanticLayer._large_php`) up to this size.
MAX_EXCERPTED_FILE = 1024 * 1024
#: CPU seconds the parse of such a file may take (an ordinary 200 KB file takes ~0.05 s).
LARGE_PARSE_SECONDS = 0.5


class PhpAnalyses:
    """The PHP analysis of the document being scanned, shared by the semantic and decode layers.

    The engine runs both layers on the same :class:`Document`; whichever runs first analyses it and
    the other reuses the result. Only the most recent document is kept.
    """

    def __init__(self) -> None:
        self.parsers = Parsers()
        self._data: bytes | None = None
        self._result: PhpAnalyzer | None = None

    def get(self, data: bytes, budget: Budget, max_nodes: int, max_visits: int) -> PhpAnalyzer | None:
        if self._data is data:
            return self._result
        result = analyse_php(self.parsers, data, budget, max_nodes, max_visits)
        self._data, self._result = data, result
        return result


class SemanticLayer:
    """Follow request input to code/command execution within one file.

    Files over ``max_bytes`` (64 KiB: the analysis costs ~4 µs per byte, and large files are libraries
    or file managers the pattern layers already know; injected code is analysed on its own by the
    baseline diff) or with syntax trees over ``max_nodes`` are skipped (other layers still see them);
    a PHP file over ``max_bytes`` is analysed as an excerpt of the code around its code and command
    sinks instead (:mod:`php_excerpt`: a literal gate first, at most ``max_bytes`` of code, the
    file's own offsets and lines). The analysis of one file stops after ``max_visits`` evaluation steps or ``seconds``
    (a guard against hostile input only), keeping what it found so far.
    """

    layer = Layer.SEMANTIC
    costly = True

    def __init__(
        self,
        *,
        max_bytes: int = 64 * 1024,
        max_nodes: int = 400_000,
        max_visits: int = 1_500_000,
        seconds: float = 5.0,
        analyses: PhpAnalyses | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self.max_nodes = max_nodes
        self.max_visits = max_visits
        self.seconds = seconds
        self.analyses = analyses if analyses is not None else PhpAnalyses()

    def __call__(self, doc: Document, ctx: FileContext, rescan: Rescan) -> list[Reason]:
        if len(doc.data) > self.max_bytes:
            return self._large_php(doc) if ctx.language is Language.PHP else []
        lang = ctx.language
        if lang is Language.OTHER:
            lang = doc.embedded or Language.OTHER
        if lang is Language.PHP:
            outer = to_reasons(php_outer_sinks(doc), doc, "php")
            # the source gate first: fewer files pass it, and the sink gate costs more per file
            if not (SOURCE_HINT.search(doc.lower) or REGISTER_GLOBALS_HINT.search(doc.lower)) or not (
                SINK_HINT.search(doc.data) or T.calls_defined_constant(doc.data)
            ):
                return outer
            php = self.analyses.get(doc.data, self.budget(), self.max_nodes, self.max_visits)
            return outer + (
                _own_upload_form(to_reasons(php.hits.values(), doc, "php"), doc, "php")
                if php is not None
                else []
            )
        if lang is Language.JSP:
            hits = analyse_jsp(
                self.analyses.parsers, doc.data, self.budget(), self.max_nodes, self.max_visits
            )
            hits = [*hits, *jsp_outer_sinks(doc)]
            return _role_gated(_own_upload_form(to_reasons(hits, doc, "jsp"), doc, "jsp"), doc, "jsp")
        if lang is Language.ASPX:
            if ctx.extension == "vb" or aspx.is_vb(doc.data):
                if not vbnet.SINK_HINT.search(doc.data) or not (
                    vbnet.SOURCE_HINT.search(doc.data)
                    or aspx.input_controls(doc.data)
                    or vbnet.WEB_ENTRY_HINT.search(doc.data)
                ):
                    return []
                return to_reasons(analyse_vbnet(doc, ctx.extension, self.budget()), doc, "aspx")
            hits = analyse_aspx(
                self.analyses.parsers,
                doc.data,
                ctx.extension,
                self.budget(),
                self.max_nodes,
                self.max_visits,
            )
            return _role_gated(to_reasons(hits, doc, "aspx"), doc, "aspx")
        if lang is Language.ASP:
            outer = to_reasons(vbs_outer_sinks(doc), doc, "asp")
            if b"script" in doc.lower:  # server code in JScript (request names may be built at run time)
                js = jscript.analyse(
                    self.analyses.parsers, doc.data, doc.line_of, self.budget(), self.max_nodes
                )
                outer = _merge(outer, to_reasons(js, doc, "asp"))
            if not vbscript.SOURCE_HINT.search(doc.data) or not vbscript.SINK_HINT.search(doc.data):
                return outer
            return _merge(outer, to_reasons(analyse_vbscript(doc, self.budget()), doc, "asp"))
        return []

    def budget(self) -> Budget:
        return Budget(seconds=self.seconds)

    def _large_php(self, doc: Document) -> list[Reason]:
        """A PHP file over ``max_bytes``: the analysis of an excerpt of the code around its code and
        command sinks (:mod:`php_excerpt`), offsets and lines kept."""
        if len(doc.data) > MAX_EXCERPTED_FILE:
            return []
        sinks = php_excerpt.sink_offsets(doc.lower)
        if not sinks:
            return []
        data = doc.data
        grammar = Grammar.PHP_ONLY if _tagless_code(data) else Grammar.PHP
        root = self.analyses.parsers.parse_within(
            grammar, _square_offsets(_with_php_tags(data)), LARGE_PARSE_SECONDS
        )
        if root is None or root.descendant_count > 4 * self.max_nodes:
            return []
        part = php_excerpt.excerpt(data, doc.lower, root, sinks, self.max_bytes)
        del root
        if part is None:
            return []
        php = analyse_php(
            self.analyses.parsers,
            part,
            self.budget(),
            self.max_nodes,
            self.max_visits,
            hints=data,
            grammar=grammar,
        )
        return (
            _own_upload_form(to_reasons(php.hits.values(), doc, "php"), doc, "php") if php is not None else []
        )


_SCRIPT_PHP = re.compile(rb"(?i)<script\s+language\s*=\s*[\"']?php[\"']?\s*>")
_SCRIPT_END = re.compile(rb"(?i)</script\s*>")


def _with_php_tags(data: bytes) -> bytes:
    """``data`` with PHP's old ``<script language="php">`` blocks written as ``<?php ... ?>``, padded
    with spaces so every byte keeps its offset (the parser knows only the short tags)."""
    if _SCRIPT_PHP.search(data) is None:
        return data

    def pad(tag: bytes) -> Callable[[re.Match[bytes]], bytes]:
        return lambda m: tag + b" " * (len(m.group(0)) - len(tag))

    return _SCRIPT_END.sub(pad(b"?>"), _SCRIPT_PHP.sub(pad(b"<?php"), data))


#: A PHP 5/7 offset in braces right after a variable or another offset (``$_GET{'c'}``, ``$s{0}``),
#: which PHP 8 and the parser no longer accept.
_BRACE_OFFSET = re.compile(
    rb"(\$[A-Za-z_\x80-\xff][\w\x80-\xff]*(?:\[[^\]\n]{0,200}\]|\{[^{}\n;]{1,200}\})*)\{([^{}\n;]{1,200})\}"
)


def _square_offsets(data: bytes) -> bytes:
    """``data`` with brace offsets written in square brackets (same length, so offsets hold)."""
    if b"{" not in data or _BRACE_OFFSET.search(data) is None:
        return data
    for _ in range(4):  # $a{0}{1}: one offset more per pass
        new = _BRACE_OFFSET.sub(lambda m: m.group(1) + b"[" + m.group(2) + b"]", data)
        if new == data:
            break
        data = new
    return data


#: The start of a PHP file with no opening tag that is code nonetheless: PHP would print it, but
#: a loader that evals the file's content runs it (payloads captured from such loaders look so).
_TAGLESS_PHP = re.compile(
    rb"\A\s*(?:(?://|\#)[^\n]*\n\s*|/\*.*?\*/\s*)*"
    rb"(?:\$\w+\s*(?:\[[^\]\n]*\]\s*)*=[^=]|if\s*\(|function\s+\w+\s*\(|define\s*\(|@?(?:error_reporting|ini_set|set_time_limit)\s*\()",
    re.DOTALL,
)


#: A page's own file-upload form: a multipart form or a file input.
_UPLOAD_FORM = re.compile(
    rb"(?i)<form\b[^>]{0,400}?\benctype\s*=\s*[\"']?multipart/form-data|<input\b[^>]{0,200}?\btype\s*=\s*[\"']?file\b"
)
#: An upload kept under the client's own name, by a page that serves its own upload form.
SELF_CONTAINED_UPLOAD_SCORE = 45


def _own_upload_form(reasons: list[Reason], doc: Document, lang: str) -> list[Reason]:
    """An upload kept under the client's own file name (``WH-S-PHP-009``, ``-JSP-009``) is low on its own: an
    application's upload handler may do it behind its own checks. In a script that also serves the
    upload form, the form and what stores the file in one page, it is the shape of a dropped
    uploader: medium."""
    upload_name = reason_id(lang, SinkKind.UPLOAD_NAME)
    if not any(r.id == upload_name for r in reasons) or not _UPLOAD_FORM.search(doc.data):
        return reasons
    return [
        replace(
            r,
            score=max(r.score, SELF_CONTAINED_UPLOAD_SCORE),
            description=f"{r.description}; the script serves its own upload form (a self-contained uploader)",
        )
        if r.id == upload_name
        else r
        for r in reasons
    ]


# The page leaves at once unless the server's own authentication put the user in a role:
# `if (!request.isUserInRole("admin")) { response.sendError(403); return; }` (JSP),
# `if (!User.IsInRole("Administrators")) { Response.StatusCode = 403; Response.End(); }` (ASP.NET), or
# an MVC controller or page class marked `[Authorize(Roles = "...")]` /
# `[PrincipalPermission(SecurityAction.Demand, Role = "...")]`. Only `||` may join other tests to
# the role check (each one widens the way out; `&&` could switch the check off).
_OR_TERMS = rb"(?:[^(){};&?]|\([^(){};&?]*\))*"  # tests without `&&`, `?:` or unbalanced brackets
_ROLE_EXIT_JSP = re.compile(
    rb"\bif\s*\(\s*(?:" + _OR_TERMS + rb"\|\|\s*)?!\s*request\s*\.\s*isUserInRole\s*\(\s*\"[^\"]{1,40}\"\s*\)"
    rb"\s*(?:\|\|" + _OR_TERMS + rb")?\)\s*\{?\s*"
    rb"(?:response\s*\.\s*(?:sendError|sendRedirect|setStatus)\s*\([^;]{0,80}\)\s*;\s*)?"
    rb"(?:return\s*;|throw\b)"
)
_ROLE_EXIT_ASPX = re.compile(
    rb"\bif\s*\(\s*(?:"
    + _OR_TERMS
    + rb"\|\|\s*)?!\s*(?:(?:HttpContext\s*\.\s*Current|[Cc]ontext|Page|this)\s*\.\s*)?User"
    rb"\s*\.\s*IsInRole\s*\(\s*\"[^\"]{1,40}\"\s*\)\s*(?:\|\|" + _OR_TERMS + rb")?\)\s*\{?\s*"
    rb"(?:(?:(?:context\s*\.\s*)?Response\s*\.\s*StatusCode\s*=\s*40[13]\s*;\s*)?"
    rb"(?:return\s*;|throw\b|(?:context\s*\.\s*)?Response\s*\.\s*End\s*\(\s*\)\s*;)"
    rb"|(?:context\s*\.\s*)?Response\s*\.\s*Redirect\s*\([^,;]{1,160}\)\s*;)"
    rb"|^\s*\[\s*(?:System\.Web\.Mvc\.)?(?:Authorize\s*\(\s*Roles\s*=|PrincipalPermission\s*\(\s*SecurityAction\s*\.\s*Demand\s*,\s*Role\s*=)"
    rb"\s*\"[^\"]{1,60}\"\s*\)\s*\]\s*(?:public\s+|internal\s+|sealed\s+|partial\s+)*class\b",
    re.MULTILINE,
)
#: flows a role check makes an administrator's feature rather than a backdoor: files read, written
#: or uploaded, classes loaded by name (a database console's driver); code and commands run from
#: the request stay reported
_ROLE_GATED_KINDS = (
    SinkKind.DYNAMIC,
    SinkKind.UPLOAD,
    SinkKind.UPLOAD_NAME,
    SinkKind.FILE,
    SinkKind.FILE_READ,
)
ROLE_GATED_SCORE = 30


_STRINGS = re.compile(rb'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)\'|//[^\n]*|/\*.*?\*/', re.DOTALL)
_SCRIPTLET = re.compile(rb"<%(?![@=!-])(.*?)(?:%>|\Z)", re.DOTALL)
#: where a C# page or handler starts serving: a check here covers the whole request
_ENTRY = re.compile(
    rb"\b(ProcessRequest|Page_(?:Pre)?Init|Page_Load|On(?:Pre)?Init|OnLoad)\s*\([^()]*\)\s*\{"
)
_ENDS_RESPONSE = re.compile(rb"Response\s*\.\s*(?:End\s*\(|Redirect\s*\([^,;]*\)\s*;)")


def _depth(code: bytes) -> int | None:
    """Brace depth at the end of ``code`` (strings and comments left out); None if it closes more
    than it opens."""
    depth = 0
    for ch in _STRINGS.sub(b"", code):
        if ch == 0x7B:
            depth += 1
        elif ch == 0x7D:
            depth -= 1
            if depth < 0:
                return None
    return depth


def _covers_request(doc: Document, lang: str, found: re.Match[bytes]) -> bool:
    """Does the role check run first thing for every request: in the JSP's own scriptlets at the
    top level (not in a declared method or a block), or at the top of a C# handler's
    ``ProcessRequest`` / a page's ``Page_Load`` (which must end the response, event handlers run
    after it returns); a class attribute always does."""
    if found.group(0).lstrip().startswith(b"["):
        return True
    before = doc.data[: found.start()]
    if lang == "jsp":
        opened = before.rfind(b"<%")  # the check sits in a plain scriptlet, not a declaration
        if (
            opened < 0
            or before[opened + 2 : opened + 3] in (b"!", b"=", b"@", b"-")
            or b"%>" in before[opened:]
        ):
            return False
        code = b"\n".join(m.group(1) for m in _SCRIPTLET.finditer(before))
        return _depth(code) == 0
    entries = list(_ENTRY.finditer(before))
    entry = entries[-1] if entries else None
    if entry is None or _depth(before[entry.end() :]) != 0:
        return False
    return entry.group(1) == b"ProcessRequest" or _ENDS_RESPONSE.search(found.group(0)) is not None


def _role_gated(reasons: list[Reason], doc: Document, lang: str) -> list[Reason]:
    """Below medium: file, upload and class-name flows in a page that first turns away anyone the
    server has not authenticated into a role (see ``_ROLE_EXIT_JSP``); an attacker's page has no
    such user to rely on."""
    ids = {reason_id(lang, k) for k in _ROLE_GATED_KINDS}
    gated = [r for r in reasons if r.id in ids and r.score > ROLE_GATED_SCORE]
    if not gated:
        return reasons
    found = (_ROLE_EXIT_JSP if lang == "jsp" else _ROLE_EXIT_ASPX).search(doc.data)
    if found is None or not _covers_request(doc, lang, found):
        return reasons
    line = doc.line_of(found.end())  # the flow must start on a later line
    return [
        replace(
            r,
            score=ROLE_GATED_SCORE,
            description=f"{r.description}; behind a role check by the server's authentication (line {line})",
        )
        if r in gated and (r.line is None or r.line > line)
        else r
        for r in reasons
    ]


def _merge(a: list[Reason], b: list[Reason]) -> list[Reason]:
    """Reasons of two passes over one page: one per id, the first pass's kept."""
    seen = {r.id for r in a}
    return a + [r for r in b if r.id not in seen]


def _tagless_code(data: bytes) -> bool:
    return b"<?" not in data and _SCRIPT_PHP.search(data) is None and _TAGLESS_PHP.match(data) is not None


def _run(analyzer: PhpAnalyzer | JavaAnalyzer | CSharpAnalyzer, root: Node) -> None:
    """Analyse a file's tree: the flows found before the budget ran out are kept, and the node
    memos the analysis filled are emptied (the tree can be freed)."""
    try:
        with contextlib.suppress(AnalysisAborted):
            analyzer.analyse(root)
    finally:
        forget_nodes()


def analyse_php(
    parsers: Parsers,
    data: bytes,
    budget: Budget,
    max_nodes: int,
    max_visits: int,
    *,
    hints: bytes | None = None,
    grammar: Grammar | None = None,
) -> PhpAnalyzer | None:
    """Run the PHP analyser over ``data``; None when the file is too big to analyse. ``hints``: the
    whole file when ``data`` is an excerpt of it (what the page's forms name, whether it runs only
    from the command line); ``grammar``: the whole file's."""
    if grammar is None:
        grammar = Grammar.PHP_ONLY if _tagless_code(data) else Grammar.PHP
    root = parsers.parse(grammar, _square_offsets(_with_php_tags(data)))
    if root.descendant_count > max_nodes:
        return None
    analyzer = PhpAnalyzer(parsers, budget, max_visits=max_visits, grammar=grammar)
    whole = data if hints is None else hints
    analyzer.page_parameters = page_parameters(whole)
    lower = whole.lower()
    analyzer.cli_only = T.cli_only(whole, lower)
    analyzer.cli_guarded = T.cli_guarded(whole)
    analyzer.cli_process = T.cli_process(whole, lower)
    _run(analyzer, root)
    return analyzer


def analyse_jsp(parsers: Parsers, data: bytes, budget: Budget, max_nodes: int, max_visits: int) -> list[Hit]:
    """Taint flows of a JSP page's scriptlets, with offsets in the page."""
    if not jsp.has_java_code(data):
        return []
    unit = jsp.extract(data)
    if unit is None:
        return []
    root = parsers.parse(Grammar.JAVA, unit.source)
    if root.descendant_count > max_nodes:
        return []

    def line_of(unit_offset: int) -> int:
        return data.count(b"\n", 0, unit.page_offset(unit_offset)) + 1

    analyzer = JavaAnalyzer(budget, max_visits=max_visits, line_of=line_of)
    _run(analyzer, root)
    return [replace(h, offset=unit.page_offset(h.offset)) for h in analyzer.hits.values()]


_DIRECTIVE = re.compile(rb"<%@.*?%>", re.DOTALL)


def analyse_aspx(
    parsers: Parsers, data: bytes, extension: str, budget: Budget, max_nodes: int, max_visits: int
) -> list[Hit]:
    """Taint flows of an ASP.NET page, handler or ``App_Code`` class written in C#, with offsets in
    the file."""
    if extension in aspx.CODE_FILE_EXTENSIONS:
        # a code file (App_Code/*.cs) is one C# compilation unit, with no markup around it;
        # VB.NET code files (*.vb) are left to the other layers
        if extension not in aspx.CSHARP_CODE_FILE_EXTENSIONS:
            return []
        source = data

        def page_offset(unit_offset: int) -> int:
            return unit_offset

    elif extension in ("ashx", "asmx"):
        # a handler is a C# compilation unit after its directive: blank the directive out
        if not aspx.is_csharp(data):
            return []
        source = _DIRECTIVE.sub(lambda m: b" " * len(m.group(0)), data)

        def page_offset(unit_offset: int) -> int:
            return unit_offset

    else:
        unit = aspx.extract_razor(data) if extension == "cshtml" else aspx.extract(data)
        if unit is None:
            return []
        source = unit.source
        page_offset = unit.page_offset
    to_page: Callable[[int], int] = page_offset
    if b"\\u" in source or b"\\U" in source:
        source, to_page = _csharp_unescaped(source, page_offset)
    if b"@" in source:
        source = _csharp_verbatim_identifiers(source)
    root = parsers.parse(Grammar.CSHARP, source)
    if root.descendant_count > max_nodes:
        return []

    def line_of(unit_offset: int) -> int:
        return data.count(b"\n", 0, to_page(unit_offset)) + 1

    analyzer = CSharpAnalyzer(budget, max_visits=max_visits, line_of=line_of)
    analyzer.input_controls = aspx.input_controls(data)
    _run(analyzer, root)
    return [replace(h, offset=to_page(h.offset)) for h in analyzer.hits.values()]


#: A C# Unicode escape (``\u0052``, ``\U00000052``) not itself escaped (an even run of
#: backslashes before it): in an identifier the compiler reads it as the letter, so
#: ``\u0052equest`` is ``Request``; in a string literal it is the same character.
_CS_ESCAPE = re.compile(rb"(?<!\\)((?:\\\\)*)\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")


def _csharp_unescaped(source: bytes, page_offset: Callable[[int], int]) -> tuple[bytes, Callable[[int], int]]:
    """``source`` with the Unicode escapes that stand for identifier characters (ASCII letters,
    digits, ``_``) decoded, as ``csc`` reads them, and the offset map back into the page."""
    parts: list[bytes] = []
    marks: list[tuple[int, int]] = [(0, 0)]  # (offset in the decoded source, offset in ``source``)
    at = out_len = 0
    for m in _CS_ESCAPE.finditer(source):
        code = int(m.group(2) or m.group(3), 16)
        if code > 127 or not (chr(code).isalnum() or code == 95):
            continue
        keep = source[at : m.start()] + m.group(1) + bytes((code,))
        parts.append(keep)
        out_len += len(keep)
        at = m.end()
        marks.append((out_len, at))
    if not parts:
        return source, page_offset
    parts.append(source[at:])
    starts = [d for d, _ in marks]

    def unescaped_offset(offset: int) -> int:
        k = bisect.bisect_right(starts, offset) - 1
        d, o = marks[k]
        return page_offset(o + (offset - d))

    return b"".join(parts), unescaped_offset


#: What the verbatim-identifier pass steps over: strings (verbatim, interpolated, regular; an
#: unterminated one runs to the end of its line or of the file), character literals and comments;
#: otherwise an ``@`` that starts an identifier (not one after a letter, digit, ``_``, ``@``, ``$``).
#: Every alternative is led by a literal and consumes what it scans, so one pass is linear.
_CS_VERBATIM_SCAN = re.compile(
    rb"""(?P<skip>\$?@"(?:[^"]|"")*+"?|\$?"(?:[^"\\\n]|\\.)*+"?|'(?:[^'\\\n]|\\.){0,10}'?"""
    rb"""|//[^\n]*+|/\*(?:[^*]|\*(?!/))*+(?:\*/)?)"""
    rb"""|(?<![\w@$])@(?P<name>[A-Za-z_][A-Za-z0-9_]{0,63})""",
)

#: C# keywords (and contextual ones) that stay escaped: without the ``@`` the parser would read a
#: keyword, and the escaped name is the same text wherever the page uses it.
_CS_KEYWORDS = frozenset(
    b"""abstract as base bool break byte case catch char checked class const continue decimal default
    delegate do double else enum event explicit extern false finally fixed float for foreach goto if
    implicit in int interface internal is lock long namespace new null object operator out override
    params private protected public readonly ref return sbyte sealed short sizeof stackalloc static
    string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual
    void volatile while var dynamic async await nameof when where yield get set value add remove
    partial global select from let join on equals into orderby group by ascending descending record
    init with and or not managed unmanaged notnull file required scoped""".split()
)


def _csharp_verbatim_identifiers(source: bytes) -> bytes:
    """``source`` with the ``@`` of verbatim identifiers (``@Process.@Start``) blanked, as ``csc``
    reads ``@Start`` as ``Start``; strings, characters and comments are left alone, and a keyword
    used as a name (``@class``) keeps its ``@``. One byte for one byte: offsets are unchanged."""
    out: bytearray | None = None
    for m in _CS_VERBATIM_SCAN.finditer(source):
        name = m.group("name")
        if name is None or name in _CS_KEYWORDS:
            continue
        if out is None:
            out = bytearray(source)
        out[m.start()] = 0x20
    return source if out is None else bytes(out)


def analyse_vbnet(doc: Document, extension: str, budget: Budget | None = None) -> list[Hit]:
    """Taint flows of an ASP.NET page, handler or ``App_Code`` class written in VB.NET, with offsets
    in the file."""
    if extension in aspx.CODE_FILE_EXTENSIONS or extension in ("ashx", "asmx"):
        # all code after the directive (a code file has none)
        data = _DIRECTIVE.sub(lambda m: b" " * len(m.group(0)), doc.data)
    else:
        data = server_side(doc).data
    code = data.decode("latin-1")  # one character per byte: offsets stay the file's
    analyzer = vbnet.VbnetAnalyzer(code, doc.line_of, aspx.input_controls(doc.data))
    return analyzer.analyse(budget)


def analyse_vbscript(doc: Document, budget: Budget | None = None) -> list[Hit]:
    """Taint flows of a classic ASP page's server-side VBScript, with offsets in the page."""
    code = server_side(doc).data.decode("latin-1")  # one character per byte: offsets stay the page's
    return vbscript.VbscriptAnalyzer(code, doc.line_of).analyse(budget)
