"""The web console in real headless Chromium against the real API over a filled SQLite store."""

from __future__ import annotations

import httpx
import pytest
from console_support import (
    ATTACKER,
    FILLER,
    HOSTILE_PATH,
    HOSTILE_SNIPPET,
    HOSTILE_UA,
    TOKEN,
    Console,
    Watch,
    shot,
    sign_in,
)
from playwright.sync_api import Page, expect
from webhunt_api.console import CSP

from webhunt.model import Status

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROWS = "#findings-table tbody tr"


def _paths(page: Page) -> list[str]:
    return page.locator(f"{ROWS} td.path").all_text_contents()


def _apply(page: Page, **filters: str) -> None:
    """Set every filter field (unset ones to empty) and submit the form."""
    for name in ("min_severity", "status"):
        page.select_option(f"#f-{name}", filters.get(name, ""))
    for name in ("host", "path_prefix", "q"):
        page.fill(f"#f-{name}", filters.get(name, ""))
    page.click("#filters button[type=submit]")


def test_page_and_assets_carry_a_strict_csp(console: Console) -> None:
    with httpx.Client(base_url=console.url) as client:  # no token: the page holds no data
        page = client.get("/ui")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        for r in (page, client.get("/ui/static/console.js"), client.get("/ui/static/console.css")):
            assert r.status_code == 200
            assert r.headers["content-security-policy"] == CSP
            assert r.headers["x-content-type-options"] == "nosniff"
        assert "<script>" not in page.text and "style=" not in page.text  # nothing inline
        assert client.get("/ui/static/console.html").status_code == 404  # only listed assets
        assert client.get("/ui/static/..%2Fconsole.py").status_code == 404
        assert client.get("/findings").status_code == 401  # the data stays behind the token


def test_list_loads_pages_and_filters_narrow_it(console: Console, page: Page, watch: Watch) -> None:
    sign_in(page, console.url)
    expect(page.locator(ROWS)).to_have_count(50)
    assert page.locator(f"{ROWS} .sev").first.text_content() == "critical"
    shot(page, "findings-list")
    page.click("#next-page")
    expect(page.locator(ROWS)).to_have_count(FILLER + 2 - 50)
    page.click("#first-page")
    expect(page.locator(ROWS)).to_have_count(50)

    _apply(page, min_severity="high")
    expect(page.locator(ROWS)).to_have_count(2)
    assert sorted(_paths(page)) == sorted([HOSTILE_PATH, "/var/www/html/up/shell.php"])
    assert "min_severity=high" in page.url
    shot(page, "findings-filtered")

    _apply(page, q="SHELL")
    expect(page.locator(ROWS)).to_have_count(1)
    assert _paths(page) == ["/var/www/html/up/shell.php"]

    _apply(page, path_prefix="/var/www/html/lib/", min_severity="medium")
    expect(page.locator(ROWS)).to_have_count(FILLER // 2)
    assert all(p.startswith("/var/www/html/lib/f") for p in _paths(page))

    console.store.triage(console.seeded.shell, Status.CONFIRMED, "tester")
    _apply(page, status="confirmed")
    expect(page.locator(ROWS)).to_have_count(1)

    _apply(page, host="elsewhere")
    expect(page.locator("#no-findings")).to_be_visible()
    assert watch.errors == [] and watch.dialogs == []


def test_finding_page_shows_the_evidence(console: Console, page: Page, watch: Watch) -> None:
    sign_in(page, console.url, route=f"#/finding/{console.seeded.shell}")
    expect(page.locator("#finding-path")).to_have_text("/var/www/html/up/shell.php")
    reason = page.locator("#reasons tbody tr")
    expect(reason).to_have_count(1)
    cells = reason.locator("td").all_text_contents()
    assert cells[0] == "WH_PHP_Eval_Request_Input" and cells[3] == "3"
    assert cells[4] == "eval of request input" and cells[5] == "eval($_POST['x']);"
    expect(page.locator("#diff .add")).to_have_text("+eval($_POST['x']);")
    expect(page.locator("#diff .hunk")).to_have_text("@@ -1,2 +1,3 @@")
    planting = page.locator("#planting tbody tr")
    expect(planting).to_have_count(1)
    assert planting.get_attribute("data-request") == str(console.seeded.planting_request)
    assert "POST" in planting.locator("td").all_text_contents()
    linked = page.locator("#requests tbody tr")
    expect(linked).to_have_count(4)
    roles = linked.locator("td.role").all_text_contents()
    assert sorted(roles) == ["planting", "use", "use", "use"]
    assert page.locator("#requests td.path", has_text="/up/shell.php?cmd=id").count() == 1
    meta = dict(
        zip(
            page.locator("#finding dl.meta dt").all_text_contents(),
            page.locator("#finding dl.meta dd").all_text_contents(),
            strict=True,
        )
    )
    detail = console.store.get_finding(console.seeded.shell)
    assert detail is not None
    assert meta["SHA-256"] == detail.finding.sha256 and meta["Host"] == "web01"
    assert meta["Change"] == "modified" and meta["Inserted lines"] == "3"
    assert "object" not in (page.locator("#finding").text_content() or "")  # no stringified nodes
    shot(page, "finding-detail")
    assert watch.errors == [] and watch.dialogs == []


def test_hostile_content_is_shown_as_text(console: Console, page: Page, watch: Watch) -> None:
    sign_in(page, console.url, route="#/findings?min_severity=high")
    expect(page.locator(ROWS)).to_have_count(2)
    assert HOSTILE_PATH in _paths(page)
    page.click(f"{ROWS} td.path a >> text=onerror")
    expect(page.locator("#finding-path")).to_have_text(HOSTILE_PATH)
    expect(page.locator("#reasons pre.snippet")).to_have_text(HOSTILE_SNIPPET)
    expect(page.locator("#reasons td", has_text="in a description")).to_have_text(
        "<b>markup</b> in a description"
    )
    expect(page.locator("#diff .add")).to_have_text("+" + HOSTILE_SNIPPET)
    shot(page, "finding-hostile")
    page.goto(f"{console.url}/ui#/attacker/{ATTACKER}")
    expect(page.locator("#timeline-requests td.ua", has_text="svg").first).to_have_text(HOSTILE_UA)
    # nothing the store held became markup: no image, no extra script, no event handler, no <b>
    assert page.locator("img").count() == 0 and page.locator("b").count() == 0
    assert page.locator("script").count() == 1  # console.js
    assert page.locator("[onerror], [onload]").count() == 0
    assert page.locator("svg").count() == 1  # the timeline chart only
    page.wait_for_timeout(200)  # let any injected handler fire before checking
    assert watch.dialogs == [] and watch.errors == []


def test_triage_persists(console: Console, page: Page, watch: Watch) -> None:
    fid = console.seeded.shell
    sign_in(page, console.url, route=f"#/finding/{fid}")
    expect(page.locator("#finding-status")).to_have_text("new")
    page.fill("#triage-note", "uploaded through /upload.php")
    page.click("button.triage[data-status=confirmed]")
    expect(page.locator("#finding-status")).to_have_text("confirmed")
    expect(page.locator("button.triage[data-status=confirmed]")).to_be_disabled()
    page.reload()
    expect(page.locator("#finding-status")).to_have_text("confirmed")
    detail = console.store.get_finding(fid)
    assert detail is not None
    assert detail.finding.status is Status.CONFIRMED
    assert detail.finding.status_by == "console"
    assert detail.finding.status_note == "uploaded through /upload.php"

    page.click("button.triage[data-status=false_positive]")
    expect(page.locator("#finding-status")).to_have_text("false_positive")
    page.click("button.triage[data-status=resolved]")
    expect(page.locator("#finding-status")).to_have_text("resolved")
    shot(page, "finding-triaged")
    detail = console.store.get_finding(fid)
    assert detail is not None and detail.finding.status is Status.RESOLVED
    page.goto(f"{console.url}/ui#/findings?status=resolved")
    expect(page.locator(ROWS)).to_have_count(1)
    assert watch.errors == [] and watch.dialogs == []


def test_attacker_timeline_chart_renders(console: Console, page: Page, watch: Watch) -> None:
    sign_in(page, console.url, route="#/attackers")
    page.click(f"#attackers-table a >> text={ATTACKER}")
    chart = page.locator("svg#timeline-chart")
    expect(chart).to_be_visible()
    points = chart.locator(".point")
    expect(points).to_have_count(console.seeded.attacker_requests)
    planting = chart.locator("rect.role-planting")
    expect(planting).to_have_count(1)
    assert planting.get_attribute("data-request") == str(console.seeded.planting_request)
    uses = chart.locator("circle.role-shell-use")
    assert sorted(int(str(u.get_attribute("data-request"))) for u in uses.all()) == sorted(
        console.seeded.use_requests
    )
    assert chart.locator("circle.role-other").count() == 2  # the two reconnaissance requests
    assert "POST /upload.php" in (planting.locator("title").text_content() or "")
    meta = page.locator("#attacker dl.meta")
    expect(meta.locator("dd").first).to_have_text("web01")
    assert f"#{console.seeded.shell}" in meta.locator("dd a").all_text_contents()
    assert "object" not in (page.locator("#attacker").text_content() or "")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    expect(page.locator("#timeline-requests tbody tr")).to_have_count(console.seeded.attacker_requests)
    shot(page, "attacker-timeline")
    assert watch.errors == [] and watch.dialogs == []


def test_wrong_token_shows_an_error(console: Console, page: Page, watch: Watch) -> None:
    sign_in(page, console.url, token="not-the-token-0123456789")
    expect(page.locator("#error")).to_be_visible()
    expect(page.locator("#error")).to_contain_text("invalid bearer token")
    expect(page.locator("#login")).to_be_visible()
    assert page.locator(ROWS).count() == 0
    assert page.evaluate("sessionStorage.getItem('webhunt.token')") is None
    shot(page, "wrong-token")
    page.fill("#token", TOKEN)
    page.click("#login-form button[type=submit]")
    expect(page.locator(ROWS)).to_have_count(50)
    expect(page.locator("#error")).to_be_hidden()
    assert watch.dialogs == []
