"""The one module that runs uvicorn: in the foreground (``serve``) or in a thread (``ServerThread``)."""

from __future__ import annotations

import gc
import threading
import time
from types import TracebackType

import uvicorn
from fastapi import FastAPI

from webhunt.errors import ConfigError


def _config(app: FastAPI, host: str, port: int, log_level: str) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        proxy_headers=False,
        server_header=False,
        access_log=False,
        lifespan="on",
    )


def serve(app: FastAPI, host: str, port: int, *, log_level: str = "warning") -> None:
    """Serve ``app`` until interrupted (SIGINT/SIGTERM stop it cleanly).

    The objects built so far (modules, the app, the store's engine: ~118,000 of them) are moved out
    of the cyclic garbage collector's reach. A full collection walked them all: a 45-90 ms pause for
    whichever request was running, a dozen times in a 20-second run of bench/api (now 2-10 ms).
    What requests allocate is still collected.
    """
    config = _config(app, host, port, log_level)
    config.load()  # imports the protocol and event-loop modules now, so that they are frozen too
    gc.collect()
    gc.freeze()
    uvicorn.Server(config).run()


class ServerThread:
    """``app`` served from a background thread, e.g. beside the guard daemon or in tests.

    ``port=0`` picks a free port; ``.port`` tells which once started.
    """

    def __init__(
        self, app: FastAPI, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning"
    ) -> None:
        self._server = uvicorn.Server(_config(app, host, port, log_level))
        self._thread = threading.Thread(target=self._server.run, name="webhunt-api", daemon=True)
        self.host = host
        self.port = port

    def start(self, timeout: float = 10.0) -> ServerThread:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise ConfigError(f"the API could not listen on {self.host}:{self.port}")
            time.sleep(0.01)
        sockets = [s for server in self._server.servers for s in server.sockets]
        self.port = int(sockets[0].getsockname()[1])
        return self

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
