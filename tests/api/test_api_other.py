"""/requests, /attackers, timelines, /stats, /metrics, /scans, /health."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import sqlalchemy as sa
from apitest_support import ROOT, TOKEN, Api, ApiFactory, factories, instant_scanner
from webhunt_api.app import create_app
from webhunt_api.server import ServerThread
from webhunt_api.settings import ApiSettings, ScanRunner

from webhunt.store import Store
from webhunt.store.engine import create_engine

request, reason, finding = factories.request, factories.reason, factories.finding


def test_requests_and_timeline(api: Api) -> None:
    api.store.add_requests(
        [request(i, client_ip="203.0.113.7" if i % 2 else "198.51.100.1") for i in range(1, 21)]
    )
    r = api.client.get("/requests", params={"ip": "203.0.113.7", "limit": 3, "sort": "time"})
    body = r.json()
    assert [x["line_no"] for x in body["items"]] == [1, 3, 5] and body["next_cursor"]
    nxt = api.client.get(
        "/requests",
        params={"ip": "203.0.113.7", "limit": 3, "sort": "time", "cursor": body["next_cursor"]},
    ).json()
    assert [x["line_no"] for x in nxt["items"]] == [7, 9, 11]
    api.store.upsert_attacker("203.0.113.7", [reason("A_SHELL", 90)], 90)
    tl = api.client.get("/attackers/203.0.113.7/timeline", params={"limit": 500}).json()
    assert [x["line_no"] for x in tl["items"]] == list(range(1, 21, 2))
    assert tl["attacker"][0]["score"] == 90 and tl["attacker"][0]["requests"] == 10
    unknown = api.client.get("/attackers/192.0.2.99/timeline").json()
    assert unknown["items"] == [] and unknown["attacker"] == []
    ipv6 = api.client.get("/attackers/2001:db8::1/timeline")
    assert ipv6.status_code == 200


def test_attackers_list(api: Api) -> None:
    api.store.add_requests([request(1)])
    api.store.upsert_attacker("203.0.113.7", [reason("A1", 70)], 70)
    api.store.upsert_attacker("192.0.2.1", [reason("A2", 20)], 20)
    body = api.client.get("/attackers", params={"limit": 1}).json()
    assert [a["ip"] for a in body["items"]] == ["203.0.113.7"]
    rest = api.client.get("/attackers", params={"cursor": body["next_cursor"]}).json()
    assert [a["ip"] for a in rest["items"]] == ["192.0.2.1"] and rest["next_cursor"] is None
    assert api.client.get("/attackers", params={"min_score": 50}).json()["items"][0]["ip"] == ("203.0.113.7")


def test_stats_and_metrics(api: Api) -> None:
    api.store.upsert_findings([finding(f"/var/www/html/{i}.php") for i in range(3)])
    api.store.add_requests([request(i) for i in range(1, 5)])
    stats = api.client.get("/stats").json()
    assert stats["findings_total"] == 3 and stats["by_severity"] == {"critical": 3}
    assert stats["requests_total"] == 4 and stats["hosts"] == ["web01"]
    metrics = api.client.get("/metrics")
    assert metrics.headers["content-type"].startswith("text/plain; version=0.0.4")
    text = metrics.text
    assert 'webhunt_findings_by_severity{severity="critical"} 3' in text
    assert "webhunt_requests_stored 4" in text
    assert 'webhunt_http_requests_total{method="GET",route="/stats",status="200"} 1' in text
    for line in text.splitlines():
        assert line.startswith("#") or line.startswith("webhunt_"), line


def test_scans_without_a_scanner_answer_503(api: Api) -> None:
    r = api.client.post("/scans", json={"root": ROOT})
    assert r.status_code == 503
    assert "no scanner is configured" in r.json()["error"]


def test_scan_of_a_configured_root(make_api: ApiFactory) -> None:
    api = make_api(scanner=instant_scanner)
    r = api.client.post("/scans", json={"root": ROOT + "/"})
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["root"] == ROOT and body["scan_id"] is not None
    scan = api.client.get(body["status_url"]).json()
    assert (scan["status"], scan["root"], scan["progress"]) == ("done", ROOT, 1.0)
    assert api.client.get("/scans/999").status_code == 404


def test_only_configured_roots_can_be_scanned(make_api: ApiFactory) -> None:
    api = make_api(scanner=instant_scanner)
    for root in ("/etc", "/var/www/html/../../etc", "/var/www", "relative/path"):
        r = api.client.post("/scans", json={"root": root})
        assert r.status_code == 422, root
        assert "not one of the roots configured" in r.json()["error"]


def _slow_scanner(release: threading.Event) -> Callable[[Store], ScanRunner]:
    def factory(store: Store) -> ScanRunner:
        def run(root: str) -> int:
            scan_id = store.start_scan(root, "scan")
            store.update_scan(scan_id, files_total=10, files_done=3)
            release.wait(30)
            store.finish_scan(scan_id)
            return scan_id

        return run

    return factory


def test_a_slow_scanner_answers_without_id_and_one_scan_per_root(make_api: ApiFactory) -> None:
    release = threading.Event()
    api = make_api(scanner=_slow_scanner(release), scan_start_timeout=0.2)
    try:
        first = api.client.post("/scans", json={"root": ROOT})
        assert first.status_code == 202 and first.json()["scan_id"] is None
        busy = api.client.post("/scans", json={"root": ROOT})
        assert busy.status_code == 409
        progress = api.client.get("/scans/1").json()
        assert (progress["status"], progress["progress"]) == ("running", 0.3)
    finally:
        release.set()
    deadline = time.monotonic() + 10
    while api.client.get("/scans/1").json()["status"] != "done":
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_scanner_failures_are_json(make_api: ApiFactory) -> None:
    def broken(store: Store) -> ScanRunner:
        def run(root: str) -> int:
            raise RuntimeError("disk on fire")

        return run

    api = make_api(scanner=broken)
    r = api.client.post("/scans", json={"root": ROOT})
    assert r.status_code == 500
    assert r.json() == {"error": "internal error: see the webhunt server log"}
    assert "disk on fire" not in r.text


def test_an_unreachable_store_is_503_json() -> None:
    """A real store on a server that does not answer (nothing listens on port 1)."""
    url = "postgresql+psycopg://webhunt:hunter2@127.0.0.1:1/fleet"
    store = Store(create_engine(sa.make_url(url)), url, "web01")
    app = create_app(ApiSettings(store=store, token=TOKEN))
    with ServerThread(app) as server, httpx.Client(base_url=server.url) as client:
        down = client.get("/health")
        assert down.status_code == 503 and down.json()["status"] == "unavailable"
        r = client.get("/findings", headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 503
        assert "127.0.0.1:1/fleet" in r.json()["error"] and "hunter2" not in r.text
    store.close()
