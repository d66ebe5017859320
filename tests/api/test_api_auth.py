"""Security by default: bearer token everywhere but /health, constant-time check, token file."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import httpx
import pytest
from apitest_support import TOKEN, Api, ApiFactory
from webhunt_api.app import create_app
from webhunt_api.auth import TOKEN_FILE_NAME
from webhunt_api.settings import ApiSettings

from webhunt.errors import ConfigError
from webhunt.store import open_store

PROTECTED = [
    ("GET", "/findings"),
    ("GET", "/findings/1"),
    ("PATCH", "/findings/1"),
    ("POST", "/findings/1/quarantine"),
    ("GET", "/requests"),
    ("GET", "/attackers"),
    ("GET", "/attackers/203.0.113.7/timeline"),
    ("GET", "/stats"),
    ("GET", "/metrics"),
    ("POST", "/scans"),
    ("GET", "/scans/1"),
]


def test_every_route_but_health_is_protected(api: Api) -> None:
    schema = api.anonymous.get("/openapi.json")
    assert schema.status_code == 401  # the schema itself is not public
    paths = api.client.get("/openapi.json").json()["paths"]
    declared = {(m.upper(), p) for p, ops in paths.items() for m in ops}
    listed = {
        (m, p.replace("/1", "/{finding_id}", 1) if p.startswith("/findings/") else p) for m, p in PROTECTED
    }
    assert declared - {("GET", "/health")} <= {
        *listed,
        ("GET", "/attackers/{ip}/timeline"),
        ("GET", "/scans/{scan_id}"),
    }
    for method, path in PROTECTED:
        r = api.anonymous.request(method, path, json={})
        assert r.status_code == 401, (method, path)
        assert r.headers["www-authenticate"] == "Bearer"
        assert r.json() == {"error": r.json()["error"]} and "bearer token" in r.json()["error"]


@pytest.mark.parametrize(
    "header",
    [
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        "Bearer",
        f"Basic {TOKEN}",
        f"bearer{TOKEN}",
        b"Bearer \xc3\xa9\xff",
    ],
)
def test_wrong_tokens_are_refused(api: Api, header: str | bytes) -> None:
    r = api.anonymous.get("/findings", headers={"Authorization": header})
    assert r.status_code in (401, 403)
    assert "traceback" not in r.text.lower()


def test_right_token_and_public_health(api: Api) -> None:
    assert api.client.get("/findings").status_code == 200
    health = api.anonymous.get("/health")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"


def test_token_generated_once_saved_0600_and_reused(
    db_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    token_file = tmp_path / "secret" / "token"
    with open_store(db_url) as store:
        with caplog.at_level(logging.WARNING, logger="webhunt.api"):
            app = create_app(ApiSettings(store=store, token_file=token_file))
        token = app.state.token
        assert token_file.read_text().strip() == token and len(token) >= 32
        assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
        assert [r for r in caplog.records if token in r.getMessage()]
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="webhunt.api"):
            again = create_app(ApiSettings(store=store, token_file=token_file))
        assert again.state.token == token
        assert not [r for r in caplog.records if token in r.getMessage()]  # shown once


def test_default_token_file_sits_next_to_the_sqlite_store(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path}/db/webhunt.db") as store:
        app = create_app(ApiSettings(store=store))
    assert (tmp_path / "db" / TOKEN_FILE_NAME).read_text().strip() == app.state.token


def test_env_token_and_short_tokens(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHUNT_API_TOKEN", "from-the-environment-123")
    settings = ApiSettings().with_env_token()
    assert settings.token == "from-the-environment-123"
    assert ApiSettings(token="explicit-token-0123456").with_env_token().token == ("explicit-token-0123456")
    with open_store(db_url) as store, pytest.raises(ConfigError, match="too short"):
        create_app(ApiSettings(store=store, token="short"))


def test_token_from_file_is_used(make_api: ApiFactory, tmp_path: Path) -> None:
    token_file = tmp_path / "t"
    token_file.write_text("file-token-abcdefghijklmnop\n")
    api = make_api(token=None, token_file=token_file)
    assert api.client.get("/stats").status_code == 401
    ok = httpx.get(f"{api.url}/stats", headers={"Authorization": "Bearer file-token-abcdefghijklmnop"})
    assert ok.status_code == 200
