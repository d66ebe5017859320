"""Context signals: upload directories, code in media files, newer files, config-made scripts."""

from __future__ import annotations

import pytest

from webhunt.detect.context import (
    ID_CODE_IN_MEDIA,
    ID_EXECUTABLE_BY_CONFIG,
    ID_IMAGE_WITH_CODE,
    ID_NEWER,
    ID_UPLOAD_DIR,
    ContextLayer,
    media_kind,
)
from webhunt.detect.document import Document
from webhunt.detect.scoring import combine_scores
from webhunt.languages import in_upload_dir, language_for
from webhunt.model import FileContext, Layer, Reason, Verdict

GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;"
SHELL = b"<?php $a = $_POST['a']; eval($a); ?>"


def run(data: bytes, relpath: str, *, newer: bool = False, by_config: bool = False) -> list[Reason]:
    ctx = FileContext(
        relpath=relpath,
        language=language_for(relpath),
        size=len(data),
        in_upload_dir=in_upload_dir(relpath),
        newer_than_siblings=newer,
        executable_by_config=by_config,
    )
    return ContextLayer()(Document(data), ctx, _no_rescan)


def _no_rescan(data: bytes, ctx: FileContext) -> Verdict:
    raise AssertionError("context never re-scans")


def ids(reasons: list[Reason]) -> set[str]:
    return {r.id for r in reasons}


def test_script_in_upload_directory() -> None:
    (r,) = run(b"<?php echo 1;", "wp-content/uploads/2024/01/x.php")
    assert r.id == ID_UPLOAD_DIR and r.layer is Layer.CONTEXT and r.score == 20
    (weak,) = run(b"<?php echo 1;", "includes/cache/LinkCache.php")
    assert weak.score < r.score


def test_code_in_an_image() -> None:
    (r,) = run(GIF + SHELL, "avatar.jpg")
    assert r.id == ID_CODE_IN_MEDIA and "GIF" in r.description and r.line == 1
    assert r.family == "polyglot"


def test_image_bytes_with_php_tag_but_no_code_are_ignored() -> None:
    assert run(GIF + b"<?php", "a.gif") == []
    assert run(b"# docs\nUse <?php to open code.\n", "README.txt") == []


def test_script_that_is_an_image() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 40
    assert ID_IMAGE_WITH_CODE in ids(run(png + SHELL, "icon.php"))
    assert media_kind(png) == "PNG" and media_kind(b"<?php") is None


def test_newer_and_config_flags() -> None:
    reasons = run(b"<?php echo 1;", "a.php", newer=True, by_config=True)
    assert ids(reasons) == {ID_NEWER, ID_EXECUTABLE_BY_CONFIG}
    assert all(10 <= r.score <= 30 for r in reasons)


def test_ordinary_script_has_no_context_reason() -> None:
    assert run(b"<?php echo 1;", "index.php") == []


def test_config_files_are_left_to_the_config_layer() -> None:
    assert run(b"AddType application/x-httpd-php .jpg", "uploads/.htaccess") == []


@pytest.mark.parametrize("relpath", ["uploads/a.php", "cache/a.php", "images/x/a.phtml"])
def test_context_of_a_script_alone_stays_below_medium(relpath: str) -> None:
    reasons = run(b"<?php echo 'hello';", relpath, newer=True, by_config=True)
    assert combine_scores(r.score for r in reasons) < 40
