"""Microsoft Script Encoder blocks (VBScript.Encode / JScript.Encode): decoded exactly, and the page
as the server runs it re-detected by the decode layer."""

from __future__ import annotations

from pathlib import Path

from webhunt.detect import script_encoder
from webhunt.detect.decode import ID_HIDDEN
from webhunt.detect.engine import detect_bytes

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "asp" / "packer"

#: ``MsgBox "Hello"`` as the encoder writes it (note the DEL byte); the checksum field holds the sum
#: of the decoded characters, so a wrong table or position sequence cannot pass.
HELLO = b"#@~^DgAAAA==\\ko$K6,JC\x7fV^GJqAQAAA==^#~@"


def test_a_known_block_decodes_and_its_checksum_matches() -> None:
    (block,) = script_encoder.blocks(b"<%" + HELLO + b"%>")
    assert block.decoded == b'MsgBox "Hello"'
    assert block.checksum_ok
    assert (block.start, block.end) == (2, 2 + len(HELLO))


def test_escapes_become_the_characters_they_stand_for() -> None:
    assert script_encoder.decode_body(b"@#@&@!@*@$") == b"\r\n<>@"
    # an escape takes one position: what follows decodes with the next table
    assert script_encoder.decode_body(b"\x7f") == b"6"
    assert script_encoder.decode_body(b"@$\x7f") == b"@e"


def test_a_damaged_block_decodes_but_fails_its_checksum() -> None:
    damaged = HELLO.replace(b"\x7f", b"")
    (block,) = script_encoder.blocks(damaged)
    assert block.decoded.startswith(b'MsgBox "H') and not block.checksum_ok


def test_every_block_of_a_page_is_replaced_in_place() -> None:
    page = b"<p>a</p><%" + HELLO + b"%><p>b</p><%" + HELLO + b"%>"
    decoded = script_encoder.decoded_page(page)
    assert decoded == (b'<p>a</p><%MsgBox "Hello"%><p>b</p><%MsgBox "Hello"%>', 10)
    assert script_encoder.decoded_page(b"<% Response.Write 1 %>") is None


def test_an_encoded_command_shell_is_named_by_what_it_decodes_to() -> None:
    data = (SAMPLES / "encoded_cmdshell.asp").read_bytes()
    verdict = detect_bytes(data, "status.asp")
    (hidden,) = [r for r in verdict.reasons if r.id == ID_HIDDEN]
    assert "script-encoder" in hidden.description and "WScript" in hidden.description
    assert hidden.score >= 90 and verdict.score >= 90


def test_blocks_of_one_page_are_analysed_together() -> None:
    # the first block reads the request into a variable, the second evaluates it
    data = (SAMPLES / "encoded_jscript_eval.asp").read_bytes()
    (first, second) = script_encoder.blocks(data)
    assert b"Request" in first.decoded and b"eval" in second.decoded
    assert first.checksum_ok and second.checksum_ok
    verdict = detect_bytes(data, "ok.asp")
    assert any(r.id == ID_HIDDEN and r.score >= 70 for r in verdict.reasons)


def test_an_encoded_page_that_does_harmless_things_gets_no_decode_reason() -> None:
    page = b"<%@ LANGUAGE = VBScript.Encode %>\r\n<%" + HELLO + b"%>"
    verdict = detect_bytes(page, "hello.asp")
    assert not [r for r in verdict.reasons if r.id == ID_HIDDEN]
