"""A real attack on a real nginx + php-fpm, seen by ``webhunt run`` and asserted through its API
(the attack itself: e2e_attack.py)."""

from __future__ import annotations

import functools
from typing import Any

import httpx
import pytest
from e2e_attack import (
    ATTACKER,
    BENIGN,
    HIGH,
    PLANTED,
    accessed,
    all_accessed,
    attack,
    client,
    eventually,
    findings,
    planted,
    use_shells,
)
from e2e_stack import Guard, Site

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

UPLOADED = ("uploads/shell.php", "uploads/.htaccess", "uploads/avatar.jpg")


@pytest.fixture(scope="module")
def attacked(site: Site, guard: Guard) -> httpx.Client:
    """The attack, run once for the tests of this module; they read the outcome through the API."""
    attack(site)
    return guard.api


def test_each_planted_file_is_a_finding_naming_the_attacker_and_its_planting_request(
    attacked: httpx.Client,
) -> None:
    for relpath, endpoint in PLANTED.items():
        d = eventually(functools.partial(planted, attacked, relpath), f"{relpath}: planting request")
        assert d["severity"] in HIGH, d
        assert d["planting"]["client_ip"] == ATTACKER, d["planting"]
        assert d["planting"]["method"] == "POST" and d["planting"]["path"] == endpoint, d["planting"]
        expected_change = "modified" if relpath == "includes/footer.php" else "added"
        assert d["change"] == expected_change, d


def test_each_upload_names_its_own_upload_request(attacked: httpx.Client) -> None:
    details = [eventually(functools.partial(planted, attacked, p), f"{p}: planting") for p in UPLOADED]
    uploads = [d["planting"] for d in details]
    # three uploads, seconds apart, in this order: three requests, in the same order
    assert len({u["id"] for u in uploads}) == 3, uploads
    assert [u["time"] for u in uploads] == sorted(u["time"] for u in uploads), uploads


def test_the_shell_uses_right_after_the_upload_are_linked_to_it(attacked: httpx.Client) -> None:
    def uses() -> list[dict[str, Any]]:
        d = planted(attacked, "uploads/shell.php")
        requests: list[dict[str, Any]] = d["requests"] if d else []
        return [r for r in requests if r["role"] == "use" and r["path"] == "/uploads/shell.php"]

    found = eventually(lambda: len(uses()) >= 3 and uses(), "three uses linked to uploads/shell.php")
    assert {r["client_ip"] for r in found} == {ATTACKER}
    assert all(r["method"] == "POST" and r["status"] == 200 for r in found), found


def test_the_attacker_timeline_shows_the_upload_then_the_use(attacked: httpx.Client) -> None:
    shell = eventually(functools.partial(planted, attacked, "uploads/shell.php"), "shell.php")

    def attacker_record() -> dict[str, Any] | None:
        items = attacked.get("/attackers", params={"limit": "200"}).raise_for_status().json()["items"]
        return next((a for a in items if a["ip"] == ATTACKER and shell["id"] in a["findings"]), None)

    record = eventually(attacker_record, f"{ATTACKER}'s attacker record naming the shell's finding")
    assert record["requests"] >= 10, record
    body = attacked.get(f"/attackers/{ATTACKER}/timeline", params={"limit": "500"}).raise_for_status()
    items = body.json()["items"]
    events = [(e["method"], e["path"]) for e in items]
    assert events.index(("POST", "/upload.php")) < events.index(("POST", "/uploads/shell.php")), events
    assert events.index(("GET", "/")) < events.index(("POST", "/upload.php")), events
    assert [e["time"] for e in items] == sorted(e["time"] for e in items)
    assert {e["client_ip"] for e in items} == {ATTACKER}


def test_flagged_shells_used_again_raise_webshell_accessed_findings(
    site: Site, attacked: httpx.Client
) -> None:
    for relpath in ("uploads/shell.php", "uploads/avatar.jpg"):
        eventually(functools.partial(planted, attacked, relpath), f"{relpath}: finding")
    # the attacker comes back to its shells, which are flagged by now
    with client(site, ATTACKER) as evil:
        use_shells(evil)
    for relpath in ("uploads/shell.php", "uploads/avatar.jpg"):
        hits = eventually(
            functools.partial(accessed, attacked, relpath),
            f"access finding of {relpath} by {ATTACKER}",
            also=lambda: all_accessed(attacked),
        )
        assert hits[0]["severity"] in HIGH, hits
        assert any(r["id"] == "WH-GUARD-ACCESS" for r in hits[0]["reasons"]), hits


def test_the_benign_client_is_no_attacker(attacked: httpx.Client) -> None:
    for relpath in PLANTED:
        eventually(functools.partial(planted, attacked, relpath), f"{relpath}: planting request")
    attackers = attacked.get("/attackers", params={"limit": "200"}).raise_for_status().json()["items"]
    assert ATTACKER in {a["ip"] for a in attackers}
    assert BENIGN not in {a["ip"] for a in attackers}
    timeline = attacked.get(f"/attackers/{BENIGN}/timeline").raise_for_status().json()
    assert timeline["attacker"] == [] and len(timeline["items"]) >= 9  # its requests are stored
    assert all(f["client_ip"] != BENIGN for f in findings(attacked))


def test_files_unchanged_since_the_baseline_name_no_planting_request(attacked: httpx.Client) -> None:
    for relpath in PLANTED:
        eventually(functools.partial(planted, attacked, relpath), f"{relpath}: planting request")
    unchanged = [f for f in findings(attacked, kind="file") if f["change"] is None]
    assert [(f["relpath"], f["planted_by"]) for f in unchanged if f["planted_by"] is not None] == []
