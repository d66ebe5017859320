"""Baseline diff speed: webhunt against ``diff -rq`` and ``rsync -rcn --delete`` on the same pair.

    python bench/diff/run.py [--corpus .cache/corpus] [--files 20000] [--repeat 3] [--workdir DIR]

One invocation:

1. builds tree A of about ``--files`` files from the benign corpus (``scripts/fetch-corpus``; when
   it is missing, generated PHP class files of realistic size stand in) and tree B, a copy of A
   with a few dozen planted changes: injected one-liners, timestomped same-size edits, dropped
   shells, image shells, an .htaccess, deletions, mode changes, files swapped for symlinks, benign
   edits;
2. reads every file once (warm page cache for everyone), then times, best of ``--repeat``:
   ``diff -rq --no-dereference A B``; ``rsync -rcn --delete A/ B/``; ``webhunt diff --baseline A B``
   without and with scanning (compares every equal-size file's content, scans the changes, writes
   JSON); ``webhunt baseline save A`` once; then ``webhunt diff --baseline MANIFEST B`` without and
   with scanning, and with ``--fast``. These runs get ``--no-cache``: every live file is hashed and
   every change judged afresh. Last, the re-run: after one run that remembers the live digests and
   the verdicts (``webhunt.diff.digests``, ``webhunt.detect.memo``), the same diff against the
   manifest without and with scanning;
3. measures, in one process, the CPU time of each phase (walks, comparison, the detection engine's
   import and load, scanning the changes);
4. checks that webhunt reported every planted change, and prints a Markdown block (seconds and
   ratios against ``diff -rq`` measured in the same run) for docs/benchmarks.md on stdout.

webhunt runs with compiled bytecode, as an installed package has it: the subprocesses get a
``PYTHONPYCACHEPREFIX`` in the work directory (filled by a warm-up run) even when the calling
environment sets ``PYTHONDONTWRITEBYTECODE``. On a machine shared with other work, running the whole
bench as ``chrt -f 10 python bench/diff/run.py`` (root) gives the figures of a quiet machine: every
process of the run, the references included, gets the CPUs first. Figures are never asserted;
progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO / ".cache" / "corpus"
#: Apps copied whole first (small, varied), the rest filled from the others.
APP_ORDER = (
    "wordpress",
    "phpmyadmin",
    "roundcube",
    "dokuwiki",
    "php-libs",
    "js-libs",
    "tomcat-examples",
    "mediawiki",
)

EVAL = "@eval($_POST['k']);"
SHELL = "<?php if(isset($_GET['cmd'])){ system($_GET['cmd']); } ?>\n"
JPEG_HEAD = bytes.fromhex("ffd8ffe000104a46494600010100000100010000")


def say(text: str) -> None:
    print(f"bench/diff: {text}", file=sys.stderr, flush=True)


# --- trees ---------------------------------------------------------------------------------------


def copy_limited(src: Path, dst: Path, budget: int) -> int:
    """Copy regular files and symlinks of ``src`` (sorted walk) into ``dst``; at most ``budget``."""
    copied = 0
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames.sort()
        rel = Path(dirpath).relative_to(src)
        for name in sorted(filenames):
            if copied >= budget:
                return copied
            s = Path(dirpath) / name
            d = dst / rel / name
            d.parent.mkdir(parents=True, exist_ok=True)
            if s.is_symlink():
                os.symlink(os.readlink(s), d)
            else:
                shutil.copy2(s, d)
            copied += 1
    return copied


def generated_php(i: int, rng: random.Random) -> str:
    methods = []
    for m in range(rng.randint(3, 12)):
        methods.append(
            f"""
    /**
     * Handles step {m} of the {i % 97} workflow.
     *
     * @param array $args Arguments.
     * @return string|null The rendered fragment.
     */
    public function step{m}( array $args ) {{
        $out = '';
        foreach ( $args as $key => $value ) {{
            $out .= sprintf( '<li data-key="%s">%s</li>', esc_attr( $key ), esc_html( $value ) );
        }}
        return '' === $out ? null : '<ul>' . $out . '</ul>';
    }}
"""
        )
    return f"<?php\n/**\n * Generated component {i}.\n */\nclass Component_{i} {{\n{''.join(methods)}}}\n"


def build_a(root: Path, corpus: Path, files: int) -> str:
    apps = [corpus / a for a in APP_ORDER if (corpus / a).is_dir()]
    if apps:
        left = files
        for app in apps:
            if left <= 0:
                break
            left -= copy_limited(app, root / app.name, left)
        return f"{files - left} files copied from the corpus ({', '.join(a.name for a in apps)})"
    rng = random.Random(7)
    for i in range(files):
        d = root / f"module{i % 50:02d}" / f"sub{i % 7}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"component{i}.php").write_text(generated_php(i, rng))
    return f"{files} generated PHP files (no corpus at {corpus})"


@dataclass(frozen=True)
class Planted:
    relpath: str
    change: str  # added | modified | deleted | mode


def _php_files(root: Path) -> list[Path]:
    found = [p for p in root.rglob("*.php") if p.is_file() and not p.is_symlink() and p.stat().st_size > 2000]
    return sorted(found)


def plant(b: Path) -> list[Planted]:
    """A few dozen changes, spread over the tree."""
    rng = random.Random(42)
    php = _php_files(b)
    rng.shuffle(php)
    out: list[Planted] = []

    def rel(p: Path) -> str:
        return p.relative_to(b).as_posix()

    for p in php[:10]:  # injected one-liners
        lines = p.read_text(errors="surrogateescape").split("\n")
        lines.insert(len(lines) // 2, EVAL)
        p.write_text("\n".join(lines), errors="surrogateescape")
        out.append(Planted(rel(p), "modified"))
    for p in php[10:12]:  # timestomped same-size edits
        st = p.stat()
        data = p.read_bytes()
        at = data.index(b"\n", len(data) // 2) + 1
        payload = b"@assert($_REQUEST['t']);\n"
        data = data[:at] + payload + data[at : len(data) - len(payload)]
        p.write_bytes(data)
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
        out.append(Planted(rel(p), "modified"))
    for p in php[12:18]:  # benign edits
        p.write_text(p.read_text(errors="surrogateescape") + "\n// updated\n", errors="surrogateescape")
        out.append(Planted(rel(p), "modified"))
    for p in php[18:23]:  # deletions
        p.unlink()
        out.append(Planted(rel(p), "deleted"))
    for p in php[23:27]:  # mode changes
        os.chmod(p, 0o666)
        out.append(Planted(rel(p), "mode"))
    for p in php[27:29]:  # files swapped for symlinks out of the root
        p.unlink()
        os.symlink("/etc/passwd", p)
        out.append(Planted(rel(p), "mode"))
    uploads = b / "uploads" / "2024" / "05"
    uploads.mkdir(parents=True)
    for i in range(8):  # dropped shells
        (uploads / f"cache{i}.php").write_text(SHELL)
        out.append(Planted(rel(uploads / f"cache{i}.php"), "added"))
    for i in range(3):  # image shells
        (uploads / f"img{i}.jpg").write_bytes(JPEG_HEAD + b"<?php @eval($_POST['z']); ?>")
        out.append(Planted(rel(uploads / f"img{i}.jpg"), "added"))
    (b / "uploads" / ".htaccess").write_text("AddType application/x-httpd-php .jpg\n")
    out.append(Planted("uploads/.htaccess", "added"))
    return out


def survey(root: Path) -> tuple[int, int]:
    """(regular files, bytes), reading every file once to warm the page cache."""
    files = size = 0
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode):
                files += 1
                size += st.st_size
                with open(path, "rb") as fh:
                    while fh.read(1 << 20):
                        pass
    return files, size


# --- timing --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timing:
    name: str
    seconds: float  # wall, best of the repeats
    cpu: float  # user + system CPU seconds, least of the repeats (the child and its threads)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def best_of(
    name: str, argv: Sequence[str], repeat: int, ok: Sequence[int], env: dict[str, str] | None = None
) -> Timing:
    runs: list[tuple[float, float]] = []
    for _ in range(repeat):
        c0 = _children_cpu()
        t0 = time.perf_counter()
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env)
        runs.append((time.perf_counter() - t0, _children_cpu() - c0))
        if proc.returncode not in ok:
            tail = proc.stderr.decode(errors="replace")[-2000:]
            raise SystemExit(f"bench/diff: {name} failed ({proc.returncode}): {tail}")
    wall = min(w for w, _ in runs)
    cpu = min(c for _, c in runs)
    say(
        f"{name}: best {wall:.2f}s wall, {cpu:.2f}s CPU; runs: "
        + ", ".join(f"{w:.2f}/{c:.2f}" for w, c in runs)
    )
    return Timing(name, wall, cpu)


def webhunt_env(work: Path) -> dict[str, str]:
    """The environment of the webhunt runs: compiled bytecode cached in the work directory."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env.pop("WEBHUNT_CACHE_DIR", None)
    env["XDG_CACHE_HOME"] = str(work / "cache")  # remembered digests: the bench's own, never the user's
    return env


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def in_process_phases(a: Path, b: Path, manifest: Path) -> list[tuple[str, float]]:
    """CPU seconds of the library's phases, in this process (no interpreter start-up); each phase
    is the least of three runs, except the engine's import and first load."""
    from webhunt.diff.compare import compare
    from webhunt.diff.sources import DirectorySource

    def least(fn: Callable[[], object]) -> float:
        spent = []
        for _ in range(3):
            c = _cpu()
            fn()
            spent.append(_cpu() - c)
        return min(spent)

    out: list[tuple[str, float]] = []
    out.append(("walk one tree (lstat of every entry)", least(lambda: DirectorySource(str(b)))))
    out.append(
        (
            "compare with a directory, no scanning (both walks, every equal-size pair read)",
            least(lambda: compare(str(b), str(a), None)),
        )
    )
    out.append(
        (
            "compare with a manifest, no scanning (live walk, manifest load, every live file hashed)",
            least(lambda: compare(str(b), str(manifest), None)),
        )
    )
    c = _cpu()
    from webhunt.detect.engine import Engine
    from webhunt.settings import Settings

    out.append(("import the detection engine", _cpu() - c))
    c = _cpu()
    engine = Engine.load(Settings())
    out.append(("load the rules (Engine.load)", _cpu() - c))
    out.append(
        (
            "compare with a directory and scan the changes",
            least(lambda: compare(str(b), str(a), engine.detect)),
        )
    )
    for name, secs in out:
        say(f"in process: {name}: {secs:.3f}s CPU")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--files", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--workdir", type=Path, help="where to build the trees (default: a temp dir, removed after)"
    )
    args = ap.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="webhunt-bench-diff-"))
    work.mkdir(parents=True, exist_ok=True)
    a, b = work / "A", work / "B"
    try:
        if a.exists():
            shutil.rmtree(a)
        if b.exists():
            shutil.rmtree(b)
        a.mkdir()
        what = build_a(a, args.corpus, args.files)
        say(what)
        shutil.copytree(a, b, symlinks=True)
        planted = plant(b)
        planted_at = time.time()
        files, size = survey(a)
        survey(b)
        load_before = os.getloadavg()[0]
        say(f"tree: {files} files, {size / 1e6:.0f} MB; {len(planted)} planted changes")

        py = [sys.executable, "-m", "webhunt"]
        env = webhunt_env(work)
        out_json = work / "diff.json"
        manifest = work / "A.jsonl"
        # warm-up: compile the bytecode and the rules once, outside the timings
        warm = subprocess.run(
            [*py, "diff", "--baseline", str(a), str(b), "--format", "jsonl"], capture_output=True, env=env
        )
        if warm.returncode not in (0, 1):
            raise SystemExit(
                f"bench/diff: warm-up failed ({warm.returncode}): {warm.stderr.decode()[-2000:]}"
            )

        def webhunt(name: str, *diff_args: str, out: Path | None = None) -> Timing:
            output = ["--format", "json", "-o", str(out)] if out else ["--format", "jsonl"]
            return best_of(name, [*py, "diff", *diff_args, *output], args.repeat, (0, 1), env)

        results = [
            best_of("diff -rq", ["diff", "-rq", "--no-dereference", str(a), str(b)], args.repeat, (0, 1)),
            best_of(
                "rsync -rcn --delete", ["rsync", "-rcn", "--delete", f"{a}/", f"{b}/"], args.repeat, (0, 23)
            ),
            webhunt(
                "webhunt diff --no-scan, directory baseline",
                "--no-cache",
                "--no-scan",
                "--baseline",
                str(a),
                str(b),
            ),
            webhunt(
                "webhunt diff, directory baseline (scans the changes)",
                "--no-cache",  # no verdict remembered from the warm-up: every change judged
                "--baseline",
                str(a),
                str(b),
                out=out_json,
            ),
        ]
        found = json.loads(out_json.read_text())
        empty = work / "empty"
        empty.mkdir(exist_ok=True)
        startup = best_of(
            "webhunt diff of two empty directories (start-up alone)",
            [*py, "diff", "--baseline", str(empty), str(empty), "--format", "jsonl"],
            args.repeat,
            (0,),
            env,
        )
        save = best_of(
            "webhunt baseline save",
            [*py, "baseline", "save", "--no-cache", str(a), "-o", str(manifest)],
            1,
            (0,),
            env,
        )
        results.append(
            webhunt(
                "webhunt diff --no-scan, manifest baseline (every live file hashed)",
                "--no-cache",
                "--no-scan",
                "--baseline",
                str(manifest),
                str(b),
            )
        )
        results.append(
            webhunt(
                "webhunt diff, manifest baseline (every live file hashed, scans the changes)",
                "--no-cache",
                "--baseline",
                str(manifest),
                str(b),
                out=out_json,
            )
        )
        found_manifest = json.loads(out_json.read_text())
        results.append(
            webhunt(
                "webhunt diff --fast, manifest baseline",
                "--no-cache",
                "--fast",
                "--baseline",
                str(manifest),
                str(b),
            )
        )
        # the re-run: a first run (scanning) remembers the live digests and the verdicts on the
        # changes (files changed in the last two seconds are not remembered, see
        # webhunt.diff.digests: wait them out); the timed runs reuse them
        time.sleep(max(0.0, 2.5 - (time.time() - planted_at)))
        first = subprocess.run(
            [*py, "diff", "--baseline", str(manifest), str(b), "--format", "json"],
            capture_output=True,
            env=env,
        )
        remembered = json.loads(first.stdout)["files_compared"]
        rerun_no_scan = webhunt(
            "re-run: webhunt diff --no-scan, manifest baseline (digests remembered)",
            "--no-scan",
            "--baseline",
            str(manifest),
            str(b),
        )
        rerun = webhunt(
            "re-run: webhunt diff, manifest baseline (digests and verdicts remembered, scans the changes)",
            "--baseline",
            str(manifest),
            str(b),
            out=out_json,
        )
        found_rerun = json.loads(out_json.read_text())
        results += [rerun_no_scan, rerun]
        phases = in_process_phases(a, b, manifest)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)

    want = {(p.relpath, p.change) for p in planted}
    got = {(c["relpath"], c["change"]) for c in found["changes"]}
    got_m = {(c["relpath"], c["change"]) for c in found_manifest["changes"]}
    got_r = {(c["relpath"], c["change"]) for c in found_rerun["changes"]}
    ref, ref_cpu = results[0].seconds, results[0].cpu
    print("### Baseline diff (`bench/diff/run.py`)\n")
    print(
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.system()}; load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print(f"- tree: {files} files, {size / 1e6:.0f} MB ({what}); {len(planted)} planted changes")
    print(
        f"- webhunt found {len(want & got)}/{len(want)} planted changes against the directory, "
        f"{len(want & got_m)}/{len(want)} against the manifest, {len(want & got_r)}/{len(want)} in the "
        f"re-run with remembered digests ({found_rerun['files_remembered']} of {remembered} files); "
        f"{len(got - want) + len(got_m - want) + len(got_r - want)} other changes listed"
    )
    print(f"- `webhunt baseline save` of A: {save.seconds:.2f} s (once)\n")
    print(
        f"| run | wall s (best of {args.repeat}) | CPU s (least) | wall vs `diff -rq` | CPU vs `diff -rq` |"
    )
    print("|---|---:|---:|---:|---:|")
    for r in results:
        ratio = r.seconds / ref if ref else float("inf")
        cpu_ratio = r.cpu / ref_cpu if ref_cpu else float("inf")
        print(f"| {r.name} | {r.seconds:.2f} | {r.cpu:.2f} | {ratio:.2f}x | {cpu_ratio:.2f}x |")
    print(
        f"| (start-up: `webhunt diff` of two empty directories) | {startup.seconds:.2f} | {startup.cpu:.2f} | | |"
    )
    cold = next(r for r in results if r.name.startswith("webhunt diff, manifest baseline"))
    cold_no_scan = next(r for r in results if r.name.startswith("webhunt diff --no-scan, manifest"))
    print(
        f"\nThe re-run against the manifest (digests and verdicts remembered) took {rerun.seconds / cold.seconds:.2f}x "
        f"the wall time and {rerun.cpu / cold.cpu:.2f}x the CPU time of the run that hashes every live "
        f"file (both scanning the changes); without scanning {rerun_no_scan.seconds / cold_no_scan.seconds:.2f}x"
        " the wall time."
    )
    print("\nWhere webhunt's time goes (CPU seconds, measured in one process, warm cache):\n")
    print("| phase | CPU seconds |")
    print("|---|---:|")
    for name, secs in phases:
        print(f"| {name} | {secs:.3f} |")
    print(
        "\nRatios are webhunt's (or rsync's) time over `diff -rq`'s: below 1.00x is faster. Targets: webhunt "
        "(comparing every equal-size file's content, scanning the changes) at least as fast as `diff -rq`; "
        "a re-run against a saved manifest much faster. The machine's load is shared: CPU seconds are the "
        "steadier figure."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
