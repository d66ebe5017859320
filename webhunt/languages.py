"""What a web server executes: file name -> Language, and where code should not be."""

from __future__ import annotations

import re

from webhunt.model import Language

_BY_EXTENSION: dict[str, Language] = {
    **dict.fromkeys(
        ("php", "php3", "php4", "php5", "php6", "php7", "php8", "phtml", "pht", "phar", "inc"),
        Language.PHP,
    ),
    **dict.fromkeys(("jsp", "jspx", "jspf"), Language.JSP),
    **dict.fromkeys(("asp", "asa", "cer"), Language.ASP),
    **dict.fromkeys(
        ("aspx", "ashx", "asmx", "ascx", "asax", "master", "cshtml", "vbhtml", "soap", "svc"), Language.ASPX
    ),
    **dict.fromkeys(("cfm", "cfc"), Language.CFM),
}

_BY_NAME: dict[str, Language] = {
    ".htaccess": Language.HTACCESS,
    ".user.ini": Language.USER_INI,
    # PHP run as CGI/FastCGI (suPHP, php-cgi) reads a php.ini from the script's directory, and
    # some shared hosts read php5.ini there: a shell kit drops one to lift disable_functions
    "php.ini": Language.USER_INI,
    "php5.ini": Language.USER_INI,
    "web.config": Language.WEB_CONFIG,
}

CGI_DIR = "cgi-bin"
#: Extensions that are CGI scripts when they sit under a cgi-bin directory.
CGI_EXTENSIONS = frozenset({"pl", "cgi", "py", "sh"})
#: Extensions servers run as CGI programs in any directory: Apache's stock ``AddHandler
#: cgi-script .cgi`` (on by default on cPanel hosts) needs no cgi-bin.
CGI_ANYWHERE_EXTENSIONS = frozenset({"cgi"})
#: ASP.NET code files (C#, VB.NET): compiled and run when they sit under an ``App_Code`` directory
#: (matched in any case, as IIS does); elsewhere they are ordinary source, not scripts.
APP_CODE_EXTENSIONS = frozenset({"cs", "vb"})
APP_CODE_DIR = "app_code"

#: Directory names where uploaded, static or cached data lives and scripts do not belong.
UPLOAD_DIR_NAMES = frozenset(
    {
        "upload",
        "uploads",
        "uploaded",
        "files",
        "images",
        "img",
        "media",
        "static",
        "assets",
        "attachments",
        "attachment",
        "avatars",
        "tmp",
        "temp",
        "cache",
    }
)

#: Markers of server-side code, to spot code inside non-script files.
#: PHP's open tags as a file may hold them: plain, the old ``<script language="php">`` form, and the
#: ``<?php`` tag written in UTF-7 (``+ADw?php``, ``+ADw-?php``) for a server told to read UTF-7.
PHP_MARKERS: tuple[bytes, ...] = (
    b"<?php",
    b"<?=",
    b'language="php"',
    b"language='php'",
    b"language=php",
    b"+adw?php",
    b"+adw-?php",
)
#: ``<?php`` as Base64 begins it: a non-script file holding encoded PHP is worth decoding.
ENCODED_PHP_MARKER = b"pd9waha"
CODE_MARKERS: tuple[bytes, ...] = (
    *PHP_MARKERS,
    ENCODED_PHP_MARKER,
    b"<%",
    b"<jsp:",
    b"runat=",
    b"<cf",
    b"<!--#exec",  # a server-side include that runs a command (an .shtml page under mod_include)
)


def extension_of(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    if "." not in base.lstrip("."):
        return ""
    return base.rsplit(".", 1)[-1].lower()


def in_cgi_dir(relpath: str) -> bool:
    """Is ``relpath`` inside a ``cgi-bin`` directory (where ``ScriptAlias`` runs every file)?"""
    return CGI_DIR in relpath.lower().split("/")[:-1]


def language_for(relpath: str) -> Language:
    """The language a web server would run ``relpath`` as, or OTHER for non-script files."""
    parts = relpath.lower().split("/")
    name = parts[-1]
    if name in _BY_NAME:
        return _BY_NAME[name]
    # a copy kept to be renamed (shell.htaccess, x.user.ini): judged as what it becomes
    if name.endswith(".htaccess"):
        return Language.HTACCESS
    if name.endswith(".user.ini"):
        return Language.USER_INI
    ext = extension_of(name)
    lang = _BY_EXTENSION.get(ext)
    if lang is not None:
        return lang
    if ext in CGI_ANYWHERE_EXTENSIONS or (ext in CGI_EXTENSIONS and CGI_DIR in parts[:-1]):
        return Language.CGI
    if ext in APP_CODE_EXTENSIONS and APP_CODE_DIR in parts[:-1]:
        return Language.ASPX
    return Language.OTHER


def is_live_config(name: str) -> bool:
    """Is a file of this name read by the server as its directory's configuration?"""
    return name.lower() in _BY_NAME


def is_script(lang: Language) -> bool:
    return lang is not Language.OTHER


def in_upload_dir(relpath: str) -> bool:
    return any(part in UPLOAD_DIR_NAMES for part in relpath.lower().split("/")[:-1])


#: What follows a real open tag: text up to a close tag or for 32 bytes, where random binary data
#: (images, fonts, compiled message catalogues) soon holds a control byte. Bytes >= 0x80 count as
#: text (PHP identifiers may use them).
_TEXT = rb"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
_FOLLOWED_BY_TEXT = re.compile(_TEXT + rb"{32}|" + _TEXT + rb"{0,31}?(?:\?>|%>)|" + _TEXT + rb"{0,31}\Z")
#: What follows ``<cf`` in a ColdFusion tag: the rest of a tag name (``<cfset``, ``<cfexecute``,
#: ``<cf_custom``), then white space, ``>`` or ``/``. An address in angle brackets whose name starts
#: with "cf" (``<cfranks@example.org>`` in a Perl module's author list) is no tag: ColdFusion runs
#: none of it.
_CF_TAG_REST = re.compile(rb"[a-z0-9_]{0,64}(?:[\s>/]|\Z)")
#: After this many markers followed by binary data, the file is treated as holding code anyway.
_MARKERS_TRIED = 64
#: PHP's short open tag, ``<?`` and white space, which a server with ``short_open_tag`` on runs (an
#: image comment holding ``<? passthru(...) ?>``); not an XML declaration (no white space after
#: ``<?``) nor a Java wildcard (``List<? extends T>``).
_SHORT_TAG = re.compile(rb"<\?[ \t\r\n]+(?!extends\b|super\b)")


def _has_short_tag(lowered: bytes) -> bool:
    """A PHP short open tag followed by text (see ``_FOLLOWED_BY_TEXT``) in ``lowered``."""
    if b"<?" not in lowered:
        return False
    follows = _FOLLOWED_BY_TEXT.match
    for tried, m in enumerate(_SHORT_TAG.finditer(lowered)):
        if tried >= _MARKERS_TRIED or follows(lowered, m.end()):
            return True
    return False


def has_code_marker(data: bytes, *, lowered: bytes | None = None) -> bool:
    """Cheap test for server-side code in a non-script file (polyglots, code in text files): a
    marker followed by text, for ``<%`` a ``%>`` after it (ASP and JSP blocks run only when
    closed: ``<%s>`` in a message is text), and for ``<cf`` a tag name (``_CF_TAG_REST``).
    ``lowered``: ``data`` in ASCII lower case, when the caller has it already."""
    if lowered is None:
        lowered = data.lower() if len(data) < 4 * 1024 * 1024 else data
    follows = _FOLLOWED_BY_TEXT.match
    last_close = lowered.rfind(b"%>")
    for marker in CODE_MARKERS:
        at = lowered.find(marker)
        tried = 0
        while at >= 0:
            if tried >= _MARKERS_TRIED:
                return True
            if (
                follows(lowered, at + len(marker))
                and (marker != b"<%" or last_close > at)
                and (marker != b"<cf" or _CF_TAG_REST.match(lowered, at + 3) is not None)
            ):
                return True
            tried += 1
            at = lowered.find(marker, at + 1)
    return _has_short_tag(lowered)


#: An open tag written in UTF-16 (``<?``, ``<%``, big and little endian) or in UTF-7 (``+ADw-``
#: is ``<``): the way PHP with ``zend.multibyte`` on reads a source, ASCII-free where the tag is.
_WIDE_OPEN_TAGS: tuple[tuple[bytes, str], ...] = (
    (b"\x00<\x00?", "utf-16-be"),
    (b"\x00<\x00%", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"<\x00%\x00", "utf-16-le"),
)
_WIDE_NAMES = {"utf-16-be": "UTF-16BE", "utf-16-le": "UTF-16LE"}
_UTF7_OPEN_TAG = re.compile(rb"\+ADw(?:-|AP[wx]|AJQ)")  # Base64 inside UTF-7: case matters
#: Decoded at most (a wide page is twice its text).
_WIDE_MAX_BYTES = 2 * 1024 * 1024


def wide_source(data: bytes) -> tuple[str, bytes] | None:
    """A page saved as UTF-16 or UTF-7 (what PHP runs once ``zend.multibyte`` is on): its encoding
    and its text as UTF-8, when the decoded text holds server-side code; None for anything else.
    UTF-16 is decoded from the parity of its first wide open tag, so ASCII bytes before it (an
    image header) or after it (an XBM trailer) become noise and the code stays whole."""
    head = data[:_WIDE_MAX_BYTES]
    for tag, encoding in _WIDE_OPEN_TAGS:
        at = head.find(tag)
        if at < 0:
            continue
        start = at % 2
        text = head[start:].decode(encoding, "replace").encode("utf-8", "replace")
        if has_code_marker(text):
            return _WIDE_NAMES[encoding], text
    if b"+ADw" in head and _UTF7_OPEN_TAG.search(head) is not None:
        text = head.decode("utf-7", "replace").encode("utf-8", "replace")
        if has_code_marker(text):
            return "UTF-7", text
    return None


def sniff_embedded(data: bytes, *, lowered: bytes | None = None) -> Language | None:
    """The script language embedded in otherwise non-script bytes, if any. ``lowered``: ``data``
    in ASCII lower case, when the caller has it already."""
    if lowered is None:
        lowered = data.lower()
    if any(marker in lowered for marker in PHP_MARKERS) or _has_short_tag(lowered):
        return Language.PHP
    if b"<%@" in lowered and b"page" in lowered and b"language" in lowered and b"c#" in lowered:
        return Language.ASPX
    if b"<jsp:" in lowered or (b"<%" in lowered and (b"request.get" in lowered)):
        return Language.JSP
    if b"runat=" in lowered or (b"<%" in lowered and b"request" in lowered):
        return Language.ASP
    if b"<cfexecute" in lowered or b"<cffile" in lowered:
        return Language.CFM
    return None
