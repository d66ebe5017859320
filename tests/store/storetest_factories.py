"""Factories with sensible defaults for findings and requests in the store tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from webhunt.model import Finding, FindingKind, Language, Layer, Reason, Request, Severity

T0 = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)


def reason(rid: str = "WH_PHP_Eval_Request_Input", score: int = 90, **kw: Any) -> Reason:
    defaults: dict[str, Any] = {
        "layer": Layer.YARA,
        "description": "eval of request input",
        "line": 3,
        "snippet": "eval($_POST['x']);",
    }
    defaults.update(kw)
    return Reason(id=rid, score=score, **defaults)


def finding(path: str = "/var/www/html/up/shell.php", **kw: Any) -> Finding:
    root = kw.pop("root", "/var/www/html")
    values: dict[str, Any] = {
        "host": "web01",
        "kind": FindingKind.FILE,
        "path": path,
        "relpath": path.removeprefix(root).lstrip("/"),
        "sha256": "a" * 64,
        "severity": Severity.CRITICAL,
        "score": 95,
        "reasons": (reason(),),
        "language": Language.PHP,
        "root": root,
        "size": 120,
        "mtime": 1_740_000_000.0,
        "ctime": 1_740_000_000.5,
    }
    values.update(kw)
    return Finding(**values)


def request(line_no: int, **kw: Any) -> Request:
    values: dict[str, Any] = {
        "time": T0 + timedelta(seconds=line_no),
        "client_ip": "203.0.113.7",
        "method": "GET",
        "path": "/index.php",
        "query": "",
        "status": 200,
        "bytes_sent": 512,
        "referer": "-",
        "user_agent": "Mozilla/5.0",
        "source": "/var/log/nginx/access.log",
        "source_id": "src-1",
        "line_no": line_no,
    }
    values.update(kw)
    return Request(**values)


class Clock:
    """A settable clock: tests decide what ``now`` is."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now
