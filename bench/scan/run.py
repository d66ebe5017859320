"""Scan throughput on real web applications: webhunt's whole pipeline against the yara CLI.

    python bench/scan/run.py [--corpus .cache/corpus] [--workers 2] [--repeat 1] [--rules DIR]

One invocation measures, over the same tree (the benign corpus that ``scripts/fetch-corpus``
unpacks) with the same rules:

1. ``yara -r -p N -N -w`` with webhunt's YARA rule files (same namespaces) and the same external
   variables defined with ``-d`` (the reference: rule matching alone, in C);
2. ``webhunt scan --format jsonl --workers N`` in a subprocess with an empty cache directory (walk,
   read, hash, every detection layer, scoring, output);
3. the same command again, now with a warm scan cache.

Before the runs every file is read once so that all three see the same, warm page cache. For each
run it reports wall time, files/s and MB/s (the same denominators: regular files and bytes in the
tree), CPU time, peak resident memory of the largest process and of the whole process tree
(sampled from /proc every 50 ms, never below the largest process), and the ratios against the targets of the design
(webhunt >= 0.5x of yara's throughput, warm re-scan >= 20x faster than cold). The result is a
Markdown block for docs/benchmarks.md on stdout; progress goes to stderr. Figures are never
asserted: they are measured against a reference run on the same machine at the same time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO / ".cache" / "corpus"
SAMPLE_EVERY_S = 0.05
PAGE = os.sysconf("SC_PAGE_SIZE")
MIB = 1024 * 1024
TARGET_VS_YARA = 0.5
TARGET_WARM = 20.0


def say(text: str) -> None:
    print(f"bench/scan: {text}", file=sys.stderr, flush=True)


# --- the tree ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tree:
    files: int
    bytes: int
    scripts: int
    symlinks: int


SCRIPT_SUFFIXES = {".php", ".phtml", ".inc", ".jsp", ".jspx", ".jspf", ".asp", ".aspx", ".ashx"}


def survey(root: Path, prime: bool) -> Tree:
    """Count regular files, bytes and links (never following links); read each file when priming."""
    files = size = scripts = links = 0
    for dirpath, dirnames, filenames in os.walk(root):
        for name in filenames + dirnames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                links += 1
            elif stat.S_ISREG(st.st_mode):
                files += 1
                size += st.st_size
                if os.path.splitext(name)[1].lower() in SCRIPT_SUFFIXES:
                    scripts += 1
                if prime:
                    with open(path, "rb") as fh:
                        while fh.read(1 << 20):
                            pass
    return Tree(files=files, bytes=size, scripts=scripts, symlinks=links)


# --- measuring a command -------------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                text = fh.read()
        except OSError:
            continue  # gone meanwhile
        ppid = int(text.rsplit(b")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, now."""
    kids = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss(pid)
        todo.extend(kids.get(pid, ()))
    return total


@dataclass(slots=True)
class Run:
    name: str
    argv: list[str]
    wall: float = 0.0
    cpu: float = 0.0
    max_rss: int = 0  # largest single process (rusage)
    tree_peak: int = 0  # whole process tree (sampled)
    status: int = 0
    stdout: str = ""
    stderr: str = ""
    flagged: Counter[str] = field(default_factory=Counter)


def measure(run: Run, env: dict[str, str], stdout_path: Path) -> Run:
    """Run ``run.argv``, wait for it with wait4 (CPU, max RSS) while sampling the tree's RSS."""
    say(f"{run.name}: {' '.join(run.argv[:6])}{' ...' if len(run.argv) > 6 else ''}")
    with open(stdout_path, "wb") as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(run.argv, stdout=out, stderr=err, env=env)
        stop = threading.Event()
        peak = [0]

        def sample() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], tree_rss(proc.pid))
                stop.wait(SAMPLE_EVERY_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        run.wall = time.monotonic() - started
        stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        run.stderr = err.read().decode("utf-8", "replace")
    run.status = proc.returncode
    run.cpu = usage.ru_utime + usage.ru_stime
    run.max_rss = usage.ru_maxrss * 1024
    run.tree_peak = max(peak[0], run.max_rss)  # sampling can miss a short peak
    run.stdout = stdout_path.read_text(encoding="utf-8", errors="replace")
    say(f"{run.name}: {run.wall:.1f} s wall, {run.cpu:.1f} s CPU, exit {run.status}")
    return run


def fail(run: Run, why: str) -> None:
    tail = "\n".join(run.stderr.strip().splitlines()[-15:])
    raise SystemExit(f"bench/scan: {run.name} {why} (exit {run.status}):\n{tail}")


# --- the runs ------------------------------------------------------------------------------------


def project_rules(extra: Sequence[str]) -> tuple[dict[str, str], str]:
    """webhunt's YARA rule files ({namespace: path}) and ruleset version, as webhunt loads them."""
    from webhunt.rules import collect

    sources = collect(extra)
    for problem in sources.problems:
        say(f"rules: {problem}")
    if not sources.yara_files:
        raise SystemExit("bench/scan: webhunt has no YARA rule files yet: nothing to compare")
    return dict(sources.yara_files), sources.version


def yara_argv(yara: str, rules: dict[str, str], corpus: Path, workers: int) -> list[str]:
    from webhunt.detect.yara_adapter import EXTERNALS

    argv = [yara, "-r", "-N", "-w", "-p", str(workers)]
    for name in EXTERNALS:
        argv += ["-d", f"{name}="]
    argv += [f"{ns}:{path}" for ns, path in sorted(rules.items())]
    return [*argv, str(corpus)]


def count_yara(run: Run) -> None:
    files = {line.split(" ", 1)[1] for line in run.stdout.splitlines() if " " in line}
    run.flagged["matched"] = len(files)


def count_jsonl(run: Run) -> None:
    for number, line in enumerate(run.stdout.splitlines(), 1):
        if not line.strip():
            continue
        try:
            finding = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"bench/scan: {run.name}: output line {number} is not JSON: {exc}") from None
        run.flagged[str(finding.get("severity"))] += 1


def versions(yara: str) -> str:
    from webhunt import __version__

    out = subprocess.run([yara, "--version"], capture_output=True, text=True, check=False)
    return f"webhunt {__version__}, yara {out.stdout.strip()}, Python {platform.python_version()}"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


# --- report --------------------------------------------------------------------------------------


def mib(n: int) -> str:
    return f"{n / MIB:.0f}"


def row(run: Run, tree: Tree, flagged: str) -> str:
    return (
        f"| {run.name} | {run.wall:.1f} | {tree.files / run.wall:,.0f} | {tree.bytes / MIB / run.wall:.1f} "
        f"| {run.cpu:.1f} | {mib(run.max_rss)} | {mib(run.tree_peak)} | {flagged} |"
    )


def severities(c: Counter[str]) -> str:
    order = ["critical", "high", "medium", "low"]
    parts = [f"{c[s]} {s}" for s in order if c[s]]
    return ", ".join(parts) if parts else "0"


def report(
    tree: Tree, corpus: Path, yara: Run, cold: Run, warm: Run, workers: int, version: str, about: str
) -> str:
    vs_yara = yara.wall / cold.wall
    warm_speedup = cold.wall / warm.wall
    try:
        where = corpus.relative_to(REPO)
    except ValueError:
        where = corpus
    lines = [
        "## Scan throughput (`bench/scan/run.py`)",
        "",
        f"Corpus `{where}`: {tree.files:,} files, {tree.bytes / MIB:,.0f} MiB, {tree.scripts:,} script "
        f"files (PHP/JSP/ASP), {tree.symlinks} symlinks (not followed), unpacked from Debian packages "
        "by `scripts/fetch-corpus`.",
        f"Machine: {os.cpu_count()} cores ({cpu_model()}); {about}; {workers} workers/threads each; "
        f"ruleset {version}; page cache warm for every run.",
        "",
        "| run | wall s | files/s | MB/s | CPU s | peak RSS, largest process MiB "
        "| peak RSS, all processes MiB | flagged |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
        row(yara, tree, f"{yara.flagged['matched']} file(s) matched a rule"),
        row(cold, tree, severities(cold.flagged)),
        row(warm, tree, severities(warm.flagged)),
        "",
        "| ratio | measured | target | met |",
        "|---|---:|---:|---|",
        f"| webhunt cold / yara throughput | {vs_yara:.2f}x | >= {TARGET_VS_YARA}x "
        f"| {'yes' if vs_yara >= TARGET_VS_YARA else 'no'} |",
        f"| warm / cold re-scan speed | {warm_speedup:.1f}x | >= {TARGET_WARM:.0f}x "
        f"| {'yes' if warm_speedup >= TARGET_WARM else 'no'} |",
        f"| webhunt cold / yara, by CPU time (less sensitive to other load) | {yara.cpu / cold.cpu:.2f}x "
        f"| >= {TARGET_VS_YARA}x | {'yes' if yara.cpu / cold.cpu >= TARGET_VS_YARA else 'no'} |",
        "",
        "files/s and MB/s divide the tree's regular files and bytes by wall time for every row. "
        "yara only matches rules; webhunt's figures are the whole pipeline (walk, read, hash, all "
        "detection layers, scoring, JSON lines output). `flagged` counts webhunt's findings at "
        "medium or above on benign code: each one is a false positive. With several runs each row is the "
        "fastest of its kind and the ratios use those rows. On a machine shared with other work, the CPU-time "
        "ratio is the steadier figure.",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="tree to scan (default: %(default)s)")
    ap.add_argument("--workers", type=int, default=2, help="yara threads and webhunt workers (default: 2)")
    ap.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule directory (both)")
    ap.add_argument("--yara", default=shutil.which("yara") or "yara", help="yara command-line tool")
    ap.add_argument("--repeat", type=int, default=1, help="measure N times, report the fastest of each")
    ap.add_argument("--findings", type=Path, metavar="FILE", help="keep the cold run's JSON lines in FILE")
    ap.add_argument("--no-prime", action="store_true", help="do not read the tree before the runs")
    args = ap.parse_args(argv)

    corpus = args.corpus.resolve()
    if not corpus.is_dir():
        raise SystemExit(f"bench/scan: no corpus at {corpus}: run scripts/fetch-corpus first")
    if shutil.which(args.yara) is None:
        raise SystemExit(f"bench/scan: {args.yara} not found (Debian: apt-get install yara)")

    rules, version = project_rules(args.rules)
    say(f"{len(rules)} YARA rule files, ruleset {version}")
    say(f"surveying {corpus}{' and priming the page cache' if not args.no_prime else ''}")
    tree = survey(corpus, prime=not args.no_prime)
    say(f"{tree.files:,} files, {tree.bytes / MIB:,.0f} MiB, {tree.scripts:,} scripts")

    webhunt = [sys.executable, "-m", "webhunt", "scan", "--format", "jsonl", "--workers", str(args.workers)]
    for d in args.rules:
        webhunt += ["--rules", d]
    webhunt.append(str(corpus))
    yara_cmd = yara_argv(args.yara, rules, corpus, args.workers)

    load_before = os.getloadavg()[0]  # other work on the machine skews every figure: say how much
    best: dict[str, Run] = {}
    with tempfile.TemporaryDirectory(prefix="webhunt-bench-") as tmp:
        for i in range(args.repeat):
            work = Path(tmp) / str(i)
            work.mkdir()
            env = {k: v for k, v in os.environ.items() if not k.startswith("WEBHUNT_")}
            env["WEBHUNT_CACHE_DIR"] = str(work / "cache")  # empty: the first webhunt run is cold
            env["XDG_DATA_HOME"] = str(work / "data")  # never touch the user's store

            yara = measure(Run(f"yara -r -p {args.workers} (reference)", yara_cmd), env, work / "yara.out")
            if yara.status != 0:
                fail(yara, "failed")
            count_yara(yara)
            cold = measure(Run("webhunt scan, cold cache", webhunt), env, work / "cold.jsonl")
            if cold.status not in (0, 1):
                fail(cold, "failed")
            count_jsonl(cold)
            if args.findings is not None:
                args.findings.write_text(cold.stdout, encoding="utf-8")
            warm = measure(Run("webhunt scan, warm cache", webhunt), env, work / "warm.jsonl")
            if warm.status not in (0, 1):
                fail(warm, "failed")
            count_jsonl(warm)
            if warm.flagged != cold.flagged:
                say(f"warning: warm run flagged {dict(warm.flagged)}, cold run {dict(cold.flagged)}")
            for run in (yara, cold, warm):
                if run.name not in best or run.wall < best[run.name].wall:
                    best[run.name] = run
    yara, cold, warm = best[yara.name], best[cold.name], best[warm.name]
    if project_rules(args.rules)[1] != version:
        raise SystemExit("bench/scan: the rule files changed during the runs; run the benchmark again")

    load = ", ".join(f"{x:.1f}" for x in (load_before, os.getloadavg()[0]))
    about = f"{versions(args.yara)}; best of {args.repeat} run(s); 1-min load average before/after {load}"
    print(report(tree, corpus, yara, cold, warm, args.workers, version, about))
    return 0


if __name__ == "__main__":
    sys.exit(main())
