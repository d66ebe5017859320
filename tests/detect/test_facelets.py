"""JSF Facelets views are read as JSP: their EL expressions run on the server."""

from __future__ import annotations

from webhunt.detect.engine import detect_bytes
from webhunt.model import Language

_VIEW = b"""<html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="%s">
<h:body><h:outputText value="#{bean.greeting}"/></h:body></html>
"""


def test_a_view_with_a_jsf_namespace_is_analysed_as_jsp() -> None:
    for ns in (b"http://xmlns.jcp.org/jsf/html", b"http://java.sun.com/jsf/html", b"jakarta.faces.html"):
        verdict = detect_bytes(_VIEW % ns, "pages/index.xhtml")
        assert verdict.language is Language.JSP
        assert verdict.score == 0


def test_plain_xhtml_and_other_extensions_stay_text() -> None:
    plain = b'<html xmlns="http://www.w3.org/1999/xhtml"><body>${x} #{y}</body></html>'
    assert detect_bytes(plain, "doc/index.xhtml").language is Language.OTHER
    jsf = _VIEW % b"http://xmlns.jcp.org/jsf/html"
    assert detect_bytes(jsf, "doc/index.html").language is Language.OTHER
