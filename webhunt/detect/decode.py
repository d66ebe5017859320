"""The decode layer: statically unwrap encoded payloads and detect what is inside.

Nothing is executed. Two strategies find payloads:

* PHP files are interpreted abstractly (the semantic analyser's constant folding): every constant
  that went through a decoder (``base64_decode``, ``gzinflate``, ``str_rot13``, ``strrev``,
  ``hex2bin``, ``convert_uudecode``, ``chr``/``pack`` building, XOR loops with a literal key ...) and
  every constant handed to ``eval``/``assert``/``create_function`` is collected, however it was
  assembled (variables, helper functions, string concatenation).
* Any file: nested decoder calls around a literal (``eval(gzinflate(base64_decode('...')))``) and
  Base64 literals given to Java/.NET decoders (``Base64.getDecoder().decode``,
  ``Convert.FromBase64String``) are found with bounded regular expressions and decoded in Python.
* JSP and ASP.NET pages: a compiled class or assembly kept in any literal (Base64 whole or in
  glued pieces, hex, an array initializer), gzip-packed or carried inside a Java serialization or
  BinaryFormatter stream; JSP, ASP.NET and classic ASP pages: a server page kept Base64-encoded in
  any literal, what a dropper writes out.
* CGI programs (Perl, Python, shell): Base64 literals given to ``decode_base64``/``b64decode``,
  with the calls around them (``zlib.decompress``, ``eval``/``exec``), and Perl's
  ``pack("H*", ...)``/``unpack("u", ...)`` literals, and ``eval``/``exec`` of decoder calls over a
  variable whose literal is assigned elsewhere in the program; what they hide is re-detected as
  the same program's code.
* PHP files that are PHAR archives: the entries after ``__HALT_COMPILER();`` (stored, deflated or
  bzip2-compressed, ``phar``), which the stub's ``phar://`` include of the file itself runs.
* Pages saved as UTF-16 or UTF-7 (``languages.wide_source``), which PHP runs once
  ``zend.multibyte`` is on while their open tag is not ASCII: re-detected as decoded text.
* Classic ASP pages written with the Microsoft Script Encoder (``VBScript.Encode``,
  ``JScript.Encode``): every ``#@~^...^#~@`` block is decoded exactly (``script_encoder``) and the
  page is re-detected as the server runs it, its blocks together.

Each payload is re-detected by the whole engine (``rescan``) as code of the language it is written
in; the reason names the decoding chain and the inner verdict's strongest reasons, and scores at
least as high as the inner verdict. Work is bounded per file: decoded bytes in total, literals
tried, payloads re-detected, and a time guard.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from webhunt.detect import phar, script_encoder, vbs_fold
from webhunt.detect.document import Document
from webhunt.detect.heuristics import server_side
from webhunt.detect.layers import Rescan
from webhunt.detect.semantic.layer import PhpAnalyses
from webhunt.detect.semantic.php import WRITTEN_REDIRECT, WRITTEN_SCRIPT
from webhunt.detect.semantic.transforms import (
    DECODERS,
    Budget,
    b64decode_lenient,
    fold_call,
    hex2bin,
    inflate,
    php_unescape_double,
    php_unescape_single,
    rot13,
    uudecode,
)
from webhunt.languages import sniff_embedded, wide_source
from webhunt.model import FileContext, Language, Layer, Reason, Verdict

ID_EVALUATED = "WH-D-001"
ID_HIDDEN = "WH-D-002"
ID_BINARY = "WH-D-003"
ID_WIDE = "WH-D-005"
ID_REDIRECT_DROP = "WH-D-006"

#: Score of code that is decoded and then evaluated, when the decoded code itself looks harmless.
EVALUATED_SCORE = 45
#: Score of a compiled class/assembly hidden in a Base64 literal (more when the file loads classes).
BINARY_SCORE = 45
BINARY_LOADED_SCORE = 75
#: Server-side code saved as UTF-16 or UTF-7: PHP runs it only with ``zend.multibyte`` on, and no
#: application ships its pages that way; the encoding is there to pass ``<?`` filters and scanners.
WIDE_SCORE = 60
#: A page decoded from a blob the file carries and written out, sending visitors to another site.
REDIRECT_DROP_SCORE = 60

#: What makes the PHP interpretation worth running: decoder or evaluator calls, escape-built strings,
#: XOR with a variable, bitwise-not literals. Separate patterns on the lower-cased file, each starting
#: with a literal or a small set of letters, so the regex engine skips ahead cheaply.
_PHP_HINTS = (
    re.compile(
        rb"\b(?:base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|hex2bin|"
        rb"convert_uudecode|create_function|eval|assert|pack|bzdecompress|iconv|mb_convert_encoding|"
        rb"openssl_decrypt)"
        # comments between the name and its parenthesis (junk comments interleaved with every token)
        rb"\s*(?:(?:/\*(?:[^*]|\*(?!/)){0,300}\*/|(?:#|//)[^\n]{0,300}\n)\s*){0,8}\("
    ),
    re.compile(rb"\\x[0-9a-f]{2}\\x[0-9a-f]{2}"),
    re.compile(rb"\^\s*\$\w+\s*\["),
    re.compile(rb"~\s*['\"]"),
    # data read back through decoding stream filters (php://filter, stream_filter_append)
    re.compile(rb"php://filter/|stream_filter_(?:ap|pre)pend\s*\("),
)
#: Function names rebuilt from pieces or junk-padded literals and then called through variables,
#: ``$r('Z', '', 'cZreZate_fZunction')`` or ``$f($g($p))``, where not even ``str_replace`` is written
#: out: a call through a variable whose first argument is a literal or another such call, in a file
#: that also calls a string-rebuilding function. Both literals first (``$``, the names).
_VARIABLE_CALL = re.compile(rb"\$\w{1,40}\s*\(\s*(?:['\"]|\$\w{1,40}\s*\()")
_REBUILD_CALLS = (
    b"str_replace",
    b"str_ireplace",
    b"preg_replace",
    b"preg_filter",
    b"strtr",
    b"substr",
    b"implode",
    b"join",
)
_REBUILD = re.compile(
    rb"\b(?:str_i?replace|preg_replace|preg_filter|strtr|substr(?:_replace)?|implode|join)\s*\("
)
#: A file that writes files and holds a literal opening with a PHP tag (a quoted string, a heredoc or
#: nowdoc): the PHP interpretation then judges the constant code it writes into a script (a dropper).
_WRITE_CALLS = (b"fwrite", b"fputs", b"file_put_contents")  # literals first: most files have none
_WRITES = re.compile(rb"\b(?:fwrite|fputs|file_put_contents)\s*\(")
_QUOTED_PHP_TAG = re.compile(
    rb"(?:['\"]|<<<[ \t]*['\"]?\w+['\"]?\r?\n)[ \t\r\n]*<\?(?:php|=|[ \t\r\n])"
    # the tag written in pieces: a lone '<' or '<?' joined to the rest, chr(60) in front of it, a
    # literal that begins with the tag's remainder ('?php ')
    rb"|['\"]<\??['\"]\s*\.|\bchr\s*\(\s*(?:60|0x3c|074)\s*\)\s*\.|['\"]\?(?:php\b|=)"
)
#: ``name(name(name('literal')`` — a chain of calls around one string literal. Matches start only
#: at the beginning of a name and the literal is matched possessively, so code full of ordinary
#: calls costs one pass.
_CHAIN = re.compile(
    rb"(?<![A-Za-z0-9_])(?P<calls>(?:@?[A-Za-z_][A-Za-z0-9_]*\s*\(\s*){1,8}+)"
    rb"(?:'(?P<sq>(?:[^'\\]|\\.){16,}+)'|\"(?P<dq>(?:[^\"\\]|\\.){16,}+)\")",
    re.DOTALL,
)
_CALL_NAME = re.compile(rb"@?([A-Za-z_][A-Za-z0-9_]*)\s*\(")
#: Java / .NET / generic Base64 decoders given a literal.
_B64_NAMES = (
    b"getdecoder",
    b"getmimedecoder",
    b"decodebuffer",
    b"parsebase64binary",
    b"decodebase64",
    b"frombase64string",
    b"base64decode",
    b"b64decode",
    b"atob",
)
_B64_CALL = re.compile(
    rb"(?i)(?:getdecoder\(\)\s*\.\s*decode|getmimedecoder\(\)\s*\.\s*decode|decodebuffer|"
    rb"parsebase64binary|decodebase64|frombase64string|base64decode|b64decode|atob)"
    rb"\s*\(\s*(?:@)?\"(?P<lit>[A-Za-z0-9+/=\s\\r\\n\"+]{24,}?)\"\s*\)"
)
_DECODER_NAMES = tuple(name.encode() for name in DECODERS)
_CODE_EVAL = frozenset({"eval", "assert", "create_function"})
#: (``readObject``/``Deserialize``: a serialized object holding a compiled class or assembly is a
#: gadget whose deserialization defines it, as ``TemplatesImpl`` does with its ``_bytecodes``)
_LOADERS = re.compile(
    rb"(?i)defineclass|assembly\s*\.\s*load|urlclassloader|loadclass|invoke|readobject|\.\s*deserialize\s*\("
)
#: How a quoted compiled Java class (``CA FE BA BE``) or Windows/.NET executable (``MZ``) begins
#: once Base64-encoded, and the containers that carry one: a Java serialization stream
#: (``AC ED 00 05``, ``rO0AB``), a .NET BinaryFormatter stream (``00 01 00 00 00 FF FF FF FF``,
#: ``AAEAAAD/////``) and a gzip stream (``1F 8B``, ``H4sI``); the same heads written in hex; lower-cased
#: for ``Document.has_any``.
_ENCODED_BINARY_HEADS = (
    b'"yv66vg',
    b'"tvo',
    b'"tvp',
    b'"tvq',
    b'"tvr',
    b'"ro0ab',
    b'"aaeaaad/////',
    b'"h4si',
    b'"cafebabe',
    b'"4d5a90',
    b'"aced0005',
    b'"0001000000ffffffff',
    b'"1f8b08',
)
#: A quoted literal that is such a Base64 run, wherever it is kept (a variable, a field, a
#: method's return value): a memory-shell installer decodes it some lines later, often by
#: reflection, so the decoder call never stands next to the literal. A generator that cuts the
#: run into pieces glued back with ``+``, ``.append(...)`` or ``+=`` is read through its pieces
#: (``_BASE64_PIECE``).
_ENCODED_BINARY = re.compile(rb"\"(?P<lit>(?:yv66vg|TV[o-r]|rO0AB|AAEAAAD/////|H4sI)[A-Za-z0-9+/]*+={0,2})\"")
#: Server-page code (``<%``, ``<jsp:``) as Base64 begins it (``PC`` and one of ``UVWX``, whatever
#: follows ``<%``), lower-cased for ``Document.has_any``:
#: a JSP, ASP.NET or classic ASP dropper keeps the page it plants encoded in a literal, often a
#: field the decoder call never stands next to.
_ENCODED_PAGE_HEADS = (b'"pcu', b'"pcv', b'"pcw', b'"pcx', b'"pgpzcd')
_ASPX_DIRECTIVE = re.compile(
    rb"<%@\s{0,20}(?:page|webhandler|control)\b[^%]{0,200}?\blanguage\s{0,5}=\s{0,5}[\"']?(?:c#|vb|csharp)"
)
_ENCODED_PAGE = re.compile(rb"\"(?P<lit>(?:PC[UVWX]|PGpzcD)[A-Za-z0-9+/]*+={0,2})\"")
#: The next piece of a Base64 run cut into quoted pieces, from the end of the previous one: glued
#: with ``+`` (across lines), appended to a builder (``sb.append("...")`` as a new statement or in
#: a chain) or added with ``s += "..."``.
_BASE64_PIECE = re.compile(
    rb"\s{0,40}(?:\+|\)\s{0,40}(?:;\s{0,40}[A-Za-z_][\w.]{0,60}\s{0,40})?\.\s{0,40}append\s{0,40}\(|;\s{0,40}"
    rb"[A-Za-z_]\w{0,60}\s{0,40}\+=)\s{0,40}\"(?P<piece>[A-Za-z0-9+/]{1,4096}+={0,2})\""
)
#: The same compiled binaries written in hex in a quoted literal.
_HEX_BINARY = re.compile(
    rb"(?i)\"(?P<lit>(?:cafebabe|4d5a90|aced0005|0001000000ffffffff|1f8b08)[0-9a-f]{40,}+)\""
)
#: An array initializer that starts as a Java class or a Windows executable does, in Java's signed
#: bytes, unsigned decimals or hex, with or without ``(byte)`` casts: ``{-54, -2, -70, -66, ...}``,
#: ``{0xCA, 0xFE, ...}``, C#'s ``{77, 90, 144, ...}``.
_ARRAY_BINARY_HEAD = re.compile(
    rb"(?i)\{\s{0,40}(?:\(\s{0,4}byte\s{0,4}\)\s{0,4})?(?:-54|202|0xca|77|0x4d)\s{0,40},\s{0,40}"
    rb"(?:\(\s{0,4}byte\s{0,4}\)\s{0,4})?(?:-2|254|0xfe|90|0x5a)\s{0,40},"
)
#: What such an array's first item holds, lower-cased for ``Document.has_any``.
_ARRAY_BINARY_HINTS = (b"-54", b"202", b"0xca", b"77", b"0x4d")
_ARRAY_ITEM = re.compile(rb"(?i)\s*(?:\(\s*byte\s*\)\s*)?(-?)(0x[0-9a-f]{1,2}|\d{1,3})\s*")
#: Arrays longer than this (items) are not read.
_MAX_ARRAY_ITEMS = 1_000_000
_SERIALIZED_HEADS = (b"\xac\xed\x00\x05", b"\x00\x01\x00\x00\x00\xff\xff\xff\xff")
#: A class file inside a serialized stream: the magic number, then a minor and a major version
#: (45 = Java 1.1 ... 80).
_EMBEDDED_CLASS = re.compile(rb"\xca\xfe\xba\xbe\x00[\x00-\x03]\x00[\x2d-\x50]")
#: An executable inside a serialized stream: ``MZ``, its DOS header, and ``PE\0\0`` in the first KB.
_EMBEDDED_PE = re.compile(rb"MZ\x90\x00")


#: PHP: a Base64 run cut into quoted pieces appended one statement at a time to a variable,
#: ``$z = ""; $z .= "UEQ5d2FI"; $z .= "QUtMeW9L"; ...`` or pushed to an array joined later
#: (``$z[] = "UEQ5d2FI"; ... implode('', $z)``) (generators that cut a packed shell into
#: thousands of short literals, so no literal is long and the file can be far larger than the PHP
#: interpretation reads). Literal-led (``.=``, ``[]``); the variable is read back from the few bytes before.
_PIECE_TAIL = rb"\s{0,10}(?P<q>['\"])(?P<piece>[A-Za-z0-9+/=]{1,4096}+)(?P=q)\s{0,10};"
#: One pattern per form, each led by its two-byte literal (``re`` then skips ahead to it), and each
#: run only where the form occurs often enough to make a run.
_APPENDED_PIECES = (
    (b".=", re.compile(rb"\.=" + _PIECE_TAIL)),
    (b"[]", re.compile(rb"\[\]\s{0,10}=" + _PIECE_TAIL)),
)
_APPENDED_VAR = re.compile(rb"\$(\w{1,40})\s{0,10}$")
#: The assignment that may start such a run (its literal is the first piece).
_APPENDED_START = re.compile(
    rb"\$(\w{1,40})\s{0,10}=\s{0,10}(['\"])([A-Za-z0-9+/=]{0,4096})\2\s{0,10};\s{0,200}$"
)
#: Fewer pieces than this, or fewer bytes, are not a packed payload.
_MIN_PIECES = 8
_MIN_JOINED = 128
#: How the chain names pieces joined back.
_APPENDED = "appended pieces"
_EVALUATOR_CALL = re.compile(rb"\b(?:eval|assert|create_function)\s*\(")


#: ``<?php`` and ``<?=`` as Base64 starts them (lower case, for ``Document.has_any``), and the runs.
ENCODED_PHP_TAGS = (b"pd9waha", b"pd89")
_ENCODED_PHP = re.compile(rb"(?:PD9waHA|PD89)[A-Za-z0-9+/]{4,}(?:\s{0,2}[A-Za-z0-9+/]{4,}){0,4000}={0,2}")


#: CGI programs: a literal given to one of Perl's or Python's decoders, quoted or in Perl's ``q{}``:
#: Base64 (``MIME::Base64::decode_base64``, ``base64.b64decode``, ``binascii.a2b_base64``), hex
#: (``bytes.fromhex``, ``binascii.unhexlify``), ROT13 (``codecs.decode(..., "rot13")``), and Perl's
#: ``pack("H*", ...)`` / ``unpack("u", ...)``.
_CGI_LITERAL = (
    rb"\s*\(?\s*b?(?:'(?P<sq>(?:[^'\\]|\\.){16,}+)'|\"(?P<dq>(?:[^\"\\]|\\.){16,}+)\"|q\{(?P<q>[^}]{16,}+)\})"
)
_CGI_DECODERS: tuple[tuple[str, re.Pattern[bytes]], ...] = (
    (
        "base64",
        re.compile(
            rb"(?<![\w])(?:[A-Za-z_][\w.:]{0,40}[.:])?(?:decode_base64|b64decode|urlsafe_b64decode|decodebytes"
            rb"|decodestring|a2b_base64)" + _CGI_LITERAL
        ),
    ),
    (
        "hex",
        re.compile(rb"(?<![\w])(?:[A-Za-z_][\w.:]{0,40}[.:])?(?:fromhex|unhexlify|a2b_hex)" + _CGI_LITERAL),
    ),
    ("rot13", re.compile(rb"(?<![\w])codecs\s*\.\s*decode" + _CGI_LITERAL + rb"\s*,\s*[\"']rot[_-]?13[\"']")),
    ("pack H*", re.compile(rb"(?<![\w])pack\s*\(?\s*[\"']H\*[\"']\s*," + _CGI_LITERAL)),
    ("unpack u", re.compile(rb"(?<![\w])unpack\s*\(?\s*[\"']u[\"']\s*," + _CGI_LITERAL)),
)
#: CGI programs: an evaluator run on decoder calls over a variable, ``eval(b64decode($code))`` or
#: ``exec(zlib.decompress(base64.b64decode(blob)))``, the literal kept in an assignment elsewhere
#: in the program (often a helper of the program's own under a decoder's name, or under any name
#: when the literal is Base64 through and through). At most four calls are read around the name.
_CGI_EVAL_OF_VAR = re.compile(
    rb"(?<![\w$@%])(?P<ev>eval|exec)\s{0,10}\(?\s{0,10}"
    rb"(?P<calls>(?:&?[A-Za-z_][\w.:]{0,60}\s{0,10}\(\s{0,10}){1,4})"
    rb"(?P<var>\$?[A-Za-z_]\w{0,40})\s{0,10}\)"
)
#: A literal that is Base64 and nothing else (what a helper of any name may be decoding).
_BASE64_ONLY = re.compile(rb"[A-Za-z0-9+/\s]{64,}+={0,2}")
#: Decoder names the variable form knows (the last part of a dotted or ``::`` name).
_CGI_B64_NAMES = frozenset(
    {b"decode_base64", b"b64decode", b"urlsafe_b64decode", b"decodebytes", b"decodestring", b"a2b_base64"}
)
#: The calls written around a literal, read backwards from it: ``exec(zlib.decompress(`` or
#: Perl's ``eval `` without parentheses.
_ENCLOSING = re.compile(rb"(?:[A-Za-z_][\w.:]{0,60}(?:\s*\(\s*|\s+)){1,6}$")
_CGI_EVAL = frozenset({b"eval", b"exec"})
#: How the chain names classic ASP code folded from the constants a page executes (reported only
#: when that code is malicious on its own: a page may ``Execute`` a harmless rebuilt string).
_VBS_FOLD = "VBScript constant folding"
#: A classic ASP page (or an .aspx page carrying its directive) declaring code page 65000 (UTF-7,
#: leading zeros allowed: the number is parsed as such): the server reads its code from UTF-7,
#: where ``+AGUAdgBh...-`` spells ``eval``.
_UTF7_CODEPAGE = re.compile(rb"<%@[^%]{0,120}?\bcodepage\s*=\s*[\"']?0*65000\b")
_UTF7_PAGE = "UTF-7 (code page 65000)"
#: How the chain names a page read in another encoding ("UTF-16BE text").
_WIDE_SUFFIX = " text"


@dataclass(frozen=True, slots=True)
class Found:
    offset: int
    chain: tuple[str, ...]
    data: bytes
    evaluated: str  # the sink that runs it as code, "" if none
    language: Language


class DecodeLayer:
    """Decode payloads hidden behind encodings and re-detect them with the whole engine.

    Limits per file: ``max_depth`` decoders in one chain (the engine bounds how deep re-detection
    nests), ``max_total`` decoded bytes, ``max_literals`` literals tried by the pattern strategy,
    ``max_payloads`` payloads re-detected, ``seconds`` as a guard against hostile input. Files over
    ``max_bytes`` are skipped; the PHP interpretation runs on files up to ``max_php_bytes``. Pass
    the semantic layer's ``analyses`` to share one PHP analysis per file between the two layers.
    """

    layer = Layer.DECODE
    costly = True

    def __init__(
        self,
        *,
        max_depth: int = 5,
        max_total: int = 8 * 1024 * 1024,
        max_literals: int = 64,
        max_payloads: int = 16,
        min_payload: int = 8,
        seconds: float = 5.0,
        max_bytes: int = 4 * 1024 * 1024,
        max_php_bytes: int = 64 * 1024,
        max_nodes: int = 400_000,
        max_visits: int = 1_500_000,
        analyses: PhpAnalyses | None = None,
    ) -> None:
        self.max_depth = max_depth
        self.max_total = max_total
        self.max_literals = max_literals
        self.max_payloads = max_payloads
        self.min_payload = min_payload
        self.seconds = seconds
        self.max_bytes = max_bytes
        self.max_php_bytes = max_php_bytes
        self.max_nodes = max_nodes
        self.max_visits = max_visits
        self.analyses = analyses if analyses is not None else PhpAnalyses()

    def __call__(self, doc: Document, ctx: FileContext, rescan: Rescan) -> list[Reason]:
        if len(doc.data) > self.max_bytes:
            return []
        budget = Budget(max_bytes=self.max_total, seconds=self.seconds)
        found = self.payloads(doc.data, ctx, budget, doc)
        reasons: list[Reason] = []
        seen: set[bytes] = set()
        for p in found[: self.max_payloads]:
            digest = hashlib.sha256(p.data).digest()
            if digest in seen:
                continue
            seen.add(digest)
            if p.chain and p.chain[-1] == WRITTEN_REDIRECT:
                reasons.append(self._redirect_reason(doc, p))
                continue
            binary = _binary_kind(p.data)
            if binary is not None:
                reasons.append(self._binary_reason(doc, p, binary, _LOADERS.search(doc.data) is not None))
                continue
            inner = _inner_code(p)
            if inner is None:
                continue
            inner_ctx = replace(
                ctx,
                language=p.language,
                size=len(inner),
                truncated=False,
                in_upload_dir=False,
                newer_than_siblings=False,
                executable_by_config=False,
            )
            verdict = rescan(inner, inner_ctx)
            reason = self._reason(doc, p, verdict)
            # (a payload evaluated as written, such as create_function's body, has no decoding chain)
            if reason is None and p.chain and p.chain[-1].endswith(_WIDE_SUFFIX) and _may_run(ctx):
                reason = self._wide_reason(doc, p, verdict)
            if reason is not None:
                reasons.append(reason)
            if budget.expired():
                break
        return reasons

    # --- finding payloads -----------------------------------------------------------------

    def payloads(
        self, data: bytes, ctx: FileContext, budget: Budget, doc: Document | None = None
    ) -> list[Found]:
        """Every decoded or evaluated constant in ``data``, evaluated ones first, then longest."""
        doc = doc if doc is not None and doc.data is data else Document(data)
        lang = ctx.language
        if lang is Language.OTHER:
            lang = doc.embedded or Language.OTHER
        found: dict[bytes, Found] = {}
        if (
            lang is Language.PHP
            and len(data) <= self.max_php_bytes
            and (
                any(hint.search(doc.lower) for hint in _PHP_HINTS)
                or (
                    doc.has_any(_REBUILD_CALLS)
                    and _VARIABLE_CALL.search(doc.lower) is not None
                    and _REBUILD.search(doc.lower) is not None
                )
                or (
                    doc.has_any(_WRITE_CALLS)
                    and _WRITES.search(doc.lower) is not None
                    and _QUOTED_PHP_TAG.search(doc.lower) is not None
                )
            )
        ):
            for f in self._from_php(data, budget):
                found.setdefault(f.data, f)
        if lang is Language.PHP:
            # (before the chains: the same payload found here and by the interpretation is kept once)
            for f in self._from_appended(data, doc, budget):
                found.setdefault(f.data, f)
        if doc.has_any(_DECODER_NAMES):
            for f in self._from_chains(data, lang, budget):
                old = found.get(f.data)
                if old is None or (f.evaluated and not old.evaluated):
                    found[f.data] = f
        if doc.has_any(_B64_NAMES):
            for f in self._from_base64_calls(data, lang, budget):
                found.setdefault(f.data, f)
        if lang in (Language.JSP, Language.ASPX) and doc.has_any(_ENCODED_BINARY_HEADS + _ARRAY_BINARY_HINTS):
            for f in self._encoded_binaries(data, budget):
                found.setdefault(f.data, f)
        if lang in (Language.JSP, Language.ASPX, Language.ASP) and doc.has_any(_ENCODED_PAGE_HEADS):
            for f in self._encoded_pages(data, lang, budget):
                found.setdefault(f.data, f)
        if doc.has_any(ENCODED_PHP_TAGS):  # in a script too: a dropper carrying what it plants
            for f in self._encoded_scripts(data, budget):
                found.setdefault(f.data, f)
        if lang is Language.PHP and phar.HALT_TOKEN in data:
            for f in self._phar_entries(data, budget):
                found.setdefault(f.data, f)
        if lang is Language.CGI:
            for f in self._from_cgi(data, budget):
                old = found.get(f.data)
                if old is None or (f.evaluated and not old.evaluated):
                    found[f.data] = f
        # PHP and files a configuration may hand to PHP (JSP and ASP.NET pages the server itself
        # decodes are read as decoded text by the engine: ``charsets``)
        wide = (
            wide_source(data)
            if lang in (Language.PHP, Language.OTHER) and (b"\x00" in data[:65536] or doc.has_any((b"+adw",)))
            else None
        )
        if wide is not None and budget.take(len(wide[1])):
            # a page saved as UTF-16 or UTF-7: PHP runs it as such once zend.multibyte is on
            inner_lang = lang if lang is not Language.OTHER else _sniff(wide[1]) or Language.OTHER
            found.setdefault(wide[1], Found(0, (wide[0] + _WIDE_SUFFIX,), wide[1], "", inner_lang))
        if lang in (Language.ASP, Language.ASPX) and script_encoder.MARKER in data:
            page = self._script_encoded(data, lang, budget)
            if page is not None:
                found.setdefault(page.data, page)
        if (
            lang in (Language.ASP, Language.ASPX)
            and b"65000" in data
            and (m := _UTF7_CODEPAGE.search(doc.lower)) is not None
        ):
            # the server reads the page's code from UTF-7 (a bare "+x-" run decodes to nothing); an
            # .aspx page carrying the classic directive is such a page under another name
            utf7 = data.decode("utf-7", "ignore").encode("utf-8")
            if utf7 != data and budget.take(len(utf7)):
                found.setdefault(utf7, Found(m.start(), (_UTF7_PAGE,), utf7, "", Language.ASP))
        if (
            lang is Language.ASP
            and vbs_fold.SINK_HINT.search(doc.lower)
            and vbs_fold.REBUILD_HINT.search(doc.lower)
        ):
            for f in self._vbs_folded(doc, budget):
                found.setdefault(f.data, f)
        return sorted(found.values(), key=lambda f: (not f.evaluated, -len(f.chain), f.offset))

    def _encoded_scripts(self, data: bytes, budget: Budget) -> list[Found]:
        """PHP kept Base64-encoded (``PD9waHAg...``): in a non-script file (``GIF89a`` + ...) it runs
        when a configuration or an include decodes it (``php://filter/convert.base64-decode/
        resource=``); in a script it is what a dropper writes out, however it gets there."""
        out: list[Found] = []
        for m in _ENCODED_PHP.finditer(data):
            if len(out) >= self.max_payloads or budget.expired():
                break
            decoded = b64decode_lenient(re.sub(rb"\s+", b"", m.group(0)))
            if decoded is not None and decoded.lstrip()[:2] == b"<?" and budget.take(len(decoded)):
                out.append(Found(m.start(), ("base64_decode",), decoded, "", Language.PHP))
        return out

    def _encoded_pages(self, data: bytes, lang: Language, budget: Budget) -> list[Found]:
        """A server page (``<% ... %>``, ``<jsp:root>``) kept Base64-encoded in a literal of a JSP,
        ASP.NET or classic ASP page, whole or cut into pieces glued back together: what a dropper
        writes out, however it gets there; judged as a page of the same kind (or of the kind its
        own directive names)."""
        out: list[Found] = []
        pos = 0
        while len(out) < self.max_payloads and not budget.expired():
            m = _ENCODED_PAGE.search(data, pos)
            if m is None:
                break
            lit, pos, joined = _joined_run(data, m)
            decoded = b64decode_lenient(lit)
            if (
                decoded is not None
                and decoded[:2] in (b"<%", b"<j")
                and _looks_like_code(decoded)
                and budget.take(len(decoded))
            ):
                out.append(Found(m.start(), (*joined, "base64"), decoded, "", _page_language(decoded, lang)))
        return out

    def _phar_entries(self, data: bytes, budget: Budget) -> list[Found]:
        """A script that is a PHAR archive: the entries after its ``__HALT_COMPILER();`` (stored,
        deflated or bzip2-compressed), which its stub or any ``phar://`` include of the file runs.
        Entries holding PHP code are judged as pages of their own."""
        out: list[Found] = []
        for entry in phar.entries(data, max_entries=self.max_payloads, max_bytes=self.max_total):
            lang = _sniff(entry.data)
            if lang is None or not budget.take(len(entry.data)):
                continue
            chain = ("phar entry", entry.compression) if entry.compression else ("phar entry",)
            out.append(Found(entry.offset, chain, entry.data, "", lang))
        return out

    def _encoded_binaries(self, data: bytes, budget: Budget) -> list[Found]:
        """A compiled class or assembly kept Base64-encoded in a JSP or ASP.NET page, in any string
        literal (or cut into pieces glued back together), or written in hex: what it becomes is
        judged by ``_binary_kind`` (and counts for more when the page loads classes or assemblies).
        A gzip stream is inflated, and a serialized object (Java serialization, .NET
        BinaryFormatter) is searched for the class or assembly it carries."""
        out: list[Found] = []
        pos = 0
        while len(out) < self.max_payloads and not budget.expired():
            m = _ENCODED_BINARY.search(data, pos)
            if m is None:
                break
            lit, pos, joined = _joined_run(data, m)  # (the pieces joined are not read again)
            decoded = b64decode_lenient(lit)
            if decoded is not None and budget.take(len(decoded)):
                found = _carried_binary(decoded, (*joined, "base64"), budget)
                if found is not None:
                    out.append(Found(m.start(), found[1], found[0], "", Language.OTHER))
        for m in _HEX_BINARY.finditer(data):
            if len(out) >= self.max_payloads or budget.expired():
                break
            lit = m.group("lit")
            decoded = hex2bin(lit[: len(lit) // 2 * 2])
            if decoded is not None and budget.take(len(decoded)):
                found = _carried_binary(decoded, ("hex",), budget)
                if found is not None:
                    out.append(Found(m.start(), found[1], found[0], "", Language.OTHER))
        pos = 0
        while len(out) < self.max_payloads and not budget.expired():
            head = _ARRAY_BINARY_HEAD.search(data, pos)
            if head is None:
                break
            # arrays of numbers do not nest: the next one starts after this one's ``}`` (and when
            # none follows, no later array is closed either), so each byte is read once
            end = data.find(b"}", head.end())
            if end < 0:
                break
            pos = end + 1
            array = _byte_array(data[head.start() + 1 : end], budget)
            if array is not None and _binary_kind(array) is not None:
                out.append(Found(head.start(), ("byte array",), array, "", Language.OTHER))
        return out

    def _script_encoded(self, data: bytes, lang: Language, budget: Budget) -> Found | None:
        """The page as the server runs it: every ``VBScript.Encode``/``JScript.Encode`` block
        replaced by its decoded code (blocks of one page share variables and functions)."""
        decoded = script_encoder.decoded_page(data, max_bytes=self.max_total)
        if decoded is None or not budget.take(len(decoded[0])):
            return None
        page, first = decoded
        return Found(first, ("script-encoder",), page, "", lang)

    def _vbs_folded(self, doc: Document, budget: Budget) -> list[Found]:
        """Classic ASP: code the page rebuilds from constants (``Replace``, ``StrReverse``, ``Mid``
        picks, ``Chr`` arithmetic, its own one-line functions) and hands to Execute/Eval, as the
        server computes it (``vbs_fold``); judged as a page of its own."""
        server = server_side(doc)
        if server is not doc and not vbs_fold.SINK_HINT.search(server.lower):
            return []
        out: list[Found] = []
        for offset, code in vbs_fold.executed_constants(
            server.data.decode("latin-1"), max_results=self.max_payloads
        ):
            page = b"<%\n" + code.encode("latin-1", "replace") + b"\n%>"
            if budget.take(len(page)):
                out.append(Found(offset, (_VBS_FOLD,), page, "Execute", Language.ASP))
        return out

    def _from_php(self, data: bytes, budget: Budget) -> list[Found]:
        analyzer = self.analyses.get(data, budget, self.max_nodes, self.max_visits)
        if analyzer is None:
            return []
        out = []
        for p in analyzer.payloads.values():
            if len(p.data) < self.min_payload or len(p.chain) > 4 * self.max_depth:
                continue
            head = p.data.lstrip()[:5].lower()
            if p.evaluated or (head[:2] == b"<?" and head != b"<?xml"):  # code, short tags too
                lang = Language.PHP
            else:
                lang = _sniff(p.data) or Language.OTHER
            out.append(Found(p.offset, p.chain, p.data, p.evaluated, lang))
        return out

    def _from_appended(self, data: bytes, doc: Document, budget: Budget) -> list[Found]:
        """Base64 cut into pieces appended to one variable statement by statement: the pieces are
        joined back and decoded (Base64 as often as the result is Base64 again, then a deflate
        stream), whatever the file's size; the code they spell is re-detected as PHP."""
        runs: list[tuple[int, list[bytes]]] = []
        for glue, pattern in _APPENDED_PIECES:
            if data.count(glue) >= _MIN_PIECES and len(runs) < self.max_literals:
                runs.extend(self._appended_runs(data, pattern, budget, self.max_literals - len(runs)))
        if not runs:
            return []
        out: list[Found] = []
        evaluates = _EVALUATOR_CALL.search(doc.lower) is not None
        for offset, run in runs:
            joined = b"".join(run)
            if len(joined) < _MIN_JOINED or not budget.take(len(joined)):
                continue
            value, chain = joined, [_APPENDED]
            while len(chain) <= self.max_depth:
                decoded = fold_call("base64_decode", [value], budget)
                if not isinstance(decoded, bytes) or len(decoded) < self.min_payload:
                    break
                value = decoded
                chain.append("base64_decode")
                if _BASE64_ONLY.fullmatch(value.strip()) is None:
                    break
            if len(chain) == 1:
                continue
            if not _looks_like_code(value) and value.lstrip()[:2] != b"<?":
                for name in ("gzinflate", "gzuncompress", "gzdecode"):
                    inflated = fold_call(name, [value], budget)
                    if isinstance(inflated, bytes) and len(inflated) >= self.min_payload:
                        value = inflated
                        chain.append(name)
                        break
            head5 = value.lstrip()[:5].lower()
            if head5[:2] == b"<?" and head5 != b"<?xml":
                out.append(Found(offset, tuple(chain), value, "", Language.PHP))
            elif evaluates and _looks_like_code(value):
                out.append(Found(offset, tuple(chain), value, "eval", Language.PHP))
        return out

    @staticmethod
    def _appended_runs(
        data: bytes, pattern: re.Pattern[bytes], budget: Budget, limit: int
    ) -> list[tuple[int, list[bytes]]]:
        """The runs of at least ``_MIN_PIECES`` pieces ``pattern`` finds appended to one variable,
        statement after statement, each with its offset (at most ``limit`` runs)."""
        runs: list[tuple[int, list[bytes]]] = []
        var = b""
        pieces: list[bytes] = []
        start = prev_end = -1

        def close() -> None:
            # a run long enough: its first piece may be the literal the variable was given
            if len(pieces) < _MIN_PIECES:
                return
            first = _APPENDED_START.search(data, max(0, start - 4400), start) if start >= 0 else None
            if first is not None and first.group(1) == var:
                runs.append((first.start(), [first.group(3), *pieces]))
            else:
                runs.append((max(start, 0), list(pieces)))

        for m in pattern.finditer(data):
            if budget.expired():
                break
            head = _APPENDED_VAR.search(data, max(0, m.start() - 60), m.start())
            name = head.group(1) if head is not None else b""
            if (
                head is not None
                and name == var
                and 0 <= prev_end <= head.start() <= prev_end + 240
                and not data[prev_end : head.start()].strip()
            ):
                pieces.append(m.group("piece"))
            else:
                close()
                if len(runs) >= limit:
                    pieces = []
                    break
                var, pieces = name, [m.group("piece")]
                start = head.start() if head is not None else -1
            prev_end = m.end()
        close()
        return runs

    def _from_chains(self, data: bytes, lang: Language, budget: Budget) -> list[Found]:
        out: list[Found] = []
        tried = 0
        for m in _CHAIN.finditer(data):
            names = [n.decode("latin-1").lower() for n in _CALL_NAME.findall(m.group("calls"))]
            decoders = [n for n in names if n in DECODERS]
            if not decoders:
                continue
            tried += 1
            if tried > self.max_literals or budget.expired():
                break
            single = m.group("sq")
            value = php_unescape_single(single) if single is not None else php_unescape_double(m.group("dq"))
            chain: list[str] = []
            evaluated = ""
            for name in reversed(names):
                if name in DECODERS:
                    if len(chain) >= self.max_depth:
                        break
                    decoded = fold_call(name, [value], budget)
                    if not isinstance(decoded, bytes):
                        break
                    value = decoded
                    chain.append(name)
                elif name in _CODE_EVAL:
                    evaluated = name
                    break
                else:
                    break
            if not chain or len(value) < self.min_payload:
                continue
            inner_lang = Language.PHP if evaluated and lang is Language.PHP else _sniff(value)
            if inner_lang is None:
                inner_lang = lang if evaluated else Language.OTHER
            out.append(Found(m.start(), tuple(chain), value, evaluated, inner_lang))
        return out

    def _from_cgi(self, data: bytes, budget: Budget) -> list[Found]:
        """Perl/Python CGI payloads: a literal given to a decoder, with the decompressors and
        evaluators called around it, re-detected as CGI code."""
        out: list[Found] = []
        tried = 0
        for kind, pattern in _CGI_DECODERS:
            for m in pattern.finditer(data):
                tried += 1
                if tried > self.max_literals or budget.expired():
                    return out
                found = self._cgi_payload(data, m, kind, budget)
                if found is not None:
                    out.append(found)
        return out + self._from_cgi_variables(data, budget)

    def _from_cgi_variables(self, data: bytes, budget: Budget) -> list[Found]:
        """``eval(b64decode($code))``: an evaluator run on decoder calls over a variable whose
        literal is assigned elsewhere in the program; the literal is decoded as the calls say."""
        out: list[Found] = []
        for i, m in enumerate(_CGI_EVAL_OF_VAR.finditer(data)):
            if i >= self.max_literals or budget.expired():
                break
            names = [
                re.split(rb"[.:]+", n)[-1].lower() for n in re.findall(rb"[A-Za-z_][\w.:]*", m.group("calls"))
            ]
            raw = self._assigned_literal(data, m.group("var"), m.start())
            if raw is None or not names:
                continue
            innermost = names[-1]
            compact = re.sub(rb"\s+", b"", raw)
            if innermost not in _CGI_B64_NAMES and _BASE64_ONLY.fullmatch(raw) is None:
                continue
            value = b64decode_lenient(compact)
            if value is None or not budget.take(len(value)):
                continue
            chain = ["base64"]
            for name in reversed(names[:-1]):
                if name != b"decompress":
                    break
                inflated = inflate(value, 47, budget)
                if inflated is None:
                    break
                value = inflated
                chain.append("zlib")
            if len(value) >= self.min_payload:
                out.append(Found(m.start(), tuple(chain), value, m.group("ev").decode(), Language.CGI))
        return out

    @staticmethod
    def _assigned_literal(data: bytes, var: bytes, before: int) -> bytes | None:
        """The string literal last assigned to ``var`` before ``before`` (else the first one after):
        ``$code = "..."``, ``$code = q{...}``, ``code = b'...'``."""
        name = re.escape(var)
        lead = rb"(?<![\w$@%])" if var.startswith(b"$") else rb"(?<![\w.$@%])"
        assign = re.compile(lead + name + rb"\s{0,10}=(?!=)" + _CGI_LITERAL)
        found: bytes | None = None
        for a in assign.finditer(data):
            if a.start() > before and found is not None:
                break
            if a.group("q") is not None:
                found = a.group("q")
            else:
                found = php_unescape_double(a.group("sq") or a.group("dq") or b"")
            if a.start() > before:
                break
        return found

    def _cgi_payload(self, data: bytes, m: re.Match[bytes], kind: str, budget: Budget) -> Found | None:
        raw = m.group("q") if m.group("q") is not None else m.group("sq") or m.group("dq") or b""
        if m.group("q") is None:
            raw = php_unescape_double(raw)
        value: bytes | None
        if kind == "base64":
            value = b64decode_lenient(re.sub(rb"\s+", b"", raw))
        elif kind in ("hex", "pack H*"):
            value = hex2bin(re.sub(rb"\s+", b"", raw))
        elif kind == "rot13":
            value = rot13(raw)
        else:
            value = uudecode(raw)
        if value is None or not budget.take(len(value)):
            return None
        chain = [kind]
        evaluated = ""
        around = _ENCLOSING.search(data, max(0, m.start() - 120), m.start())
        for name in reversed(re.findall(rb"[A-Za-z_][\w.:]*", around.group(0)) if around else []):
            short = re.split(rb"[.:]+", name)[-1].lower()
            if short in _CGI_EVAL:
                evaluated = short.decode()
                break
            if short != b"decompress":
                break
            inflated = inflate(value, 47, budget)
            if inflated is None:
                break
            value = inflated
            chain.append("zlib")
        if len(value) < self.min_payload or not (evaluated or _looks_like_code(value)):
            return None
        return Found(m.start(), tuple(chain), value, evaluated, Language.CGI)

    def _from_base64_calls(self, data: bytes, lang: Language, budget: Budget) -> list[Found]:
        out: list[Found] = []
        for i, m in enumerate(_B64_CALL.finditer(data)):
            if i >= self.max_literals or budget.expired():
                break
            lit = re.sub(rb'["+\s]|\\r|\\n', b"", m.group("lit"))
            decoded = b64decode_lenient(lit)
            if decoded is None or len(decoded) < self.min_payload or not budget.take(len(decoded)):
                continue
            inner_lang = _sniff(decoded) or (lang if _looks_like_code(decoded) else Language.OTHER)
            out.append(Found(m.start(), ("base64",), decoded, "", inner_lang))
        return out

    # --- reasons --------------------------------------------------------------------------

    def _reason(self, doc: Document, p: Found, verdict: Verdict) -> Reason | None:
        layers = len(p.chain)
        chain = " -> ".join(p.chain) if p.chain else "literal"
        what = f"{p.evaluated} of {chain} payload" if p.evaluated else f"{chain} payload"
        plural = "layer" if layers == 1 else "layers"
        inner_ids = [r.id for r in sorted(verdict.reasons, key=lambda r: -r.score)[:3]]
        if p.chain == (WRITTEN_SCRIPT,):
            what, layers = "constant PHP code the file writes into a script", 0
        if verdict.flagged and verdict.score >= 40:
            score = verdict.score
            rid = ID_EVALUATED if p.evaluated else ID_HIDDEN
            desc = (
                f"{what}{f' ({layers} {plural})' if layers else ''} is malicious on its own: "
                f"{', '.join(inner_ids)} (inner score {verdict.score})"
            )
        elif p.evaluated and layers >= 1 and p.chain != (_VBS_FOLD,):
            score = EVALUATED_SCORE
            rid = ID_EVALUATED
            inner = f"; inner code: {', '.join(inner_ids)}" if inner_ids else ""
            desc = f"code hidden behind encoding is evaluated: {what} ({layers} {plural}){inner}"
        else:
            return None
        return Reason(
            id=rid,
            layer=Layer.DECODE,
            score=min(100, score),
            description=desc,
            line=doc.line_of(p.offset),
            snippet=doc.snippet_at(p.offset),
            family="packer" if score < 70 else _family(verdict),
        )

    def _redirect_reason(self, doc: Document, p: Found) -> Reason:
        chain = " -> ".join(p.chain[:-1])
        return Reason(
            id=ID_REDIRECT_DROP,
            layer=Layer.DECODE,
            score=REDIRECT_DROP_SCORE,
            description=(
                f"the file decodes a page it carries hidden ({chain}) and writes it out: the page sends "
                "its visitors to another site (a doorway a spam or redirect dropper plants)"
            ),
            line=doc.line_of(p.offset),
            snippet=doc.snippet_at(p.offset),
            family="generic",
        )

    def _wide_reason(self, doc: Document, p: Found, verdict: Verdict) -> Reason:
        inner_ids = [r.id for r in sorted(verdict.reasons, key=lambda r: -r.score)[:3]]
        inner = f" (inner code: {', '.join(inner_ids)})" if inner_ids else ""
        return Reason(
            id=ID_WIDE,
            layer=Layer.DECODE,
            score=WIDE_SCORE,
            description=(
                f"server-side code saved as {p.chain[-1]}: PHP runs it only with zend.multibyte on, "
                f"and the encoding hides its open tag from filters and scanners{inner}"
            ),
            line=doc.line_of(p.offset),
            snippet=doc.snippet_at(p.offset),
            family="polyglot",
        )

    def _binary_reason(self, doc: Document, p: Found, kind: str, loads_code: bool) -> Reason:
        score = BINARY_LOADED_SCORE if loads_code else BINARY_SCORE
        loaded = " and the file loads classes or assemblies at runtime" if loads_code else ""
        how = "an encoded literal" if p.chain == ("base64",) else f"an encoded literal ({', '.join(p.chain)})"
        return Reason(
            id=ID_BINARY,
            layer=Layer.DECODE,
            score=score,
            description=f"a compiled {kind} is hidden in {how}{loaded}",
            line=doc.line_of(p.offset),
            snippet=doc.snippet_at(p.offset),
            family="generic",
        )


def _may_run(ctx: FileContext) -> bool:
    """Would a server run this file: a script, a name a configuration maps, or an upload (a document
    in another encoding that merely quotes code, such as a UTF-16 README, is none of these)?"""
    return ctx.language is not Language.OTHER or ctx.executable_by_config or ctx.in_upload_dir


def _family(verdict: Verdict) -> str | None:
    for r in sorted(verdict.reasons, key=lambda r: -r.score):
        if r.family:
            return r.family
    return None


def _page_language(page: bytes, host: Language) -> Language:
    """The kind of server page ``page`` is: the one its own directive or markup names (an ASP.NET
    ``Language="C#"``/``"VB"`` directive, ``<jsp:`` markup), else the kind of the page carrying it."""
    head = page[:4096].lower()
    if _ASPX_DIRECTIVE.search(head) is not None:
        return Language.ASPX
    if b"<jsp:" in head:
        return Language.JSP
    return host


def _joined_run(data: bytes, m: re.Match[bytes]) -> tuple[bytes, int, tuple[str, ...]]:
    """The Base64 run whose first quoted piece ``m`` matched (group ``lit``), with the pieces glued
    to it (``_BASE64_PIECE``) unless the first is already padded; where the run ends; and the chain
    step naming the join, if any."""
    lit, end = m.group("lit"), m.end()
    if lit.endswith(b"="):
        return lit, end, ()
    pieces = [lit]
    while len(pieces) < 4096 and (p := _BASE64_PIECE.match(data, end)) is not None:
        pieces.append(p.group("piece"))
        end = p.end()
        if p.group("piece").endswith(b"="):
            break
    return b"".join(pieces), end, ("joined pieces",) if len(pieces) > 1 else ()


def _carried_binary(
    data: bytes, chain: tuple[str, ...], budget: Budget
) -> tuple[bytes, tuple[str, ...]] | None:
    """The compiled class or executable ``data`` is, or carries: inflated when it is a gzip
    stream, found inside when it is a serialized object (Java serialization, .NET BinaryFormatter)."""
    if data.startswith(b"\x1f\x8b\x08"):
        inflated = inflate(data, 31, budget)
        if inflated is None:
            return None
        data, chain = inflated, (*chain, "gzip")
    if _binary_kind(data) is not None:
        return data, chain
    if data.startswith(_SERIALIZED_HEADS):
        java = data.startswith(_SERIALIZED_HEADS[0])
        m = (_EMBEDDED_CLASS if java else _EMBEDDED_PE).search(data)
        if m is not None and _binary_kind(data[m.start() :]) is not None:
            what = "Java serialization" if java else ".NET BinaryFormatter"
            return data[m.start() :], (*chain, f"{what} object")
    return None


def _byte_array(body: bytes, budget: Budget) -> bytes | None:
    """The bytes of an array initializer's ``body`` (between ``{`` and ``}``), each item a decimal
    or hex number with an optional ``(byte)`` cast; None when an item is something else or the
    array is too long."""
    items = body.split(b",", _MAX_ARRAY_ITEMS)
    if len(items) > _MAX_ARRAY_ITEMS:
        return None
    if items and not items[-1].strip():
        items.pop()  # a trailing comma
    if not budget.take(len(items)):
        return None
    out = bytearray()
    for item in items:
        m = _ARRAY_ITEM.fullmatch(item)
        if m is None:
            return None
        value = int(m.group(2), 16 if m.group(2)[:2].lower() == b"0x" else 10)
        if m.group(1):
            value = -value
        if not -128 <= value <= 255:
            return None
        out.append(value & 0xFF)
    return bytes(out)


def _binary_kind(data: bytes) -> str | None:
    if _EMBEDDED_CLASS.match(data) is not None:  # the magic number and a class file's version
        return "Java class"
    if data.startswith(b"MZ") and b"PE\0\0" in data[:1024]:
        return "Windows/.NET executable"
    if data.startswith(b"\x7fELF"):
        return "Linux executable"
    return None


def _sniff(data: bytes) -> Language | None:
    head = data[:65536]
    lang = sniff_embedded(head)
    if lang is not None:
        return lang
    return None


_CODE_HINT = re.compile(
    rb"(?i)\b(?:function|return|eval|exec|system|request|response|runtime|process|new\s+\w+)\b"
)


def _looks_like_code(data: bytes) -> bool:
    sample = data[:4096]
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in sample)
    return bool(sample) and printable / len(sample) > 0.95 and _CODE_HINT.search(sample) is not None


def _inner_code(p: Found) -> bytes | None:
    """The bytes to re-detect: eval'd PHP gets its open tag back (eval runs code in PHP mode)."""
    if p.language is Language.OTHER:
        return None
    if p.language is Language.PHP and p.evaluated:
        stripped = p.data.lstrip()
        if not stripped.startswith(b"<?"):
            return b"<?php " + p.data
    return p.data
