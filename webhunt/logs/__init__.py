"""Access logs: read every common format into ``Request``s, and the log-only detections.

    from webhunt.logs import LogReader, load_indicators, LogDetector
    reader = LogReader(["/var/log/nginx/access.log.2.gz", "/var/log/nginx/access.log"])
    detector = LogDetector(load_indicators(), known_paths=script_relpaths)
    store.add_requests(detector.watching(reader))
    print(reader.summary().malformed, detector.findings())

Modules: ``formats`` (names, format strings, auto-detection), ``apache`` (the only module importing
apachelogs), ``nginx``, ``iis``, ``jsonl``, ``template`` (format -> compiled regex), ``source``
(decompression, bounded lines, stream identity, rotation order), ``reader``, ``indicators``
(``signatures/logs/indicators.toml``), ``detections`` (aggregate log-only findings).
"""

from __future__ import annotations

from webhunt.logs.detections import LogDetector, detect_log_findings, script_path
from webhunt.logs.formats import FORMAT_NAMES, LogFormat, detect_format, resolve_format
from webhunt.logs.indicators import Hit, Indicator, Indicators, load_indicators
from webhunt.logs.reader import FileSummary, LogReader, Malformed, ReadSummary, read_requests

__all__ = [
    "FORMAT_NAMES",
    "FileSummary",
    "Hit",
    "Indicator",
    "Indicators",
    "LogDetector",
    "LogFormat",
    "LogReader",
    "Malformed",
    "ReadSummary",
    "detect_format",
    "detect_log_findings",
    "load_indicators",
    "read_requests",
    "resolve_format",
    "script_path",
]
