"""The contract every detection layer follows.

A layer is a pure function: a document, what is known about the file, and a way to re-run the whole
engine on derived content (the decode layer unwraps payloads and re-detects them). It returns reasons.
Layers run cheap first; expensive layers declare ``costly = True`` and the engine runs them only when
they can still change the verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from webhunt.detect.document import Document
from webhunt.model import FileContext, Layer, Reason, Verdict

#: Re-run detection on derived bytes (e.g. a decoded payload). The engine bounds the depth.
Rescan = Callable[[bytes, FileContext], Verdict]


class DetectLayer(Protocol):
    layer: Layer
    costly: bool

    def __call__(self, doc: Document, ctx: FileContext, rescan: Rescan) -> list[Reason]: ...


class CorroboratingLayer(DetectLayer, Protocol):
    """A layer that adds weight to other layers' signals (statistics): the engine runs it last and
    tells it whether any other layer found something, so it can skip costly work when not."""

    corroborating: bool

    def __call__(
        self, doc: Document, ctx: FileContext, rescan: Rescan, *, signal: bool = True
    ) -> list[Reason]: ...
