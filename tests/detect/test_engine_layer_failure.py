"""A layer that fails on one file leaves a reason behind; the other layers' verdict stands."""

from __future__ import annotations

from webhunt.detect.document import Document
from webhunt.detect.engine import ERROR_ID, Engine, EngineInfo, context_for
from webhunt.detect.layers import Rescan
from webhunt.model import FileContext, Layer, Reason


class Broken:
    layer = Layer.SEMANTIC
    costly = True

    def __call__(self, doc: Document, ctx: FileContext, rescan: Rescan) -> list[Reason]:
        raise KeyError("no such node")


class Deep:
    layer = Layer.DECODE
    costly = True

    def __call__(self, doc: Document, ctx: FileContext, rescan: Rescan) -> list[Reason]:
        raise RecursionError("maximum recursion depth exceeded")


class Finds:
    layer = Layer.HEURISTIC
    costly = False

    def __call__(self, doc: Document, ctx: FileContext, rescan: Rescan) -> list[Reason]:
        return [Reason("WH-H-PHP-001", Layer.HEURISTIC, 60, "request input reaches eval")]


def test_a_failing_layer_is_reported_and_the_others_still_count() -> None:
    engine = Engine(None, [Finds(), Broken(), Deep()], EngineInfo("test", 0, ()))
    data = b"<?php eval($_POST['x']);"
    verdict = engine.detect(data, context_for("index.php", len(data)))
    assert verdict.score == 60
    errors = {r.layer: r for r in verdict.reasons if r.id.startswith(ERROR_ID)}
    assert set(errors) == {Layer.SEMANTIC, Layer.DECODE}
    assert all(r.score == 0 for r in errors.values())
    assert "KeyError" in errors[Layer.SEMANTIC].description
    assert "nested too deeply" in errors[Layer.DECODE].description
