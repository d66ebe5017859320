"""``webhunt watch`` (the guard) and ``webhunt run`` (the guard plus the HTTP API, one process).

    webhunt run --root /var/www/html --baseline /srv/backup \\
                --access-log /var/log/nginx/access.log --listen 127.0.0.1:8765

Configuration: ``--config FILE`` (or $WEBHUNT_CONFIG), then ``WEBHUNT_*`` variables, then flags.
``--url`` and ``--baseline`` apply to the ``--root`` before them, ``--log-format`` to the
``--access-log`` before it. Alerts are JSON lines on standard output; logs go to standard error.
SIGTERM or Ctrl-C stops the guard cleanly.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from webhunt.cli import EXIT_CLEAN
from webhunt.cli.common import severity_arg
from webhunt.config import Flags, GuardConfig, load, logs_from_flags, roots_from_flags
from webhunt.errors import ConfigError

log = logging.getLogger(__name__)


class _Ordered(argparse.Action):
    """Keeps flags whose meaning depends on their order (--root, --url, --baseline ...)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        items = list(getattr(namespace, self.dest, None) or [])
        items.append((self.metavar_name, str(values)))
        setattr(namespace, self.dest, items)

    @property
    def metavar_name(self) -> str:
        return self.option_strings[0].lstrip("-")


def _add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE", help="TOML configuration file (default: $WEBHUNT_CONFIG)")
    g = p.add_argument_group("web roots")
    g.add_argument("--root", dest="root_items", action=_Ordered, metavar="DIR", help="web root to guard")
    g.add_argument(
        "--url", dest="root_items", action=_Ordered, metavar="PREFIX", help="URL path prefix of that root (/)"
    )
    g.add_argument(
        "--baseline",
        dest="root_items",
        action=_Ordered,
        metavar="SPEC",
        help="known-good copy of that root: directory, archive, manifest or REPO@REF",
    )
    g.add_argument("--ignore", action="append", default=[], metavar="GLOB", help="data files to skip")
    g.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra YARA rule directory")
    lg = p.add_argument_group("access logs")
    lg.add_argument("--access-log", dest="log_items", action=_Ordered, metavar="FILE", help="log to tail")
    lg.add_argument(
        "--log-format", dest="log_items", action=_Ordered, metavar="FMT", help="format of that log (detected)"
    )
    s = p.add_argument_group("store, resources, alerts")
    s.add_argument("--db", metavar="URL", help="findings store (default: $WEBHUNT_DATABASE_URL)")
    s.add_argument("--host", metavar="NAME", help="host name recorded with each finding")
    s.add_argument("--workers", metavar="N", help="detection processes (default 1)")
    s.add_argument("--nice", metavar="N", help="nice level added to the detection processes (default 10)")
    s.add_argument(
        "--poll",
        action="store_const",
        const=True,
        default=None,
        help="poll instead of relying on file-system events (network and some container mounts)",
    )
    s.add_argument("--reconcile-interval", metavar="SECONDS", help="full cached rescan interval (3600)")
    s.add_argument("--alert-severity", type=severity_arg, metavar="LEVEL", help="alert threshold (medium)")
    s.add_argument("--webhook", metavar="URL", help="POST each alert as JSON to URL")
    s.add_argument("--state-dir", metavar="DIR", help="where log positions are kept")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    w = sub.add_parser(
        "watch",
        help="guard web roots in real time (file events + access logs)",
        description="Watch web roots and access logs; findings go to the store at once, alerts to stdout.",
    )
    _add_options(w)
    w.set_defaults(handler=run_watch)
    r = sub.add_parser(
        "run",
        help="the guard and the HTTP API in one process (the container's entrypoint)",
        description="Run the guard (as `webhunt watch`) and serve the HTTP API in the same process.",
    )
    _add_options(r)
    r.add_argument("--listen", metavar="HOST:PORT", help="API address (default 127.0.0.1:8765)")
    r.set_defaults(handler=run_all)


def config_from_args(args: argparse.Namespace) -> GuardConfig:
    flags = Flags(
        roots=roots_from_flags(getattr(args, "root_items", None) or []),
        logs=logs_from_flags(getattr(args, "log_items", None) or []),
        ignore=tuple(args.ignore),
        rules_dirs=tuple(args.rules),
        db_url=args.db,
        host=args.host,
        listen=getattr(args, "listen", None),
        workers=args.workers,
        nice=args.nice,
        alert_min_severity=args.alert_severity,
        webhook_url=args.webhook,
        poll=args.poll,
        reconcile_interval=args.reconcile_interval,
        state_dir=args.state_dir,
    )
    return load(args.config, flags=flags)


class _Stop:
    """SIGTERM / SIGINT -> an event the main thread waits on."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self._old: dict[int, Any] = {}

    def __enter__(self) -> _Stop:
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._old[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        log.warning("%s received: stopping", signal.Signals(signum).name)
        self.event.set()

    def __exit__(self, *exc: object) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)

    def wait(self, *also: threading.Event) -> None:
        while not self.event.wait(0.5):
            if any(e.is_set() for e in also):
                return


def _guard(config: GuardConfig) -> Any:
    from webhunt.daemon.alerts import Alerts, Webhook
    from webhunt.daemon.guard import Guard
    from webhunt.store import open_store

    settings = config.settings()
    store = open_store(config.db_url, host=settings.host)
    webhook = Webhook(config.webhook_url, timeout=config.webhook_timeout) if config.webhook_url else None
    alerts = Alerts(
        config.alert_min_severity, stream=sys.stdout if config.alert_stdout else None, webhook=webhook
    )
    return Guard(config, store, alerts=alerts, settings=settings)


def _roots(guard: Any) -> str:
    return ", ".join(f"{root} ({mode.value})" for root, mode in guard.modes().items())


def run_watch(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    with _Stop() as stop:
        guard = _guard(config)
        try:
            guard.start()
            print(f"webhunt: guarding {_roots(guard)}", file=sys.stderr, flush=True)
            stop.wait()
        finally:
            guard.stop()
            guard.store.close()
    return EXIT_CLEAN


def run_all(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    with _Stop() as stop:
        guard = _guard(config)
        api: ApiThread | None = None
        try:
            api = ApiThread(config, guard)  # loud before anything starts: token, store
            guard.start()
            api.start()
            while not (api.started or api.stopped.wait(0.05)):
                pass
            if api.started:
                print(
                    f"webhunt: guarding {_roots(guard)}; API on http://{config.listen}",
                    file=sys.stderr,
                    flush=True,
                )
            stop.wait(api.stopped)
            if api.stopped.is_set() and not stop.event.is_set():
                raise ConfigError(f"the API server on {config.listen} stopped: {api.error or 'see above'}")
        finally:
            if api is not None:
                api.stop()
            guard.stop()
            guard.store.close()
    return EXIT_CLEAN


class ApiThread:
    """The HTTP API (``webhunt_api``) served by uvicorn in a thread of the guard's process, on the
    guard's own store; ``POST /scans`` runs a reconcile scan of the named root in the guard."""

    def __init__(self, config: GuardConfig, guard: Any) -> None:
        try:
            import uvicorn

            # The API ships as the top-level package ``webhunt_api`` (api/ in the source tree).
            api_app = importlib.import_module("webhunt_api.app")
            api_settings = importlib.import_module("webhunt_api.settings")
        except ImportError as exc:
            raise ConfigError(f"the HTTP API cannot be loaded: {exc}") from None
        settings = api_settings.ApiSettings(
            store=guard.store,
            store_host=guard.host,
            token=config.api_token,
            token_file=Path(config.api_token_file) if config.api_token_file else None,
            roots=tuple(r.path for r in config.roots),
            scan_runner=guard.scan_now,
            listen_host=config.listen.host,
            listen_port=config.listen.port,
        ).with_env_token()
        app = api_app.create_app(settings)
        self._server = uvicorn.Server(
            uvicorn.Config(
                app,
                host=config.listen.host,
                port=config.listen.port,
                log_level="warning",
                proxy_headers=False,
                server_header=False,
                access_log=False,
            )
        )
        self.stopped = threading.Event()
        self.error = ""
        self._thread = threading.Thread(target=self._serve, name="webhunt-api", daemon=True)

    def _serve(self) -> None:
        try:
            self._server.run()
        except OSError as exc:  # bad host ...
            self.error = str(exc)
        except SystemExit:  # uvicorn exits when it cannot bind (its own message is logged above)
            self.error = "could not listen (see the message above)"
        finally:
            self.stopped.set()

    @property
    def started(self) -> bool:
        return bool(self._server.started)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(15)
