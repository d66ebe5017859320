"""The guard's configuration: a TOML file, then ``WEBHUNT_*`` environment variables, then flags.

    # /etc/webhunt/guard.toml
    store = "sqlite:////var/lib/webhunt/webhunt.db"
    ignore = ["cache/*", "*.log"]
    workers = 1
    nice = 10

    [[roots]]
    path = "/var/www/html"
    url = "/"                      # URL path prefix served from this root
    baseline = "/srv/backup/html"  # optional known-good copy

    [[logs]]
    path = "/var/log/nginx/access.log"
    format = "nginx"               # optional: auto-detected from the first lines

    [api]
    listen = "127.0.0.1:8765"
    token_file = "/etc/webhunt/token"

    [alerts]
    min_severity = "high"
    webhook = "https://hooks.example.invalid/webhunt"

Every error names where the bad value came from: the file and key, the environment variable, or the
flag. Unknown keys are errors (a typo in a guard's configuration must not silently weaken it).
"""

from __future__ import annotations

import itertools
import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from webhunt.errors import ConfigError
from webhunt.model import Severity
from webhunt.settings import DEFAULT_MAX_FILE_SIZE, Settings, from_environment, parse_size

ENV_CONFIG = "WEBHUNT_CONFIG"
DEFAULT_LISTEN = "127.0.0.1:8765"


@dataclass(frozen=True, slots=True)
class RootConfig:
    """A web root to guard, the URL path prefix it is served under, and its known-good copy."""

    path: str  # absolute, normalised
    url: str = "/"
    baseline: str | None = None


@dataclass(frozen=True, slots=True)
class LogConfig:
    """An access log to tail. ``format`` None: detected from the first lines."""

    path: str
    format: str | None = None
    from_start: bool = False  # first start only: read the existing lines too (default: new lines)


@dataclass(frozen=True, slots=True)
class Listen:
    host: str
    port: int

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class GuardConfig:
    roots: tuple[RootConfig, ...] = ()
    logs: tuple[LogConfig, ...] = ()
    ignore: tuple[str, ...] = ()
    rules_dirs: tuple[str, ...] = ()
    db_url: str | None = None
    host: str | None = None
    listen: Listen = field(default_factory=lambda: parse_listen(DEFAULT_LISTEN, "default"))
    api_token: str | None = None
    api_token_file: str | None = None
    workers: int = 1
    nice: int = 10
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    alert_min_severity: Severity = Severity.MEDIUM
    alert_stdout: bool = True
    webhook_url: str | None = None
    webhook_timeout: float = 5.0
    poll: bool | None = None  # True: poll always; False: never; None: poll where events are not delivered
    poll_interval: float = 2.0
    reconcile_interval: float = 3600.0  # full (cached) rescan every N seconds; 0 = only when needed
    debounce: float = 0.5  # quiet period for writes whose close is not reported
    max_pending: int = 200_000  # distinct paths waiting; beyond this a reconcile scan takes over
    scan_timeout: float = 120.0  # one file's detection; a worker stuck longer is replaced
    max_watches: int | None = None  # inotify watches one root may use; None: from the kernel limit
    state_dir: str | None = None  # tail offsets; default: <data dir>/guard
    source: str = "defaults"  # where the configuration came from, for messages

    def settings(self) -> Settings:
        """The scan settings this configuration implies (built once at the entry point)."""
        return from_environment(
            db_url=self.db_url,
            host=self.host,
            rules_dirs=self.rules_dirs,
            workers=self.workers,
            ignore=self.ignore,
            nice=self.nice,
            max_file_size=self.max_file_size,
        )

    def with_(self, **changes: Any) -> GuardConfig:
        return replace(self, **changes)


# -- parsing helpers ------------------------------------------------------------------------------


def parse_listen(text: str, where: str) -> Listen:
    """``HOST:PORT``, ``[IPv6]:PORT`` or ``:PORT`` (loopback)."""
    t = text.strip()
    host, sep, port_text = t.rpartition(":")
    if not sep:
        raise ConfigError(f"{where}: expected HOST:PORT, got {text!r}")
    host = host.strip("[]") or "127.0.0.1"
    try:
        port = int(port_text)
    except ValueError:
        raise ConfigError(f"{where}: expected HOST:PORT with a numeric port, got {text!r}") from None
    if not 0 <= port <= 65535:
        raise ConfigError(f"{where}: port must be 0-65535, got {port}")
    return Listen(host, port)


def _url_prefix(value: str, where: str) -> str:
    if not value.startswith("/"):
        raise ConfigError(f"{where}: a URL path prefix must start with '/', got {value!r}")
    return value.rstrip("/") + "/"


def _webhook(value: str, where: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise ConfigError(f"{where}: expected an http:// or https:// URL, got {value!r}")
    return value


def _severity(value: str, where: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _bool_text(value: str, where: str) -> bool:
    v = value.strip().lower()
    if v in ("1", "true", "yes", "on"):
        return True
    if v in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{where}: expected true or false, got {value!r}")


def _int_text(value: str, where: str, minimum: int, maximum: int | None = None) -> int:
    try:
        n = int(value)
    except ValueError:
        raise ConfigError(f"{where}: expected an integer, got {value!r}") from None
    return _int_range(n, where, minimum, maximum)


def _int_range(n: int, where: str, minimum: int, maximum: int | None) -> int:
    if n < minimum or (maximum is not None and n > maximum):
        bound = f"{minimum}-{maximum}" if maximum is not None else f">= {minimum}"
        raise ConfigError(f"{where}: expected an integer {bound}, got {n}")
    return n


def _float_text(value: str, where: str, minimum: float) -> float:
    try:
        x = float(value)
    except ValueError:
        raise ConfigError(f"{where}: expected a number of seconds, got {value!r}") from None
    if x < minimum:
        raise ConfigError(f"{where}: expected at least {minimum}, got {x}")
    return x


def _root_path(value: str, where: str) -> str:
    if not value:
        raise ConfigError(f"{where}: empty path")
    return os.path.normpath(os.path.abspath(value))


# -- the TOML file --------------------------------------------------------------------------------


class _Table:
    """A TOML table whose values are fetched with type checks; leftovers are unknown keys."""

    def __init__(self, data: Mapping[str, Any], where: str) -> None:
        self._data = dict(data)
        self._where = where
        self._used: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self._where}{name}" if self._where.endswith(": ") else f"{self._where}.{name}"

    def _get(self, name: str, types: tuple[type, ...], label: str) -> Any:
        self._used.add(name)
        if name not in self._data:
            return None
        value = self._data[name]
        # bool is an int subclass: never accept true for a number
        if isinstance(value, bool) and bool not in types:
            raise ConfigError(f"{self.key(name)}: expected {label}, got {value!r}")
        if not isinstance(value, types):
            raise ConfigError(f"{self.key(name)}: expected {label}, got {type(value).__name__} {value!r}")
        return value

    def get_str(self, name: str) -> str | None:
        value: str | None = self._get(name, (str,), "a string")
        return value

    def get_bool(self, name: str) -> bool | None:
        value: bool | None = self._get(name, (bool,), "true or false")
        return value

    def get_int(self, name: str, minimum: int, maximum: int | None = None) -> int | None:
        value: int | None = self._get(name, (int,), "an integer")
        return None if value is None else _int_range(value, self.key(name), minimum, maximum)

    def get_float(self, name: str, minimum: float) -> float | None:
        value: int | float | None = self._get(name, (int, float), "a number")
        if value is None:
            return None
        if value < minimum:
            raise ConfigError(f"{self.key(name)}: expected at least {minimum}, got {value}")
        return float(value)

    def get_strings(self, name: str) -> tuple[str, ...] | None:
        value: list[Any] | None = self._get(name, (list,), "a list of strings")
        if value is None:
            return None
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise ConfigError(f"{self.key(name)}[{i}]: expected a string, got {item!r}")
        return tuple(value)

    def get_tables(self, name: str) -> list[_Table] | None:
        value: list[Any] | None = self._get(name, (list,), "an array of tables ([[...]])")
        if value is None:
            return None
        out: list[_Table] = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise ConfigError(f"{self.key(name)}[{i}]: expected a table, got {item!r}")
            out.append(_Table(item, f"{self.key(name)}[{i}]"))
        return out

    def get_table(self, name: str) -> _Table | None:
        value: dict[str, Any] | None = self._get(name, (dict,), "a table")
        return None if value is None else _Table(value, self.key(name))

    def check_unknown(self) -> None:
        unknown = sorted(set(self._data) - self._used)
        if unknown:
            known = ", ".join(sorted(self._used))
            raise ConfigError(f"{self.key(unknown[0])}: unknown key (known keys here: {known})")


def _from_file(path: str) -> dict[str, Any]:
    """The configuration file's values as GuardConfig field overrides."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    top = _Table(data, f"{path}: ")
    out: dict[str, Any] = {}

    roots = top.get_tables("roots")
    if roots is not None:
        parsed_roots = []
        for t in roots:
            p = t.get_str("path")
            if p is None:
                raise ConfigError(f"{t.key('path')}: missing (every root needs a path)")
            url = t.get_str("url")
            baseline = t.get_str("baseline")
            parsed_roots.append(
                RootConfig(
                    path=_root_path(p, t.key("path")),
                    url=_url_prefix(url, t.key("url")) if url is not None else "/",
                    baseline=baseline or None,
                )
            )
            t.check_unknown()
        out["roots"] = tuple(parsed_roots)

    logs = top.get_tables("logs")
    if logs is not None:
        parsed_logs = []
        for t in logs:
            p = t.get_str("path")
            if p is None:
                raise ConfigError(f"{t.key('path')}: missing (every log needs a path)")
            parsed_logs.append(
                LogConfig(
                    path=os.path.abspath(p),
                    format=t.get_str("format"),
                    from_start=bool(t.get_bool("from_start")),
                )
            )
            t.check_unknown()
        out["logs"] = tuple(parsed_logs)

    simple: dict[str, Any] = {
        "ignore": top.get_strings("ignore"),
        "rules_dirs": top.get_strings("rules"),
        "db_url": top.get_str("store"),
        "host": top.get_str("host"),
        "workers": top.get_int("workers", 1, 64),
        "nice": top.get_int("nice", 0, 19),
        "poll": top.get_bool("poll"),
        "poll_interval": top.get_float("poll_interval", 0.1),
        "reconcile_interval": top.get_float("reconcile_interval", 0.0),
        "debounce": top.get_float("debounce", 0.0),
        "max_pending": top.get_int("max_pending", 100),
        "scan_timeout": top.get_float("scan_timeout", 1.0),
        "max_watches": top.get_int("max_watches", 1),
        "state_dir": top.get_str("state_dir"),
    }
    max_size = top.get_str("max_file_size")
    if max_size is not None:
        simple["max_file_size"] = parse_size(max_size, top.key("max_file_size"))

    api = top.get_table("api")
    if api is not None:
        listen = api.get_str("listen")
        if listen is not None:
            simple["listen"] = parse_listen(listen, api.key("listen"))
        simple["api_token"] = api.get_str("token")
        simple["api_token_file"] = api.get_str("token_file")
        api.check_unknown()

    alerts = top.get_table("alerts")
    if alerts is not None:
        sev = alerts.get_str("min_severity")
        if sev is not None:
            simple["alert_min_severity"] = _severity(sev, alerts.key("min_severity"))
        simple["alert_stdout"] = alerts.get_bool("stdout")
        hook = alerts.get_str("webhook")
        if hook is not None:
            simple["webhook_url"] = _webhook(hook, alerts.key("webhook"))
        simple["webhook_timeout"] = alerts.get_float("webhook_timeout", 0.1)
        alerts.check_unknown()
    top.check_unknown()
    out.update({k: v for k, v in simple.items() if v is not None})
    return out


# -- the environment ------------------------------------------------------------------------------


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}

    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    if v := get("WEBHUNT_ROOTS"):
        out["roots"] = tuple(RootConfig(_root_path(p, "WEBHUNT_ROOTS")) for p in v.split(os.pathsep) if p)
    if v := get("WEBHUNT_ACCESS_LOGS"):
        out["logs"] = tuple(LogConfig(os.path.abspath(p)) for p in v.split(os.pathsep) if p)
    if v := get("WEBHUNT_DATABASE_URL"):
        out["db_url"] = v
    if v := get("WEBHUNT_HOST"):
        out["host"] = v
    if v := get("WEBHUNT_LISTEN"):
        out["listen"] = parse_listen(v, "WEBHUNT_LISTEN")
    if v := get("WEBHUNT_API_TOKEN"):
        out["api_token"] = v
    if v := get("WEBHUNT_API_TOKEN_FILE"):
        out["api_token_file"] = v
    if v := get("WEBHUNT_WORKERS"):
        out["workers"] = _int_text(v, "WEBHUNT_WORKERS", 1, 64)
    if v := get("WEBHUNT_NICE"):
        out["nice"] = _int_text(v, "WEBHUNT_NICE", 0, 19)
    if v := get("WEBHUNT_WEBHOOK_URL"):
        out["webhook_url"] = _webhook(v, "WEBHUNT_WEBHOOK_URL")
    if v := get("WEBHUNT_ALERT_SEVERITY"):
        out["alert_min_severity"] = _severity(v, "WEBHUNT_ALERT_SEVERITY")
    if v := get("WEBHUNT_POLL"):
        out["poll"] = _bool_text(v, "WEBHUNT_POLL")
    if v := get("WEBHUNT_RECONCILE_INTERVAL"):
        out["reconcile_interval"] = _float_text(v, "WEBHUNT_RECONCILE_INTERVAL", 0.0)
    return out


# -- flags ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Flags:
    """What the command line said (None / empty: not given). Roots and logs given as flags replace
    those of the file and environment."""

    roots: tuple[RootConfig, ...] = ()
    logs: tuple[LogConfig, ...] = ()
    ignore: tuple[str, ...] = ()
    rules_dirs: tuple[str, ...] = ()
    db_url: str | None = None
    host: str | None = None
    listen: str | None = None
    workers: str | None = None
    nice: str | None = None
    alert_min_severity: Severity | None = None
    webhook_url: str | None = None
    poll: bool | None = None
    reconcile_interval: str | None = None
    state_dir: str | None = None


def _from_flags(flags: Flags) -> dict[str, Any]:
    out: dict[str, Any] = {
        "roots": flags.roots or None,
        "logs": flags.logs or None,
        "db_url": flags.db_url,
        "host": flags.host,
        "alert_min_severity": flags.alert_min_severity,
        "poll": flags.poll,
        "state_dir": flags.state_dir,
    }
    if flags.listen is not None:
        out["listen"] = parse_listen(flags.listen, "--listen")
    if flags.workers is not None:
        out["workers"] = _int_text(flags.workers, "--workers", 1, 64)
    if flags.nice is not None:
        out["nice"] = _int_text(flags.nice, "--nice", 0, 19)
    if flags.webhook_url is not None:
        out["webhook_url"] = _webhook(flags.webhook_url, "--webhook")
    if flags.reconcile_interval is not None:
        out["reconcile_interval"] = _float_text(flags.reconcile_interval, "--reconcile-interval", 0.0)
    return {k: v for k, v in out.items() if v is not None}


def load(
    path: str | None = None,
    *,
    flags: Flags | None = None,
    environ: Mapping[str, str] | None = None,
    require_roots: bool = True,
) -> GuardConfig:
    """The guard configuration: defaults < file (``path`` or $WEBHUNT_CONFIG) < environment < flags.

    Lists in the file (``ignore``, ``rules``) are extended by flags; roots and logs given as flags
    replace the file's. Raises ConfigError naming the file and key, variable or flag.
    """
    env = os.environ if environ is None else environ
    file = path or env.get(ENV_CONFIG, "").strip() or None
    values: dict[str, Any] = {}
    sources = []
    if file:
        values.update(_from_file(file))
        sources.append(file)
    env_values = _from_env(env)
    if env_values:
        sources.append("environment")
    values.update(env_values)
    f = flags or Flags()
    values.update(_from_flags(f))
    values["ignore"] = tuple(values.get("ignore", ())) + f.ignore
    values["rules_dirs"] = tuple(values.get("rules_dirs", ())) + f.rules_dirs
    values["source"] = " + ".join([*sources, "flags"]) if sources else "flags"
    config = GuardConfig(**values)
    _check(config, require_roots)
    return config


def _check(config: GuardConfig, require_roots: bool) -> None:
    if require_roots and not config.roots:
        raise ConfigError(
            f"{config.source}: no web root to guard (give --root, [[roots]] in the configuration file, "
            "or WEBHUNT_ROOTS)"
        )
    seen: set[str] = set()
    for r in config.roots:
        if r.path in seen:
            raise ConfigError(f"{config.source}: root {r.path} is configured twice")
        seen.add(r.path)
        if not os.path.isdir(r.path):
            raise ConfigError(f"{config.source}: root {r.path}: not a directory")
    paths = sorted(seen)
    for a, b in itertools.pairwise(paths):
        if b.startswith(a.rstrip("/") + "/"):
            raise ConfigError(f"{config.source}: root {b} lies inside root {a}; guard {a} only")
    logs = [lg.path for lg in config.logs]
    if len(set(logs)) != len(logs):
        raise ConfigError(f"{config.source}: an access log is configured twice")


def state_dir(config: GuardConfig, environ: Mapping[str, str] | None = None) -> Path:
    """Where the guard keeps its own state (tail offsets)."""
    if config.state_dir:
        return Path(config.state_dir)
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "webhunt" / "guard"


def roots_from_flags(items: Sequence[tuple[str, str]]) -> tuple[RootConfig, ...]:
    """Roots from ordered flag pairs: ('root', PATH) opens a root; ('url'|'baseline', VALUE) sets a
    property of the root opened last."""
    roots: list[RootConfig] = []
    for flag, value in items:
        if flag == "root":
            roots.append(RootConfig(_root_path(value, "--root")))
            continue
        if not roots:
            raise ConfigError(f"--{flag} {value}: give --root first (--{flag} applies to the root before it)")
        last = roots[-1]
        if flag == "url":
            roots[-1] = replace(last, url=_url_prefix(value, "--url"))
        elif flag == "baseline":
            roots[-1] = replace(last, baseline=value)
        else:  # pragma: no cover - the CLI only passes the flags above
            raise ConfigError(f"--{flag}: unknown root property")
    return tuple(roots)


def logs_from_flags(items: Sequence[tuple[str, str]]) -> tuple[LogConfig, ...]:
    """Logs from ordered flag pairs: ('access-log', PATH) opens a log; ('log-format', FMT) sets the
    format of the log opened last."""
    logs: list[LogConfig] = []
    for flag, value in items:
        if flag == "access-log":
            logs.append(LogConfig(os.path.abspath(value)))
        elif not logs:
            raise ConfigError(f"--{flag} {value}: give --access-log first")
        else:
            logs[-1] = replace(logs[-1], format=value)
    return tuple(logs)
