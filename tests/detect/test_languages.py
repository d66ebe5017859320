"""``language_for``: what a web server runs a file as, by name and by location."""

from __future__ import annotations

import pytest

from webhunt.languages import is_script, language_for, wide_source
from webhunt.model import Language


@pytest.mark.parametrize(
    ("relpath", "language"),
    [
        ("index.php", Language.PHP),
        ("a/b.jsp", Language.JSP),
        ("default.aspx", Language.ASPX),
        # ASP.NET Web Pages (Razor) in C# and in VB.NET
        ("Views/Home/Index.cshtml", Language.ASPX),
        ("Pages/report.vbhtml", Language.ASPX),
        ("cgi-bin/x.pl", Language.CGI),
        ("lib/x.pl", Language.OTHER),
        # ASP.NET compiles the classes under App_Code, in any case, at any depth below it
        ("App_Code/Module.cs", Language.ASPX),
        ("App_Code/Module.vb", Language.ASPX),
        ("app_code/Module.CS", Language.ASPX),
        ("site/APP_CODE/handlers/Upload.cs", Language.ASPX),
        # elsewhere .cs/.vb files are source trees, not scripts
        ("Module.cs", Language.OTHER),
        ("src/Controllers/HomeController.cs", Language.OTHER),
        ("App_Code.cs", Language.OTHER),
        ("App_Code_old/Module.cs", Language.OTHER),
        ("App_Data/Module.cs", Language.OTHER),
        # only code files: other files under App_Code are data
        ("App_Code/readme.txt", Language.OTHER),
        ("App_Code/Module.cs.bak", Language.OTHER),
        # per-directory PHP configuration: .user.ini, and the php.ini / php5.ini CGI PHP reads
        ("blog/.user.ini", Language.USER_INI),
        ("php.ini", Language.USER_INI),
        ("public_html/PHP5.INI", Language.USER_INI),
        ("docs/php.ini-production", Language.OTHER),
    ],
)
def test_language_for(relpath: str, language: Language) -> None:
    assert language_for(relpath) is language
    assert is_script(language) is (language is not Language.OTHER)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("<?php system($_GET['c']); ?>".encode("utf-16-le"), "UTF-16LE"),
        (b"\xfe\xff" + "<?php echo 1; ?>".encode("utf-16-be"), "UTF-16BE"),
        # ASCII before the wide code (an XBM header) puts the tag at an odd offset
        (b"#define w 9\n" + "<?php eval($_POST[1]); ?>".encode("utf-16-be"), "UTF-16BE"),
        (b"+ADw-?php eval(+ACQ-_POST+AFs-1+AF0-)+ADs- ?+AD4-", "UTF-7"),
        ("<% Response.Write(Now()) %>".encode("utf-16-le"), "UTF-16LE"),
    ],
)
def test_wide_source_reads_pages_saved_in_other_encodings(data: bytes, encoding: str) -> None:
    found = wide_source(data)
    assert found is not None and found[0] == encoding
    assert b"<?php" in found[1] or b"<%" in found[1]


@pytest.mark.parametrize(
    "data",
    [
        b"<?php echo 1; ?>",  # plain ASCII: read as it is
        "Hello, plain UTF-16 text".encode("utf-16-le"),
        b"\x00<\x00?\x00\x01\x02\xff",  # a wide '<?' followed by binary data
        b"a+b = c, 1+ADw-2",  # '+ADw-' without code after it
    ],
)
def test_wide_source_ignores_other_bytes(data: bytes) -> None:
    assert wide_source(data) is None
