from __future__ import annotations

from datetime import UTC, datetime, timedelta

from webhunt.correlate import InMemoryRequests, UrlMapping, correlate, normalise_path, urls_for
from webhunt.model import ChangeKind, Finding, FindingKind, Language, Layer, Reason, Request, Severity

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
_line = 0


def req(
    minutes: float, ip: str, method: str, target: str, status: int = 200, ua: str = "Mozilla/5.0"
) -> Request:
    global _line
    _line += 1
    path, _, query = target.partition("?")
    return Request(
        time=T0 + timedelta(minutes=minutes),
        client_ip=ip,
        method=method,
        path=path,
        query=query,
        status=status,
        bytes_sent=100,
        referer="-",
        user_agent=ua,
        source="access.log",
        source_id="s1",
        line_no=_line,
    )


def finding(relpath: str, kind: FindingKind = FindingKind.FILE) -> Finding:
    return Finding(
        host="web1",
        kind=kind,
        path="/var/www/" + relpath,
        relpath=relpath,
        sha256="ab" * 32,
        severity=Severity.CRITICAL,
        score=95,
        reasons=(Reason("R", Layer.YARA, 95, "shell"),),
        language=Language.PHP,
        root="/var/www",
    )


ATTACKER, HELPER = "203.0.113.77", "198.51.100.23"
BENIGN = [f"192.0.2.{i}" for i in range(1, 30)]


def incident() -> list[Request]:
    rs: list[Request] = []
    for i, ip in enumerate(BENIGN):  # normal browsing, incl. the admin's own uploads
        rs += [
            req(i, ip, "GET", "/"),
            req(i + 0.1, ip, "GET", "/about.php"),
            req(i + 0.2, ip, "GET", "/assets/app.css"),
        ]
    rs.append(req(5, BENIGN[0], "POST", "/admin/upload.php"))  # the real admin uploads a picture
    rs += [
        req(60, ATTACKER, "GET", "/.env", 404, ua="sqlmap/1.7"),
        req(61, ATTACKER, "GET", "/phpmyadmin/", 404),
        req(70, ATTACKER, "POST", "/admin/login.php", 302),
        req(75, ATTACKER, "POST", "/admin/upload.php"),
        req(76, ATTACKER, "POST", "/uploads/2026/11/thumb.php", 200),
        req(77, ATTACKER, "POST", "/uploads/2026/11/thumb.php?z0=d2hvYW1p", 200),
        req(90, ATTACKER, "POST", "/admin/edit.php?file=includes/footer.php", 200),
        req(300, HELPER, "POST", "/uploads/2026/11/thumb.php", 200),
    ]
    rs.append(req(80, BENIGN[3], "GET", "/uploads/2026/11/thumb.php", 404))  # a crawler following a link: 404
    return rs


def test_urls_for_default_and_mappings() -> None:
    assert urls_for("uploads/a.php") == ["/uploads/a.php"]
    assert urls_for("blog/index.php", [UrlMapping("blog", "/news")]) == ["/news/index.php", "/news/"]
    assert urls_for("x/y.php", [UrlMapping("blog", "/news")]) == []
    assert normalise_path("/uploads/../uploads/%61.php") == "/uploads/a.php"


def test_planting_request_and_attackers_are_named() -> None:
    result = correlate(
        [finding("uploads/2026/11/thumb.php"), finding("includes/footer.php")], InMemoryRequests(incident())
    )
    shell, footer = result.files
    assert shell.attacker_ips == [HELPER, ATTACKER]
    assert shell.planted_by is not None
    p = shell.planted_by.request
    assert (p.client_ip, p.method, p.path, p.time) == (
        ATTACKER,
        "POST",
        "/admin/upload.php",
        T0 + timedelta(minutes=75),
    )
    assert len(shell.requests) == 4 and shell.first_request is not None
    # the included footer is never requested itself: the editor request that names it planted it
    assert footer.requests == [] and footer.planted_by is not None
    assert footer.planted_by.request.path == "/admin/edit.php"
    ips = {a.ip for a in result.attackers}
    assert ips == {ATTACKER, HELPER}
    assert not ips & set(BENIGN)


def test_timeline_reads_as_the_story() -> None:
    result = correlate([finding("uploads/2026/11/thumb.php")], InMemoryRequests(incident()))
    (attacker,) = [a for a in result.attackers if a.ip == ATTACKER]
    roles = [(e.role, e.request.path) for e in attacker.timeline]
    assert roles[:2] == [("recon", "/.env"), ("recon", "/phpmyadmin/")]
    assert ("upload", "/admin/upload.php") in roles
    assert roles.index(("upload", "/admin/upload.php")) < roles.index(("shell", "/uploads/2026/11/thumb.php"))
    times = [e.request.time for e in attacker.timeline]
    assert times == sorted(times)


def test_popular_infected_page_only_blames_shell_like_use() -> None:
    rs = [*incident(), req(100, ATTACKER, "POST", "/index.php?pass=1")]
    result = correlate([finding("index.php")], InMemoryRequests(rs))
    (story,) = result.files
    assert story.attacker_ips == [ATTACKER]


def test_users_of_a_flawed_file_the_known_good_copy_holds_are_not_attackers() -> None:
    # admin/upload.php is flagged (it keeps the client's file name) but unchanged against the
    # baseline: it is the application's own code, and its users are its users
    from dataclasses import replace

    shell = replace(finding("uploads/2026/11/thumb.php"), change=ChangeKind.ADDED)
    flawed = finding("admin/upload.php")
    result = correlate([shell, flawed], InMemoryRequests(incident()), baseline_compared=True)
    stories = {s.finding.relpath: s for s in result.files}
    assert stories["admin/upload.php"].attacker_ips == []
    assert {a.ip for a in result.attackers} == {ATTACKER, HELPER}
    (attacker,) = [a for a in result.attackers if a.ip == ATTACKER]
    roles = [(e.role, e.request.path) for e in attacker.timeline]
    assert ("shell", "/admin/upload.php") not in roles  # using the application is not shell use
    # without a baseline the same file's users count, as before
    unknown = correlate([shell, flawed], InMemoryRequests(incident()))
    assert BENIGN[0] in {a.ip for a in unknown.attackers}


def test_unrequested_file_is_tied_to_the_write_at_its_ctime() -> None:
    from dataclasses import replace

    rs = [
        *incident(),
        req(200, ATTACKER, "POST", "/admin/upload.php"),
        req(203, BENIGN[2], "POST", "/contact.php"),
    ]
    planted_at = (T0 + timedelta(minutes=200, seconds=-2)).timestamp()
    htaccess = replace(finding("uploads/2026/11/.htaccess"), ctime=planted_at, mtime=planted_at)
    (story,) = correlate([htaccess], InMemoryRequests(rs)).files
    assert story.requests == [] and story.planted_by is not None
    assert story.planted_by.request.client_ip == ATTACKER
    assert story.planted_by.request.time == T0 + timedelta(minutes=200)
    assert "ctime" in story.planted_by.why
    # without a plausible file time nothing is guessed
    (story,) = correlate([finding("uploads/2026/11/.htaccess")], InMemoryRequests(rs)).files
    assert story.planted_by is None
