"""Type, mode and owner changes between a baseline entry and the live one (pure).

Release archives and restored backups rarely carry the live server's owners and modes: every file
of an upstream tarball may be owned by uid 1000 where the live copy belongs to www-data. Such a
*systematic* mapping (one old value -> one new value on most entries that had the old value, and on
at least ``MIN_SYSTEMATIC`` entries) is reported once, as a note, instead of once per file. A setuid
or setgid bit is never part of a systematic mapping: it is reported per file.
"""

from __future__ import annotations

import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from webhunt.diff.sources import Entry, EntryType
from webhunt.model import Language, Layer, Reason

MIN_SYSTEMATIC = 20
SYSTEMATIC_SHARE = 0.5

_SPECIAL = stat.S_ISUID | stat.S_ISGID


@dataclass(frozen=True, slots=True)
class Systematic:
    """Mappings treated as the deployment's, not as per-file changes."""

    uid: frozenset[tuple[int, int]] = frozenset()
    gid: frozenset[tuple[int, int]] = frozenset()
    mode: frozenset[tuple[EntryType, int, int]] = frozenset()
    notes: tuple[str, ...] = ()


def _systematic_pairs(
    values: list[tuple[object, object]],
) -> list[tuple[object, object, int]]:
    """(old, new, count) for each differing pair on at least MIN_SYSTEMATIC entries that also holds
    at least SYSTEMATIC_SHARE of the entries that had the old value."""
    changed = Counter(pair for pair in values if pair[0] != pair[1])
    candidates = {pair: n for pair, n in changed.items() if n >= MIN_SYSTEMATIC}
    if not candidates:
        return []
    totals = Counter(old for old, _ in values)
    return [(old, new, n) for (old, new), n in candidates.items() if n >= SYSTEMATIC_SHARE * totals[old]]


def find_systematic(
    pairs: Iterable[tuple[Entry, Entry]], *, mode_mask: int, compare_owner: bool
) -> Systematic:
    """Systematic owner/group/mode mappings over (baseline, live) entries of the same type."""
    uids: list[tuple[object, object]] = []
    gids: list[tuple[object, object]] = []
    modes: list[tuple[object, object]] = []
    for was, now in pairs:
        if compare_owner and was.uid is not None and now.uid is not None:
            uids.append((was.uid, now.uid))
        if compare_owner and was.gid is not None and now.gid is not None:
            gids.append((was.gid, now.gid))
        if was.mode is not None and now.mode is not None:
            modes.append(((was.type, was.mode & mode_mask), (was.type, now.mode & mode_mask)))
    notes: list[str] = []
    uid_map: set[tuple[int, int]] = set()
    for old, new, count in _systematic_pairs(uids):
        assert isinstance(old, int) and isinstance(new, int)
        uid_map.add((old, new))
        notes.append(f"owner {old} -> {new} on {count} entries: taken as the deployment's, not listed")
    gid_map: set[tuple[int, int]] = set()
    for old, new, count in _systematic_pairs(gids):
        assert isinstance(old, int) and isinstance(new, int)
        gid_map.add((old, new))
        notes.append(f"group {old} -> {new} on {count} entries: taken as the deployment's, not listed")
    mode_map: set[tuple[EntryType, int, int]] = set()
    for old, new, count in _systematic_pairs(modes):
        assert isinstance(old, tuple) and isinstance(new, tuple)
        kind, old_mode = old
        new_mode = new[1]
        if (new_mode & ~old_mode) & _SPECIAL:
            continue  # setuid/setgid: always per file
        mode_map.add((kind, old_mode, new_mode))
        warn = " (world-writable!)" if new_mode & stat.S_IWOTH and not old_mode & stat.S_IWOTH else ""
        notes.append(
            f"mode {old_mode:04o} -> {new_mode:04o}{warn} on {count} {kind.value} entries: "
            "taken as the deployment's, not listed"
        )
    return Systematic(frozenset(uid_map), frozenset(gid_map), frozenset(mode_map), tuple(notes))


# --------------------------------------------------------------------------------------------------
# One entry

SETUID = "WH-DIFF-SETUID"
WORLD_WRITABLE = "WH-DIFF-WORLD-WRITABLE"
EXEC_BIT = "WH-DIFF-EXEC-BIT"
MODE = "WH-DIFF-MODE"
OWNER = "WH-DIFF-OWNER"
TYPE_CHANGED = "WH-DIFF-TYPE-CHANGED"
SYMLINK = "WH-DIFF-SYMLINK"
SYMLINK_OUT = "WH-DIFF-SYMLINK-OUT"


@dataclass(frozen=True, slots=True)
class MetaDiff:
    details: tuple[str, ...] = ()
    reasons: tuple[Reason, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.details)


def _reason(rid: str, score: int, description: str) -> Reason:
    return Reason(id=rid, layer=Layer.DIFF, score=score, description=description)


def _type_name(kind: EntryType) -> str:
    return {"dir": "directory", "other": "special file"}.get(kind.value, kind.value)


def type_change(old: Entry, new: Entry, *, target_outside: bool) -> MetaDiff:
    """A path whose type changed, e.g. a file replaced by a symlink."""
    what = f"{_type_name(old.type)} replaced by {_type_name(new.type)}"
    if new.type is EntryType.SYMLINK:
        what += f" -> {new.link_target}"
        if target_outside:
            reason = _reason(
                SYMLINK_OUT,
                75,
                f"{what}: the link points outside the web root (symlink attack on other files)",
            )
        else:
            reason = _reason(SYMLINK, 40, f"{what}: the path now serves another file of the web root")
        return MetaDiff((what,), (reason,))
    return MetaDiff((what,), (_reason(TYPE_CHANGED, 30, f"{what} since the baseline"),))


def symlink_retarget(old: Entry, new: Entry, *, target_outside: bool) -> MetaDiff:
    what = f"symlink target {old.link_target} -> {new.link_target}"
    if target_outside:
        return MetaDiff((what,), (_reason(SYMLINK_OUT, 70, f"{what}: now points outside the web root"),))
    return MetaDiff((what,), (_reason(SYMLINK, 20, f"{what} since the baseline"),))


def same_meta(old: Entry, new: Entry, *, mode_mask: int, compare_owner: bool) -> bool:
    """Quick check: nothing for ``mode_owner_change`` to report (the common case)."""
    if old.mode is not None and new.mode is not None and (old.mode ^ new.mode) & mode_mask:
        return False
    if not compare_owner:
        return True
    return (old.uid is None or new.uid is None or old.uid == new.uid) and (
        old.gid is None or new.gid is None or old.gid == new.gid
    )


def mode_owner_change(
    old: Entry,
    new: Entry,
    *,
    mode_mask: int,
    compare_owner: bool,
    language: Language,
    systematic: Systematic,
) -> MetaDiff:
    """Mode and owner differences of two entries of the same type (systematic ones left out)."""
    details: list[str] = []
    reasons: list[Reason] = []
    if old.mode is not None and new.mode is not None:
        a, b = old.mode & mode_mask, new.mode & mode_mask
        if a != b and (new.type, a, b) not in systematic.mode:
            d, r = _mode_change(a, b, new.type, language, mode_mask)
            details.extend(d)
            reasons.extend(r)
    if compare_owner:
        for label, x, y, mapped in (
            ("owner", old.uid, new.uid, systematic.uid),
            ("group", old.gid, new.gid, systematic.gid),
        ):
            if x is not None and y is not None and x != y and (x, y) not in mapped:
                details.append(f"{label} {x} -> {y}")
                reasons.append(_reason(OWNER, 15, f"{label} changed {x} -> {y} since the baseline"))
    return MetaDiff(tuple(details), tuple(reasons))


def _mode_change(
    a: int, b: int, kind: EntryType, language: Language, mask: int
) -> tuple[list[str], list[Reason]]:
    added = b & ~a
    if mask == 0o100:  # git: only "executable or not" is known
        details = ["executable bit added" if added else "executable bit removed"]
    else:
        details = [f"mode {a:04o} -> {b:04o}"]
    reasons: list[Reason] = []
    script = language is not Language.OTHER
    if added & stat.S_ISUID:
        details.append("setuid added")
    if added & stat.S_ISGID and kind is not EntryType.DIR:
        details.append("setgid added")
    if added & _SPECIAL and kind is not EntryType.DIR:
        reasons.append(
            _reason(SETUID, 70, f"{details[-1]}: the file runs with its owner's or group's rights")
        )
    if added & stat.S_IWOTH:
        details.append("world-writable")
        if kind is EntryType.FILE and script:
            reasons.append(_reason(WORLD_WRITABLE, 45, "script made world-writable: anyone can rewrite it"))
        else:
            reasons.append(_reason(WORLD_WRITABLE, 20, f"{_type_name(kind)} made world-writable"))
    if kind is EntryType.FILE and added & 0o111 and not reasons:
        cgi = language is Language.CGI
        reasons.append(
            _reason(EXEC_BIT, 35 if cgi else 15, "executable bit added" + (" to a CGI script" if cgi else ""))
        )
    if not reasons:
        reasons.append(_reason(MODE, 15, f"{details[0]} since the baseline"))
    return details, reasons
