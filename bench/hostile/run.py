"""Hostile input: what a file made of near matches costs the detection engine, against ordinary code.

    python bench/hostile/run.py [--size 200000] [--top 12] [--languages php,asp,...]

A planted file can be written to make a scanner slow: the same fragment of a rule repeated over and
over, so that every position is a candidate match that fails late. For every heuristic token of
each language, this bench takes the literals a match of the token needs (the words the token index
looks for) and builds two files of ``--size`` bytes per literal: the literal repeated (one long
word: ``passpasspass``) and the literal and a space, repeated; and, per language, two shapes of no
literal: one string of a single letter as long as the file, and the file filled with 4 KB strings
(``WRAPPERS``).
Each file goes through the whole engine (``Engine.detect``, every layer) in this process, and its
CPU time is set against the reference measured in the same run: the mean CPU time of the same
engine on the largest ordinary files of that language in the benign corpus (``scripts/fetch-corpus``),
scaled to the same size. It prints the slowest files, how many cost more than 1 s and the worst
ratio per language, as Markdown for docs/benchmarks.md. Figures are never asserted. On a machine
shared with other work, ``chrt -f 10 python bench/hostile/run.py`` gives the figures of a quiet one.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from webhunt.detect.engine import Engine, context_for
from webhunt.detect.heuristics import HeuristicSet, load_heuristics
from webhunt.settings import Settings

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / ".cache" / "corpus"
HEURISTICS = REPO / "signatures" / "heuristics"
#: A file name per language: what the engine takes each hostile file to be.
NAMES = {
    "php": "index.php",
    "jsp": "index.jsp",
    "aspx": "default.aspx",
    "asp": "default.asp",
    "cfm": "index.cfm",
    "cgi": "cgi-bin/run.pl",
}
#: Where the reference files come from (the corpus has no CGI or ColdFusion of size).
REFERENCE_SUFFIXES = {"php": ".php", "jsp": ".jsp", "aspx": ".aspx", "asp": ".asp"}
REFERENCE_FILES = 8


@dataclass(frozen=True, slots=True)
class Result:
    language: str
    unit: str
    seconds: float


#: Shapes that are not a heuristic literal repeated: one long string of one letter (a packed
#: blob; a search that restarts inside a run of word characters costs the square of its length)
#: and many 4 KB strings, each in the language's own code, then a request eval.
WRAPPERS = {
    "php": ("<?php\n", "$v{i} = '{s}';\n", "eval($_GET[1]);\n"),
    "jsp": ("<%\n", 'String v{i} = "{s}";\n', 'Runtime.getRuntime().exec(request.getParameter("c"));\n%>\n'),
    "aspx": (
        '<%@ Page Language="C#" %>\n<%\n',
        'var v{i} = "{s}";\n',
        'System.Diagnostics.Process.Start(Request["c"]);\n%>\n',
    ),
    "asp": ("<%\n", 'v{i} = "{s}"\n', 'Execute Request("c")\n%>\n'),
    "cfm": ("", '<cfset v{i} = "{s}">\n', '<cfexecute name="#url.c#">\n'),
    "cgi": ("#!/usr/bin/perl\n", 'my $v{i} = "{s}";\n', "system($ENV{QUERY_STRING});\n"),
}


def shapes(language: str, size: int) -> list[tuple[str, bytes]]:
    """The structural hostile files of ``language`` (see ``WRAPPERS``), each about ``size`` bytes."""
    head, line, tail = WRAPPERS[language]
    one = head + line.format(i=0, s="A" * size) + tail
    many = head + "".join(line.format(i=i, s="A" * 4096) for i in range(max(1, size // 4110))) + tail
    return [("(one string of one letter)", one.encode()), ("(4 KB strings of one letter)", many.encode())]


def say(text: str) -> None:
    print(f"bench/hostile: {text}", file=sys.stderr, flush=True)


def literals(sets: Sequence[HeuristicSet], language: str) -> list[str]:
    """Every literal a token of ``language`` needs to match (anchors and gates), sorted."""
    found: set[str] = set()
    for hset in sets:
        if hset.language != language:
            continue
        for tok in hset.tokens:
            found.update(tok.anchors or ())
            for gate in tok.gates:
                found.update(gate)
    return sorted(lit for lit in found if lit.isascii() and len(lit) >= 2)


def cpu(engine: Engine, data: bytes, relpath: str) -> float:
    started = time.process_time()
    engine.detect(data, context_for(relpath, len(data)))
    return time.process_time() - started


def reference(engine: Engine, language: str, size: int) -> float | None:
    """CPU seconds per ``size`` bytes of ordinary code of ``language``: the corpus's largest files."""
    suffix = REFERENCE_SUFFIXES.get(language)
    if suffix is None or not CORPUS.is_dir():
        return None
    sizes = {p: p.stat().st_size for p in CORPUS.rglob(f"*{suffix}") if p.is_file()}
    chosen = sorted((p for p, n in sizes.items() if n <= 2 * size), key=lambda p: -sizes[p])[:REFERENCE_FILES]
    if not chosen:
        return None
    total_s = total_bytes = 0.0
    for p in chosen:
        data = p.read_bytes()
        total_s += cpu(engine, data, NAMES[language])
        total_bytes += len(data)
    return total_s / total_bytes * size


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--size", type=int, default=200_000, help="bytes per hostile file")
    ap.add_argument("--top", type=int, default=12, help="slowest files listed")
    ap.add_argument("--languages", default=",".join(NAMES), help="comma-separated languages")
    args = ap.parse_args(argv)
    engine = Engine.load(Settings())
    sets = load_heuristics(sorted(str(p) for p in HEURISTICS.glob("*.toml")))
    results: list[Result] = []
    refs: dict[str, float | None] = {}
    for language in args.languages.split(","):
        name = NAMES[language]
        cpu(engine, b"warm", name)  # compile the language's rules first
        refs[language] = reference(engine, language, args.size)
        units = literals(sets, language)
        say(f"{language}: {len(units)} literals")
        for unit in (form for lit in units for form in (lit, lit + " ")):
            data = (unit * (args.size // len(unit) + 1))[: args.size].encode("latin-1")
            results.append(Result(language, unit, cpu(engine, data, name)))
        for label, data in shapes(language, args.size):
            results.append(Result(language, label, cpu(engine, data, name)))
    results.sort(key=lambda r: -r.seconds)
    print("### Hostile input (`bench/hostile/run.py`)\n")
    print(f"- files: two per literal a heuristic token needs, {args.size:,} bytes each (the literal")
    print("  repeated, and the literal and a space repeated), and two shapes per language (one long")
    print("  string of one letter, many 4 KB strings), through every layer of `Engine.detect`;")
    print("  CPU seconds in one process")
    print("- reference: the same engine on the largest ordinary corpus files of the language, per")
    print(f"  {args.size:,} bytes\n")
    print("| language | files | over 1 s | slowest s | reference s | slowest / reference |")
    print("|---|--:|--:|--:|--:|--:|")
    for language in args.languages.split(","):
        mine = [r for r in results if r.language == language]
        if not mine:
            continue
        worst = mine[0].seconds
        ref = refs.get(language)
        ratio = f"{worst / ref:.1f}x" if ref else "—"
        ref_text = f"{ref:.3f}" if ref is not None else "—"
        over = sum(r.seconds > 1.0 for r in mine)
        print(f"| {language} | {len(mine)} | {over} | {worst:.2f} | {ref_text} | {ratio} |")
    print(f"\nThe {args.top} slowest files:\n")
    print("| language | repeated unit | CPU s |")
    print("|---|---|--:|")
    for r in results[: args.top]:
        shown = r.unit.replace("|", "\\|")
        print(f"| {r.language} | `{shown}` | {r.seconds:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
