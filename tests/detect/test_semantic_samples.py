"""Evasion samples: which of the generalising layers catches each one, alone and in the engine.

``tests/samples/evasion/<language>/<technique>/<path in the web root>`` are inert shells written to
dodge signatures (renamed variables, split strings, callbacks, nested encodings, padding, comments
inside calls, ``$$``, extract/parse_str, reflection ...). Each technique lists the layers that must
return a reason for it on their own; the whole engine must rate every sample medium or above.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from webhunt.detect import scoring
from webhunt.detect.charsets import server_text
from webhunt.detect.context import ContextLayer
from webhunt.detect.decode import DecodeLayer
from webhunt.detect.document import Document
from webhunt.detect.engine import Engine, EngineInfo, context_for, default_layers
from webhunt.detect.layers import DetectLayer
from webhunt.detect.semantic import SemanticLayer
from webhunt.detect.stats import StatsLayer
from webhunt.model import FileContext, Layer, Verdict
from webhunt.rules import collect, compiled_rules

EVASION = Path(__file__).resolve().parent.parent / "samples" / "evasion"

#: technique directory -> layers that must catch every sample in it on their own
EXPECTED: dict[str, set[Layer]] = {
    "php/renamed-vars": {Layer.SEMANTIC},
    "php/reordered": {Layer.SEMANTIC},
    "php/destructuring": {Layer.SEMANTIC},
    "php/split-strings": {Layer.SEMANTIC},
    "php/comments-inside-calls": {Layer.SEMANTIC},
    "php/padding": {Layer.SEMANTIC},
    "php/callbacks": {Layer.SEMANTIC},
    "php/variable-variables": {Layer.SEMANTIC},
    "php/extract": {Layer.SEMANTIC},
    "php/reflection": {Layer.SEMANTIC},
    "php/class-indirection": {Layer.SEMANTIC},
    "php/create-function": {Layer.SEMANTIC},
    "php/nested-encodings": {Layer.SEMANTIC, Layer.DECODE},
    "php/obfuscator-names": {Layer.SEMANTIC, Layer.DECODE, Layer.STATS},
    "php/packed": {Layer.DECODE, Layer.STATS},
    "php/droppers": {Layer.DECODE},  # constant code planted in a script: the decoded payload decides
    "php/computed-names": {Layer.SEMANTIC},  # names built without letters ("Array", ++, ^): folded
    "php/sources": {Layer.SEMANTIC},
    "php/stateful-session": {Layer.SEMANTIC},
    "php/request-body": {Layer.SEMANTIC},
    "php/spooled-files": {Layer.SEMANTIC},  # client content copied or moved to a file, then included
    "php/framework-request": {Layer.SEMANTIC},  # a framework request object read in a controller or route
    "php/sinks": {Layer.SEMANTIC},
    "php/polyglot": {Layer.SEMANTIC, Layer.CONTEXT},
    "php/upload-dir": {Layer.SEMANTIC, Layer.CONTEXT},
    "php/image-with-code": {Layer.SEMANTIC, Layer.CONTEXT},
    "jsp/renamed-vars": {Layer.SEMANTIC},
    "jsp/split-strings": {Layer.SEMANTIC},
    "jsp/arrays": {Layer.SEMANTIC},
    "jsp/script-engine": {Layer.SEMANTIC},
    "jsp/classloader": {Layer.SEMANTIC},
    "jsp/jspx": {Layer.SEMANTIC},
    "jsp/helper-methods": {Layer.SEMANTIC},
    "jsp/cookies": {Layer.SEMANTIC},
    "jsp/decoded-input": {Layer.SEMANTIC},
    "jsp/nested-encodings": {Layer.DECODE},
    "jsp/charsets": {Layer.SEMANTIC},  # on the text the server decodes (``charsets.server_text``)
    "aspx/renamed-vars": {Layer.SEMANTIC},
    "aspx/initializer": {Layer.SEMANTIC},
    "aspx/assembly-load": {Layer.SEMANTIC},
    "aspx/helper-methods": {Layer.SEMANTIC},
    "aspx/uploader": {Layer.SEMANTIC},
    "aspx/nested-encodings": {Layer.DECODE},
    "aspx/charsets": {Layer.SEMANTIC},
    "asp/jscript-flows": {Layer.SEMANTIC},  # classic ASP in JScript: renamed, split, built names
}


def _samples() -> list[tuple[str, Path, str]]:
    out = []
    for p in sorted(EVASION.rglob("*")):
        if p.is_file() and p.suffix not in (".py", ".md"):
            parts = p.relative_to(EVASION).parts
            out.append(("/".join(parts[:2]), p, "/".join(parts[2:])))
    return out


SAMPLES = _samples()


@cache
def engine() -> Engine:
    sources = collect(())
    layers = default_layers(sources)
    present = {layer.layer for layer in layers}
    for extra in (SemanticLayer(), DecodeLayer(), StatsLayer(), ContextLayer()):
        if extra.layer not in present:
            layers.append(extra)
    info = EngineInfo(sources.version, len(sources.yara_files), sources.problems)
    return Engine(compiled_rules(sources, None), layers, info)


@cache
def alone(layer: Layer) -> DetectLayer:
    layers: dict[Layer, DetectLayer] = {
        Layer.SEMANTIC: SemanticLayer(),
        Layer.DECODE: DecodeLayer(),
        Layer.STATS: StatsLayer(),
        Layer.CONTEXT: ContextLayer(),
    }
    return layers[layer]


def _rescan(inner: bytes, ctx: FileContext) -> Verdict:
    return engine().detect(inner, ctx, depth=1)


def test_there_are_enough_samples_and_every_technique_is_listed() -> None:
    assert len(SAMPLES) >= 40
    techniques = {t for t, _, _ in SAMPLES}
    assert techniques == set(EXPECTED)


@pytest.mark.parametrize(
    ("technique", "path", "relpath"), SAMPLES, ids=[str(s[1].relative_to(EVASION)) for s in SAMPLES]
)
def test_sample_is_caught_by_its_layers_and_by_the_engine(technique: str, path: Path, relpath: str) -> None:
    data = path.read_bytes()
    ctx = context_for(relpath, len(data))
    text = server_text(data, ctx)  # a page in UTF-16 or EBCDIC: the layers read what the server does
    assert (text is not None) == technique.endswith("/charsets")
    doc = Document(text.data if text is not None else data)
    for layer in EXPECTED[technique]:
        reasons = alone(layer)(doc, ctx, _rescan)
        assert reasons, f"{layer.value} found nothing in {relpath}"
        assert all(r.layer is layer for r in reasons)
        score = scoring.combine_scores(r.score for r in scoring.strongest_per_id(reasons))
        if layer in (Layer.SEMANTIC, Layer.DECODE):
            assert score >= 40, (layer.value, [(r.id, r.score) for r in reasons])
        else:
            assert score < 40  # statistics and context never decide alone
    verdict = engine().detect(data, ctx)
    assert verdict.score >= 40, [(r.id, r.score) for r in verdict.reasons]
