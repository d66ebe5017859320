"""Judging one change (pure): which reasons an added, modified or deleted file earns.

- Added files are scanned in full; non-script files are also checked for server-side code.
- Modified files: the unified diff is computed, the inserted code is scanned on its own (PHP tags
  added where needed) *and* the whole new file is scanned in context; the verdict combines both.
  Inserted code that is malicious on its own is CRITICAL (``WH-DIFF-INSERTED-CODE``), naming the
  inserted lines and showing them.
- Whitespace/line-ending-only changes are LOW and not scanned again.
- ``.htaccess``/``.user.ini``/``web.config`` changes are always reported, with what they now make
  executable; removing protective directives (``Deny from all``, ``php_flag engine off`` ...) is
  MEDIUM.

Every reason made here has ``layer=Layer.DIFF`` and a stable ``WH-DIFF-*`` id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from webhunt.detect import scoring
from webhunt.detect.config_files import ExecRules, parse_htaccess, parse_user_ini, parse_web_config
from webhunt.diff import textdiff
from webhunt.model import FileContext, Language, Layer, Reason, Severity, Verdict

Detector = Callable[[bytes, FileContext], Verdict]

INSERTED_CODE = "WH-DIFF-INSERTED-CODE"
FLAGGED_LINE_INSERTED = "WH-DIFF-FLAGGED-LINE-INSERTED"
ADDED_SCRIPT = "WH-DIFF-ADDED-SCRIPT"
MODIFIED_SCRIPT = "WH-DIFF-MODIFIED-SCRIPT"
CODE_IN_DATA_FILE = "WH-DIFF-CODE-IN-DATA-FILE"
WHITESPACE_ONLY = "WH-DIFF-WHITESPACE-ONLY"
CONFIG_CHANGED = "WH-DIFF-CONFIG-CHANGED"
PROTECTION_REMOVED = "WH-DIFF-PROTECTION-REMOVED"
DELETED = "WH-DIFF-DELETED"
DELETED_CONFIG = "WH-DIFF-DELETED-CONFIG"
SPECIAL_FILE = "WH-DIFF-SPECIAL-FILE"
SYMLINK_ADDED = "WH-DIFF-SYMLINK-ADDED"

CONFIG_LANGUAGES = frozenset({Language.HTACCESS, Language.USER_INI, Language.WEB_CONFIG})

_PARSERS: dict[Language, Callable[[str], ExecRules]] = {
    Language.HTACCESS: parse_htaccess,
    Language.USER_INI: parse_user_ini,
    Language.WEB_CONFIG: parse_web_config,
}

#: Server-side code inside a non-script file. Strict enough for binaries (images, archives), where
#: two- or three-byte markers such as ``<%`` occur by chance.
_EMBEDDED_CODE = re.compile(
    rb"<\?php[\s(/]|<\?=\s*[$@(\"']"
    rb"|<\?[ \t\r\n]+(?:\$[a-z_]|@?(?:eval|assert|system|passthru|shell_exec|exec|echo|print|if|include|require)[\s($'\"])"
    rb"|<%@\s*(?:page|import|webhandler|language|control|assembly)\b"
    rb"|<%\s*(?:eval|execute|response\.|request[.(]|runtime|out\.print|set\s|dim\s)"
    rb"|<script[^>]{0,100}runat\s*=\s*[\"']?server"
    rb"|<jsp:(?:scriptlet|declaration|expression)",
    re.IGNORECASE,
)

#: Directives that keep code from running or files from being served.
_PROTECTIVE = re.compile(
    r"^\s*(?:deny\s+from\s+all|require\s+all\s+denied|order\s+deny\s*,\s*allow"
    r"|php_(?:admin_)?flag\s+engine\s+(?:off|0)|remove(?:handler|type)\b"
    r"|sethandler\s+(?:none|default-handler)|options\s+.*-execcgi"
    r"|engine\s*=\s*(?:off|0|false)"
    r"|<deny\b|<add\s+fileextension=.*allowed\s*=\s*\"false\"|.*accesspolicy\s*=\s*\"read\")",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Content:
    """A live file's bytes as read: whole, or head and tail when it was larger than the read cap."""

    data: bytes
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Assessment:
    verdict: Verdict
    details: tuple[str, ...] = ()
    inserted: tuple[tuple[int, int], ...] = ()
    diff: str = ""


def _reason(rid: str, score: int, description: str, line: int | None = None, snippet: str = "") -> Reason:
    return Reason(id=rid, layer=Layer.DIFF, score=score, description=description, line=line, snippet=snippet)


def judge(language: Language, reasons: Sequence[Reason]) -> Verdict:
    return scoring.verdict(language, reasons)


def is_code_language(language: Language) -> bool:
    return language is not Language.OTHER and language not in CONFIG_LANGUAGES


def embedded_code(data: bytes) -> tuple[int, str] | None:
    """(line, snippet) of the first server-side code marker in a non-script file."""
    m = _EMBEDDED_CODE.search(data)
    if m is None:
        return None
    line = data.count(b"\n", 0, m.start()) + 1
    end = data.find(b"\n", m.start())
    raw = data[m.start() : (end if end != -1 else len(data))][:160]
    return line, textdiff.snippet_of(raw, [(1, 1)])


def _detect(detector: Detector | None, data: bytes, ctx: FileContext) -> list[Reason]:
    if detector is None:
        return []
    return list(detector(data, ctx).reasons)


def _code_in_data(ctx: FileContext, data: bytes, what: str) -> list[Reason]:
    found = embedded_code(data)
    if found is None:
        return []
    line, snippet = found
    ext = f".{ctx.extension} " if ctx.extension else ""
    where = []
    if ctx.in_upload_dir:
        where.append("in an upload/data directory")
    if ctx.executable_by_config:
        where.append("made executable by a configuration file")
    score = 75 if where else 50
    desc = f"{what} {ext}file carries server-side code" + (f" ({', '.join(where)})" if where else "")
    return [_reason(CODE_IN_DATA_FILE, score, desc, line, snippet)]


# --------------------------------------------------------------------------------------------------
# Configuration files


def exec_rules(language: Language, data: bytes) -> ExecRules | None:
    parser = _PARSERS.get(language)
    if parser is None:
        return None
    return parser(data.decode("utf-8", errors="replace"))


def describe_rules(rules: ExecRules) -> str:
    parts: list[str] = []
    if rules.extensions:
        parts.append(", ".join(f".{e}" for e in sorted(rules.extensions)))
    if rules.filenames:
        parts.append(", ".join(sorted(rules.filenames)))
    if rules.patterns:
        parts.append("files matching " + ", ".join(rules.patterns))
    text = f"makes executable: {'; '.join(parts)}" if parts else "makes nothing extra executable"
    if rules.prepend:
        text += f"; prepends {', '.join(rules.prepend)} to every PHP script"
    if rules.engine_off:
        text += "; switches the PHP engine off"
    return text


def _newly_executable(old: ExecRules, new: ExecRules) -> str:
    parts = [f".{e}" for e in sorted(new.extensions - old.extensions)]
    parts += sorted(new.filenames - old.filenames)
    parts += [f"files matching {p}" for p in new.patterns if p not in old.patterns]
    text = f"now also makes executable: {', '.join(parts)}" if parts else ""
    prepends = [p for p in new.prepend if p not in old.prepend]
    if prepends:
        text += ("; " if text else "") + f"now prepends {', '.join(prepends)}"
    if old.engine_off and not new.engine_off:
        text += ("; " if text else "") + "no longer switches the PHP engine off"
    return text


def _protective(lines: Sequence[str]) -> list[str]:
    return [line.strip() for line in lines if _PROTECTIVE.match(line)]


def _config_reasons(
    ctx: FileContext, new: bytes, old: bytes | None, what: str, removed_lines: Sequence[str]
) -> tuple[list[Reason], list[str]]:
    rules = exec_rules(ctx.language, new)
    assert rules is not None
    details = [describe_rules(rules)]
    if old is not None:
        old_rules = exec_rules(ctx.language, old)
        assert old_rules is not None
        newly = _newly_executable(old_rules, rules)
        if newly:
            details = [newly]
    reasons = [_reason(CONFIG_CHANGED, 20, f"{ctx.filename} {what}: {details[-1]}")]
    removed = _protective(removed_lines)
    if removed:
        shown = "; ".join(removed[:3])
        reasons.append(
            _reason(PROTECTION_REMOVED, 50, f"protective directives removed from {ctx.filename}: {shown}")
        )
        details.append(f"removed: {shown}")
    return reasons, details


# --------------------------------------------------------------------------------------------------
# Added / deleted


def assess_added(ctx: FileContext, content: Content, detector: Detector | None) -> Assessment:
    reasons = _detect(detector, content.data, ctx)
    details: list[str] = []
    if content.truncated:
        details.append(f"only head and tail scanned ({ctx.size} bytes)")
    if is_code_language(ctx.language):
        reasons.append(_reason(ADDED_SCRIPT, 15, f"{ctx.language.value} script added since the baseline"))
    elif ctx.language in CONFIG_LANGUAGES:
        r, d = _config_reasons(ctx, content.data, None, "added", ())
        reasons.extend(r)
        details.extend(d)
    else:
        reasons.extend(_code_in_data(ctx, content.data, "added"))
    return Assessment(judge(ctx.language, reasons), tuple(details))


def assess_added_symlink(language: Language, target: str, *, outside: bool) -> Assessment:
    if outside:
        r = _reason(SYMLINK_ADDED, 70, f"symlink added pointing outside the web root: -> {target}")
    else:
        r = _reason(SYMLINK_ADDED, 15, f"symlink added -> {target}")
    return Assessment(judge(language, [r]), (f"symlink -> {target}",))


def assess_added_special(language: Language) -> Assessment:
    r = _reason(SPECIAL_FILE, 20, "special file (fifo, socket or device) added in the web root")
    return Assessment(judge(language, [r]), ("special file",))


def assess_deleted(ctx: FileContext, old: bytes | None, *, has_content: bool) -> Assessment:
    reasons = [_reason(DELETED, 15, "deleted since the baseline")]
    details: list[str] = []
    if ctx.language in CONFIG_LANGUAGES:
        if old is not None:
            removed = _protective(old.decode("utf-8", errors="replace").splitlines())
            if removed:
                shown = "; ".join(removed[:3])
                reasons.append(
                    _reason(
                        PROTECTION_REMOVED, 50, f"deleted {ctx.filename} held protective directives: {shown}"
                    )
                )
                details.append(f"it held: {shown}")
        elif not has_content:
            reasons.append(
                _reason(DELETED_CONFIG, 30, f"{ctx.filename} deleted (baseline has no content to check)")
            )
    return Assessment(judge(ctx.language, reasons), tuple(details))


# --------------------------------------------------------------------------------------------------
# Modified


def assess_modified(
    ctx: FileContext,
    new: Content,
    old: bytes | None,
    detector: Detector | None,
    *,
    no_old_because: str = "",
) -> Assessment:
    """A file whose content changed. ``old`` is the baseline's bytes (None when the baseline has no
    content or the file is too large to diff; ``no_old_because`` says why)."""
    details: list[str] = []
    reasons: list[Reason] = []
    language = ctx.language
    if old is not None and not new.truncated:
        if textdiff.is_binary(old) or textdiff.is_binary(new.data):
            details.append("binary content changed")
        elif textdiff.whitespace_only(old, new.data):
            reasons.append(_reason(WHITESPACE_ONLY, 15, "whitespace/line-ending only change"))
            return Assessment(judge(language, reasons), ("whitespace/line-ending only",))
        else:
            return _assess_text_change(ctx, new.data, old, detector)
    elif no_old_because:
        details.append(no_old_because)
    reasons.extend(_detect(detector, new.data, ctx))
    if is_code_language(language):
        reasons.append(_reason(MODIFIED_SCRIPT, 15, "script content changed since the baseline"))
    elif language in CONFIG_LANGUAGES:
        r, d = _config_reasons(ctx, new.data, old, "changed", ())
        reasons.extend(r)
        details.extend(d)
    elif old is None or embedded_code(old) is None:
        reasons.extend(_code_in_data(ctx, new.data, "modified"))
    return Assessment(judge(language, reasons), tuple(details))


def _assess_text_change(ctx: FileContext, new: bytes, old: bytes, detector: Detector | None) -> Assessment:
    language = ctx.language
    diff = textdiff.line_diff(old, new, old_name=f"baseline/{ctx.relpath}", new_name=f"live/{ctx.relpath}")
    details: list[str] = [_summary(diff)]
    whole = _detect(detector, new, ctx)
    reasons = list(whole)
    if diff.inserted and detector is not None:
        reasons.extend(_inserted_reasons(ctx, new, diff.inserted, whole, detector))
    if is_code_language(language):
        reasons.append(_reason(MODIFIED_SCRIPT, 15, "script content changed since the baseline"))
    elif language in CONFIG_LANGUAGES:
        removed = _lines_in(old, diff.deleted)
        r, d = _config_reasons(ctx, new, old, "changed", removed)
        reasons.extend(r)
        details.extend(d)
    elif embedded_code(old) is None:
        reasons.extend(_code_in_data(ctx, new, "modified"))
    return Assessment(judge(language, reasons), tuple(details), diff.inserted, diff.unified)


def _summary(diff: textdiff.LineDiff) -> str:
    ins = sum(b - a + 1 for a, b in diff.inserted)
    dele = sum(b - a + 1 for a, b in diff.deleted)
    return f"{ins} line{'s' if ins != 1 else ''} inserted, {dele} deleted"


def _lines_in(data: bytes, ranges: Sequence[tuple[int, int]]) -> list[str]:
    lines = textdiff.split_lines(data)
    return [lines[i - 1].decode("utf-8", errors="replace") for a, b in ranges for i in range(a, b + 1)]


def _range_of(line: int | None, ranges: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    if line is None:
        return None
    for first, last in ranges:
        if first <= line <= last:
            return first, last
    return None


def _inserted_reasons(
    ctx: FileContext,
    new: bytes,
    ranges: tuple[tuple[int, int], ...],
    whole: Sequence[Reason],
    detector: Detector,
) -> list[Reason]:
    code = textdiff.inserted_code(new, ranges, php=ctx.language is Language.PHP)
    alone = detector(code.data, replace(ctx, size=len(code.data), truncated=False))
    remapped = [_remap(r, code.line_map, ranges) for r in alone.reasons]
    out = list(remapped)
    if alone.severity is not None and alone.severity >= Severity.MEDIUM:
        top = max(remapped, key=lambda r: r.score)
        span = _range_of(top.line, ranges) or ranges[0]
        out.append(
            _reason(
                INSERTED_CODE,
                95,
                f"code inserted at {_lines(span)} is malicious on its own: {top.description}",
                span[0],
                textdiff.snippet_of(new, [span]),
            )
        )
        return out
    flagged = [r for r in whole if r.score >= 40 and _range_of(r.line, ranges) is not None]
    if flagged:
        top = max(flagged, key=lambda r: r.score)
        span = _range_of(top.line, ranges) or ranges[0]
        out.append(
            _reason(
                FLAGGED_LINE_INSERTED,
                60,
                f"flagged line {top.line} was inserted since the baseline ({top.description})",
                top.line,
                textdiff.snippet_of(new, [span]),
            )
        )
    return out


def _lines(span: tuple[int, int]) -> str:
    return f"line {span[0]}" if span[0] == span[1] else f"lines {span[0]}-{span[1]}"


def _remap(r: Reason, line_map: tuple[int | None, ...], ranges: Sequence[tuple[int, int]]) -> Reason:
    """A reason found in the inserted-code document, with its line moved to the live file."""
    line: int | None = None
    if r.line is not None and 1 <= r.line <= len(line_map):
        line = line_map[r.line - 1]
        if line is None and r.line < len(line_map):
            line = line_map[r.line]  # the added '<?php' line: point at the code after it
    if line is None:
        line = ranges[0][0]
    return replace(r, line=line)
