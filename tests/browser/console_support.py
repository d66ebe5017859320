"""Helpers of the console tests: the seeded store, Chromium settings, sign-in and screenshots."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from playwright.sync_api import Page

from webhunt.model import ChangeKind, Finding, FindingKind, Language, Layer, Reason, Request, Severity
from webhunt.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # the sandbox runs as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
TOKEN = "console-test-token-0123456789"
ROOT = "/var/www/html"
ATTACKER = "203.0.113.7"
T0 = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)

HOSTILE_PATH = f"{ROOT}/up/<img src=x onerror=alert(1)>.php"
HOSTILE_SNIPPET = "<img src=x onerror=alert(1)><script>alert(2)</script>"
HOSTILE_UA = "<svg onload=alert(3)>"
FILLER = 60  # low/medium findings under lib/, so the list has a second page


@dataclass
class Seeded:
    """Ids of what the store was filled with."""

    shell: int
    hostile: int
    planting_request: int
    use_requests: list[int]
    attacker_requests: int


@dataclass
class Console:
    store: Store
    url: str
    seeded: Seeded


@dataclass
class Watch:
    """What a page did that a test wants to see never happen (dialogs, console errors)."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _reason(rid: str, score: int, snippet: str, line: int, description: str) -> Reason:
    return Reason(id=rid, score=score, layer=Layer.YARA, description=description, line=line, snippet=snippet)


def _finding(path: str, severity: Severity, score: int, reasons: tuple[Reason, ...], **kw: object) -> Finding:
    return Finding(
        host="web01",
        kind=FindingKind.FILE,
        path=path,
        relpath=path.removeprefix(ROOT).lstrip("/"),
        sha256=hashlib.sha256(path.encode()).hexdigest(),
        severity=severity,
        score=score,
        reasons=reasons,
        language=Language.PHP,
        root=ROOT,
        size=120,
        mtime=1_740_000_000.0,
        ctime=1_740_000_000.5,
        **kw,  # type: ignore[arg-type]
    )


def _request(
    line_no: int, ip: str, method: str, path: str, *, query: str = "", ua: str = "curl/8.5"
) -> Request:
    return Request(
        time=T0 + timedelta(minutes=line_no),
        client_ip=ip,
        method=method,
        path=path,
        query=query,
        status=200,
        bytes_sent=512,
        referer="-",
        user_agent=ua,
        source="/var/log/nginx/access.log",
        source_id="src-1",
        line_no=line_no,
    )


def seed(store: Store) -> Seeded:
    """Two findings an analyst cares about (one with hostile content), filler, and an attacker."""
    shell, _ = store.upsert_finding(
        _finding(
            f"{ROOT}/up/shell.php",
            Severity.CRITICAL,
            95,
            (_reason("WH_PHP_Eval_Request_Input", 90, "eval($_POST['x']);", 3, "eval of request input"),),
            change=ChangeKind.MODIFIED,
            diff="--- a/up/shell.php\n+++ b/up/shell.php\n@@ -1,2 +1,3 @@\n <?php\n+eval($_POST['x']);\n ?>",
            inserted=((3, 3),),
        )
    )
    hostile, _ = store.upsert_finding(
        _finding(
            HOSTILE_PATH,
            Severity.HIGH,
            70,
            (_reason("WH_Hostile", 70, HOSTILE_SNIPPET, 1, "<b>markup</b> in a description"),),
            diff=f"--- a\n+++ b\n+{HOSTILE_SNIPPET}",
        )
    )
    store.upsert_findings(
        _finding(
            f"{ROOT}/lib/f{i:03}.php",
            Severity.MEDIUM if i % 2 else Severity.LOW,
            20 + i % 30,
            (_reason("WH_Filler", 20, "base64_decode($x)", 7, "obfuscation"),),
        )
        for i in range(FILLER)
    )
    requests = [
        _request(1, ATTACKER, "GET", "/wp-login.php"),
        _request(2, ATTACKER, "GET", "/.env"),
        _request(30, ATTACKER, "POST", "/upload.php"),
        _request(45, ATTACKER, "GET", "/up/shell.php", query="cmd=id", ua=HOSTILE_UA),
        _request(50, ATTACKER, "GET", "/up/shell.php", query="cmd=uname", ua=HOSTILE_UA),
        _request(90, ATTACKER, "POST", "/up/shell.php"),
        _request(3, "198.51.100.9", "GET", "/index.php", ua="Mozilla/5.0"),
    ]
    store.add_requests(requests)
    timeline = store.timeline(ATTACKER).items
    by_line = {r.line_no: r.id for r in timeline}
    store.set_planting(shell, by_line[30])
    uses = [by_line[45], by_line[50], by_line[90]]
    store.link_requests(shell, uses, "use")
    store.upsert_attacker(ATTACKER, (_reason("WH-LOG-SHELL", 80, "", 0, "requests a planted shell"),), 85)
    return Seeded(shell, hostile, by_line[30], uses, len(timeline))


def shot(page: Page, name: str) -> Path:
    """Save a full-page screenshot as a test artifact and return its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def sign_in(page: Page, url: str, token: str = TOKEN, route: str = "") -> None:
    page.goto(f"{url}/ui{route}")
    page.fill("#token", token)
    page.click("#login-form button[type=submit]")
