"""Helpers shared by the guard's tests (the fixtures are in conftest.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from webhunt.daemon.guard import Guard
from webhunt.model import FindingKind, Severity, Status
from webhunt.store import FindingQuery, FindingRecord, Store

RULE = """
rule T_Eval_Post {
  meta: description = "eval of POST" score = 85 family = "china_chopper" language = "php"
  strings: $a = /eval\\s*\\(\\s*\\$_POST/
  condition: $a
}
"""

SHELL = "<?php @eval($_POST['z']); ?>\n"
CLEAN = "<?php echo 'hello';\n"


class AlertLog:
    """A text stream that keeps the alert lines written to it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._lock = threading.Lock()

    def write(self, text: str) -> int:
        with self._lock:
            self.lines.extend(x for x in text.splitlines() if x)
        return len(text)

    def flush(self) -> None:
        pass


def findings(store: Store, *, kind: FindingKind | None = FindingKind.FILE, **kw: Any) -> list[FindingRecord]:
    out: list[FindingRecord] = []
    cursor = None
    while True:
        page = store.list_findings(FindingQuery(host="guard-test", kind=kind, limit=500, cursor=cursor, **kw))
        out.extend(page.items)
        cursor = page.next_cursor
        if cursor is None:
            return out


def open_findings(store: Store, **kw: Any) -> dict[str, FindingRecord]:
    """Open detections (medium and above: a plain script in uploads/ is a low context signal)."""
    kw.setdefault("min_severity", Severity.MEDIUM)
    return {f.relpath: f for f in findings(store, status=(Status.NEW, Status.CONFIRMED), **kw)}


def wait_for(check: Callable[[], Any], timeout: float = 60.0, interval: float = 0.02) -> Any:
    """Poll ``check`` until it returns something truthy; fail after ``timeout``."""
    end = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


#: The ``make_guard`` fixture: ``make_guard(**config_changes) -> (guard, store, alerts)``.
MakeGuard = Callable[..., tuple[Guard, Store, AlertLog]]


def gone(pid: int) -> bool:
    """Whether process ``pid`` has exited (a zombie counts as exited)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
