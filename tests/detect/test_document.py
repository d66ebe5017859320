"""The document every layer reads: lines, and the snippets findings show."""

from __future__ import annotations

from webhunt.detect.document import Document, clip


def test_snippets_show_bytes_that_are_not_utf8_exactly() -> None:
    assert clip(b'<?php $x = "\xb0\xf8";') == '<?php $x = "\\xb0\\xf8";'
    assert clip("<?php echo 'héllo';".encode()) == "<?php echo 'héllo';"
    assert clip(b"a\tb\x00c") == "a b c"  # control characters are blanks, the line stays one line


def test_snippet_is_the_line_bounded_and_centred_on_long_lines() -> None:
    doc = Document(b"first\n" + b"x" * 500 + b"eval($_POST[1]);" + b"y" * 500 + b"\nlast\n")
    at = doc.data.index(b"eval")
    snippet = doc.snippet_at(at, width=60)
    assert "eval($_POST[1]);" in snippet and len(snippet) <= 60
    assert doc.line_of(at) == 2 and doc.snippet_at(0) == "first"
