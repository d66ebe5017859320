"""Judging single changes: inserted code alone and in context, data files, configuration files."""

from __future__ import annotations

import random

import pytest

from webhunt.detect.engine import context_for, default_engine
from webhunt.diff import assess
from webhunt.diff.assess import Content, assess_added, assess_deleted, assess_modified, embedded_code
from webhunt.model import Layer, Severity


def detect(data: bytes, ctx):  # type: ignore[no-untyped-def]
    return default_engine().detect(data, ctx)


def ids(a: assess.Assessment) -> set[str]:
    return {r.id for r in a.verdict.reasons}


PAGE = b"".join(b"<?php\n" if i == 0 else f"echo render_block({i});\n".encode() for i in range(40))


def test_inserted_one_liner_is_critical_with_range_and_snippet() -> None:
    new = PAGE.replace(b"echo render_block(20);\n", b"echo render_block(20);\n@eval($_POST['k']);\n")
    a = assess_modified(context_for("blocks.php", len(new)), Content(new), PAGE, detect)
    assert a.inserted == ((22, 22),)
    assert a.verdict.severity is Severity.CRITICAL
    r = next(r for r in a.verdict.reasons if r.id == assess.INSERTED_CODE)
    assert (r.layer, r.line, r.snippet) == (Layer.DIFF, 22, "@eval($_POST['k']);")
    assert "line 22" in r.description


def test_injection_split_over_two_hunks_is_seen_together() -> None:
    """Neither hunk alone holds source and sink in one file, but the joined inserted code does."""
    new = PAGE.replace(b"echo render_block(5);\n", b"echo render_block(5);\n$k = $_POST['k'];\n")
    new = new.replace(b"echo render_block(30);\n", b"echo render_block(30);\n@eval($k);\n")
    a = assess_modified(context_for("blocks.php", len(new)), Content(new), PAGE, detect)
    assert a.inserted == ((7, 7), (33, 33))
    assert a.verdict.severity is not None and a.verdict.severity >= Severity.HIGH


def test_manifest_like_modification_scans_whole_file() -> None:
    new = PAGE + b"@eval($_POST['k']);\n"
    a = assess_modified(
        context_for("blocks.php", len(new)), Content(new), None, detect, no_old_because="no content"
    )
    assert a.details == ("no content",)
    assert a.inserted == () and a.diff == ""
    assert a.verdict.severity is Severity.CRITICAL


def test_benign_script_edit_is_low_only() -> None:
    new = PAGE.replace(b"render_block(7)", b"render_block(8)")
    a = assess_modified(context_for("blocks.php", len(new)), Content(new), PAGE, detect)
    assert ids(a) == {assess.MODIFIED_SCRIPT}
    assert a.verdict.severity is Severity.LOW


def test_without_a_detector_only_diff_reasons() -> None:
    new = PAGE + b"@eval($_POST['k']);\n"
    a = assess_modified(context_for("blocks.php", len(new)), Content(new), PAGE, None)
    assert ids(a) == {assess.MODIFIED_SCRIPT}


def test_image_with_php_in_uploads_is_high() -> None:
    data = b"GIF89a\x01\x00\x01\x00" + b"<?php system($_GET['c']); ?>"
    a = assess_added(context_for("wp-content/uploads/2024/05/a.gif", len(data)), Content(data), None)
    r = next(r for r in a.verdict.reasons if r.id == assess.CODE_IN_DATA_FILE)
    assert r.score >= 70 and "upload" in r.description
    b = assess_added(context_for("docs/a.gif", len(data)), Content(data), None)
    assert b.verdict.severity is Severity.MEDIUM


def test_random_binary_does_not_look_like_code() -> None:
    rng = random.Random(1234)
    for _ in range(50):
        blob = rng.randbytes(200_000)
        assert embedded_code(blob) is None


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (b"\xff\xd8<?php eval($x);", True),
        (b"<?= $_GET['x'] ?>", True),
        (b"GIF89a<? passthru($_GET['c']); ?>", True),  # a short open tag
        (b"Set<? extends Endpoint> found", False),
        (b'<%@ Page Language="C#" %>', True),
        (b'<% eval request("x") %>', True),
        (b'<script runat="server">', True),
        (b"<?xml version='1.0'?><svg/>", False),
        (b"50<%discount", False),
    ],
)
def test_embedded_code_markers(data: bytes, found: bool) -> None:
    assert (embedded_code(data) is not None) is found


def test_added_htaccess_says_what_it_makes_executable() -> None:
    data = b"AddType application/x-httpd-php .jpg .png\n"
    a = assess_added(context_for("uploads/.htaccess", len(data)), Content(data), detect)
    assert a.details == ("makes executable: .jpg, .png",)
    assert a.verdict.severity is not None and a.verdict.severity >= Severity.HIGH


def test_user_ini_prepend_is_reported() -> None:
    old = b"memory_limit = 256M\n"
    new = old + b"auto_prepend_file = uploads/avatar.jpg\n"
    a = assess_modified(context_for(".user.ini", len(new)), Content(new), old, detect)
    assert any("prepends uploads/avatar.jpg" in d for d in a.details)
    assert assess.CONFIG_CHANGED in ids(a)


def test_harmless_config_change_is_still_reported_low() -> None:
    old = b"RewriteEngine On\n"
    new = old + b"RewriteRule ^old$ /new [R=301,L]\n"
    a = assess_modified(context_for(".htaccess", len(new)), Content(new), old, detect)
    assert a.verdict.severity is Severity.LOW
    assert a.details[-1] == "makes nothing extra executable"


def test_deleted_files() -> None:
    a = assess_deleted(context_for("admin/x.php", 10), None, has_content=True)
    assert a.verdict.severity is Severity.LOW
    h = assess_deleted(context_for("uploads/.htaccess", 10), b"php_flag engine off\n", has_content=True)
    assert h.verdict.severity is Severity.MEDIUM
    assert h.details == ("it held: php_flag engine off",)
    plain = assess_deleted(context_for(".htaccess", 10), b"RewriteEngine On\n", has_content=True)
    assert plain.verdict.severity is Severity.LOW
