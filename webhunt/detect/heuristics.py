"""Dangerous-function heuristics, interpreted from ``signatures/heuristics/*.toml``.

A heuristic file lists *tokens* (a regex tagged with a kind such as source, sink, decoder) and
*combos*: tokens that must appear together within a window (a statement, a line, N characters, the
file), optionally with others that must or must not be present. Adding a heuristic is data only.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import re
import threading
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from webhunt.atomic import write_atomically
from webhunt.detect.document import Document
from webhunt.detect.layers import Rescan
from webhunt.detect.php_inert import InertSpans, inert_spans
from webhunt.detect.prefilter import MAX_WINDOW, windows
from webhunt.detect.token_index import Candidates, IndexToken, PatternFacts, TokenIndex
from webhunt.errors import RuleError
from webhunt.model import FileContext, Language, Layer, Reason

log = logging.getLogger(__name__)

TOKEN_KINDS = frozenset(
    {"source", "sink", "decoder", "callback", "write", "dynamic", "obfuscation", "network", "other"}
)
MAX_MATCHES_PER_TOKEN = 256
#: Characters around a window that look-behind/ahead and \b may need to see.
_ASSERTION_CONTEXT = 64
_STATEMENT_BOUNDARY = re.compile(r"[;{}]")
#: Literal sets whose literals are all shorter than this are in nearly every file: not worth
#: looking for (the best set, ``anchors``, is always kept).
_MIN_GATE_LITERAL = 3


@dataclass(frozen=True, slots=True)
class Token:
    id: str
    kind: str
    regex: re.Pattern[str]
    #: lower-cased literals one of which every match contains (None: always run the regex)
    anchors: tuple[str, ...] | None = None
    #: how far from an anchor a match can reach (regex width bound, plus context for assertions)
    reach: int = 0
    #: every other lower-cased literal set a match needs (one literal of each): a file lacking
    #: one cannot match
    gates: tuple[tuple[str, ...], ...] = ()
    #: the token file's ``index``: a pattern matching wherever a match of ``regex`` starts,
    #: which the YARA token index looks for instead (tokens naming the same one share it)
    head: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Combo:
    id: str
    description: str
    all: tuple[str, ...]
    any: tuple[str, ...]
    none: tuple[str, ...]
    within: str  # "statement" | "line" | "file" | "chars"
    chars: int
    score: int
    family: str | None


@dataclass(frozen=True, slots=True)
class HeuristicSet:
    language: str
    tokens: tuple[Token, ...]
    combos: tuple[Combo, ...]
    #: combo element -> the tokens it names (filled by ``parse_heuristics``; resolved on demand
    #: for sets built by hand)
    elements: Mapping[str, tuple[Token, ...]] = field(default_factory=dict, compare=False)
    #: per combo, the ids of the tokens each of its ``all`` elements names: with a token index, a
    #: combo one of whose elements names only tokens the index found no candidate for cannot hold,
    #: which one set operation per element tells (see ``_hold``)
    needs: tuple[tuple[frozenset[str], ...], ...] = field(init=False, compare=False, repr=False)
    token_ids: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "token_ids", frozenset(tok.id for tok in self.tokens))
        needs = tuple(
            tuple(frozenset(tok.id for tok in self.resolve(e)) for e in combo.all) for combo in self.combos
        )
        object.__setattr__(self, "needs", needs)

    def resolve(self, element: str) -> tuple[Token, ...]:
        found = self.elements.get(element)
        return found if found is not None else tuple(_resolve(element, self.tokens))


def _flags(text: str, where: str) -> int:
    value = 0
    for ch in text:
        if ch == "i":
            value |= re.IGNORECASE
        elif ch == "s":
            value |= re.DOTALL
        elif ch == "m":
            value |= re.MULTILINE
        else:
            raise RuleError(f"{where}: unknown flag {ch!r} (expected i, s or m)")
    return value


def _str_list(entry: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: field {key!r} must be a list of strings")
    return tuple(str(v) for v in value)


def parse_heuristics(text: str, origin: str, *, facts: PatternFacts | None = None) -> HeuristicSet:
    """Parse one heuristic file; errors name ``origin`` and the entry. ``facts`` memoises what
    the tokens' patterns imply (their literals and width); the caller saves it."""
    return build_heuristics(_read_toml(text, origin), origin, facts=facts)


def _read_toml(text: str, origin: str) -> dict[str, Any]:
    """A heuristic file's TOML, its language checked."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{origin}: {exc}") from exc
    language = str(doc.get("language", ""))
    if language != "any" and language not in {lang.value for lang in Language}:
        raise RuleError(f"{origin}: unknown language {language!r}")
    return doc


def build_heuristics(
    doc: Mapping[str, Any], origin: str, *, facts: PatternFacts | None = None
) -> HeuristicSet:
    """The heuristic set of a file's TOML (``_read_toml``): patterns compiled, combos resolved."""
    memo = facts if facts is not None else PatternFacts()
    language = str(doc.get("language", ""))
    tokens: list[Token] = []
    ids: set[str] = set()
    for i, entry in enumerate(doc.get("token", [])):
        where = f"{origin}: token #{i + 1} ({entry.get('id', '?')})"
        try:
            tid, kind, pattern = str(entry["id"]), str(entry["kind"]), str(entry["pattern"])
        except KeyError as exc:
            raise RuleError(f"{where}: missing field {exc.args[0]!r}") from None
        if kind not in TOKEN_KINDS:
            raise RuleError(f"{where}: unknown kind {kind!r}")
        flags = _flags(str(entry.get("flags", "")), where)
        try:
            regex = memo.compile(pattern, flags)
        except re.error as exc:
            raise RuleError(f"{where}: bad pattern: {exc}") from exc
        head = None
        if "index" in entry:
            try:
                head = memo.compile(str(entry["index"]), flags)
            except re.error as exc:
                raise RuleError(f"{where}: bad index pattern: {exc}") from exc
        if tid in ids:
            raise RuleError(f"{where}: duplicate token id")
        ids.add(tid)
        anchors = memo.required_literals(regex.pattern, regex.flags)
        reach = memo.match_width(regex.pattern, regex.flags) + _ASSERTION_CONTEXT
        gates = tuple(
            f for f in memo.required_factors(regex.pattern, regex.flags, _MIN_GATE_LITERAL) if f != anchors
        )
        tokens.append(Token(tid, kind, regex, anchors, reach, gates, head))
    combos: list[Combo] = []
    elements: dict[str, tuple[Token, ...]] = {}
    for i, entry in enumerate(doc.get("combo", [])):
        where = f"{origin}: combo #{i + 1} ({entry.get('id', '?')})"
        try:
            cid, desc, score = str(entry["id"]), str(entry["description"]), int(entry["score"])
        except (KeyError, ValueError, TypeError) as exc:
            raise RuleError(f"{where}: needs id, description and an integer score ({exc})") from None
        within = str(entry.get("within", "statement"))
        chars = 0
        if within.startswith("chars:"):
            try:
                chars = int(within.split(":", 1)[1])
            except ValueError:
                raise RuleError(f"{where}: bad window {within!r}") from None
            within = "chars"
        if within not in {"statement", "line", "file", "chars"}:
            raise RuleError(f"{where}: unknown window {within!r}")
        combo = Combo(
            id=cid,
            description=desc,
            all=_str_list(entry, "all", where),
            any=_str_list(entry, "any", where),
            none=_str_list(entry, "none", where),
            within=within,
            chars=chars,
            score=score,
            family=entry.get("family"),
        )
        if not combo.all:
            raise RuleError(f"{where}: 'all' must name at least one token")
        for element in (*combo.all, *combo.any, *combo.none):
            named = tuple(_resolve(element, tokens))
            if not named:
                raise RuleError(f"{where}: {element!r} names no token")
            elements[element] = named
        combos.append(combo)
    return HeuristicSet(language, tuple(tokens), tuple(combos), elements)


def load_heuristics(paths: Iterable[str], *, cache_dir: Path | None = None) -> list[HeuristicSet]:
    """Parse the heuristic files; ``cache_dir`` keeps what the tokens' patterns imply between
    processes (a faster start: see ``PatternFacts``)."""
    facts = PatternFacts.in_dir(cache_dir)
    sets = [parse_heuristics(_read_file(p), p, facts=facts) for p in paths]
    facts.save()
    return sets


_DOC_FORMAT = "webhunt-heuristics-doc/1"


def _read_toml_memo(text: str, origin: str, cache_dir: Path | None) -> dict[str, Any]:
    """``_read_toml``, memoised in ``cache_dir`` as JSON (read ten times faster than TOML is
    parsed) under the digest of ``text``: an edited file is parsed again. A broken file is not
    memoised, so it is named again each time; a memo that is damaged or cannot be written only
    costs time."""
    if cache_dir is None:
        return _read_toml(text, origin)
    digest = hashlib.sha256(text.encode()).hexdigest()
    memo = cache_dir / f"heuristics-{digest[:24]}.json"
    try:
        stored = json.loads(memo.read_bytes())
        if stored["format"] == _DOC_FORMAT and stored["sha256"] == digest and isinstance(stored["doc"], dict):
            return stored["doc"]
    except FileNotFoundError:
        pass
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.debug("ignoring the heuristics memo %s: %s", memo, exc)
    doc = _read_toml(text, origin)
    try:
        body = json.dumps({"format": _DOC_FORMAT, "sha256": digest, "doc": doc}, separators=(",", ":"))
        if json.loads(body)["doc"] == doc:  # JSON holds it all (TOML dates, say, it would not)
            write_atomically(memo, body.encode())
    except (OSError, TypeError, ValueError) as exc:
        log.debug("cannot keep the heuristics memo %s: %s", memo, exc)
    return doc


def _read_file(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(f"{path}: cannot read: {exc}") from exc


def _resolve(element: str, tokens: Sequence[Token]) -> list[Token]:
    if element in TOKEN_KINDS:
        return [t for t in tokens if t.kind == element]
    if element.endswith("*"):
        prefix = element[:-1]
        return [t for t in tokens if t.id.startswith(prefix)]
    return [t for t in tokens if t.id == element]


class _Matches:
    """Offsets of every token in one document, computed once per token on demand.

    With a token index, an indexed token's offsets are YARA's candidate starts confirmed with the
    token's own regex; the rest run their regex around their literals (``prefilter``). Both give
    what ``regex.finditer`` over the whole text gives, capped at ``MAX_MATCHES_PER_TOKEN``.
    """

    def __init__(
        self,
        doc: Document,
        hset: HeuristicSet,
        candidates: Candidates | None = None,
        *,
        inert: InertSpans | None = None,
        found: Mapping[str, list[int]] | None = None,
    ) -> None:
        """``inert``: spans whose matches do not count (a token matching only there does not
        occur); ``found``: offsets another pass over the same document already computed."""
        self.doc = doc
        self.hset = hset
        self._candidates = candidates
        self._inert = inert
        self._found = found
        self._by_id: dict[str, list[int]] = {}
        self._elements: dict[str, list[int]] = {}
        self._boundaries: list[int] | None = None
        self._lower: str | None = None
        #: the tokens that may occur: every token but those the index covers and found no
        #: candidate for (None without an index: any token may)
        self.maybe: frozenset[str] | None = None
        if candidates is not None:
            ruled_out = candidates.indexed.difference(candidates.offsets, candidates.unsure)
            self.maybe = hset.token_ids - ruled_out

    def _absent(self, anchors: tuple[str, ...]) -> bool:
        if self._candidates is not None:
            absent = self._candidates.absent(anchors)
            if absent is not None:
                return absent
        if self._lower is None:
            self._lower = self.doc.text.lower()
        text = self._lower
        return not any(a in text for a in anchors)

    def _indexed(self, tok: Token) -> list[int] | None:
        """The token's candidate offsets when the index covers it in this document."""
        cands = self._candidates
        if cands is None or tok.id not in cands.indexed or tok.id in cands.unsure:
            return None
        found = cands.offsets.get(tok.id, _NONE)
        gate = cands.gates.get(tok.id) if found else None
        if gate is not None and any(self._absent(literals) for literals in gate):
            return _NONE  # cut short in YARA, and a literal the rest needs is absent
        return found

    def possible(self, element: str) -> bool:
        """False when no token of ``element`` can match (no candidate, or its literals are
        absent): no regex runs."""
        if element in self._elements:
            return bool(self._elements[element])
        for tok in self.hset.resolve(element):
            if tok.id in self._by_id:
                if self._by_id[tok.id]:
                    return True
                continue
            indexed = self._indexed(tok)
            if indexed is not None:
                if indexed:
                    return True
            elif self._may_match(tok):
                return True
        return False

    def _may_match(self, tok: Token) -> bool:
        """False when a literal set the token needs is absent from the document."""
        if tok.anchors is not None and self._absent(tok.anchors):
            return False
        return not any(self._absent(gate) for gate in tok.gates)

    def token(self, tok: Token) -> list[int]:
        found = self._by_id.get(tok.id)
        if found is None:
            found = self._found.get(tok.id) if self._found is not None else None
            if found is None:
                indexed = self._indexed(tok)
                found = self._search(tok) if indexed is None else _confirm(tok.regex, self.doc.text, indexed)
            inert = self._inert
            if inert and found:
                found = [o for o in found if o not in inert]
            self._by_id[tok.id] = found
        return found

    @property
    def found(self) -> Mapping[str, list[int]]:
        """The offsets computed so far, by token id."""
        return self._by_id

    def _search(self, tok: Token) -> list[int]:
        found: list[int] = []
        if not self._may_match(tok):
            return found
        text = self.doc.text
        if tok.anchors is None or tok.reach >= MAX_WINDOW:
            spans = [(0, len(text))]
        else:
            if self._lower is None:
                self._lower = text.lower()
            spans = windows(self._lower, tok.anchors, tok.reach)
        for lo, hi in spans:
            for m in tok.regex.finditer(text, lo, hi):
                found.append(m.start())
                if len(found) >= MAX_MATCHES_PER_TOKEN:
                    return found
        return found

    def element(self, element: str) -> list[int]:
        found = self._elements.get(element)
        if found is None:
            tokens = self.hset.resolve(element)
            if len(tokens) == 1:
                found = self.token(tokens[0])
            else:
                offsets: list[int] = []
                for tok in tokens:
                    offsets.extend(self.token(tok))
                found = sorted(offsets)
            self._elements[element] = found
        return found

    def statement_of(self, offset: int) -> int:
        if self._boundaries is None:
            self._boundaries = [m.start() for m in _STATEMENT_BOUNDARY.finditer(self.doc.text)]
        return bisect.bisect_left(self._boundaries, offset)


_NONE: list[int] = []


def _confirm(regex: re.Pattern[str], text: str, candidates: Sequence[int]) -> list[int]:
    """The starts ``regex.finditer(text)`` yields, given a sorted superset of them: a match is
    tried at each candidate at or after the end of the previous match (``finditer`` never yields
    overlapping matches), exactly as ``finditer`` would try it (look-behind sees before it)."""
    found: list[int] = []
    match = regex.match
    end = 0
    for off in candidates:
        if off < end:
            continue
        m = match(text, off)
        if m is not None:
            found.append(off)
            if len(found) >= MAX_MATCHES_PER_TOKEN:
                break
            end = max(m.end(), off + 1)
    return found


def _unit_match(combo: Combo, m: _Matches) -> int | None:
    """The offset (of the first 'all' element) where the combo holds, or None."""
    unit = m.doc.line_of if combo.within == "line" else m.statement_of
    units_of: dict[str, dict[int, int]] = {}
    for element in (*combo.all, *combo.any, *combo.none):
        per_unit: dict[int, int] = {}
        for off in m.element(element):
            per_unit.setdefault(unit(off), off)
        units_of[element] = per_unit
    candidates = set(units_of[combo.all[0]])
    for element in combo.all[1:]:
        candidates &= units_of[element].keys()
    for u in sorted(candidates):
        if combo.any and not any(u in units_of[e] for e in combo.any):
            continue
        if any(u in units_of[e] for e in combo.none):
            continue
        return units_of[combo.all[0]][u]
    return None


def _near(offsets: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(offsets, lo)
    return i < len(offsets) and offsets[i] <= hi


def _chars_match(combo: Combo, m: _Matches) -> int | None:
    n = combo.chars
    for off in m.element(combo.all[0]):
        lo, hi = off - n, off + n
        if not all(_near(m.element(e), lo, hi) for e in combo.all[1:]):
            continue
        if combo.any and not any(_near(m.element(e), lo, hi) for e in combo.any):
            continue
        if any(_near(m.element(e), lo, hi) for e in combo.none):
            continue
        return off
    return None


def _file_match(combo: Combo, m: _Matches) -> int | None:
    if not all(m.element(e) for e in combo.all):
        return None
    if combo.any and not any(m.element(e) for e in combo.any):
        return None
    if any(m.element(e) for e in combo.none):
        return None
    return m.element(combo.all[0])[0]


def evaluate(hset: HeuristicSet, doc: Document, index: TokenIndex | None = None) -> list[Reason]:
    """The combos of ``hset`` that hold in ``doc``. ``index`` (built from ``hset`` by
    ``index_for``) only makes it faster: the reasons are the same with or without it.

    In PHP, a match that starts in a comment or in a string that is data about code (a regular
    expression describing a call, a sentence naming one: ``php_inert``) does not count. The spans
    are worked out only for a file where some combo worth a reason holds on the raw text, and the
    combos are then judged again without those matches."""
    candidates = index.candidates(doc.data) if index is not None else None
    m = _Matches(doc, hset, candidates)
    reasons = _hold(hset, doc, m)
    if hset.language == "php" and any(r.score >= _INERT_FROM_SCORE for r in reasons):
        inert = inert_spans(doc.text)
        if inert:
            reasons = _hold(hset, doc, _Matches(doc, hset, candidates, inert=inert, found=m.found))
    return reasons


#: Reasons below this score are hints the inert spans are not worked out for.
_INERT_FROM_SCORE = 15


def _hold(hset: HeuristicSet, doc: Document, m: _Matches) -> list[Reason]:
    """The reasons for the combos of ``hset`` that hold with the matches ``m``."""
    reasons = []
    maybe = m.maybe
    for combo, needs in zip(hset.combos, hset.needs, strict=True):
        # Cheap exits: every 'all' element must name a token the index did not rule out, be
        # possible (literals present), then occur.
        if maybe is not None and (
            needs[0].isdisjoint(maybe) or (len(needs) > 1 and any(ids.isdisjoint(maybe) for ids in needs[1:]))
        ):
            continue
        if not all(m.possible(e) for e in combo.all) or not all(m.element(e) for e in combo.all):
            continue
        if combo.within == "file":
            hit = _file_match(combo, m)
        elif combo.within == "chars":
            hit = _chars_match(combo, m)
        else:
            hit = _unit_match(combo, m)
        if hit is None:
            continue
        reasons.append(
            Reason(
                id=combo.id,
                layer=Layer.HEURISTIC,
                score=combo.score,
                description=combo.description,
                line=doc.line_of(hit),
                snippet=doc.snippet_at(hit),
                family=combo.family,
            )
        )
    return reasons


def index_for(hset: HeuristicSet, facts: PatternFacts | None = None) -> TokenIndex:
    """The YARA token index of one heuristic set (compiled once per process by the layer);
    ``facts`` memoises the translations and YARA's verdict on them."""
    return TokenIndex.build(
        (
            IndexToken(tok.id, tok.regex, ((tok.anchors,) if tok.anchors else ()) + tok.gates, tok.head)
            for tok in hset.tokens
        ),
        facts=facts,
    )


class HeuristicLayer:
    layer = Layer.HEURISTIC
    costly = False

    def __init__(
        self, sets: Sequence[HeuristicSet], *, use_index: bool = True, cache_dir: Path | None = None
    ) -> None:
        """``cache_dir`` keeps the tokens' YARA translations, and YARA's verdict on them, between
        processes (a faster start). Each language's token index is built when a file of that
        language is first evaluated."""
        self._use_index = use_index
        self._cache_dir = cache_dir
        self._facts: PatternFacts | None = None
        self._lock = threading.Lock()
        #: language -> what builds its sets (a set, or a file's TOML still to compile)
        self._pending: dict[str, list[HeuristicSet | tuple[Mapping[str, Any], str]]] = {}
        self._by_language: dict[str, list[tuple[HeuristicSet, TokenIndex | None]]] = {}
        for s in sets:
            self._pending.setdefault(s.language, []).append(s)

    @classmethod
    def from_files(cls, paths: Iterable[str], *, cache_dir: Path | None = None) -> HeuristicLayer:
        """The layer of the heuristic files ``paths``. Each file's TOML is read now (a broken file
        is named at once); its patterns are compiled and indexed when a file of its language is
        first evaluated, so a process judging a few PHP files never compiles the JSP heuristics."""
        layer = cls((), cache_dir=cache_dir)
        for path in paths:
            doc = _read_toml_memo(_read_file(path), path, cache_dir)
            layer._pending.setdefault(str(doc.get("language", "")), []).append((doc, path))
        return layer

    def _sets(self, language: str) -> list[tuple[HeuristicSet, TokenIndex | None]]:
        found = self._by_language.get(language)
        if found is not None:
            return found
        with self._lock:
            found = self._by_language.get(language)
            if found is None:
                found = self._by_language[language] = self._build(self._pending.pop(language, []))
            return found

    def _build(
        self, pending: list[HeuristicSet | tuple[Mapping[str, Any], str]]
    ) -> list[tuple[HeuristicSet, TokenIndex | None]]:
        if not pending:
            return []
        if self._facts is None:
            self._facts = PatternFacts.in_dir(self._cache_dir)
        facts = self._facts
        built = []
        for item in pending:
            hset = item if isinstance(item, HeuristicSet) else build_heuristics(*item, facts=facts)
            built.append((hset, index_for(hset, facts) if self._use_index else None))
        facts.save()
        return built

    def warm(self, language: Language) -> None:
        """Compile and index the heuristics of ``language`` now (and those for any language)."""
        self._sets(language.value)
        self._sets("any")

    def __call__(self, doc: Document, ctx: FileContext, rescan: Rescan) -> list[Reason]:
        language = ctx.language
        if language in (Language.OTHER, Language.HTACCESS, Language.USER_INI):
            language = doc.embedded or language
        reasons: list[Reason] = []
        if language is Language.ASP:
            doc = server_side(doc)
        for hset, index in (*self._sets(language.value), *self._sets("any")):
            reasons.extend(evaluate(hset, doc, index))
        return reasons


#: What the server runs or reads in a classic ASP page: ``<% ... %>``, ``<script runat="server">``
#: blocks, ``<object runat="server">`` tags and ``#include`` directives.
_SERVER_PARTS = re.compile(
    rb"(?is)<%.*?(?:%>|\Z)"
    rb"|<script\b[^>]*\brunat\s*=\s*[\"']?server[^>]*>.*?(?:</script\s*>|\Z)"
    rb"|<object\b[^>]*>"
    rb"|<!--\s*#include\b[^>]*>"
)
#: Every byte but line ends -> a space.
_BLANK = bytes(b if b in (10, 13) else 32 for b in range(256))


def server_side(doc: Document) -> Document:
    """A classic ASP page as the server reads it: the HTML and browser JavaScript around the server
    code blanked out (every byte keeps its offset and line), so that ``eval`` in a page's
    JavaScript is not taken for VBScript's. Code without any server delimiter (a decoded payload)
    is all code and kept whole."""
    data = doc.data
    if b"<%" not in data and b"runat" not in doc.lower:
        return doc
    out: list[bytes] = []
    at = 0
    for m in _SERVER_PARTS.finditer(data):
        out += (data[at : m.start()].translate(_BLANK), m.group(0))
        at = m.end()
    out.append(data[at:].translate(_BLANK))
    return Document(b"".join(out))
