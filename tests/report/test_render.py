from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from webhunt.report.render import render_html, render_json, render_markdown

EVIL_NAME = "uploads/<img src=x onerror=alert(1)>.php"
EVIL_SNIPPET = "</code><script>alert('x')</script>"
STORY = {
    "host": "web1",
    "generated": "2026-11-28T10:00:00Z",
    "webhunt_version": "0.1.0",
    "root": "/var/www",
    "baseline": "/srv/backup",
    "logs": ["/var/log/nginx/access.log"],
    "scan": {
        "files_scanned": 10,
        "files_cached": 2,
        "ruleset_version": "abc123",
        "problems": [{"path": "/var/www/<b>locked</b>.php", "message": "cannot read: Permission denied"}],
    },
    "diff": {
        "added": 1,
        "modified": 1,
        "deleted": 0,
        "mode": 0,
        "changes": [{"change": "added", "relpath": EVIL_NAME, "severity": "critical", "details": []}],
    },
    "findings": [
        {
            "relpath": EVIL_NAME,
            "path": "/var/www/" + EVIL_NAME,
            "severity": "critical",
            "score": 97,
            "language": "php",
            "sha256": "ab" * 32,
            "change": "added",
            "reasons": [
                {
                    "id": "WH_PHP_Eval_Request_Input",
                    "line": 3,
                    "snippet": EVIL_SNIPPET,
                    "description": "eval of request input",
                }
            ],
            "requests_count": 3,
            "first_request": "2026-11-20T09:16:00Z",
            "last_request": "2026-11-20T14:00:00Z",
            "attacker_ips": ["203.0.113.77"],
            "planted_by": {
                "time": "2026-11-20T09:15:00Z",
                "ip": "203.0.113.77",
                "method": "POST",
                "path": "/admin/upload.php",
                "status": 200,
                "why": "POST naming the file",
            },
            "diff": "--- a/x\n+++ b/x\n+<script>alert(2)</script>\n",
            "inserted": [[3, 3]],
        }
    ],
    "log_detections": [
        {
            "path": "/uploads/x.php",
            "severity": "high",
            "score": 75,
            "reasons": [{"id": "WH-LOG-DELETED", "description": "200s to a missing script", "snippet": ""}],
        }
    ],
    "attackers": [
        {
            "ip": "203.0.113.77",
            "reasons": ["planted " + EVIL_NAME],
            "first_seen": "2026-11-20T09:00:00Z",
            "last_seen": "2026-11-20T14:00:00Z",
            "timeline": [
                {
                    "time": "2026-11-20T09:00:00Z",
                    "role": "recon",
                    "method": "GET",
                    "path": "/.env",
                    "query": "",
                    "status": 404,
                    "user_agent": "<script>ua</script>",
                    "note": "",
                },
                {
                    "time": "2026-11-20T09:15:00Z",
                    "role": "upload",
                    "method": "POST",
                    "path": "/admin/upload.php",
                    "query": "",
                    "status": 200,
                    "user_agent": "x",
                    "note": "planted",
                },
                {
                    "time": "2026-11-20T09:16:00Z",
                    "role": "shell",
                    "method": "POST",
                    "path": "/" + EVIL_NAME,
                    "query": "z0=1",
                    "status": 200,
                    "user_agent": "x",
                    "note": "",
                },
            ],
        }
    ],
}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


def test_html_is_self_contained_and_escapes_scanned_content() -> None:
    html = render_html(STORY)
    parser = _Collector()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert not any(name.startswith("on") for name, _ in parser.attrs)
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # nothing loaded from the network
    assert "default-src 'none'" in html
    assert "&lt;img src=x onerror=alert(1)&gt;.php" in html
    assert "&lt;/code&gt;&lt;script&gt;" in html
    # the story is there: planting request, attacker, timeline chart with the planting marked
    assert "Planted by" in html and "/admin/upload.php" in html
    assert html.count("<svg") == 1 and 'class="planting"' in html and 'class="shell"' in html
    assert "cannot read: Permission denied" in html and "&lt;b&gt;locked&lt;/b&gt;" in html


def test_markdown_neutralises_markup() -> None:
    md = render_markdown(STORY)
    # outside fenced blocks and code spans no raw tag survives
    outside = re.sub(r"~~~~diff\n.*?\n~~~~", "", md, flags=re.S)
    outside = re.sub(r"``.*?``|`[^`]*`", "", outside)
    assert "<script>" in md and not re.search(r"(?<!\\)<[a-zA-Z/]", outside)
    assert "### critical:" in md and "planted by `203.0.113.77`" in md
    assert "| 2026-11-20T09:15:00Z | upload | `POST /admin/upload.php` | 200 |" in md


def test_json_round_trips() -> None:
    assert json.loads(render_json(STORY)) == STORY
