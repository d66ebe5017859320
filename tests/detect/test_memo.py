"""The verdict memo: same bytes, same context, same ruleset -> the remembered verdict; nothing else."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from webhunt.detect import memo
from webhunt.detect.engine import context_for, default_engine
from webhunt.detect.memo import VerdictMemo, memo_key
from webhunt.model import Severity

SHELL = b"<?php @eval($_POST['k']); ?>\n"
PAGE = b"<?php echo htmlspecialchars($title); ?>\n"


def test_a_saved_verdict_comes_back_equal(tmp_path: Path) -> None:
    ctx = context_for("uploads/x.php", len(SHELL))
    verdict = default_engine().detect(SHELL, ctx)
    assert verdict.severity is Severity.CRITICAL
    m = VerdictMemo.open(tmp_path, "v1")
    m.put(memo_key(SHELL, ctx), verdict)
    m.save()
    again = VerdictMemo.open(tmp_path, "v1")
    assert again.get(memo_key(SHELL, ctx)) == verdict


def test_other_bytes_context_or_ruleset_miss(tmp_path: Path) -> None:
    ctx = context_for("index.php", len(SHELL))
    m = VerdictMemo.open(tmp_path, "v1")
    m.put(memo_key(SHELL, ctx), default_engine().detect(SHELL, ctx))
    m.save()
    m = VerdictMemo.open(tmp_path, "v1")
    assert m.get(memo_key(PAGE, ctx)) is None
    assert m.get(memo_key(SHELL, context_for("uploads/index.php", len(SHELL)))) is None
    assert m.get(memo_key(SHELL, dataclasses.replace(ctx, executable_by_config=True))) is None
    assert m.get(memo_key(SHELL, dataclasses.replace(ctx, truncated=True))) is None
    assert VerdictMemo.open(tmp_path, "v2").get(memo_key(SHELL, ctx)) is None


def test_the_least_recently_used_verdicts_go_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "MAX_ENTRIES", 2)
    ctx = context_for("a.php", 1)
    verdict = default_engine().detect(PAGE, ctx)
    m = VerdictMemo.open(tmp_path, "v1")
    m.put("a", verdict)
    m.put("b", verdict)
    assert m.get("a") == verdict  # "a" used again: "b" is now the oldest
    m.put("c", verdict)
    m.save()
    m = VerdictMemo.open(tmp_path, "v1")
    assert (m.get("a"), m.get("b"), m.get("c")) == (verdict, None, verdict)


@pytest.mark.parametrize(
    "text",
    ["", "{not json", '{"format": "webhunt-verdicts-1", "ruleset": "v1", "verdicts": {"k": 3}}', "[]"],
    ids=["empty", "broken", "bad-entry", "not-an-object"],
)
def test_a_damaged_memo_is_a_warning_and_is_rewritten(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "verdicts" / "v1.json"
    path.parent.mkdir()
    path.write_text(text)
    with caplog.at_level(logging.WARNING, logger="webhunt.detect.memo"):
        m = VerdictMemo.open(tmp_path, "v1")
    assert len(m) == 0 and str(path) in caplog.text
    ctx = context_for("a.php", len(PAGE))
    m.put(memo_key(PAGE, ctx), default_engine().detect(PAGE, ctx))
    m.save()
    assert len(VerdictMemo.open(tmp_path, "v1")) == 1


def test_a_damaged_entry_is_judged_again(tmp_path: Path) -> None:
    path = tmp_path / "verdicts" / "v1.json"
    path.parent.mkdir()
    path.write_text(
        '{"format": "webhunt-verdicts-1", "ruleset": "v1", "verdicts": {"k": "{\\"score\\": 1}"}}'
    )
    m = VerdictMemo.open(tmp_path, "v1")
    assert len(m) == 1
    assert m.get("k") is None
    assert len(m) == 0


def test_an_unwritable_cache_directory_is_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be")
    m = VerdictMemo.open(blocked, "v1")
    ctx = context_for("a.php", len(PAGE))
    m.put(memo_key(PAGE, ctx), default_engine().detect(PAGE, ctx))
    with caplog.at_level(logging.WARNING, logger="webhunt.detect.memo"):
        m.save()
    assert "cannot update verdict memo" in caplog.text
