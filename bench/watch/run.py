"""Guard mode: how fast a dropped webshell becomes visible through the API, and how a storm is absorbed.

    python bench/watch/run.py [--drops 200] [--storm 10000] [--workers 1] [--nice 10]

One invocation, on a fresh temporary web root, with the bundled signatures:

1. starts ``webhunt run`` (guard + API in one process, as the container does) in a subprocess;
2. **single-file drops**: writes and closes one new webshell at a time (200 by default, 50 ms apart)
   and measures from the ``close()`` to the moment ``GET /findings?q=NAME`` over HTTP lists it
   (the client polls every 2 ms); reports p50 / p90 / p99 / max against the 1 s target;
3. **storm**: writes 10,000 files in 20 directories as fast as it can (a deploy; every tenth one a
   webshell) and measures until every webshell is listed by ``GET /stats``; the same tree is then
   scanned by ``webhunt scan --no-cache`` in a subprocess with the same worker count (the reference
   measured in the same run: a batch scan of the finished tree);
4. reports the guard's peak resident memory (its process and its whole process tree, from /proc).

The references show what the figures are made of: an API round trip (``GET /health``) is the floor
of the latency measurement; the batch scan is the floor of the storm. Figures are printed, never
asserted. The result is a Markdown block (stdout) for docs/benchmarks.md; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

SHELL = "<?php @eval($_POST['k{n}']); ?>\n"
CLEAN = "<?php echo 'page {n}';\n"
TOKEN = "bench-token-" + "x" * 24
TARGET_P99 = 1.0
PAGE = os.sysconf("SC_PAGE_SIZE")


def say(text: str) -> None:
    print(f"bench/watch: {text}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tree_of(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, stack = [pid], [pid]
    while stack:
        for c in children.get(stack.pop(), []):
            out.append(c)
            stack.append(c)
    return out


def rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


class MemorySampler:
    """Peak RSS of the guard process and of its whole process tree, sampled every 50 ms."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_main = 0
        self.peak_tree = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.peak_main = max(self.peak_main, rss(self.pid))
            self.peak_tree = max(self.peak_tree, sum(rss(p) for p in tree_of(self.pid)))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def wait_listed(client: httpx.Client, name: str, deadline: float) -> float:
    while True:
        r = client.get("/findings", params={"q": name, "limit": 1})
        if r.status_code == 200 and r.json()["items"]:
            return time.perf_counter()
        if time.perf_counter() > deadline:
            raise SystemExit(f"bench/watch: {name} not listed within the deadline")
        time.sleep(0.002)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drops", type=int, default=200)
    ap.add_argument("--storm", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--nice", type=int, default=10)
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="webhunt-bench-watch-"))
    www = tmp / "www"
    (www / "uploads").mkdir(parents=True)
    for i in range(50):
        (www / f"page{i}.php").write_text(CLEAN.format(n=i))
    port = free_port()
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "WEBHUNT_API_TOKEN": TOKEN,
    }
    db = f"sqlite:///{tmp / 'webhunt.db'}"
    cmd = [sys.executable, "-m", "webhunt", "run", "--root", str(www), "--db", db, "--host", "bench"]
    cmd += ["--listen", f"127.0.0.1:{port}", "--workers", str(args.workers), "--nice", str(args.nice)]
    say(f"starting: {' '.join(cmd)}")
    log = open(tmp / "guard.log", "w")  # noqa: SIM115 - closed at the end
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, env=env)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {TOKEN}"})
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if client.get("/health").status_code == 200 and "guarding" in (tmp / "guard.log").read_text():
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(
                    f"bench/watch: webhunt run did not start:\n{(tmp / 'guard.log').read_text()}"
                )
            time.sleep(0.1)
        sampler = MemorySampler(proc.pid)

        # reference: one API round trip
        rtt = []
        for _ in range(50):
            t = time.perf_counter()
            client.get("/findings", params={"q": "nothing-matches", "limit": 1})
            rtt.append(time.perf_counter() - t)

        say(f"{args.drops} single-file drops")
        latencies = []
        for i in range(args.drops):
            name = f"drop{i:04d}.php"
            with open(www / "uploads" / name, "w") as fh:
                fh.write(SHELL.format(n=i))
            closed = time.perf_counter()
            latencies.append(wait_listed(client, name, closed + 30) - closed)
            time.sleep(0.05)

        say(f"storm of {args.storm} files")
        shells = 0
        t0 = time.perf_counter()
        per_dir = max(1, args.storm // 20)
        for n in range(args.storm):
            d = www / "deploy" / f"d{n // per_dir:02d}"
            if n % per_dir == 0:
                d.mkdir(parents=True, exist_ok=True)
            if n % 10 == 0:
                (d / f"s{n}.php").write_text(SHELL.format(n=100_000 + n))
                shells += 1
            else:
                (d / f"f{n}.php").write_text(CLEAN.format(n=n))
        written = time.perf_counter() - t0
        expected = args.drops + shells
        while True:
            total = client.get("/stats").json()["findings_total"]
            if total >= expected:
                break
            if time.perf_counter() - t0 > 1800:
                raise SystemExit(f"bench/watch: storm not absorbed: {total}/{expected} findings")
            time.sleep(0.1)
        absorbed = time.perf_counter() - t0
        sampler.stop()

        say("reference: webhunt scan --no-cache of the same tree")
        ref_cmd = [sys.executable, "-m", "webhunt", "scan", str(www), "--no-cache", "--format", "jsonl"]
        ref_cmd += ["--workers", str(max(1, args.workers))]
        t = time.perf_counter()
        ref = subprocess.run(ref_cmd, env=env, capture_output=True, text=True, check=False)
        batch = time.perf_counter() - t
        flagged = sum(1 for line in ref.stdout.splitlines() if line.strip())
    finally:
        client.close()
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                code = proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                code = proc.wait()
        else:
            code = proc.returncode
        log.close()
    if not args.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)

    p50, p90, p99 = pct(latencies, 0.5), pct(latencies, 0.9), pct(latencies, 0.99)
    rtt50 = statistics.median(rtt)
    result = {
        "drops": args.drops,
        "latency_p50_ms": round(p50 * 1000, 1),
        "latency_p90_ms": round(p90 * 1000, 1),
        "latency_p99_ms": round(p99 * 1000, 1),
        "latency_max_ms": round(max(latencies) * 1000, 1),
        "api_round_trip_p50_ms": round(rtt50 * 1000, 2),
        "storm_files": args.storm,
        "storm_written_s": round(written, 2),
        "storm_absorbed_s": round(absorbed, 2),
        "batch_scan_s": round(batch, 2),
        "batch_scan_flagged": flagged,
        "peak_rss_guard_mib": round(sampler.peak_main / 2**20, 1),
        "peak_rss_tree_mib": round(sampler.peak_tree / 2**20, 1),
        "guard_exit": code,
    }
    say(json.dumps(result))
    cores = len(os.sched_getaffinity(0))
    print(
        f"### Guard mode (`bench/watch/run.py`, {cores} cores, {platform.python_version()}, workers={args.workers}, nice={args.nice})\n"
    )
    print("| measure | value | reference / target |")
    print("|---|---|---|")
    print(
        f"| close -> listed by `GET /findings`, p50 / p90 / p99 / max ({args.drops} drops) | "
        f"{p50 * 1000:.0f} / {p90 * 1000:.0f} / {p99 * 1000:.0f} / {max(latencies) * 1000:.0f} ms | "
        f"target p99 < {TARGET_P99 * 1000:.0f} ms ({'met' if p99 < TARGET_P99 else 'NOT met'}); "
        f"API round trip p50 {rtt50 * 1000:.1f} ms |"
    )
    print(f"| storm of {args.storm:,} files ({shells:,} webshells): written in | {written:.1f} s | |")
    print(
        f"| storm absorbed (every webshell listed by `GET /stats`) | {absorbed:.1f} s | "
        f"`webhunt scan --no-cache` of the finished tree: {batch:.1f} s (ratio {absorbed / batch:.2f}) |"
    )
    print(
        f"| peak resident memory: guard process / whole tree | {sampler.peak_main / 2**20:.0f} / "
        f"{sampler.peak_tree / 2**20:.0f} MiB | |"
    )
    print(f"| guard exit status after SIGTERM | {code} | 0 |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
