"""Alerts: JSON lines on a stream, and a webhook POSTed to a real local HTTP server."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from webhunt.daemon.alerts import Alerts, Webhook
from webhunt.model import Finding, FindingKind, Language, Layer, Reason, Severity


def finding(severity: Severity = Severity.CRITICAL, path: str = "/var/www/html/uploads/s.php") -> Finding:
    return Finding(
        host="web1",
        kind=FindingKind.FILE,
        path=path,
        relpath="uploads/s.php",
        sha256="ab" * 32,
        severity=severity,
        score=95,
        reasons=(Reason("T_Eval_Post", Layer.YARA, 85, "eval of POST", line=1),),
        language=Language.PHP,
        root="/var/www/html",
    )


class Receiver:
    """A local HTTP endpoint: answers with the queued statuses (then 200), records the bodies."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, object]] = []
        self.statuses: list[int] = []
        self.hold = threading.Event()
        self.hold.set()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                outer.hold.wait(10)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = outer.statuses.pop(0) if outer.statuses else 200
                if status == 200:
                    outer.bodies.append(json.loads(body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.hold.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def test_json_line_per_alert_at_or_above_the_threshold() -> None:
    out = io.StringIO()
    alerts = Alerts(Severity.HIGH, stream=out, clock=lambda: 0.0)
    assert alerts.notify("new", finding(Severity.CRITICAL), 7)
    assert not alerts.notify("new", finding(Severity.MEDIUM), 8)
    alerts.close()
    (line,) = out.getvalue().splitlines()
    d = json.loads(line)
    assert d["type"] == "webhunt.alert" and d["event"] == "new" and d["id"] == 7
    assert (d["severity"], d["path"], d["rules"], d["time"]) == (
        "critical",
        "/var/www/html/uploads/s.php",
        ["T_Eval_Post"],
        "1970-01-01T00:00:00Z",
    )


def test_webhook_delivers_and_retries(receiver: Receiver) -> None:
    receiver.statuses = [503, 500]  # two failures, then accepted
    hook = Webhook(receiver.url, timeout=2, backoff=0.01)
    alerts = Alerts(Severity.MEDIUM, webhook=hook)
    alerts.notify("accessed", finding(), 3)
    alerts.close()
    assert [b["id"] for b in receiver.bodies] == [3]
    assert (hook.sent, hook.failed) == (1, 0)


def test_webhook_gives_up_after_bounded_retries(receiver: Receiver) -> None:
    receiver.statuses = [500] * 10
    hook = Webhook(receiver.url, timeout=2, retries=2, backoff=0.01)
    hook.send({"id": 1})
    hook.close()
    assert (hook.sent, hook.failed, receiver.bodies) == (0, 1, [])
    assert receiver.statuses == [500] * 7  # three attempts made


def test_a_hanging_receiver_never_blocks_detection(receiver: Receiver) -> None:
    receiver.hold.clear()  # the receiver accepts the connection and then says nothing
    hook = Webhook(receiver.url, timeout=0.5, retries=0, queue_size=5)
    alerts = Alerts(Severity.MEDIUM, webhook=hook)
    for i in range(50):
        alerts.notify("new", finding(path=f"/var/www/html/{i}.php"), i)
    # all 50 returned while the receiver had not answered a single request
    assert receiver.bodies == [] and not receiver.hold.is_set()
    assert hook.dropped >= 40  # the queue stayed bounded: the oldest alerts were dropped
    receiver.hold.set()
    alerts.close()
