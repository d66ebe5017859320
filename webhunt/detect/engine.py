"""The detection engine: bytes + FileContext -> Verdict. Pure: no filesystem, clock or globals.

Layers run cheap first (YARA, heuristics, config analysis, context); costly layers (semantic analysis,
payload decoding) run only while they can still change the verdict; corroborating layers (statistics)
run last and are told whether any other layer found something.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from webhunt.detect import scoring
from webhunt.detect.charsets import (
    ENCODED_PAGE_HIDDEN_SCORE,
    ENCODED_PAGE_ID,
    ENCODED_PAGE_SCORE,
    ServerText,
    server_text,
)
from webhunt.detect.config_files import ConfigLayer
from webhunt.detect.context import ContextLayer
from webhunt.detect.decode import DecodeLayer
from webhunt.detect.document import Document
from webhunt.detect.heuristics import HeuristicLayer
from webhunt.detect.layers import CorroboratingLayer, DetectLayer, Rescan
from webhunt.detect.semantic import SemanticLayer
from webhunt.detect.semantic.layer import PhpAnalyses
from webhunt.detect.stats import StatsLayer
from webhunt.detect.yara_adapter import CompiledRules, RuleHit
from webhunt.languages import (
    CGI_EXTENSIONS,
    has_code_marker,
    in_cgi_dir,
    in_upload_dir,
    language_for,
    wide_source,
)
from webhunt.model import FileContext, Language, Layer, Reason, Verdict
from webhunt.rules import RuleSources, collect, compiled_rules
from webhunt.settings import Settings

#: Community rules without a ``score`` meta count as a strong signal, as Loki's default does.
DEFAULT_RULE_SCORE = 70
#: How deep decoded payloads are re-detected.
MAX_RESCAN_DEPTH = 4
#: The reason a layer that failed on a file leaves behind, followed by the layer's name (score 0: it
#: neither accuses nor clears).
ERROR_ID = "WH-ENGINE-LAYER-ERROR"
#: Larger non-script files are searched for code markers without a lower-cased copy.
_LOWER_AT_MOST = 4 * 1024 * 1024
#: The directive an ASP.NET page, handler or service starts with (classic ASP has only
#: ``<%@ Language=... %>``).
_ASPNET_DIRECTIVE = re.compile(
    rb"(?i)<%@\s*(?:Page|WebHandler|WebService|Control|Master)\b[^%]{0,200}?\bLanguage\s*="
)
#: A JSF Facelets view (``.xhtml``/``.jsf``/``.faces``): the servlet container evaluates its EL
#: expressions (``#{...}``, ``${...}``) on the server, with the same reach as a JSP scriptlet. It is
#: recognised by a JSF tag-library namespace near the top, so plain XHTML documents stay text.
_FACELETS_EXTENSIONS = frozenset({"xhtml", "jsf", "faces"})
_FACELETS_NAMESPACE = re.compile(
    rb"(?i)xmlns:\w{1,20}\s*=\s*[\"'](?:https?://(?:java\.sun\.com/jsf|xmlns\.jcp\.org/jsf)|jakarta\.faces\.)"
)
#: XSLT stylesheets with a Microsoft script block (``<msxsl:script>``, any prefix bound to the
#: ``urn:schemas-microsoft-com:xslt`` namespace): .NET compiles the C#, VB or JScript in it when a
#: page loads the stylesheet with scripts enabled, so the ASP.NET analysis reads it as page code.
_XSLT_EXTENSIONS = frozenset({"xsl", "xslt"})
_MSXSL_NAMESPACE = re.compile(rb"(?i)xmlns:(\w{1,20})\s*=\s*[\"']urn:schemas-microsoft-com:xslt[\"']")
#: PHP code (an open tag followed by code) and the page languages' own code blocks: a classic ASP,
#: ASP.NET or JSP page that holds PHP code and none of its own is a PHP payload parked under
#: another script name (``x.cer``, ``x.asp``): its server prints it as text, a PHP handler for that
#: name (or a later rename or include) runs it.
_PHP_CODE = re.compile(rb"<\?(?:php\b|=)", re.IGNORECASE)
_PAGE_CODE = re.compile(rb"<%|\brunat\s*=\s*[\"']?server\b|<jsp:", re.IGNORECASE)
_PAGE_LANGUAGES = frozenset({Language.ASP, Language.ASPX, Language.JSP})
#: Once a file reaches this score, costly layers cannot change its severity any more.
_SKIP_COSTLY_AT = 90

_RELATED = {
    Language.ASP: {"asp", "aspx"},
    Language.ASPX: {"asp", "aspx"},
}
_SCRIPT_LANGS = {
    Language.PHP,
    Language.JSP,
    Language.ASP,
    Language.ASPX,
    Language.CFM,
    Language.CGI,
}


@dataclass(frozen=True, slots=True)
class EngineInfo:
    ruleset_version: str
    yara_files: int
    problems: tuple[str, ...]


class Engine:
    def __init__(
        self,
        rules: CompiledRules | None,
        layers: Sequence[DetectLayer],
        info: EngineInfo,
    ) -> None:
        self._rules = rules
        self._cheap = [layer for layer in layers if not layer.costly]
        self._costly = [layer for layer in layers if layer.costly and not _corroborates(layer)]
        self._corroborating = [cast(CorroboratingLayer, layer) for layer in layers if _corroborates(layer)]
        self.info = info

    @classmethod
    def load(cls, settings: Settings, *, disabled: frozenset[Layer] = frozenset()) -> Engine:
        """Build the engine: rules compiled once per ruleset version (cached), layers in order."""
        sources = collect(settings.rules_dirs)
        cache_dir = settings.cache_dir if settings.use_cache else None
        return cls.from_sources(sources, cache_dir, disabled=disabled)

    @classmethod
    def from_sources(
        cls,
        sources: RuleSources,
        cache_dir: Path | None,
        *,
        disabled: frozenset[Layer] = frozenset(),
    ) -> Engine:
        rules = None if Layer.YARA in disabled else compiled_rules(sources, cache_dir)
        layers = [layer for layer in default_layers(sources, cache_dir) if layer.layer not in disabled]
        info = EngineInfo(sources.version, len(sources.yara_files), sources.problems)
        return cls(rules, layers, info)

    def warm(self, languages: Iterable[Language]) -> None:
        """Build now what the layers would build when first meeting a file of ``languages``."""
        for layer in (*self._cheap, *self._costly, *self._corroborating):
            warm = getattr(layer, "warm", None)
            if warm is not None:
                for language in languages:
                    warm(language)

    def detect(self, data: bytes, ctx: FileContext, *, depth: int = 0) -> Verdict:
        if depth == 0 and (text := server_text(data, ctx)) is not None:
            return self._decoded_page(text, ctx)
        doc = Document(data)
        if ctx.language is Language.ASP and _ASPNET_DIRECTIVE.search(data, 0, 4096):
            # an ASP.NET page saved under a classic-ASP extension (a handler mapping, or a
            # misnamed copy): its code is C#/VB.NET, and only the ASP.NET analysis reads it
            ctx = replace(ctx, language=Language.ASPX)
        if (
            ctx.language is Language.OTHER
            and ctx.extension in _FACELETS_EXTENSIONS
            and _FACELETS_NAMESPACE.search(data, 0, 8192)
        ):
            # a Facelets view: its expressions run in the JVM like a JSP's, so the JSP analysis reads it
            ctx = replace(ctx, language=Language.JSP)
        if ctx.language is Language.OTHER and ctx.extension in _XSLT_EXTENSIONS and _msxsl_script(data):
            # a stylesheet whose script block .NET compiles and runs: judged as ASP.NET code
            ctx = replace(ctx, language=Language.ASPX)
        if ctx.language in _PAGE_LANGUAGES and _php_payload_only(data):
            # judged as any other file carrying PHP code is (a .txt or .jpg with it)
            ctx = replace(ctx, language=Language.OTHER)
        if _runs_as_cgi(data, ctx):
            # a program with an interpreter line that the server runs (a cgi-script handler for
            # .jpg in an upload directory, any file in cgi-bin): judged as the CGI script it is
            ctx = replace(ctx, language=Language.CGI)
        if (
            ctx.language is Language.OTHER
            and not has_code_marker(data, lowered=doc.lower if len(data) < _LOWER_AT_MOST else None)
            and wide_source(data) is None  # a page saved as UTF-16/UTF-7: the decode layer reads it
        ):
            return Verdict(Language.OTHER, (), 0, None)

        def rescan(inner: bytes, inner_ctx: FileContext) -> Verdict:
            if depth >= MAX_RESCAN_DEPTH:
                return Verdict(inner_ctx.language, (), 0, None)
            return self.detect(inner, inner_ctx, depth=depth + 1)

        reasons = self._yara(doc, ctx)
        for layer in self._cheap:
            reasons.extend(_run(layer, doc, ctx, rescan))
        if self._costly and scoring.verdict(ctx.language, reasons).score < _SKIP_COSTLY_AT:
            for layer in self._costly:
                reasons.extend(_run(layer, doc, ctx, rescan))
        if self._corroborating:
            signal = scoring.verdict(ctx.language, reasons).score > 0
            for extra in self._corroborating:
                reasons.extend(_run(extra, doc, ctx, rescan, signal=signal))
        return scoring.verdict(ctx.language, reasons)

    def _decoded_page(self, text: ServerText, ctx: FileContext) -> Verdict:
        """A page the server decodes before compiling it (UTF-16, EBCDIC ...): judged by the text
        it compiles, with a reason saying so (lines and snippets are the decoded text's)."""
        inner = self.detect(text.data, replace(ctx, size=len(text.data)), depth=1)
        if text.hidden:
            score = ENCODED_PAGE_HIDDEN_SCORE
            what = f"the page names {text.encoding} in an ASCII {text.how}, so the server decodes what follows from {text.encoding}: code written to be unreadable to byte-level scanners"
        else:
            score = ENCODED_PAGE_SCORE
            what = f"the page is written in {text.encoding} ({text.how}) and was scanned as the server decodes it"
        note = Reason(ENCODED_PAGE_ID, Layer.DECODE, score, what, line=1, family="generic")
        return scoring.verdict(ctx.language, [note, *inner.reasons])

    def _yara(self, doc: Document, ctx: FileContext) -> list[Reason]:
        if self._rules is None:
            return []
        externals = {
            "filename": _printable(ctx.filename),
            "filepath": _printable(ctx.relpath),
            "extension": _printable(ctx.extension),
            "filetype": ctx.language.value,
            "owner": _printable(ctx.owner),
        }
        hits, problem = self._rules.match(doc.data, externals)
        reasons = [r for r in (_reason(doc, ctx, h) for h in hits) if r is not None]
        if problem is not None:
            reasons.append(Reason("WH-ENGINE-YARA-ERROR", Layer.YARA, 0, f"YARA could not finish: {problem}"))
        return reasons


def _run(layer: DetectLayer, doc: Document, ctx: FileContext, rescan: Rescan, **kw: bool) -> list[Reason]:
    """One layer's reasons. A layer that fails on a file (a defect, or input no one foresaw) does not
    stop the scan or hide what the other layers found: the failure becomes a reason of its own."""
    try:
        return layer(doc, ctx, rescan, **kw)
    except RecursionError:
        problem = "input nested too deeply"
    except Exception as exc:  # noqa: BLE001 - reported on the file, the scan goes on
        problem = f"{type(exc).__name__}: {exc}"
    text = f"the {layer.layer.value} layer could not finish on this file ({problem}); the other layers' verdict stands"
    return [Reason(f"{ERROR_ID}-{layer.layer.value.upper()}", layer.layer, 0, text[:300])]


#: An interpreter line a CGI program starts with (``#!/usr/bin/perl``, ``#!/bin/sh``, ``#!/usr/bin/env python3``).
_SHEBANG = re.compile(rb"#![ \t]*/[\w./-]{1,80}(?:[ \t]+[\w.-]{1,40})?[ \t]*\r?\n")


#: What shows a program faces the web or the network: CGI's environment and modules, a content
#: header printed, a socket. A program named like a CGI outside cgi-bin is judged as one only then
#: (an installer reading the terminal's STDIN is no request reader).
_WEB_OR_NET = re.compile(
    rb"(?i)QUERY_STRING|REQUEST_METHOD|CONTENT_LENGTH|PATH_INFO|\bHTTP_[A-Z]|\buse\s+CGI\b|\bCGI(?:->|::)"
    rb"|\bnew\s+CGI\b|\bimport\s+cgi\b|\bcgi\.\w|FieldStorage|\bparse_qs\b|content-type:|\bsocket\b"
    rb"|\b[AP]F_INET|getprotobyname|IO::Socket"
)


def _runs_as_cgi(data: bytes, ctx: FileContext) -> bool:
    """A program with an interpreter line and no embedded page code (PHP, ASP, JSP) under a name the
    server runs: one a configuration makes executable (``thumb.jpg``), any name in a ``cgi-bin``
    directory (``ScriptAlias`` runs every file there, ``status`` as well as ``status.pl``), or a CGI
    program's name anywhere when the program faces the web or the network (``x.pl``, ``bc.py``:
    shared hosts map ``.pl`` to cgi-script in every directory, and a back-connect or bind tool
    dropped in the web root is the trace of an intrusion even where the server would not run it)."""
    if ctx.language is not Language.OTHER or _SHEBANG.match(data, 0, 200) is None:
        return False
    head = data[:65536]
    runs = ctx.executable_by_config or in_cgi_dir(ctx.relpath)
    named = ctx.extension in CGI_EXTENSIONS and _WEB_OR_NET.search(head) is not None
    return (runs or named) and not has_code_marker(head)


def _msxsl_script(data: bytes) -> bool:
    """A ``<prefix:script>`` element whose prefix is bound to the Microsoft XSLT namespace."""
    bound = _MSXSL_NAMESPACE.search(data, 0, 8192)
    if bound is None:
        return False
    return re.search(rb"(?i)<" + re.escape(bound.group(1)) + rb":script\b", data) is not None


def _php_payload_only(data: bytes) -> bool:
    """PHP code and no code block of the page's own language (see ``_PHP_CODE``)."""
    head = data[:65536]
    return _PHP_CODE.search(head) is not None and _PAGE_CODE.search(data) is None


def _corroborates(layer: DetectLayer) -> bool:
    return bool(getattr(layer, "corroborating", False))


def _printable(name: str) -> str:
    """A file name YARA can take: undecodable bytes (kept by os.fsdecode as surrogates) replaced."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _applies(rule_lang: str, file_lang: Language) -> bool:
    """Language-specific rules only count on files of that language (or non-script carriers)."""
    if not rule_lang or rule_lang in ("any", file_lang.value) or file_lang not in _SCRIPT_LANGS:
        return True
    return rule_lang in _RELATED.get(file_lang, set())


def _reason(doc: Document, ctx: FileContext, hit: RuleHit) -> Reason | None:
    if not _applies(str(hit.meta.get("language", "") or "").lower(), ctx.language):
        return None  # e.g. a JSP rule firing on a PHP file: not this language's construct
    raw_score = hit.meta.get("score", DEFAULT_RULE_SCORE)
    try:
        score = max(0, min(100, int(str(raw_score))))
    except ValueError:
        score = DEFAULT_RULE_SCORE
    description = str(hit.meta.get("description", "") or hit.rule)
    family = hit.meta.get("family")
    line = doc.line_of(hit.offset) if hit.offset is not None else None
    snippet = doc.snippet_at(hit.offset) if hit.offset is not None else ""
    return Reason(
        id=hit.rule,
        layer=Layer.YARA,
        score=score,
        description=description,
        line=line,
        snippet=snippet,
        family=str(family) if family else None,
    )


def default_layers(sources: RuleSources, cache_dir: Path | None = None) -> list[DetectLayer]:
    """The layers after YARA, cheap first (``cache_dir`` speeds up building them in a new process)."""
    shared = PhpAnalyses()  # semantic analysis and decoding share one PHP parse per file
    return [
        HeuristicLayer.from_files(sources.heuristic_files, cache_dir=cache_dir),
        ConfigLayer(),
        ContextLayer(),
        StatsLayer(),
        SemanticLayer(analyses=shared),
        DecodeLayer(analyses=shared),
    ]


@functools.lru_cache(maxsize=1)
def default_engine() -> Engine:
    """An engine with the bundled rules and default settings (tests, quick checks)."""
    return Engine.load(Settings())


def context_for(relpath: str, size: int) -> FileContext:
    """The context the walker would build for ``relpath`` (no siblings, no config files)."""
    return FileContext(
        relpath=relpath,
        language=language_for(relpath),
        size=size,
        in_upload_dir=in_upload_dir(relpath),
    )


def detect_bytes(data: bytes, relpath: str, engine: Engine | None = None) -> Verdict:
    """Detect ``data`` as if it were the file ``relpath`` in a web root."""
    eng = engine or default_engine()
    return eng.detect(data, context_for(relpath, len(data)))
