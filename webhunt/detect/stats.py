"""The statistics layer: how much a script looks packed or machine-obfuscated.

Each feature is compared with what ordinary code of the same language looks like, from thresholds
measured on the benign Debian-package applications (``signatures/heuristics/stats.toml``). A feature
beyond everything seen in benign code is a weak hint; several together make a medium one. The layer
emits at most one reason, capped below medium, so statistics can support a verdict but never decide
one: packed vendor code (minified JavaScript in PHP views, licence-encoded plugins) stays below 40 on
statistics alone.
"""

from __future__ import annotations

import math
import re
import tomllib
import zlib
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from webhunt.detect.document import Document
from webhunt.detect.layers import Rescan
from webhunt.errors import RuleError
from webhunt.model import FileContext, Language, Layer, Reason

#: The score stats alone can reach (below medium by design).
MAX_STATS_SCORE = 35
#: Features are measured on at most this many bytes (head of the file) to keep the layer cheap.
SAMPLE_BYTES = 1024 * 1024

#: Runs shorter than this are not measured: ``longest_run`` / ``longest_encoded`` are 0 below it
#: (benign code is far below every threshold anyway; searching only long runs keeps the layer cheap).
MIN_RUN = 64
_LONG_RUN = re.compile(rb"(?<!\S)\S{%d,}" % MIN_RUN)
_B64_RUN = re.compile(rb"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/=]{%d,}" % MIN_RUN)
_B64_ALPHABET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
_SPACES = frozenset(b" \t\n\r\x0b\x0c")
#: Tables mapping a byte class to b"A" and everything else to b" ": a run of MIN_RUN bytes of the
#: class exists iff b"A" * MIN_RUN occurs in the translated sample (a fast substring search).
_NONSPACE_TABLE = bytes(32 if b in _SPACES else 65 for b in range(256))
_B64_TABLE = bytes(65 if b in _B64_ALPHABET else 32 for b in range(256))
_RUN_MARK = b"A" * MIN_RUN
_LITERAL = re.compile(rb"'(?:[^'\\\n]|\\.){0,1000000}'|\"(?:[^\"\\\n]|\\.){0,1000000}\"", re.DOTALL)
_PHP_VAR = re.compile(rb"\$([A-Za-z_][A-Za-z0-9_]*)")
#: Base64-alphabet runs, \\x escape runs and %-escape runs (separate patterns: each one starts with
#: a literal or a guarded class, so the regex engine skips ahead instead of trying every offset).
_ESCAPE_RUNS = (
    re.compile(rb"\\x[0-9A-Fa-f]{2}(?:\\x[0-9A-Fa-f]{2}){31,}"),
    re.compile(rb"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2}){31,}"),
)
#: A Base64 run cut into short quoted pieces glued back one at a time (``$z .= "UEQ5d2FI";``,
#: ``$z[] = "..."``, ``"..." . "..."``): no literal is long, so the pieces' total is what counts.
#: Literal-led (``.``, ``[``); a chain continues while only ``;``, white space and the variable
#: stand between two pieces, and counts from ``_MIN_PIECES`` pieces on.
_GLUE_GAP = re.compile(rb"\s{0,20}(?:;\s{0,20}\$\w{1,40}\s{0,10})?")
_MIN_PIECES = 8
_GLUED_TAIL = rb"\s{0,10}['\"](?P<piece>[A-Za-z0-9+/=]{1,4096}+)['\"]"
#: Each way of gluing: the literals a file needs at least ``_MIN_PIECES - 1`` of to hold such a
#: chain, and the piece it glues. The first two are led by a two-byte literal (``re`` skips ahead
#: to it); the third tries every ``.`` and runs only in files full of ``'.'``/``" . "`` joins.
_GLUED_FORMS = (
    ((b".=",), re.compile(rb"\.=" + _GLUED_TAIL)),
    ((b"[]",), re.compile(rb"\[\]\s{0,10}=" + _GLUED_TAIL)),
    ((b"'.'", b'"."', b"' . '", b'" . "'), re.compile(rb"\.(?!=)" + _GLUED_TAIL)),
)
_CONTROL = frozenset(b for b in range(32) if b not in (9, 10, 13)) | {127}
#: Every byte that is not a control byte: deleting them leaves the control bytes to count.
_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL)
_WORD = re.compile(rb"\b([A-Za-z_][A-Za-z0-9_]*)\b")
_ESCAPE = re.compile(rb"\\(?:x[0-9A-Fa-f]{2}|[0-7]{3})")
#: Names obfuscators generate: O/0 and l/I/1 alphabets, _0x1a2b hex names, underscore runs.
_RANDOM_NAME = re.compile(
    rb"^(?:[O0]{4,}|[lI1]{4,}|_+0x[0-9a-fA-F]{3,}|_{4,}|[Il1O0_]{6,}[0-9]*|"
    rb"(?=[A-Za-z0-9]*\d[A-Za-z]+\d)(?=[A-Za-z0-9]{8,}$)[A-Za-z0-9]+)$"
)


@dataclass(frozen=True, slots=True)
class Features:
    size: int
    entropy: float  # Shannon entropy, bits per byte
    coincidence: float  # index of coincidence of the bytes
    longest_run: int  # longest stretch without whitespace
    longest_literal: int  # longest quoted string literal
    longest_encoded: int  # longest run of Base64/hex/percent-encoded characters
    compression: float  # zlib-compressed size / size (low = repetitive, high = random)
    nonprintable: float  # share of control bytes and bytes that are not valid UTF-8
    random_names: float  # share of identifiers that look machine-generated
    long_names: int  # identifiers longer than 40 characters
    escapes: float  # \xNN / \NNN escapes per KiB


FEATURES: tuple[str, ...] = (
    "entropy",
    "coincidence",
    "longest_run",
    "longest_literal",
    "longest_encoded",
    "compression",
    "nonprintable",
    "random_names",
    "long_names",
    "escapes",
)

#: Stable reason ids per feature (the layer reports the strongest one).
REASON_IDS = {
    "entropy": "WH-ST-001",
    "coincidence": "WH-ST-001",
    "compression": "WH-ST-001",
    "longest_run": "WH-ST-002",
    "longest_literal": "WH-ST-002",
    "longest_encoded": "WH-ST-002",
    "nonprintable": "WH-ST-003",
    "random_names": "WH-ST-004",
    "long_names": "WH-ST-004",
    "escapes": "WH-ST-005",
}
_WHAT = {
    "entropy": "byte entropy {v:.2f} bits",
    "coincidence": "index of coincidence {v:.4f}",
    "longest_run": "{v:.0f} bytes without whitespace",
    "longest_literal": "a {v:.0f}-byte string literal",
    "longest_encoded": "{v:.0f} bytes of Base64/hex-encoded data in one piece",
    "compression": "compresses only to {v:.0%}",
    "nonprintable": "{v:.1%} non-printable bytes",
    "random_names": "{v:.0%} of identifiers look machine-generated",
    "long_names": "{v:.0f} identifiers longer than 40 characters",
    "escapes": "{v:.0f} hex/octal escapes per KiB",
}


def measure(data: bytes, language: Language, *, full: bool = True) -> Features:
    """The statistics of ``data`` (bounded: only the first SAMPLE_BYTES are measured).

    With ``full=False`` only the cheap features are measured (runs, encoded runs, non-printable
    bytes, identifier shapes, escapes: substring checks and literal-led regexes); the costly ones
    (entropy and coincidence from a byte histogram, zlib compression, the longest literal) are left
    at values no threshold flags.
    """
    sample = data[:SAMPLE_BYTES]
    n = len(sample)
    if n == 0:
        return Features(0, 0.0, 0.0, 0, 0, 0, 0.0, 0.0, 0.0, 0, 0.0)
    longest_run = _longest_class_run(sample, _NONSPACE_TABLE)
    longest_encoded = max(_longest_class_run(sample, _B64_TABLE), _longest(sample, _ESCAPE_RUNS))
    if language is Language.PHP:
        longest_encoded = max(longest_encoded, _longest_glued(sample))
    control = len(sample.translate(None, _CONTROL_BYTES))
    invalid = n - len(sample.decode("utf-8", "ignore").encode("utf-8"))
    nonprintable = (control + invalid) / n
    names = _PHP_VAR.findall(sample) if language is Language.PHP else _WORD.findall(sample)
    distinct = set(names)
    random_share = (
        sum(1 for name in distinct if _RANDOM_NAME.match(name)) / len(distinct)
        if len(distinct) >= 12
        else 0.0
    )
    long_names = sum(1 for name in distinct if len(name) > 40)
    escapes = len(_ESCAPE.findall(sample)) * 1024 / n
    entropy, coincidence, longest_literal, compression = 0.0, 1.0, 0, 0.0
    if full:
        counts = Counter(sample).values()
        entropy = -sum(c / n * math.log2(c / n) for c in counts)
        coincidence = sum(c * (c - 1) for c in counts) / (n * (n - 1)) if n > 1 else 0.0
        longest_literal = max((m.end() - m.start() - 2 for m in _LITERAL.finditer(sample)), default=0)
        compression = len(zlib.compress(sample, 6)) / n
    return Features(
        n,
        entropy,
        coincidence,
        longest_run,
        longest_literal,
        longest_encoded,
        compression,
        nonprintable,
        random_share,
        long_names,
        escapes,
    )


def _longest_class_run(sample: bytes, table: bytes) -> int:
    """The longest run of the bytes ``table`` maps to b"A" (the others map to b" "), when it is at
    least ``MIN_RUN`` long; else 0. ``_LONG_RUN`` and ``_B64_RUN`` say the same in regex terms; the
    table and ``split`` find it in C, twice as fast on PHP files."""
    classes = sample.translate(table)
    if _RUN_MARK not in classes:
        return 0
    return max(map(len, classes.split()))


def _longest_glued(sample: bytes) -> int:
    """The most Base64 characters in one chain of short quoted pieces glued back together (at least
    ``_MIN_PIECES`` of them), in PHP; 0 when there is none."""
    best = 0
    for glues, pattern in _GLUED_FORMS:
        if sum(map(sample.count, glues)) < _MIN_PIECES - 1:
            continue
        total = count = 0
        prev_end = -1
        for m in pattern.finditer(sample):
            gap = _GLUE_GAP.match(sample, prev_end, m.start()) if prev_end >= 0 else None
            if gap is not None and gap.end() == m.start():
                total += len(m.group("piece"))
                count += 1
            else:
                total, count = len(m.group("piece")), 1
            if count >= _MIN_PIECES:
                best = max(best, total)
            prev_end = m.end()
    return best


def _longest(sample: bytes, patterns: tuple[re.Pattern[bytes], ...]) -> int:
    """The longest match of ``patterns``."""
    return max((m.end() - m.start() for p in patterns for m in p.finditer(sample)), default=0)


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-language thresholds for one feature: ``high`` (rare in benign code), ``extreme`` (never)."""

    high: float
    extreme: float
    low_is_odd: bool = False  # for features where *small* values are the anomaly


@dataclass(frozen=True, slots=True)
class StatsRules:
    min_size: int
    weak: int
    strong: int
    limits: dict[str, dict[str, Limits]]  # language -> feature -> limits ("default" as fallback)

    def for_language(self, language: Language) -> dict[str, Limits]:
        return self.limits.get(language.value) or self.limits.get("default", {})


def load_rules(path: Path | None = None) -> StatsRules:
    """Read the calibrated thresholds (the bundled ``stats.toml`` unless ``path`` is given)."""
    if path is None:
        origin = "signatures/heuristics/stats.toml"
        text = (resources.files("webhunt_signatures") / "heuristics" / "stats.toml").read_text("utf-8")
    else:
        origin = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RuleError(f"{origin}: cannot read: {exc}") from exc
    return parse_rules(text, origin)


def parse_rules(text: str, origin: str) -> StatsRules:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{origin}: {exc}") from exc
    table = doc.get("stats")
    if not isinstance(table, dict):
        raise RuleError(f"{origin}: missing [stats] table")
    try:
        min_size = int(table.get("min_size", 512))
        weak = int(table.get("weak", 15))
        strong = int(table.get("strong", 25))
    except (TypeError, ValueError) as exc:
        raise RuleError(f"{origin}: [stats] min_size/weak/strong must be integers ({exc})") from None
    limits: dict[str, dict[str, Limits]] = {}
    for lang, features in table.items():
        if not isinstance(features, dict):
            continue
        if lang != "default" and lang not in {x.value for x in Language}:
            raise RuleError(f"{origin}: [stats.{lang}] is not a language")
        per: dict[str, Limits] = {}
        for name, values in features.items():
            if name not in FEATURES:
                raise RuleError(f"{origin}: [stats.{lang}] unknown feature {name!r}")
            try:
                per[name] = Limits(
                    high=float(values["high"]),
                    extreme=float(values["extreme"]),
                    low_is_odd=bool(values.get("low_is_odd", False)),
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise RuleError(
                    f"{origin}: [stats.{lang}.{name}] needs numeric 'high' and 'extreme' ({exc})"
                ) from None
        limits[lang] = per
    return StatsRules(min_size, weak, strong, limits)


_SCRIPT_LANGUAGES = frozenset(
    {Language.PHP, Language.JSP, Language.ASP, Language.ASPX, Language.CFM, Language.CGI}
)


class StatsLayer:
    """Obfuscation statistics judged against benign code of the same language.

    The layer corroborates: it runs after the others, and measures its costly features only when
    they can matter: another layer already has a reason (``signal``), or a cheap feature is out of
    the benign range. Alone it stays below medium either way.
    """

    layer = Layer.STATS
    costly = True
    corroborating = True

    def __init__(self, *, rules: StatsRules | None = None, rules_path: Path | None = None) -> None:
        self.rules = rules if rules is not None else load_rules(rules_path)

    def __call__(
        self, doc: Document, ctx: FileContext, rescan: Rescan, *, signal: bool = True
    ) -> list[Reason]:
        if ctx.language not in _SCRIPT_LANGUAGES or len(doc.data) < self.rules.min_size:
            return []
        limits = self.rules.for_language(ctx.language)
        if not limits:
            return []
        features = measure(doc.data, ctx.language, full=False)
        fired = self.score(features, limits)
        if signal or fired:
            features = measure(doc.data, ctx.language)
            fired = self.score(features, limits)
        if not fired:
            return []
        per_group: dict[str, int] = {}
        for name, s, _v in fired:
            rid = REASON_IDS[name]
            per_group[rid] = max(per_group.get(rid, 0), s)
        total = 0.0
        weight = 1.0
        for s in sorted(per_group.values(), reverse=True):
            total += s * weight
            weight /= 2
        score = min(MAX_STATS_SCORE, round(total))
        parts = [_WHAT[name].format(v=v) for name, _s, v in fired]
        return [
            Reason(
                id=REASON_IDS[fired[0][0]],
                layer=Layer.STATS,
                score=score,
                description=(
                    f"looks packed or machine-obfuscated for {ctx.language.value} code: " + "; ".join(parts)
                ),
                family="packer",
            )
        ]

    def score(self, f: Features, limits: dict[str, Limits]) -> list[tuple[str, int, float]]:
        """(feature, score, value) for every feature beyond its benign range, strongest first.

        Features measuring the same thing (entropy, coincidence and compression; the run lengths)
        share a reason id and count once in the layer's score.
        """
        out = []
        for name in FEATURES:
            lim = limits.get(name)
            if lim is None:
                continue
            value = float(getattr(f, name))
            if lim.low_is_odd:
                hit_strong, hit_weak = value <= lim.extreme, value <= lim.high
            else:
                hit_strong, hit_weak = value >= lim.extreme, value >= lim.high
            if hit_strong:
                out.append((name, self.rules.strong, value))
            elif hit_weak:
                out.append((name, self.rules.weak, value))
        return sorted(out, key=lambda x: -x[1])
