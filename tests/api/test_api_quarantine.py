"""POST /findings/{id}/quarantine: off unless configured, inside the roots only, evidence kept."""

from __future__ import annotations

import hashlib
from pathlib import Path

from apitest_support import ApiFactory

from webhunt.model import Finding, FindingKind, Language, Layer, Reason, Severity
from webhunt.quarantine import CONTENT, entries

SHELL = b"<?php @eval($_POST['z']); ?>\n"


def _finding(path: Path, root: Path) -> Finding:
    return Finding(
        host="web01",
        kind=FindingKind.FILE,
        path=str(path),
        relpath=str(path.relative_to(root)),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        severity=Severity.CRITICAL,
        score=95,
        reasons=(Reason("WH_PHP_Eval_Request_Input", Layer.YARA, 95, "eval of request input"),),
        language=Language.PHP,
        root=str(root),
    )


def test_quarantine_moves_the_file_and_resolves_the_finding(make_api: ApiFactory, tmp_path: Path) -> None:
    root = tmp_path / "www"
    (root / "uploads").mkdir(parents=True)
    shell = root / "uploads" / "s.php"
    shell.write_bytes(SHELL)
    qdir = tmp_path / "quarantine"
    api = make_api(roots=(str(root),), quarantine_dir=qdir)
    fid, _ = api.store.upsert_finding(_finding(shell, root))
    r = api.client.post(f"/findings/{fid}/quarantine", json={"by": "alice", "note": "case 7"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["state"] == "quarantined" and body["finding"]["status"] == "resolved"
    assert not shell.exists()
    (entry,) = entries(qdir)
    assert entry.id == body["quarantine_id"] and (qdir / entry.id / CONTENT).read_bytes() == SHELL
    detail = api.store.get_finding(fid)
    assert detail is not None and detail.finding.status_by == "alice"
    assert "quarantined as" in (detail.finding.status_note or "")
    # a second call finds nothing to move: refused, evidence untouched
    again = api.client.post(f"/findings/{fid}/quarantine", json={})
    assert again.status_code == 409 and "error" in again.json()


def test_quarantine_is_off_unless_configured_and_refuses_outside_roots(
    make_api: ApiFactory, tmp_path: Path
) -> None:
    root = tmp_path / "www"
    root.mkdir()
    shell = root / "s.php"
    shell.write_bytes(SHELL)
    off = make_api(roots=(str(root),))
    fid, _ = off.store.upsert_finding(_finding(shell, root))
    r = off.client.post(f"/findings/{fid}/quarantine", json={})
    assert r.status_code == 403 and "off" in r.json()["error"]
    assert off.anonymous.post(f"/findings/{fid}/quarantine", json={}).status_code == 401
    elsewhere = make_api(roots=(str(tmp_path / "other"),), quarantine_dir=tmp_path / "q")
    r = elsewhere.client.post(f"/findings/{fid}/quarantine", json={})
    assert r.status_code == 409 and "not inside a configured web root" in r.json()["error"]
    assert shell.read_bytes() == SHELL
    assert elsewhere.client.post("/findings/999999/quarantine", json={}).status_code == 404
