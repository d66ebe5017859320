"""JSP / ASP / ASPX / ColdFusion / CGI, polyglot and config rules: conventions, samples, look-alikes.

The lead's ``test_samples.py`` runs every sample through the engine; this file adds what is specific to
these rule sets: each rule file compiles alone and follows the metadata conventions, every heuristic
file parses, family samples are attributed to their family, CGI ``.py`` samples and Markdown
look-alikes (skipped there) are covered, tricky benign constructs stay quiet, and the generated
images are valid and reproducible.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yara

from webhunt.detect import engine as engine_module
from webhunt.detect.document import Document
from webhunt.detect.engine import context_for, detect_bytes
from webhunt.detect.heuristics import evaluate, load_heuristics, parse_heuristics
from webhunt.detect.yara_adapter import DEFAULT_EXTERNALS, check_file
from webhunt.languages import CODE_MARKERS, has_code_marker, sniff_embedded
from webhunt.model import Language, Verdict

ROOT = Path(__file__).resolve().parents[2]
YARA_DIR = ROOT / "signatures" / "yara"
HEURISTICS_DIR = ROOT / "signatures" / "heuristics"
SAMPLES = ROOT / "tests" / "samples"
CORPUS = ROOT / ".cache" / "corpus"

RULE_FILES = {
    "jsp_webshells.yar": "WH_JSP_",
    "aspx_webshells.yar": "WH_ASPX_",
    "asp_webshells.yar": "WH_ASP_",
    "cfm_webshells.yar": "WH_CFM_",
    "cgi_webshells.yar": "WH_CGI_",
    "polyglot_embedded_code.yar": "WH_Polyglot_",
    "config_tricks.yar": "WH_CFG_",
}
HEURISTIC_FILES = {
    "jsp": "WH-H-JSP-",
    "asp": "WH-H-ASP-",
    "aspx": "WH-H-ASPX-",
    "cfm": "WH-H-CFM-",
    "cgi": "WH-H-CGI-",
}
FAMILIES = {
    "china_chopper", "c99", "r57", "wso", "b374k", "filesman", "weevely", "behinder", "godzilla",
    "antsword", "regeorg", "neoregeorg", "mailer", "uploader", "packer", "cmdshell", "generic",
    "polyglot", "config",
}  # fmt: skip
LANGUAGES = {"php", "jsp", "asp", "aspx", "cfm", "cgi", "any"}
#: Sample directories whose family must be named by at least one reason (AntSword speaks China
#: Chopper's protocol, and its loaders are generic in-memory loaders).
ATTRIBUTED = {
    "behinder": {"behinder"},
    "godzilla": {"godzilla"},
    "regeorg": {"regeorg"},
    "neoregeorg": {"neoregeorg", "regeorg"},
    "china_chopper": {"china_chopper"},
    "antsword": {"antsword", "china_chopper", "generic"},
    "packer": {"packer"},
}
MALICIOUS_DIRS = ("jsp", "asp", "aspx", "cfm", "cgi", "polyglot")
BENIGN_DIRS = ("jsp", "asp", "aspx", "cfm", "cgi", "polyglot")


# ------------------------------------------------------------------------------------------ rule files


@pytest.mark.parametrize("name", sorted(RULE_FILES))
def test_rule_file_compiles_alone_without_warnings(name: str) -> None:
    assert check_file(str(YARA_DIR / name)) is None
    # warnings include "string may slow down scanning" (short atoms, unbounded gaps)
    yara.compile(filepath=str(YARA_DIR / name), externals=DEFAULT_EXTERNALS, error_on_warning=True)


@pytest.mark.parametrize("name", sorted(RULE_FILES))
def test_rules_follow_the_conventions(name: str) -> None:
    rules = yara.compile(filepath=str(YARA_DIR / name), externals=DEFAULT_EXTERNALS)
    public = [r for r in rules if not r.is_private]
    assert public
    for rule in public:
        meta = rule.meta
        assert rule.identifier.startswith(RULE_FILES[name]), rule.identifier
        assert isinstance(meta.get("description"), str) and 20 <= len(meta["description"]) <= 160
        assert isinstance(meta.get("score"), int) and 0 <= meta["score"] <= 100, rule.identifier
        assert meta.get("family") in FAMILIES, rule.identifier
        assert meta.get("language") in LANGUAGES, rule.identifier


def test_rule_names_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for name in RULE_FILES:
        for rule in yara.compile(filepath=str(YARA_DIR / name), externals=DEFAULT_EXTERNALS):
            assert rule.identifier not in seen, f"{rule.identifier} in {name} and {seen.get(rule.identifier)}"
            seen[rule.identifier] = name


@pytest.mark.parametrize("language", sorted(HEURISTIC_FILES))
def test_heuristic_file_parses_and_follows_the_conventions(language: str) -> None:
    path = HEURISTICS_DIR / f"{language}.toml"
    hset = parse_heuristics(path.read_text(encoding="utf-8"), str(path))
    assert hset.language == language
    assert all(t.id.startswith(f"{language}.") for t in hset.tokens)
    ids = [c.id for c in hset.combos]
    assert len(ids) == len(set(ids))
    for combo in hset.combos:
        assert combo.id.startswith(HEURISTIC_FILES[language])
        assert 0 < combo.score <= 100 and combo.description
        assert combo.family is None or combo.family in FAMILIES


def test_heuristic_files_load_together() -> None:
    sets = load_heuristics(str(HEURISTICS_DIR / f"{lang}.toml") for lang in HEURISTIC_FILES)
    ids = [c.id for s in sets for c in s.combos]
    assert len(ids) == len(set(ids))


# ------------------------------------------------------------------------------------------ samples


def _sample_files(base: Path) -> list[Path]:
    return sorted(p for p in base.rglob("*") if p.is_file() and p.name != "make_polyglots.py")


def _malicious() -> list[tuple[str, Path, str]]:
    out = []
    for top in MALICIOUS_DIRS:
        for p in _sample_files(SAMPLES / top):
            parts = p.relative_to(SAMPLES).parts
            out.append((parts[1], p, "/".join(parts[2:])))
    return out


def _benign() -> list[tuple[Path, str]]:
    out = []
    for top in BENIGN_DIRS:
        for p in _sample_files(SAMPLES / "benign" / top):
            if "counterparts" in p.parts:
                continue  # the semantic layer's guarded look-alikes: tests/detect/test_samples.py
            out.append((p, "/".join(p.relative_to(SAMPLES / "benign" / top).parts)))
    return out


MALICIOUS = _malicious()
BENIGN = _benign()


def _show(verdict: Verdict) -> list[tuple[str, int]]:
    return [(r.id, r.score) for r in verdict.reasons]


def test_sample_counts() -> None:
    per_language: dict[str, int] = {}
    for _family, path, _rel in MALICIOUS:
        top = path.relative_to(SAMPLES).parts[0]
        per_language[top] = per_language.get(top, 0) + 1
    assert per_language["jsp"] >= 20 and per_language["aspx"] >= 20 and per_language["asp"] >= 15
    assert per_language["cfm"] >= 5 and per_language["cgi"] >= 5 and per_language["polyglot"] >= 10
    assert len(BENIGN) >= 25


@pytest.mark.parametrize(
    ("family", "path", "relpath"), MALICIOUS, ids=[str(m[1].relative_to(SAMPLES)) for m in MALICIOUS]
)
def test_malicious_sample_is_detected_and_attributed(family: str, path: Path, relpath: str) -> None:
    verdict = detect_bytes(path.read_bytes(), relpath)
    assert verdict.score >= 40, f"{relpath}: {verdict.score} {_show(verdict)}"
    for reason in verdict.reasons:
        assert reason.description and (reason.line is None or reason.line >= 1)
    if family in ATTRIBUTED:
        assert any(r.family in ATTRIBUTED[family] for r in verdict.reasons), _show(verdict)


def test_cgi_samples_are_cgi_files() -> None:
    cgi = [(p, rel) for fam, p, rel in MALICIOUS if p.relative_to(SAMPLES).parts[0] == "cgi"]
    # by name, or by an interpreter line: any name in cgi-bin, a CGI program's name anywhere
    assert cgi
    for p, rel in cgi:
        assert detect_bytes(p.read_bytes(), rel).language is Language.CGI, rel


def test_programs_with_cgi_names_are_judged_as_cgi_anywhere() -> None:
    """A back-connect tool dropped as ``bc.pl`` in an upload folder is judged as a CGI program; the
    same name without an interpreter line (a library, a data file) and a ``.pm`` module are not."""
    sample = (SAMPLES / "cgi" / "cmdshell" / "dropped" / "bc.pl").read_bytes()
    assert detect_bytes(sample, "wp-content/uploads/bc.pl").language is Language.CGI
    assert detect_bytes(sample, "wp-content/uploads/bc.pm").language is Language.OTHER
    body = sample.split(b"\n", 1)[1]
    assert detect_bytes(body, "wp-content/uploads/bc.pl").language is Language.OTHER
    # a terminal installer (STDIN, system) faces neither the web nor the network: data outside
    # cgi-bin, a CGI program inside it
    installer = (SAMPLES / "benign" / "cgi" / "tools" / "configure_site.pl").read_bytes()
    assert detect_bytes(installer, "tools/configure_site.pl").language is Language.OTHER
    assert detect_bytes(installer, "cgi-bin/configure_site.pl").language is Language.CGI


def test_msxsl_stylesheets_are_judged_as_aspnet_code() -> None:
    """A stylesheet with a Microsoft script block is compiled by .NET when a page loads it: judged
    as ASP.NET code. A plain stylesheet, or one whose script element is of another namespace, stays
    a data file."""
    sample = SAMPLES / "aspx" / "generic" / "xslt_stylesheet_context_process_nested.xsl"
    assert detect_bytes(sample.read_bytes(), "reports/row.xsl").language is Language.ASPX
    plain = (
        b'<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"'
        b' xmlns:o="urn:other"><o:script>x</o:script><xsl:template match="/"/></xsl:stylesheet>'
    )
    assert detect_bytes(plain, "reports/plain.xslt").language is Language.OTHER


@pytest.mark.parametrize(("path", "relpath"), BENIGN, ids=[str(b[0].relative_to(SAMPLES)) for b in BENIGN])
def test_benign_lookalike_stays_below_medium(path: Path, relpath: str) -> None:
    verdict = detect_bytes(path.read_bytes(), relpath)
    assert verdict.score < 40, f"{relpath}: {verdict.score} {_show(verdict)}"


# Constructs from ordinary applications that resemble the rules' targets.
QUIET = [
    (
        "status.jsp",
        b"<% Runtime rt = Runtime.getRuntime(); long free = rt.freeMemory(); String p = request.getParameter"
        b'("page"); %><script>var re = /a(b)/; var m = re.exec(s), n = re.exec(t);</script>',
    ),
    (
        "admin.aspx",
        b'<% string page = Request.QueryString["p"]; %>'
        + b" " * 3000
        + b'<% Process.Start("notepad.exe"); %>',
    ),
    ("menu.asp", b'<% cmd.Execute , Array(Request.Form("a")) : Server.Execute "/inc/" & Request("p") %>'),
    ("note.asp", b'<%\n\' Eval of request data is how webshells work; never do it\nx = Request("x")\n%>'),
    ("json.jsp", b'<% out.print("\\u003c\\u002f\\u003e" + request.getParameter("q")); %>'),
    ("thumb.cfm", b'<cfexecute name="/usr/bin/convert" arguments="in.png out.png" timeout="5"/>#form.x#'),
    ("uploads/2024/05/a.txt", b"The PHP tag is <?php and the short echo tag is <?= (see the manual)."),
    ("uploads/2024/05/b.gif", b"GIF89a" + bytes(range(256)) * 8 + b"<%" + bytes(range(200))),
    # an extension where the handler belongs: Apache runs nothing as PHP here
    (".htaccess", b"Header set X-Frame-Options DENY\nAddHandler .php .html .css .txt .jpg .png\n"),
    # Server.Execute of a page the request picks inside a fixed folder, with a fixed extension
    (
        "index.asp",
        b'<%\np = Request("p")\nServer.Execute "/pages/" & p & ".asp"\nServer.Transfer("/x.asp")\n%>',
    ),
    # server-side includes of the site's own fragments
    (
        "page.asp",
        b'<!--#include file="inc/header.htm"-->\n<!--#include virtual="/inc/footer.txt"-->\n<% x = 1 %>',
    ),
    # WMI read for a status page (no process created)
    (
        "health.asp",
        b'<% s = Request("sort")\nSet w = GetObject("winmgmts:\\\\.\\root\\cimv2")\n'
        b'For Each p In w.ExecQuery("SELECT Name FROM Win32_Process")\nResponse.Write p.Name\nNext %>',
    ),
    # a CGI serving an image kept as Base64, and the CPAN version idiom beside form input
    (
        "cgi-bin/logo.pl",
        b'#!/usr/bin/perl\nuse MIME::Base64;\nprint "Content-type: image/png\\n\\n";\nprint decode_base64('
        b'"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4//8/AAX+Av7czFnnAAAAAElFTkSuQmCC");\n',
    ),
    (
        "cgi-bin/search.pl",
        b"#!/usr/bin/perl\nuse CGI;\nour $VERSION = '1.02_01';\n$VERSION = eval $VERSION;\n"
        b"my $q = CGI->new;\nmy $term = $q->param('q');\nprint $q->header, $q->escapeHTML($term);\n",
    ),
    # a bare fork ("-|") whose child runs a fixed program in list form, and a sub of the script's own
    # whose name begins with exec_ (it ends in a list-form exec)
    (
        "cgi-bin/unpack.pl",
        b'#!/usr/bin/perl\nuse CGI;\nmy $q = CGI->new;\nmy $f = $q->param("f");\n'
        b'exit unless $f =~ /\\A\\w+\\z/;\nif (!open(my $in, "-|")) { exec("zcat", "/srv/doc/$f.gz") or exit 1; }\n',
    ),
    (
        "cgi-bin/shares.pl",
        b'#!/usr/bin/perl\nmy $h = $ENV{"QUERY_STRING"};\n$h =~ s/[^\\w.-]//g;\n'
        b'exec_client($h, "smbclient", "-N", "-L", $h);\nsub exec_client { my ($t, @a) = @_; exec @a; }\n',
    ),
    # a page that prints the framing text once, beside three helper methods named like the
    # Chopper server's (the framing alone is not two of its pieces)
    (
        "steps.jsp",
        b'<%!\nstatic final String OPEN = "->|";\nvoid AA(StringBuilder b) { b.append("a"); }\n'
        b'void BB(StringBuilder b) { b.append("b"); }\nvoid EE(StringBuilder b) { b.append("e"); }\n%>\n'
        b"<% StringBuilder b = new StringBuilder(OPEN); AA(b); BB(b); EE(b); out.print(b); %>\n",
    ),
    # a form CGI whose only process is itself started again (a code reloader)
    (
        "cgi-bin/reload.py",
        b"#!/usr/bin/env python3\nimport cgi, os, subprocess, sys\nform = cgi.FieldStorage()\n"
        b'if form.getfirst("reload"):\n    args = [sys.executable] + sys.argv\n'
        b'    env = dict(os.environ, CHILD="1")\n    subprocess.Popen(args, env=env)\n',
    ),
    # an ordinary bean filled from the form
    (
        "order.jsp",
        b'<jsp:useBean id="o" class="com.example.Order"/><jsp:setProperty name="o" property="*"/>'
        b'<%= request.getParameter("id") %>',
    ),
]


@pytest.mark.parametrize(("relpath", "data"), QUIET, ids=[q[0] for q in QUIET])
def test_lookalike_constructs_stay_quiet(relpath: str, data: bytes) -> None:
    verdict = detect_bytes(data, relpath)
    assert verdict.score < 40, _show(verdict)


@pytest.mark.parametrize(
    "line",
    [
        b'open(F, "$c|");',
        b'open(F, $c . "|");',
        b'open(F, "$c 2>&1 |");',
        b'if (!open(my $o, "-|")) { exec $c; }',
        b"if (!open(my $o, '-|')) { exec('/bin/sh', '-c', $c); }",
        b'system("/bin/bash", "-c", $c);',
    ],
)
def test_perl_cgi_piped_and_forked_commands_still_fire(line: bytes) -> None:
    data = b'#!/usr/bin/perl\nuse CGI;\nmy $c = CGI->new->param("c");\n' + line + b"\nprint <F>;\n"
    verdict = detect_bytes(data, "cgi-bin/run.pl")
    assert any(r.id == "WH_CGI_Perl_Request_Exec" for r in verdict.reasons), _show(verdict)


@pytest.mark.parametrize(
    "use",
    [
        b"use CGI;",
        b"use CGI qw(:standard);",
        b"use CGI::Carp qw(fatalsToBrowser);",
        b"use CGI ':all';",
        b"use CGI -debug;",
        b"use CGI 4.0;",
    ],
)
def test_perl_use_cgi_statement_marks_a_program_outside_cgi_bin(use: bytes) -> None:
    data = b"# <% page %>\n" + use + b"\nmy $c = param('c');\nsystem($c);\n"
    verdict = detect_bytes(data, "uploads/note.txt")
    assert any(r.id == "WH_CGI_Perl_Request_Exec" for r in verdict.reasons), _show(verdict)


def test_perl_use_cgi_in_prose_marks_nothing() -> None:
    data = b'# <% page %>\nmy %o = (m => { descr => "Whether to use CGI.pm for the arguments" });\n'
    data += b"my $v = $r->param('TmplCode');\nmy $sub = eval $v;\n"
    verdict = detect_bytes(data, "lib/Glue.pm")
    assert verdict.score < 40, _show(verdict)


def test_python_reloader_does_not_hide_a_second_command() -> None:
    data = (
        b"#!/usr/bin/env python3\nimport cgi, subprocess, sys\nform = cgi.FieldStorage()\n"
        b"args = [sys.executable] + sys.argv\nsubprocess.Popen(args)\n"
        b'cmd = form.getfirst("c", "").split()\nsubprocess.Popen(cmd)\n'
    )
    verdict = detect_bytes(data, "cgi-bin/tool.py")
    assert any(r.id == "WH_CGI_Python_Request_Exec" for r in verdict.reasons), _show(verdict)


# ------------------------------------------------------------------------------------------ images


def _load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_polyglots", SAMPLES / "make_polyglots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_polyglots"] = module
    spec.loader.exec_module(module)
    return module


def test_generated_images_are_committed_unchanged() -> None:
    maker = _load_maker()
    samples: dict[Path, bytes] = maker.samples()
    assert len(samples) >= 20
    for path, data in samples.items():
        assert path.read_bytes() == data, f"{path} differs from make_polyglots.py output: rerun the script"


def test_generated_images_decode() -> None:
    maker = _load_maker()
    checked = 0
    for path, data in maker.samples().items():
        if data[:4] == b"\x89PNG":
            assert maker.png_check(data)[0] > 0
        elif data[:6] == b"GIF89a" and path.suffix == ".gif":
            assert maker.gif_check(data)[0] > 0
        elif data[:2] == b"BM":
            assert maker.bmp_check(data)[0] > 0
        elif data[:4] == b"\0\0\1\0":
            assert maker.png_check(data[22:])[0] == 16
        elif data[:2] == b"\xff\xd8":
            assert data.removesuffix(maker.PHP_SHORT).endswith(b"\xff\xd9")
            djpeg = shutil.which("djpeg")
            if djpeg:
                subprocess.run([djpeg, "-outfile", os.devnull, str(path)], check=True, capture_output=True)
        else:
            continue
        checked += 1
    assert checked >= 18


def test_benign_noise_image_contains_marker_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (SAMPLES / "benign/polyglot/uploads/2024/05/noise.png").read_bytes()
    lowered = data.lower()
    assert any(marker in lowered for marker in CODE_MARKERS)  # open-tag bytes, by chance
    assert not has_code_marker(data)  # followed by binary data: not code, not analysed
    # analysed all the same, as the engine did before it looked past the marker, it stays quiet
    monkeypatch.setattr(engine_module, "has_code_marker", lambda data, lowered=None: True)
    assert detect_bytes(data, "uploads/2024/05/noise.png").score < 50


# ------------------------------------------------------------------------------------------ corpus


@pytest.mark.corpus
@pytest.mark.slow
def test_rules_quiet_on_real_applications() -> None:
    """These rule files give no reason >= 40 on any file of the benign corpus."""
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"benign corpus missing at {CORPUS}")
        pytest.skip(f"benign corpus missing at {CORPUS}")
    rules = yara.compile(
        filepaths={name: str(YARA_DIR / name) for name in RULE_FILES}, externals=DEFAULT_EXTERNALS
    )
    flagged = []
    scanned = 0
    for dirpath, _dirs, files in os.walk(CORPUS):
        for name in files:
            path = Path(dirpath) / name
            if path.is_symlink() or not path.is_file():
                continue
            relpath = path.relative_to(CORPUS).as_posix()
            ctx = context_for(relpath, 0)
            data = path.read_bytes()
            if ctx.language is Language.OTHER and not has_code_marker(data):
                continue
            scanned += 1
            externals = {
                "filename": ctx.filename,
                "filepath": relpath,
                "extension": ctx.extension,
                "filetype": ctx.language.value,
                "owner": "",
            }
            hits = [(m.rule, m.meta["score"]) for m in rules.match(data=data, externals=externals)]
            if any(score >= 40 for _rule, score in hits):
                flagged.append((relpath, hits))
            if ctx.language in (Language.JSP, Language.HTACCESS, Language.USER_INI, Language.WEB_CONFIG):
                verdict = detect_bytes(data, relpath)
                if verdict.score >= 40:
                    flagged.append((relpath, _show(verdict)))
    assert scanned > 10_000
    assert flagged == []


@pytest.mark.parametrize(
    "data",
    [
        b'GIF89a;<script language="php">system($_GET[1]);</script>',
        b"GIF89a;<script language=php>system($_GET[1]);</script>",
        b"+ADw?php system(+ACQAXw-GET+AFs-1+AF0-)+ADs- ?+AD4-",
        b"+ADw-?php phpinfo()+ADs-",
    ],
)
def test_php_in_an_old_or_utf7_open_tag_is_found_in_non_scripts(data: bytes) -> None:
    assert has_code_marker(data)
    assert sniff_embedded(data) is Language.PHP


def test_an_aspnet_page_under_a_classic_asp_extension_is_read_as_aspnet() -> None:
    page = (
        b'<%@ Page Language="C#" %>\r\n<script runat="server">\r\nvoid Page_Load(object s, EventArgs e) {\r\n'
        b'  var c = Request.Form["c"];\r\n'
        b'  var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("cmd.exe", "/c " + c)'
        b" { RedirectStandardOutput = true, UseShellExecute = false });\r\n"
        b"  Response.Write(p.StandardOutput.ReadToEnd());\r\n}\r\n</script>\r\n"
    )
    verdict = detect_bytes(page, "images/status.asp")
    assert verdict.language.value == "aspx"
    assert verdict.score >= 90
    classic = b'<%@ Language="VBScript" %>\r\n<% Response.Write "hello" %>\r\n'
    assert detect_bytes(classic, "hello.asp").language.value == "asp"


def test_a_fixed_program_path_counts_only_without_a_climb_out() -> None:
    # the pattern rules leave an application's own program to the semantic layer (which judges the
    # arguments' checks); a path that climbs out to a shell is still theirs
    pattern_rules = {"WH-H-JSP-001", "WH_JSP_Runtime_Exec_Request_Input"}
    page = (
        '<% String t = request.getParameter("t");\n Runtime.getRuntime().exec(new String[]{"{prog}", t}); %>'
    )
    fixed = detect_bytes(page.replace("{prog}", "/opt/app/bin/report").encode(), "report.jsp")
    assert not pattern_rules & {r.id for r in fixed.reasons}, _show(fixed)
    climbing = detect_bytes(page.replace("{prog}", '/opt/x/../../bin/sh", "-c').encode(), "report.jsp")
    assert pattern_rules <= {r.id for r in climbing.reasons}, _show(climbing)


# ------------------------------------------------------------------------------ PHP under a page name


@pytest.mark.parametrize("relpath", ["upload/a.cer", "upload/a.asp", "upload/a.aspx", "upload/a.jsp"])
def test_php_code_under_another_page_name_is_judged_as_php(relpath: str) -> None:
    """A page of another server language holding PHP code and none of its own is a PHP payload
    parked under that name: judged as a text file carrying PHP code is."""
    verdict = detect_bytes(b"<?php\n$c = $_POST['c'];\neval($c);\n?>\n", relpath)
    assert verdict.score >= 90, _show(verdict)


@pytest.mark.parametrize(
    ("relpath", "data"),
    [
        # the page's own code beside a PHP line quoted as text: read as the page it is
        ("notes.asp", b"<% Response.Write Year(Now()) %>\n<pre><?php eval($_POST['c']); ?></pre>"),
        ("notes.jsp", b'<%= request.getParameter("q") %> <pre><?php echo 1; ?></pre>'),
    ],
)
def test_page_with_its_own_code_stays_that_page(relpath: str, data: bytes) -> None:
    verdict = detect_bytes(data, relpath)
    assert verdict.language is not Language.OTHER


@pytest.mark.parametrize(
    ("combo", "sample", "fires"),
    [
        ("WH-H-ASP-050", "asp/filesman/drive_walk_stream_download.asp", True),
        ("WH-H-ASP-050", "benign/asp/disk_report_archive_download.asp", False),
        ("WH-H-ASP-051", "asp/generic/xmlhttp_link_rewriting_proxy.asp", True),
        ("WH-H-ASP-051", "benign/asp/map_service_proxy_allowlist.asp", False),
        ("WH-H-JSP-051", "jsp/filesman/request_path_list_and_stream.jsp", True),
        ("WH-H-JSP-051", "benign/jsp/manual_pages_download.jsp", False),
        ("WH-H-JSP-052", "jsp/generic/url_connection_link_rewriting_proxy.jsp", True),
        ("WH-H-JSP-052", "benign/jsp/status_backend_proxy.jsp", False),
        ("WH-H-ASPX-050", "aspx/filesman/request_path_list_and_writefile.aspx", True),
        ("WH-H-ASPX-050", "benign/aspx/reports_folder_download.aspx", False),
        ("WH-H-ASPX-051", "aspx/generic/webrequest_link_rewriting_proxy.aspx", True),
        ("WH-H-ASPX-051", "benign/aspx/newsletter_click_rewrite.aspx", False),
        ("WH-H-ASPX-018", "aspx/generic/stored_proc_runner_server_box.aspx", True),
        ("WH-H-ASPX-018", "benign/aspx/report_picker_fixed_connection.aspx", False),
        ("WH-H-ASPX-055", "aspx/filesman/postback_b64_drive_browser.aspx", True),
        ("WH-H-ASPX-055", "benign/aspx/media_library_folder_tokens.aspx", False),
        ("WH-H-ASPX-057", "aspx/generic/script_control_request_object.aspx", True),
        ("WH-H-ASPX-057", "benign/aspx/formula_script_control_pricing.aspx", False),
        ("WH-H-ASPX-058", "aspx/filesman/logon_impersonate_file_reader.aspx", True),
        ("WH-H-ASPX-058", "benign/aspx/windows_login_impersonation.aspx", False),
        ("WH-H-ASPX-076", "aspx/generic/raw_socket_credential_sniffer.aspx", True),
        ("WH-H-ASPX-076", "aspx/generic/sio_rcvall_sniffer_vb.aspx", True),
        ("WH-H-ASPX-076", "benign/aspx/icmp_ping_raw_socket.aspx", False),
        ("WH-H-ASPX-097", "aspx/generic/xslt_stylesheet_request_eval.xslt", True),
        ("WH-H-ASPX-097", "aspx/generic/xslt_stylesheet_context_process_nested.xsl", True),
        ("WH-H-ASPX-097", "benign/aspx/xslt_report_culture_helpers.xslt", False),
        ("WH-H-ASPX-079", "aspx/china_chopper/jscript_runat_hex_decoded_eval_obf.aspx", True),
        ("WH-H-ASPX-079", "aspx/china_chopper/jscript_page_split_override_packed.aspx", True),
        ("WH-H-ASPX-079", "aspx/china_chopper/jscript_hex_key_split_unsafe.aspx", True),
        ("WH-H-ASPX-079", "benign/aspx/jscript_formula_eval_safe_mode.aspx", False),
        ("WH-H-ASPX-084", "aspx/godzilla/assembly_methods_scan_loader.ashx", True),
        ("WH-H-ASPX-084", "aspx/godzilla/appdomain_methods_scan_loader_obf.aspx", True),
        ("WH-H-ASPX-084", "benign/aspx/reflection_api_explorer.aspx", False),
        ("WH-H-JSP-054", "jsp/generic/catalog_table_dumper.jsp", True),
        ("WH-H-JSP-054", "benign/jsp/table_row_counts_fixed_query.jsp", False),
        ("WH-H-JSP-054", "benign/jsp/schema_browser_csv_export.jsp", False),
        ("WH-H-JSP-055", "jsp/generic/websocket_endpoint_socket_relay.jsp", True),
        ("WH-H-JSP-055", "benign/jsp/websocket_chat_annotated_endpoint.jsp", False),
        ("WH-H-JSP-071", "jsp/generic/agent_self_attach_load_agent.jsp", True),
        ("WH-H-JSP-071", "jsp/generic/agent_attach_reflective_names_obf.jsp", True),
        ("WH-H-JSP-071", "benign/jsp/jvm_list_attach_monitor.jsp", False),
        ("WH-H-ASP-062", "asp/cmdshell/servu_loopback_session_exec.asp", True),
        ("WH-H-ASP-062", "asp/cmdshell/servu_localhost_setup_user_nested.asp", True),
        ("WH-H-ASP-062", "benign/asp/ftp_command_reference_status.asp", False),
        ("WH-H-ASP-011", "asp/uploader/fso_request_blocks_split.asp", True),
        ("WH-H-ASP-011", "benign/asp/feedback_blocks_fixed_log.asp", False),
        ("WH-H-JSP-072", "jsp/generic/container_conf_png_as_jsp.jsp", True),
        ("WH-H-JSP-072", "jsp/generic/resin_app_default_txt_mapping_obf.jsp", True),
        ("WH-H-JSP-072", "benign/jsp/container_conf_backup_report.jsp", False),
        ("WH-H-ASP-041", "asp/generic/sql_console_long_form.asp", True),
        ("WH-H-ASP-041", "benign/asp/installer_dsn_long_form.asp", False),
        ("WH-H-JSP-047", "jsp/behinder/bcel_text_reflect_defineclass.jsp", True),
        ("WH-H-JSP-047", "jsp/behinder/bcel_text_imported_utility_obf.jsp", True),
        ("WH-H-JSP-047", "benign/jsp/bytecode_signature_viewer.jsp", False),
        ("WH-H-ASP-068", "asp/packer/execute_own_unscramble_literal.asp", True),
        ("WH-H-ASP-068", "asp/packer/executeglobal_pair_swap_decoder_obf.asp", True),
        ("WH-H-ASP-068", "benign/asp/banner_unscramble_settings_execute.asp", False),
        ("WH-H-CFM-026", "cfm/filesman/unscoped_link_param_move_delete.cfm", True),
        ("WH-H-CFM-026", "cfm/filesman/isdefined_form_unscoped_write_nested.cfm", True),
        ("WH-H-CFM-026", "cfm/filesman/cfcontent_unscoped_download.cfm", True),
        ("WH-H-CFM-026", "benign/cfm/report_export_and_temp_cleanup.cfm", False),
        ("WH-H-CFM-026", "benign/cfm/invoice_download_by_id.cfm", False),
        ("WH-H-CGI-008", "cgi/generic/cgi-bin/walk_overwrite_rewind.pl", True),
        ("WH-H-CGI-008", "benign/cgi/cgi-bin/log_rollup_walk.pl", False),
        ("WH-H-ASPX-098", "aspx/cmdshell/reverse_pinvoke_winsock_std_handles.aspx", True),
        ("WH-H-ASPX-098", "aspx/cmdshell/reverse_pinvoke_entrypoint_renamed_obf.aspx", True),
        ("WH-H-ASPX-098", "benign/aspx/native_pipe_process_runner.aspx", False),
        ("WH-H-ASPX-099", "aspx/cmdshell/reverse_tcpclient_cmd_stdin.aspx", True),
        ("WH-H-ASPX-099", "aspx/cmdshell/reverse_socket_vb_powershell_stdin.aspx", True),
        ("WH-H-ASPX-099", "benign/aspx/mail_relay_check_sort_tool.aspx", False),
        ("WH-H-JSP-073", "jsp/cmdshell/reverse_socketchannel_bare_sh.jsp", True),
        ("WH-H-JSP-073", "jsp/cmdshell/reverse_bare_bash_available_pump_nested.jsp", True),
        ("WH-H-JSP-073", "benign/jsp/backend_port_and_disk_status.jsp", False),
        ("WH-H-CGI-009", "cgi/cmdshell/cgi-bin/post_body_bare_var.cgi", True),
        ("WH-H-CGI-009", "cgi/cmdshell/cgi-bin/qs_filtered_bare_var.sh", True),
        ("WH-H-CGI-009", "cgi/cmdshell/cgi-bin/header_herestring_bash.cgi", True),
        ("WH-H-CGI-009", "cgi/cmdshell/cgi-bin/cat_body_braced_subst.cgi", True),
        ("WH-H-CGI-009", "benign/cgi/cgi-bin/service_status_case.cgi", False),
        ("WH-H-CGI-009", "benign/cgi/cgi-bin/docs_search_grep.sh", False),
        ("WH-H-ASPX-105", "aspx/generic/mysql_console_html_inputs.aspx", True),
        ("WH-H-ASPX-105", "aspx/generic/npgsql_console_request_joined_vb.aspx", True),
        ("WH-H-ASPX-105", "benign/aspx/install_wizard_db_setup.aspx", False),
        ("WH-H-JSP-079", "jsp/generic/port_forward_listener_variable.jsp", True),
        ("WH-H-JSP-079", "jsp/generic/tunnel_class_field_listener.jsp", True),
        ("WH-H-JSP-079", "benign/jsp/loopback_socket_self_test.jsp", False),
        ("WH-H-CFM-027", "cfm/cmdshell/cfscript_header_var_cfexecute.cfm", True),
        ("WH-H-CFM-027", "cfm/cmdshell/cfset_header_tag_cfexecute.cfm", True),
        ("WH-H-CFM-027", "cfm/cmdshell/cfscript_url_var_name_packed.cfm", True),
        ("WH-H-CFM-027", "benign/cfm/uptime_report_fixed_command.cfm", False),
        ("WH-H-JSP-080", "jsp/generic/native_lib_posted_base64_system_load.jsp", True),
        ("WH-H-JSP-080", "jsp/generic/native_lib_body_copy_runtime_load.jsp", True),
        ("WH-H-JSP-080", "jsp/generic/native_lib_reflect_loadlibrary0_obf.jsp", True),
        ("WH-H-JSP-080", "benign/jsp/native_codec_extract_bundled.jsp", False),
        ("WH-H-ASPX-106", "aspx/generic/posted_dll_saveas_loadfrom.aspx", True),
        ("WH-H-ASPX-106", "aspx/generic/body_stream_file_execute_assembly.aspx", True),
        ("WH-H-ASPX-106", "aspx/generic/vb_posted_native_loadlibrary_obf.aspx", True),
        ("WH-H-ASPX-106", "benign/aspx/report_engine_embedded_extract.aspx", False),
        ("WH-H-ASPX-009", "benign/aspx/jscript_report_unsafe_label.aspx", False),
        ("WH-H-CGI-010", "cgi/generic/cgi-bin/path_browser_param.pl", True),
        ("WH-H-CGI-010", "cgi/generic/cgi-bin/fs_browse_getvalue.py", True),
        ("WH-H-CGI-010", "cgi/generic/cgi-bin/readparse_hash_browser.cgi", True),
        ("WH-H-CGI-010", "benign/cgi/cgi-bin/manual_pages_index.pl", False),
        ("WH-H-CGI-011", "cgi/cmdshell/cgi-bin/bind_helper_popen.py", True),
        ("WH-H-CGI-011", "cgi/cmdshell/cgi-bin/reverse_helper_backticks.pl", True),
        ("WH-H-CGI-011", "benign/cgi/cgi-bin/status_responder_helper.py", False),
        ("WH-H-CGI-012", "cgi/uploader/cgi-bin/upload_to_param_path.pl", True),
        ("WH-H-CGI-012", "cgi/uploader/cgi-bin/save_to_getvalue.py", True),
        ("WH-H-CGI-012", "benign/cgi/cgi-bin/avatar_upload_clean_name.pl", False),
        ("WH-H-CFM-028", "cfm/generic/sql_console_cfset_var.cfm", True),
        ("WH-H-CFM-028", "cfm/generic/queryexecute_script_var.cfm", True),
        ("WH-H-CFM-028", "benign/cfm/report_sort_column_query.cfm", False),
        ("WH-H-CFM-029", "cfm/generic/fileread_url_path.cfm", True),
        ("WH-H-CFM-029", "cfm/generic/filereadbinary_var_cfcontent.cfm", True),
        ("WH-H-CFM-029", "benign/cfm/report_sort_column_query.cfm", False),
        ("WH-H-JSP-081", "jsp/cmdshell/methodhandle_runtime_exec.jsp", True),
        ("WH-H-JSP-081", "jsp/cmdshell/methodhandle_pb_ctor_split_names_obf.jsp", True),
        ("WH-H-JSP-081", "jsp/cmdshell/methodhandle_forname_static_nested.jsp", True),
        ("WH-H-JSP-081", "benign/jsp/methodhandle_formatter_dispatch.jsp", False),
        ("WH-H-ASP-021", "asp/china_chopper/jscript_function_ctor_named_params.asp", True),
        ("WH-H-ASP-021", "asp/china_chopper/jscript_function_ctor_single_quoted_params_obf.asp", True),
        ("WH-H-ASP-021", "benign/asp/jscript_function_ctor_literal_body.asp", False),
        ("WH-H-ASP-060", "asp/china_chopper/jscript_this_charcode_eval_header.asp", True),
        ("WH-H-ASP-060", "asp/china_chopper/jscript_function_alias_header_split_obf.asp", True),
        ("WH-H-ASP-060", "benign/asp/jscript_header_formatter_alias.asp", False),
        ("WH-H-ASPX-108", "aspx/generic/tcpclient_split_type_session_relay.aspx", True),
        ("WH-H-ASPX-108", "aspx/generic/webclient_split_type_invokemember_obf.aspx", True),
        ("WH-H-ASPX-108", "aspx/generic/process_split_type_vb_nested.aspx", True),
        ("WH-H-ASPX-108", "benign/aspx/payment_provider_type_by_name.aspx", False),
        ("WH-H-ASP-069", "asp/cmdshell/jscript_activex_joined_progid.asp", True),
        ("WH-H-ASP-069", "asp/cmdshell/jscript_added_progid_shellexecute_obf.asp", True),
        ("WH-H-ASP-069", "benign/asp/jscript_report_labels_regex.asp", False),
        ("WH-H-ASPX-030", "aspx/cmdshell/dllimport_entrypoint_alias_winexec.aspx", True),
        ("WH-H-ASPX-030", "benign/aspx/vb_reflected_formatter_tickcount.aspx", False),
        ("WH-H-CGI-013", "cgi/cmdshell/cgi-bin/glued_import_getattr_obf.py", True),
        ("WH-H-CGI-013", "cgi/cmdshell/cgi-bin/glued_module_var_import_module.py", True),
        ("WH-H-CGI-013", "benign/cgi/cgi-bin/action_dispatch_getattr.py", False),
        ("WH-H-CGI-014", "cgi/cmdshell/cgi-bin/dunder_import_alias_popen.py", True),
        ("WH-H-CGI-014", "benign/cgi/cgi-bin/action_dispatch_getattr.py", False),
        ("WH-H-CGI-015", "cgi/generic/cgi-bin/form_pickle_loads.py", True),
        ("WH-H-CGI-015", "cgi/generic/cgi-bin/rot13_form_cpickle_obf.py", True),
        ("WH-H-CGI-015", "cgi/generic/cgi-bin/yaml_unsafe_header.py", True),
        ("WH-H-CGI-015", "benign/cgi/cgi-bin/session_pickle_own_file.py", False),
        ("WH-H-CGI-016", "cgi/cmdshell/cgi-bin/eval_glued_name_call.pl", True),
        ("WH-H-CGI-016", "cgi/cmdshell/cgi-bin/eval_hex_escaped_name_obf.pl", True),
        ("WH-H-CGI-016", "cgi/cmdshell/cgi-bin/eval_string_var_only.cgi", True),
        ("WH-H-CGI-016", "benign/cgi/cgi-bin/plugin_require_eval.pl", False),
        ("WH-H-CFM-030", "cfm/cmdshell/dotnet_process_start_form.cfm", True),
        ("WH-H-CFM-030", "cfm/cmdshell/dotnet_glued_class_cookie_obf.cfm", True),
        ("WH-H-CFM-030", "benign/cfm/dotnet_current_process_memory.cfm", False),
        ("WH-H-CFM-031", "cfm/uploader/cfhttp_result_cffile_page.cfm", True),
        ("WH-H-CFM-031", "cfm/uploader/cfhttp_filewrite_fixed_url_obf.cfm", True),
        ("WH-H-CFM-031", "benign/cfm/feed_cache_cfhttp_json.cfm", False),
        ("WH-H-ASPX-009", "aspx/china_chopper/jscript_reflected_jscriptevaluate_form.aspx", True),
        ("WH-H-ASPX-009", "aspx/china_chopper/vb_glued_jscriptevaluate_header_obf.aspx", True),
        ("WH-H-ASPX-009", "benign/aspx/jscript_engine_help_topics.aspx", False),
        ("WH-H-ASPX-109", "aspx/generic/jss_simpletyperesolver_form.aspx", True),
        ("WH-H-ASPX-109", "aspx/generic/vb_jsonnet_typename_body_var_obf.aspx", True),
        ("WH-H-ASPX-109", "benign/aspx/jsonnet_typed_own_config.aspx", False),
        ("WH-H-JSP-082", "jsp/cmdshell/runtime_methods_hash_pick.jsp", True),
        ("WH-H-JSP-082", "jsp/cmdshell/processbuilder_forname_methods_length_obf.jsp", True),
        ("WH-H-JSP-082", "benign/jsp/bean_setters_from_form.jsp", False),
    ],
)
def test_file_browser_and_proxy_combos(combo: str, sample: str, fires: bool) -> None:
    """A browser that lists folders and opens files the request names whole, and a proxy that
    rewrites the relayed page's links back through itself; pages that list and send their own
    folders' files, relay fixed or allow-listed backends, or rewrite links without fetching are
    neither."""
    language = combo.split("-")[2].lower()
    path = HEURISTICS_DIR / f"{language}.toml"
    hset = parse_heuristics(path.read_text(encoding="utf-8"), str(path))
    found = {r.id for r in evaluate(hset, Document((SAMPLES / sample).read_bytes()))}
    assert (combo in found) is fires, sorted(found)


@pytest.mark.parametrize(
    ("reason", "sample", "relpath", "fires"),
    [
        ("WH_CGI_Shell_Reverse_Connect", "cgi/cmdshell/cgi-bin/devtcp_query_host.sh", "cgi-bin/devtcp_query_host.sh", True),
        ("WH_CGI_Shell_Reverse_Connect", "cgi/cmdshell/cgi-bin/nc_exec_param_expansion_obf.cgi", "cgi-bin/nc_exec_param_expansion_obf.cgi", True),
        ("WH_CGI_Shell_Reverse_Connect", "cgi/cmdshell/cgi-bin/mkfifo_fixed_host.sh", "cgi-bin/mkfifo_fixed_host.sh", True),
        ("WH_CGI_Shell_Reverse_Connect", "cgi/cmdshell/cgi-bin/socat_exec_header_obf.cgi", "cgi-bin/socat_exec_header_obf.cgi", True),
        ("WH_CGI_Shell_Reverse_Connect", "benign/cgi/cgi-bin/backend_port_probe.sh", "cgi-bin/backend_port_probe.sh", False),
        ("WH-S-ASPX-002", "aspx/cmdshell/createdelegate_process_start.aspx", "createdelegate_process_start.aspx", True),
        ("WH-S-ASPX-002", "aspx/cmdshell/createdelegate_dynamicinvoke_split_obf.aspx", "createdelegate_dynamicinvoke_split_obf.aspx", True),
        ("WH-S-ASPX-002", "benign/aspx/createdelegate_parser_cache.aspx", "createdelegate_parser_cache.aspx", False),
        ("WH-S-JSP-001", "jsp/generic/velocity_engine_evaluate_param.jsp", "velocity_engine_evaluate_param.jsp", True),
        ("WH-S-JSP-001", "jsp/generic/velocity_static_evaluate_header_obf.jsp", "velocity_static_evaluate_header_obf.jsp", True),
        ("WH-S-JSP-001", "benign/jsp/velocity_fixed_template_greeting.jsp", "velocity_fixed_template_greeting.jsp", False),
    ],
)  # fmt: skip
def test_sweep79_reverse_shells_delegates_and_templates(
    reason: str, sample: str, relpath: str, fires: bool
) -> None:
    """Sweep 79: shell CGI programs handing a shell to a connection (/dev/tcp with the shell's
    streams, netcat -e, a fifo through netcat, socat exec) against a port probe; Process.Start
    reached through a delegate made from the reflected method against a cached parse delegate;
    Velocity given the request's template text against a fixed template with an escaped value."""
    verdict = detect_bytes((SAMPLES / sample).read_bytes(), relpath)
    assert any(r.id == reason for r in verdict.reasons) is fires, _show(verdict)
    assert (verdict.score >= 40) is fires, _show(verdict)
