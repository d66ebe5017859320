"""Whole little web roots: what a configuration file makes executable is judged with the file.

The walker reads ``.htaccess`` as it enters a directory; the engine then judges a non-script name
that the configuration makes the server run by what it holds (here a CGI program with an
interpreter line, uploaded as an image).
"""

from __future__ import annotations

from pathlib import Path

from webhunt.detect.engine import default_engine
from webhunt.model import Language, Severity, Verdict
from webhunt.walk import walk

PERL_CGI_SHELL = (
    b'#!/usr/bin/perl\nuse CGI;\nmy $q = CGI->new;\nprint "Content-type: text/plain\\n\\n";\n'
    b"my $c = $q->param('c');\nprint `$c 2>&1`;\n"
)
SHELL_CGI_SHELL = b'#!/bin/sh\necho "Content-type: text/plain"\necho\neval "$HTTP_X_TOKEN" 2>&1\n'
FIXED_SCRIPT = b'#!/bin/sh\necho "Content-type: text/plain"\necho\necho "thumbnail service"\n'
CGI_JPG = "Options +ExecCGI\nAddHandler cgi-script .jpg .gif\n"


def _verdicts(root: Path) -> dict[str, Verdict]:
    engine = default_engine()
    return {c.ctx.relpath: engine.detect(Path(c.path).read_bytes(), c.ctx) for c in walk(str(root))}


def _site(tmp_path: Path, htaccess: str | None, files: dict[str, bytes]) -> Path:
    root = tmp_path / "www"
    (root / "uploads").mkdir(parents=True)
    if htaccess is not None:
        (root / "uploads" / ".htaccess").write_text(htaccess)
    for name, data in files.items():
        (root / "uploads" / name).write_bytes(data)
    return root


def test_a_cgi_program_uploaded_as_an_image_is_judged_as_cgi(tmp_path: Path) -> None:
    root = _site(tmp_path, CGI_JPG, {"thumb.jpg": PERL_CGI_SHELL, "banner.gif": SHELL_CGI_SHELL})
    found = _verdicts(root)
    for name in ("uploads/thumb.jpg", "uploads/banner.gif"):
        verdict = found[name]
        assert verdict.language is Language.CGI
        assert verdict.severity is not None and verdict.severity >= Severity.HIGH, verdict.reasons
    assert found["uploads/.htaccess"].score >= 70


def test_the_same_program_without_the_handler_is_data(tmp_path: Path) -> None:
    found = _verdicts(_site(tmp_path, None, {"thumb.jpg": PERL_CGI_SHELL}))
    assert found["uploads/thumb.jpg"].severity is None


def test_a_fixed_program_made_executable_is_below_medium(tmp_path: Path) -> None:
    found = _verdicts(_site(tmp_path, CGI_JPG, {"thumb.jpg": FIXED_SCRIPT}))
    verdict = found["uploads/thumb.jpg"]
    assert verdict.language is Language.CGI
    assert verdict.severity is None or verdict.severity < Severity.MEDIUM
