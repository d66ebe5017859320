from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from webhunt.cli.watch import config_from_args, register
from webhunt.config import (
    Flags,
    LogConfig,
    RootConfig,
    load,
    logs_from_flags,
    parse_listen,
    roots_from_flags,
)
from webhunt.errors import ConfigError
from webhunt.model import Severity


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "html").mkdir()
    (tmp_path / "blog").mkdir()
    return tmp_path


def write(path: Path, text: str) -> str:
    path.write_text(text)
    return str(path)


def test_file_values_are_read(site: Path) -> None:
    cfg = write(
        site / "guard.toml",
        f"""
store = "sqlite:///{site}/db.sqlite"
host = "web1"
ignore = ["cache/*"]
workers = 2
nice = 5
poll = true
reconcile_interval = 600
max_file_size = "2M"

[[roots]]
path = "{site}/html"
url = "/"
baseline = "{site}/backup.tar.gz"

[[roots]]
path = "{site}/blog"
url = "/blog"

[[logs]]
path = "{site}/access.log"
format = "combined"

[api]
listen = "0.0.0.0:9000"
token = "s3cret"

[alerts]
min_severity = "high"
webhook = "https://hooks.example.invalid/x"
""",
    )
    c = load(cfg, environ={})
    assert c.roots == (
        RootConfig(str(site / "html"), "/", f"{site}/backup.tar.gz"),
        RootConfig(str(site / "blog"), "/blog/", None),
    )
    assert c.logs == (LogConfig(str(site / "access.log"), "combined"),)
    assert (c.db_url, c.host, c.workers, c.nice, c.poll) == (
        f"sqlite:///{site}/db.sqlite",
        "web1",
        2,
        5,
        True,
    )
    assert c.ignore == ("cache/*",) and c.reconcile_interval == 600.0 and c.max_file_size == 2 * 1024 * 1024
    assert (c.listen.host, c.listen.port, c.api_token) == ("0.0.0.0", 9000, "s3cret")
    assert c.alert_min_severity is Severity.HIGH and c.webhook_url == "https://hooks.example.invalid/x"
    s = c.settings()
    assert (s.workers, s.nice, s.host, s.ignore) == (2, 5, "web1", ("cache/*",))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('workers = "two"\n[[roots]]\npath = "/"', "guard.toml: workers: expected an integer"),
        ("workers = 0", "guard.toml: workers: expected an integer 1-64, got 0"),
        ("rootz = []", "guard.toml: rootz: unknown key"),
        ('[[roots]]\nurl = "/"', "guard.toml: roots[0].path: missing"),
        (
            '[[roots]]\npath = "{html}"\nurl = "blog"',
            "guard.toml: roots[0].url: a URL path prefix must start",
        ),
        ('[[roots]]\npath = "{html}"\nbasline = "x"', "guard.toml: roots[0].basline: unknown key"),
        ('[alerts]\nmin_severity = "loud"', "guard.toml: alerts.min_severity: unknown severity 'loud'"),
        ('[alerts]\nwebhook = "ftp://x"', "guard.toml: alerts.webhook: expected an http:// or https:// URL"),
        ('[api]\nlisten = "localhost"', "guard.toml: api.listen: expected HOST:PORT"),
        ("poll = 1", "guard.toml: poll: expected true or false"),
        ("workers = true", "guard.toml: workers: expected an integer, got True"),
        ("[[roots]\n", "guard.toml: not valid TOML"),
    ],
)
def test_file_errors_name_the_file_and_key(site: Path, text: str, message: str) -> None:
    cfg = write(site / "guard.toml", text.replace("{html}", str(site / "html")))
    with pytest.raises(ConfigError) as err:
        load(cfg, environ={})
    assert str(err.value).startswith(str(site / message.split(":")[0]))
    assert message.split(": ", 1)[1] in str(err.value)


def test_missing_file_is_named(site: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.toml: cannot read the configuration file"):
        load(str(site / "nope.toml"), environ={})


def test_precedence_file_then_environment_then_flags(site: Path) -> None:
    cfg = write(site / "g.toml", f'workers = 2\nnice = 3\n[[roots]]\npath = "{site}/html"\n')
    env = {"WEBHUNT_CONFIG": cfg, "WEBHUNT_WORKERS": "4", "WEBHUNT_ALERT_SEVERITY": "critical"}
    c = load(None, environ=env)
    assert (c.workers, c.nice, c.alert_min_severity) == (4, 3, Severity.CRITICAL)
    c = load(None, environ=env, flags=Flags(workers="1", roots=(RootConfig(str(site / "blog")),)))
    assert c.workers == 1 and [r.path for r in c.roots] == [str(site / "blog")]
    assert c.source == f"{cfg} + environment + flags"


def test_environment_errors_name_the_variable(site: Path) -> None:
    with pytest.raises(ConfigError, match="WEBHUNT_NICE: expected an integer 0-19, got 42"):
        load(None, environ={"WEBHUNT_NICE": "42", "WEBHUNT_ROOTS": str(site / "html")})
    with pytest.raises(ConfigError, match="WEBHUNT_POLL: expected true or false"):
        load(None, environ={"WEBHUNT_POLL": "maybe", "WEBHUNT_ROOTS": str(site / "html")})


def test_roots_are_required_and_checked(site: Path) -> None:
    with pytest.raises(ConfigError, match="no web root to guard"):
        load(None, environ={})
    with pytest.raises(ConfigError, match="not a directory"):
        load(None, environ={"WEBHUNT_ROOTS": str(site / "missing")})
    inner = site / "html" / "inner"
    inner.mkdir()
    with pytest.raises(ConfigError, match="lies inside root"):
        load(None, environ={"WEBHUNT_ROOTS": f"{site / 'html'}:{inner}"})


def test_ordered_flags_bind_to_the_root_and_log_before_them(site: Path) -> None:
    roots = roots_from_flags(
        [("root", str(site / "html")), ("baseline", "/srv/b"), ("root", str(site / "blog")), ("url", "/blog")]
    )
    assert roots == (RootConfig(str(site / "html"), "/", "/srv/b"), RootConfig(str(site / "blog"), "/blog/"))
    with pytest.raises(ConfigError, match="--baseline /srv/b: give --root first"):
        roots_from_flags([("baseline", "/srv/b")])
    logs = logs_from_flags([("access-log", "/a.log"), ("log-format", "nginx"), ("access-log", "/b.log")])
    assert logs == (LogConfig("/a.log", "nginx"), LogConfig("/b.log"))


def test_the_documented_command_line(site: Path) -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(
        [
            "run",
            "--root",
            str(site / "html"),
            "--baseline",
            "/srv/backup",
            "--access-log",
            "/var/log/nginx/access.log",
            "--listen",
            "127.0.0.1:8765",
        ]
    )
    c = config_from_args(args)
    assert c.roots == (RootConfig(str(site / "html"), "/", "/srv/backup"),)
    assert c.logs == (LogConfig("/var/log/nginx/access.log"),)
    assert (c.listen.host, c.listen.port) == ("127.0.0.1", 8765)


def test_listen_and_token(site: Path) -> None:
    assert (parse_listen("[::1]:80", "x").host, parse_listen(":81", "x").host) == ("::1", "127.0.0.1")
    with pytest.raises(ConfigError, match="--listen: port must be 0-65535"):
        parse_listen("a:70000", "--listen")
