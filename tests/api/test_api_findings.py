"""/findings: filters, pagination, detail with evidence, triage through HTTP, JSON errors."""

from __future__ import annotations

from apitest_support import Api, factories

from webhunt.model import ChangeKind, Severity, Status
from webhunt.store import FindingQuery

finding, reason, request = factories.finding, factories.reason, factories.request


def _walk(api: Api, **params: object) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        r = api.client.get("/findings", params=query)  # type: ignore[arg-type]
        assert r.status_code == 200, r.text
        body = r.json()
        items.extend(body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            return items


def test_list_items_carry_the_documented_fields(api: Api) -> None:
    fid, _ = api.store.upsert_finding(finding())
    (item,) = api.client.get("/findings").json()["items"]
    assert item["id"] == fid
    for key in ("host", "path", "relpath", "severity", "score", "status", "first_seen", "last_seen"):
        assert item[key] is not None
    assert item["severity"] == "critical" and item["status"] == "new"
    assert item["reasons"][0]["id"] == "WH_PHP_Eval_Request_Input"
    assert item["first_seen"].endswith("Z")


def test_filters_and_pagination_walk(api: Api) -> None:
    items = [
        finding(
            f"/var/www/html/{'up' if i % 2 else 'lib'}/f{i:03}.php",
            severity=Severity(1 + i % 4),
            score=15 + i % 80,
            reasons=(reason("R_EVEN" if i % 2 == 0 else "R_ODD", 50),),
        )
        for i in range(230)
    ]
    ids = api.store.upsert_findings(items)
    walked = _walk(api, limit=17)
    assert sorted(int(str(x["id"])) for x in walked) == sorted(ids)
    assert len(walked) == 230
    severities = [x["severity"] for x in walked]
    order = ["critical", "high", "medium", "low"]
    assert severities == sorted(severities, key=order.index)
    high = _walk(api, min_severity="high", limit=500)
    assert {x["severity"] for x in high} == {"critical", "high"} and len(high) == 114
    up = _walk(api, path_prefix="/var/www/html/up/", rule="R_ODD", sort="-score")
    assert len(up) == 115
    assert all(str(x["path"]).startswith("/var/www/html/up/") for x in up)
    assert [x["score"] for x in up] == sorted((x["score"] for x in up), reverse=True)
    assert len(_walk(api, q="F00")) == 10  # f000..f009, case-insensitive
    assert _walk(api, host="elsewhere") == []


def test_q_and_path_prefix_take_like_wildcards_and_backslash_literally(api: Api) -> None:
    paths = [
        "/var/www/html/100%/a.php",
        "/var/www/html/a_b/b.php",
        "C:\\inetpub\\Shell.aspx",
        "/var/www/html/ab/c.php",
    ]
    api.store.upsert_findings([finding(p) for p in paths])

    def found(**params: str) -> list[object]:
        return sorted(x["path"] for x in _walk(api, **params))

    assert found(q="%") == [paths[0]]
    assert found(q="_") == [paths[1]]
    assert found(q="\\") == [paths[2]]
    assert found(q="INETPUB\\shell") == [paths[2]]
    assert found(q="a_b/") == [paths[1]]
    assert found(q="\\%") == []
    assert found(path_prefix="/var/www/html/a_") == [paths[1]]
    assert found(path_prefix="/var/www/html/%") == []
    assert found(path_prefix="c:\\") == []


def test_detail_carries_all_evidence(api: Api) -> None:
    fid, _ = api.store.upsert_finding(
        finding(diff="--- a\n+++ b\n+<?php eval($_POST[1]);", change=ChangeKind.MODIFIED, inserted=((7, 7),))
    )
    api.store.add_requests([request(1, method="POST", path="/upload.php"), request(2, path="/up/shell.php")])
    (planting, use) = sorted(
        api.client.get("/requests", params={"sort": "time"}).json()["items"], key=lambda r: r["line_no"]
    )
    api.store.set_planting(fid, planting["id"])
    api.store.link_requests(fid, [use["id"]], "use")
    body = api.client.get(f"/findings/{fid}").json()
    assert body["diff"].endswith("eval($_POST[1]);") and body["change"] == "modified"
    assert body["inserted"] == [[7, 7]]
    assert body["planting"]["path"] == "/upload.php" and body["planting"]["method"] == "POST"
    assert [(r["role"], r["path"]) for r in body["requests"]] == [
        ("planting", "/upload.php"),
        ("use", "/up/shell.php"),
    ]
    assert body["requests_total"] == 2 and body["planted_by"] == planting["id"]


def test_triage_through_http_persists_and_survives_rescans(api: Api) -> None:
    fid, _ = api.store.upsert_finding(finding())
    r = api.client.patch(
        f"/findings/{fid}", json={"status": "false_positive", "note": "vendor file", "by": "carol"}
    )
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["status_by"], r.json()["status_note"]) == (
        "false_positive",
        "carol",
        "vendor file",
    )
    api.store.upsert_finding(finding(score=99))  # a re-scan
    again = api.client.get(f"/findings/{fid}").json()
    assert (again["status"], again["status_by"], again["score"]) == ("false_positive", "carol", 99)
    listed = api.client.get("/findings", params={"status": ["false_positive", "confirmed"]}).json()
    assert [x["id"] for x in listed["items"]] == [fid]
    default_by = api.client.patch(f"/findings/{fid}", json={"status": "confirmed"}).json()
    assert default_by["status_by"] == "api"
    stored = api.store.list_findings(FindingQuery(status=(Status.CONFIRMED,))).items
    assert [f.id for f in stored] == [fid]


def test_errors_are_json_with_the_fields_at_fault(api: Api) -> None:
    cases = [
        ("GET", "/findings/12345", None, 404, None),
        ("GET", "/findings/0", None, 422, "path.finding_id"),
        ("GET", "/findings/99999999999999999999", None, 422, "path.finding_id"),
        ("GET", "/findings?limit=501", None, 422, "query.limit"),
        ("GET", "/findings?q=" + "x" * 201, None, 422, "query.q"),
        ("GET", "/findings?min_severity=urgent", None, 422, "query.min_severity"),
        ("GET", "/findings?since=yesterday", None, 422, "query.since"),
        ("GET", "/findings?since=1700000000", None, 422, "query.since"),
        ("GET", "/findings?host=a%00b", None, 422, "query.host"),
        ("GET", "/findings?host=a&host=b", None, 422, None),
        ("GET", "/findings?cursor=bogus", None, 422, None),
        ("PATCH", "/findings/1", {"status": "gone"}, 422, "body.status"),
        ("PATCH", "/findings/1", {"status": "new", "extra": 1}, 422, "body.extra"),
        ("PATCH", "/findings/1", {"status": "new", "note": "n" * 4001}, 422, "body.note"),
        ("GET", "/nope", None, 404, None),
        ("DELETE", "/findings/1", None, 405, None),
    ]
    for method, url, body, status, field in cases:
        r = api.client.request(method, url, json=body)
        assert r.status_code == status, (url, r.text)
        data = r.json()
        assert isinstance(data["error"], str) and data["error"]
        if field is not None:
            assert field in {d["field"] for d in data["detail"]}, (url, data)
    # a filter the route does not take is refused, not ignored (which would list everything)
    for url, key in [
        ("/findings?severity=critical", "severity"),
        ("/stats?verbose=1", "verbose"),
        ("/findings/1?x=", "x"),
    ]:
        r = api.client.get(url)
        assert r.status_code == 422, (url, r.text)
        assert r.json()["error"].startswith(f"query.{key}: not a parameter of this route"), r.text
    assert "min_severity" in api.client.get("/findings?severity=critical").json()["error"]
    assert api.client.get("/findings?min_severity=critical&status=new&status=confirmed").status_code == 200
    bad_json = api.client.patch(
        "/findings/1", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert bad_json.status_code in (400, 422) and "error" in bad_json.json()


def test_since_until_window(api: Api) -> None:
    fid, _ = api.store.upsert_finding(finding())
    (item,) = api.client.get("/findings").json()["items"]
    seen = item["first_seen"]
    inside = api.client.get("/findings", params={"since": seen, "until": seen}).json()["items"]
    assert [x["id"] for x in inside] == [fid]
    naive = seen.removesuffix("Z")  # no zone: UTC
    assert [x["id"] for x in api.client.get("/findings", params={"since": naive}).json()["items"]] == [fid]
    later = api.client.get("/findings", params={"since": "9999-12-31T23:59:59-23:59"})
    assert later.status_code == 422 and "query.since" in later.json()["error"]
