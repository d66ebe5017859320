"""``language_for``: what a web server runs a file as, by name and by location."""

from __future__ import annotations

import pytest

from webhunt.languages import is_script, language_for
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
    ],
)
def test_language_for(relpath: str, language: Language) -> None:
    assert language_for(relpath) is language
    assert is_script(language) is (language is not Language.OTHER)
