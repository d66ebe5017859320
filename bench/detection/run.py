"""Detection quality: recall per family and language on tests/samples, false positives per benign
application in .cache/corpus, with each layer switched off in turn.

    python bench/detection/run.py            # all layers, then each layer off
    python bench/detection/run.py --quick    # all layers only

Prints markdown tables for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from webhunt.detect.engine import Engine, context_for
from webhunt.model import Layer, Severity
from webhunt.scan import scan_paths
from webhunt.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "tests" / "samples"
CORPUS = REPO / ".cache" / "corpus"
SKIP_SUFFIXES = {".py", ".md"}


def samples() -> list[tuple[str, str, Path, str]]:
    """(language, family, path, relpath in its web root) for every malicious sample."""
    out = []
    for p in sorted(SAMPLES.rglob("*")):
        if not p.is_file() or p.suffix in SKIP_SUFFIXES or p.name == "MANIFEST.txt":
            continue
        parts = p.relative_to(SAMPLES).parts
        if parts[0] == "benign":
            continue
        if parts[0] == "evasion":
            out.append((parts[1], "evasion/" + parts[2], p, "/".join(parts[3:])))
        else:
            out.append((parts[0], parts[1], p, "/".join(parts[2:])))
    return out


def recall(engine: Engine) -> tuple[dict[tuple[str, str], tuple[int, int]], list[str]]:
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for lang, family, path, rel in samples():
        data = path.read_bytes()
        v = engine.detect(data, context_for(rel, len(data)))
        hit = v.severity is not None and v.severity >= Severity.MEDIUM
        table[(lang, family)][0] += int(hit)
        table[(lang, family)][1] += 1
        if not hit:
            missed.append(str(path.relative_to(SAMPLES)))
    return {k: (v[0], v[1]) for k, v in table.items()}, missed


def false_positives(settings: Settings, disabled: frozenset[Layer]) -> dict[str, tuple[int, int]]:
    out = {}
    for app in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        s = scan_paths([str(app)], settings, disabled=disabled)
        fp = sum(1 for r in s.results if r.verdict.severity and r.verdict.severity >= Severity.MEDIUM)
        out[app.name] = (fp, s.files_scanned + s.files_cached)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="only the full engine, no layer ablation")
    args = ap.parse_args()
    settings = Settings(use_cache=False)
    configs: list[tuple[str, frozenset[Layer]]] = [("all layers", frozenset())]
    if not args.quick:
        for layer in (Layer.YARA, Layer.HEURISTIC, Layer.SEMANTIC, Layer.DECODE, Layer.STATS, Layer.CONTEXT):
            configs.append((f"without {layer.value}", frozenset({layer})))
    print(f"# webhunt detection benchmark ({time.strftime('%Y-%m-%d')})\n")
    print(f"command: `python bench/detection/run.py{' --quick' if args.quick else ''}`\n")
    for name, disabled in configs:
        engine = Engine.load(settings, disabled=disabled)
        table, missed = recall(engine)
        hits = sum(h for h, _ in table.values())
        total = sum(n for _, n in table.values())
        print(f"## {name}: recall {hits}/{total} = {100 * hits / max(total, 1):.1f}%\n")
        if name == "all layers" or args.quick:
            print("| language | family | detected | samples | recall |\n|---|---|---|---|---|")
            for (lang, fam), (h, n) in sorted(table.items()):
                print(f"| {lang} | {fam} | {h} | {n} | {100 * h / n:.0f}% |")
            print()
            if missed:
                print("missed: " + ", ".join(missed) + "\n")
        if CORPUS.is_dir():
            fps = false_positives(settings, disabled)
            fp_total = sum(f for f, _ in fps.values())
            n_total = sum(n for _, n in fps.values())
            rate = 100 * fp_total / max(n_total, 1)
            print(f"false positives (medium+): {fp_total}/{n_total} files = {rate:.3f}%\n")
            print("| application | files | medium+ | rate |\n|---|---|---|---|")
            for app, (f, n) in fps.items():
                print(f"| {app} | {n} | {f} | {100 * f / max(n, 1):.3f}% |")
            print()
        print(flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
