"""Type, mode and owner changes, and the systematic mappings left out of the per-file list."""

from __future__ import annotations

import pytest

from webhunt.detect.scoring import verdict
from webhunt.diff.metadata import (
    Systematic,
    find_systematic,
    mode_owner_change,
    symlink_retarget,
    type_change,
)
from webhunt.diff.sources import Entry, EntryType
from webhunt.model import Language, Severity


def f(mode: int, uid: int = 33, gid: int = 33, kind: EntryType = EntryType.FILE, rel: str = "a.php") -> Entry:
    return Entry(rel, kind, 10, mode, uid, gid, 0.0)


@pytest.mark.parametrize(
    ("old", "new", "language", "details", "severity"),
    [
        (f(0o644), f(0o666), Language.PHP, ("mode 0644 -> 0666", "world-writable"), Severity.MEDIUM),
        (f(0o644), f(0o666), Language.OTHER, ("mode 0644 -> 0666", "world-writable"), Severity.LOW),
        (f(0o755), f(0o4755), Language.OTHER, ("mode 0755 -> 4755", "setuid added"), Severity.HIGH),
        (f(0o755), f(0o2755), Language.CGI, ("mode 0755 -> 2755", "setgid added"), Severity.HIGH),
        (f(0o644), f(0o755), Language.CGI, ("mode 0644 -> 0755",), Severity.LOW),
        (f(0o644), f(0o600), Language.PHP, ("mode 0644 -> 0600",), Severity.LOW),
        (
            f(0o755, kind=EntryType.DIR),
            f(0o2775, kind=EntryType.DIR),
            Language.OTHER,
            ("mode 0755 -> 2775",),
            Severity.LOW,
        ),
        (f(0o644, uid=33), f(0o644, uid=0), Language.PHP, ("owner 33 -> 0",), Severity.LOW),
        (f(0o644, gid=33), f(0o644, gid=0), Language.PHP, ("group 33 -> 0",), Severity.LOW),
    ],
)
def test_mode_owner_change(
    old: Entry, new: Entry, language: Language, details: tuple[str, ...], severity: Severity
) -> None:
    m = mode_owner_change(
        old, new, mode_mask=0o7777, compare_owner=True, language=language, systematic=Systematic()
    )
    assert m.details == details
    assert verdict(language, m.reasons).severity is severity


def test_exec_bit_only_for_git() -> None:
    m = mode_owner_change(
        f(0o644),
        f(0o775),
        mode_mask=0o100,
        compare_owner=False,
        language=Language.CGI,
        systematic=Systematic(),
    )
    assert m.details == ("executable bit added",)
    none = mode_owner_change(
        f(0o644),
        f(0o666),
        mode_mask=0o100,
        compare_owner=False,
        language=Language.PHP,
        systematic=Systematic(),
    )
    assert not none


def test_type_changes() -> None:
    link_out = Entry("wp-config.php", EntryType.SYMLINK, 11, 0o777, 0, 0, 0.0, link_target="/etc/passwd")
    m = type_change(f(0o644), link_out, target_outside=True)
    assert m.details == ("file replaced by symlink -> /etc/passwd",)
    assert verdict(Language.PHP, m.reasons).severity is Severity.HIGH
    link_in = Entry("index.php", EntryType.SYMLINK, 15, 0o777, 0, 0, 0.0, link_target="uploads/cat.jpg")
    assert (
        verdict(Language.PHP, type_change(f(0o644), link_in, target_outside=False).reasons).severity
        is Severity.MEDIUM
    )
    d = type_change(f(0o755, kind=EntryType.DIR), f(0o644), target_outside=False)
    assert d.details == ("directory replaced by file",)
    r = symlink_retarget(link_in, link_out, target_outside=True)
    assert r.details == ("symlink target uploads/cat.jpg -> /etc/passwd",)


def test_systematic_mappings() -> None:
    pairs = [(f(0o644, uid=1000, rel=f"{i}.php"), f(0o664, uid=33, rel=f"{i}.php")) for i in range(25)]
    pairs.append((f(0o644, uid=1000), f(0o4755, uid=0)))
    s = find_systematic(pairs, mode_mask=0o7777, compare_owner=True)
    assert s.uid == frozenset({(1000, 33)})
    assert s.mode == frozenset({(EntryType.FILE, 0o644, 0o664)})
    assert s.gid == frozenset()
    assert len(s.notes) == 2
    odd = pairs[-1]
    m = mode_owner_change(*odd, mode_mask=0o7777, compare_owner=True, language=Language.PHP, systematic=s)
    assert m.details == ("mode 0644 -> 4755", "setuid added", "owner 1000 -> 0")
    assert not mode_owner_change(
        *pairs[0], mode_mask=0o7777, compare_owner=True, language=Language.PHP, systematic=s
    )


def test_few_changes_are_never_systematic() -> None:
    pairs = [(f(0o644, rel=f"{i}.php"), f(0o666, rel=f"{i}.php")) for i in range(5)]
    assert find_systematic(pairs, mode_mask=0o7777, compare_owner=True) == Systematic()


def test_setuid_is_never_systematic() -> None:
    pairs = [(f(0o755, rel=f"{i}"), f(0o4755, rel=f"{i}")) for i in range(30)]
    assert find_systematic(pairs, mode_mask=0o7777, compare_owner=True).mode == frozenset()
