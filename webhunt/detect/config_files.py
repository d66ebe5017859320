"""What `.htaccess`, `.user.ini` and `web.config` files make executable, and whether that is a trick.

Attackers who can upload an image but not a script drop a configuration file next to it: an
`.htaccess` mapping `.jpg` to PHP, a `.user.ini` that prepends `avatar.jpg` to every script, a
`web.config` with a handler for `*.png`, or a configuration file that executes *itself*. This module
reads those files (pure functions, no I/O) into ``ExecRules`` for the walker, and explains the risky
parts as ``Reason``s for the scan, with two tricks that make nothing executable: PHP's error or mail
log written into a ``.php`` file, and visitors from search engines redirected to another site.

Apache syntax handled: case-insensitive directives, ``\\`` line continuations, quoted arguments,
comments, nested sections (``<IfModule>`` and friends are transparent; ``<Files>``, ``<Files ~>`` and
``<FilesMatch>`` scope ``SetHandler``/``ForceType``), ``Action`` handlers pointing at a PHP binary.
``web.config`` is parsed with expat (the parser under ``xml.etree``) with a size bound, DOCTYPE and
entity declarations refused (no entity expansion); a malformed file falls back to a tag scan.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.parsers import expat

from webhunt.detect.document import Document
from webhunt.detect.layers import Rescan
from webhunt.model import FileContext, Language, Layer, Reason

# --------------------------------------------------------------------------------------------------
# Public values


@dataclass(frozen=True, slots=True)
class ExecRules:
    """What one configuration file makes executable (beyond the server's defaults)."""

    extensions: frozenset[str] = frozenset()  # lower-case, no dot, e.g. {"jpg"} mapped to a handler
    filenames: frozenset[str] = frozenset()  # exact names made executable (``<Files "x.jpg">``)
    patterns: tuple[str, ...] = ()  # regexes (``<FilesMatch>``, wildcards) mapped to a handler
    prepend: tuple[str, ...] = ()  # auto_prepend_file / auto_append_file targets, as written
    engine_off: bool = False  # php_flag engine off / RemoveHandler .php: native scripts are inert


# --------------------------------------------------------------------------------------------------
# Vocabulary: which handlers run code, which extensions are suspicious to map

#: Extensions a server already runs as scripts: mapping them is configuration, not a trick.
NATIVE_SCRIPT_EXTENSIONS = frozenset(
    {
        *(f"php{v}" for v in ("", "3", "4", "5", "6", "7", "8")),
        "phtml", "pht", "phar", "phps", "inc", "module", "tpl", "ctp",
        "asp", "aspx", "asa", "ashx", "asmx", "ascx", "axd", "svc", "soap", "rem", "cshtml",
        "vbhtml", "xamlx", "jsp", "jspx", "cfm", "cfc", "cgi", "pl", "pm", "py", "fcgi", "rb",
    }
)  # fmt: skip
IMAGE_EXTENSIONS = frozenset(
    {"jpg", "jpeg", "jpe", "jfif", "png", "gif", "bmp", "ico", "webp", "svg", "tif", "tiff", "heic"}
)
DATA_EXTENSIONS = frozenset(
    {
        "txt", "log", "csv", "json", "xml", "md", "ini", "conf", "cfg", "dat", "tmp", "bak", "old",
        "pdf", "doc", "docx", "xls", "xlsx", "zip", "rar", "gz", "tar", "7z", "mp3", "mp4", "avi",
        "wav", "woff", "woff2", "ttf", "eot", "otf", "swf", "rtf", "sql", "yml", "yaml", "db",
    }
)  # fmt: skip
HTML_EXTENSIONS = frozenset({"html", "htm", "xhtml", "shtml", "shtm", "stm"})
ASSET_EXTENSIONS = frozenset({"css", "js"})
SELF_EXTENSIONS = frozenset({"htaccess", "config"})
SELF_NAMES = frozenset({".htaccess", ".user.ini", "web.config", "php.ini", "php5.ini", "user.ini"})

_SCRIPT_HANDLER = re.compile(
    r"php|cgi-script|fcgid-script|fastcgi-script|server-parsed|perl-script|python-program"
    r"|mod_python|proxy:(?:unix|fcgi)|lsapi|x-httpd-(?:cgi|perl|python|ruby|eruby|rivet|tcl|lua)|^includes$"
    r"|^ruby-object$|^caucho-request$|x-rivet-tcl|^rivet|lua-script|wsgi-script",
    re.IGNORECASE,
)
_NOT_SCRIPT_HANDLER = re.compile(r"php-source|x-httpd-phps\b", re.IGNORECASE)
_PHP_HANDLER = re.compile(r"php|proxy:(?:unix|fcgi)|lsapi", re.IGNORECASE)
_NEUTRAL_HANDLER = re.compile(r"^(?:none|default-handler)$", re.IGNORECASE)

#: Handlers paired with the extensions of the language they run: ``AddHandler wsgi-script .wsgi``
#: (mod_wsgi's own set-up), ``lua-script .lua`` (mod_lua), ``mod_python .psp``, ``rivet .rvt``, and
#: CGI programs written in Lua or Tcl. The pair is that language's ordinary configuration, not an
#: extension made up to slip past an upload filter; it counts in full in an upload directory, and
#: an extension of another language (``.lua`` for PHP) or a made-up one stays unusual.
_HANDLER_OWN_EXTENSIONS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"^wsgi-script$", re.IGNORECASE), frozenset({"wsgi"})),
    (re.compile(r"^lua-script$|^(?:application/)?x-httpd-lua$", re.IGNORECASE), frozenset({"lua"})),
    (re.compile(r"^(?:mod_python|python-program)$", re.IGNORECASE), frozenset({"psp"})),
    (
        re.compile(r"^(?:rivet|x-rivet-tcl|(?:application/)?x-httpd-(?:rivet|tcl))$", re.IGNORECASE),
        frozenset({"rvt", "tcl"}),
    ),
    (re.compile(r"^(?:cgi|fcgid|fastcgi)-script$", re.IGNORECASE), frozenset({"lua", "tcl"})),
)

_WRAPPER = re.compile(
    r"^\s*(?:php|data|https?|ftps?|expect|zip|phar|compress\.zlib|compress\.bzip2|glob|zlib)://|"
    r"^\s*data:",
    re.IGNORECASE,
)
_TMP_OR_UPLOAD = re.compile(
    r"(?:^|[/\\])(?:tmp|temp|te?mp_?files|dev[/\\]shm|var[/\\]tmp|uploads?|upload_?files|userfiles"
    r"|cache|images?|img|media|files|attachments?|avatars?)(?:[/\\]|$)",
    re.IGNORECASE,
)
_PHP_CODE = re.compile(r"<\?(?:php\b|=)", re.IGNORECASE)
_ASP_CODE = re.compile(
    r"<%(?!--)[^%]{0,400}?\b(?:response|request|execute|eval|createobject|server\.|wscript"
    r"|process|dim|set\b)|<script[^>]{0,200}\brunat\s*=\s*[\"']?server",
    re.IGNORECASE,
)

_WEAKENING_SETTINGS: dict[str, str] = {
    "allow_url_include": "lets include() fetch remote or data: code",
    "disable_functions": "tries to re-enable disabled PHP functions",
    "open_basedir": "tries to lift the open_basedir restriction",
    "safe_mode": "tries to switch off safe_mode",
}

#: The settings that confine PHP scripts (functions, paths); applications leave them to the server.
_SANDBOX_SETTINGS = frozenset({"disable_functions", "open_basedir", "safe_mode"})
#: An ini file stating this many settings is a copy of a whole php.ini (hosts put one in a web root
#: for CGI PHP): its ``disable_functions =`` and ``safe_mode = Off`` are PHP's defaults, written out,
#: not a kit's few lines lifting the limits.
_FULL_INI_SETTINGS = 40

#: Source encodings PHP reads only with ``zend.multibyte`` on, in which ``<?php`` is not ASCII: a
#: page saved in one of them passes ``<?`` filters and pattern scanners and still runs.
_WIDE_SCRIPT_ENCODING = re.compile(r"^(?:utf-?7|utf-?16|utf-?32|ucs-?2|ucs-?4)", re.IGNORECASE)

#: The mail programs a ``SendmailName`` (mod_sendmail) is expected to name.
_MAIL_PROGRAMS = frozenset(
    {"sendmail", "sendmail.postfix", "sendmail.exim", "exim", "exim4", "ssmtp", "msmtp", "nullmailer-inject"}
)

#: PHP settings naming a file PHP writes messages into: the error log and the ``mail()`` log.
_LOG_SETTINGS = frozenset({"error_log", "mail.log"})
#: Extensions Apache hands to PHP by default: a log written under one is a script the next request runs.
_PHP_RUN_EXTENSIONS = frozenset({*(f"php{v}" for v in ("", "3", "4", "5", "7", "8")), "phtml", "pht", "phar"})

#: Search engines named in a ``RewriteCond %{HTTP_REFERER}`` pattern (the visitors a redirect hack wants).
_SEARCH_ENGINES = re.compile(
    r"google|bing|yahoo|yandex|baidu|duckduckgo|\baol\b|\bask\b|\bmsn\b|naver|seznam|ecosia|sogou",
    re.IGNORECASE,
)
_ABSOLUTE_URL = re.compile(r"(?:https?:)?//", re.IGNORECASE)
#: Crawler names in a negated ``RewriteCond %{HTTP_USER_AGENT} !...`` (the visitors a cloaked redirect spares).
_CRAWLERS = re.compile(
    r"google|bing|yahoo|yandex|baidu|slurp|msn|bot\b|bot$|crawl|spider|libwww|duckduck", re.IGNORECASE
)
#: Phones and tablets named in a ``RewriteCond %{HTTP_USER_AGENT}`` (the visitors a mobile redirect wants).
_DEVICES = re.compile(
    r"android|iphone|ipad|ipod|mobile|mobi\b|mobi$|midp|symbian|blackberry|opera.mini|iemobile|windows.ce"
    r"|nokia|noki$|palm|wap\b|wap$|phone|pocket",
    re.IGNORECASE,
)
#: A redirect target on the site itself or its own mobile host: ``//%{HTTP_HOST}/``, ``//m.``, ``//mobile.``.
_OWN_HOST_TARGET = re.compile(
    r"^(?:https?:)?//(?:%\{(?:HTTP_HOST|SERVER_NAME)\}|m\.|mobile\.)", re.IGNORECASE
)

MAX_XML_BYTES = 1 << 20  # web.config files are small; larger ones are scanned as text only


# --------------------------------------------------------------------------------------------------
# Internal facts: one record per directive that makes something run


@dataclass(frozen=True, slots=True)
class _Mapping:
    line: int
    directive: str  # as written in the file, e.g. "AddType", "<add path=...>", "auto_prepend_file"
    handler: str  # what runs the file (type, handler, module, scriptProcessor)
    kind: str  # "ext" | "name" | "pattern" | "all" | "prepend"
    target: str  # the extension, name, regex or prepended path
    shown: str = ""  # how the file names it, when not ``target`` (a <Files> glob)


@dataclass(slots=True)
class _Facts:
    mappings: list[_Mapping] = field(default_factory=list)
    engine_off: bool = False
    engine_on_line: int | None = None
    weakened: list[tuple[int, str, str]] = field(default_factory=list)  # (line, setting, why)
    unhidden: list[int] = field(default_factory=list)  # web.config: .config served/unblocked
    refused: str = ""  # web.config: why XML parsing was refused
    multibyte_line: int | None = None  # zend.multibyte on: sources in other encodings run
    wide_encoding: tuple[int, str] | None = None  # zend.script_encoding UTF-7/16/32 (line, value)
    programs: list[tuple[int, str]] = field(default_factory=list)  # mod_sendmail: (line, program)
    log_scripts: list[tuple[int, str, str]] = field(default_factory=list)  # (line, setting, script written)
    search_redirects: list[tuple[int, str]] = field(default_factory=list)  # (line, where visitors go)
    settings: int = 0  # PHP settings an ini file states (a full copy of php.ini states hundreds)
    php_as_text: int | None = None  # .htaccess: first line serving PHP scripts as text (their source)
    listing_on: bool = False  # .htaccess: Options turns directory listings on
    symlinks_on: bool = False  # .htaccess: Options lets the server follow symbolic links
    stated_defaults: set[str] = field(default_factory=set)  # sandbox settings left at PHP's default
    cloaked_redirects: list[tuple[int, str]] = field(default_factory=list)  # (line, where phones go)


def _rules_from(facts: _Facts) -> ExecRules:
    exts: set[str] = set()
    names: set[str] = set()
    patterns: list[str] = []
    prepend: list[str] = []
    for m in facts.mappings:
        if m.kind == "ext":
            exts.add(m.target)
        elif m.kind == "name":
            names.add(m.target)
        elif m.kind == "pattern" and m.target not in patterns:
            patterns.append(m.target)
        elif m.kind == "all" and ".*" not in patterns:
            patterns.append(".*")
        elif m.kind == "prepend" and m.target not in prepend:
            prepend.append(m.target)
    return ExecRules(
        extensions=frozenset(exts),
        filenames=frozenset(names),
        patterns=tuple(patterns),
        prepend=tuple(prepend),
        engine_off=facts.engine_off,
    )


# --------------------------------------------------------------------------------------------------
# Apache .htaccess


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, joined content) with ``\\`` continuations joined and comments dropped.

    As Apache joins them: the backslash and the line break go, nothing is put in their place and
    the next line's leading white space stays (``x-httpd-p\\`` + ``hp .gif`` is ``x-httpd-php .gif``)."""
    pending: list[str] = []
    start = 0
    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not pending:
            start = no
            stripped = line.lstrip()
            if not stripped or stripped.startswith("#"):
                continue
        if line.endswith("\\"):
            pending.append(line[:-1])
            continue
        pending.append(line)
        yield start, "".join(pending).strip()
        pending = []
    if pending:
        yield start, "".join(pending).strip()


def _split_args(text: str) -> list[str]:
    """Apache-style words: whitespace separated, '...' and "..." quoted, backslash escapes."""
    words: list[str] = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        quote = text[i] if text[i] in "\"'" else ""
        if quote:
            i += 1
        buf: list[str] = []
        while i < n:
            ch = text[i]
            if quote and ch == "\\" and i + 1 < n and text[i + 1] in (quote, "\\"):
                buf.append(text[i + 1])
                i += 2
                continue
            if (quote and ch == quote) or (not quote and ch.isspace()):
                i += 1
                break
            buf.append(ch)
            i += 1
        words.append("".join(buf))
    return words


@dataclass(frozen=True, slots=True)
class _Scope:
    kind: str  # lower-case section name
    target: str  # <Files>/<FilesMatch> argument
    is_regex: bool


def _norm_ext(word: str) -> str:
    return word.strip().lstrip(".").lower()


def _is_script_handler(handler: str) -> bool:
    return bool(_SCRIPT_HANDLER.search(handler)) and not _NOT_SCRIPT_HANDLER.search(handler)


def _files_mapping(line: int, directive: str, handler: str, scope: _Scope | None) -> _Mapping:
    """A handler set for a whole <Files>/<FilesMatch> scope, or for the directory."""
    if scope is None:
        return _Mapping(line, directive, handler, "all", ".*")
    if scope.is_regex:
        return _Mapping(line, directive, handler, "pattern", scope.target)
    if any(ch in scope.target for ch in "*?["):
        return _Mapping(line, directive, handler, "pattern", fnmatch.translate(scope.target), scope.target)
    return _Mapping(line, directive, handler, "name", scope.target)


#: Media types under which a browser shows a file as text: a PHP script served so shows its source.
_TEXT_TYPE = re.compile(r"^(?:text/plain|txt|text)$", re.IGNORECASE)


def _shows_as_text(handler: str) -> bool:
    return bool(_TEXT_TYPE.match(handler.strip()))


def _note_listing_and_symlinks(facts: _Facts, flags: list[str]) -> None:
    """``Options``: directory listings and symbolic links, switched on (bare or ``+``) or off (``-``);
    a bare word sets the options anew, so what it does not name is off."""
    if any(flag[:1] not in "+-" for flag in flags):
        facts.listing_on = facts.symlinks_on = False
    for flag in flags:
        on = not flag.startswith("-")
        word = flag.lstrip("+-")
        if word == "all":
            facts.listing_on = facts.symlinks_on = on
        elif word == "indexes":
            facts.listing_on = on
        elif word in ("followsymlinks", "symlinksifownermatch"):
            facts.symlinks_on = on
        elif word == "none":
            facts.listing_on = facts.symlinks_on = False


#: Handlers that run a file as a CGI program: only where ``Options ExecCGI`` is on.
_CGI_HANDLERS = frozenset({"cgi-script", "fcgid-script", "fastcgi-script"})


def _scan_htaccess(text: str) -> _Facts:
    facts = _Facts()
    stack: list[_Scope] = []
    actions: dict[str, str] = {}  # custom handler name -> the CGI binary it runs (mod_actions)
    cgi_off = False
    search_referer = False  # a RewriteCond since the last RewriteRule asks for search engines' visitors
    device_agent = False  # ... asks for phones' and tablets' user agents
    crawler_spared = False  # ... excludes crawlers' user agents (``!google``, ``!bot``)

    def files_scope() -> _Scope | None:
        for scope in reversed(stack):
            if scope.kind in ("files", "filesmatch"):
                return scope
        return None

    def runs_code(handler: str) -> bool:
        if handler.startswith("."):  # an extension where a handler or type belongs: Apache runs nothing
            return False
        target = actions.get(handler.lower(), "")
        return _is_script_handler(handler) or bool(target and _is_script_handler(target))

    for no, line in _logical_lines(text):
        if line.startswith("</"):
            if stack:
                stack.pop()
            continue
        if line.startswith("<"):
            words = _split_args(line[1:].rstrip(">").rstrip())
            if not words:
                continue
            kind = words[0].lower()
            args = words[1:]
            if kind == "files" and args and args[0] == "~":
                stack.append(_Scope(kind, args[1] if len(args) > 1 else "", True))
            elif kind == "filesmatch":
                stack.append(_Scope(kind, args[0] if args else "", True))
            else:
                stack.append(_Scope(kind, args[0] if args else "", False))
            continue
        words = _split_args(line)
        if not words:
            continue
        name, args = words[0].lower(), words[1:]
        scope = files_scope()
        if name == "action" and len(args) >= 2:
            actions[args[0].lower()] = args[1]
        elif name in ("addtype", "addhandler", "addoutputfilter") and len(args) >= 2:
            handler = args[0]
            if runs_code(handler):
                for word in args[1:]:
                    ext = _norm_ext(word)
                    if ext:
                        facts.mappings.append(_Mapping(no, words[0], handler, "ext", ext))
            elif (
                name in ("addtype", "addhandler")
                and _shows_as_text(handler)
                and any(_norm_ext(word) in _PHP_RUN_EXTENSIONS for word in args[1:])
            ):
                facts.php_as_text = facts.php_as_text or no
        elif name in ("sethandler", "forcetype", "setoutputfilter") and args:
            handler = args[0]
            if runs_code(handler):
                facts.mappings.append(_files_mapping(no, words[0], handler, scope))
            elif (
                name == "forcetype"
                and _shows_as_text(handler)
                and (scope is None or _scope_covers_php(scope))
            ):
                facts.php_as_text = facts.php_as_text or no
            elif _NEUTRAL_HANDLER.match(handler) and (scope is None or _scope_covers_php(scope)):
                facts.engine_off = True
        elif name in ("removehandler", "removetype"):
            if any(_norm_ext(a).startswith("php") or _norm_ext(a) == "phtml" for a in args):
                facts.engine_off = True
        elif name in ("php_value", "php_admin_value", "php_flag", "php_admin_flag") and args:
            _php_setting(facts, no, args[0], " ".join(args[1:]), scope)
        elif name == "sendmailname" and args:
            program = args[0].replace("\\", "/").rsplit("/", 1)[-1].lower()
            if program not in _MAIL_PROGRAMS:
                facts.programs.append((no, args[0]))
        elif name == "rewritecond" and len(args) >= 2:
            if _names_search_referer(args[0], args[1]):
                search_referer = True
            if "%{http_user_agent}" in args[0].lower():
                if args[1].startswith("!"):
                    crawler_spared = crawler_spared or bool(_CRAWLERS.search(args[1][1:200]))
                else:
                    device_agent = device_agent or bool(_DEVICES.search(args[1][:300]))
        elif name == "rewriterule":
            # the conditions written since the last rule belong to this one
            target = args[1] if len(args) >= 2 else ""
            if search_referer and _ABSOLUTE_URL.match(target):
                facts.search_redirects.append((no, target))
            own_host = bool(_OWN_HOST_TARGET.match(target))
            if device_agent and crawler_spared and _ABSOLUTE_URL.match(target) and not own_host:
                facts.cloaked_redirects.append((no, target))
            search_referer = device_agent = crawler_spared = False
        elif name == "options" and scope is None:
            flags = {a.lower() for a in args}
            _note_listing_and_symlinks(facts, [a.lower() for a in args])
            if flags & {"-execcgi", "none"}:
                cgi_off = True
            elif flags & {"+execcgi", "execcgi", "all"}:
                cgi_off = False
    if cgi_off:  # "Options -ExecCGI": a cgi-script handler serves nothing (hardening files set both)
        facts.mappings = [m for m in facts.mappings if m.handler.lower() not in _CGI_HANDLERS]
    return facts


def _names_search_referer(test: str, pattern: str) -> bool:
    """``RewriteCond %{HTTP_REFERER} google`` (not ``!google``): the rule serves search visitors."""
    if "%{http_referer}" not in test.lower() or pattern.startswith("!"):
        return False
    return bool(_SEARCH_ENGINES.search(pattern[:300]))


def _scope_covers_php(scope: _Scope) -> bool:
    if scope.is_regex:
        rx = _compile(scope.target)
        return bool(rx and rx.search("index.php"))
    return fnmatch.fnmatchcase("index.php", scope.target)


def _php_setting(facts: _Facts, no: int, key: str, value: str, scope: _Scope | None) -> None:
    key = key.strip().lower()
    value = value.strip().strip("\"'").strip()
    if key in ("auto_prepend_file", "auto_append_file"):
        if value and value.lower() != "none":
            facts.mappings.append(_Mapping(no, key, "php", "prepend", value))
    elif key in _LOG_SETTINGS:
        exts = _extensions_of(value.replace("\\", "/").rsplit("/", 1)[-1])
        if exts and exts[-1] in _PHP_RUN_EXTENSIONS:
            facts.log_scripts.append((no, key, value))
    elif key == "zend.multibyte":
        if value.lower() in ("on", "1", "true", "yes"):
            facts.multibyte_line = no
    elif key == "zend.script_encoding":
        if _WIDE_SCRIPT_ENCODING.match(value):
            facts.wide_encoding = (no, value)
    elif key == "engine" and scope is None:
        if value.lower() in ("off", "0", "false", "no"):
            facts.engine_off = True
        elif value.lower() in ("on", "1", "true", "yes"):
            facts.engine_on_line = no
    elif key in _WEAKENING_SETTINGS:
        lowered = value.lower()
        if key == "allow_url_include" and lowered not in ("on", "1", "true", "yes"):
            return
        if key == "safe_mode" and lowered not in ("off", "0", "false", "no"):
            return
        if key in ("disable_functions", "open_basedir") and lowered not in ("", "none", "/", "off"):
            return
        if lowered == "" or key == "safe_mode":
            facts.stated_defaults.add(key)  # what PHP's own php.ini says: empty lists, safe_mode Off
        facts.weakened.append((no, key, _WEAKENING_SETTINGS[key]))


def parse_htaccess(text: str) -> ExecRules:
    """What an Apache ``.htaccess`` makes executable."""
    return _rules_from(_scan_htaccess(text))


# --------------------------------------------------------------------------------------------------
# PHP .user.ini (and per-directory php.ini)

_INI_LINE = re.compile(r"^\s*([A-Za-z0-9_.]+)\s*=\s*(.*?)\s*$")


def _strip_ini_value(value: str) -> str:
    if value[:1] in ("'", '"'):
        end = value.find(value[0], 1)
        return value[1:end] if end > 0 else value[1:]
    return re.split(r"\s;", value, maxsplit=1)[0].strip()


def _scan_user_ini(text: str) -> _Facts:
    facts = _Facts()
    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line[0] in ";#[":
            continue
        m = _INI_LINE.match(line)
        if m:
            facts.settings += 1
            _php_setting(facts, no, m.group(1), _strip_ini_value(m.group(2)), None)
    return facts


def parse_user_ini(text: str) -> ExecRules:
    """What a ``.user.ini`` makes executable (prepended/appended files) and whether PHP is off."""
    return _rules_from(_scan_user_ini(text))


# --------------------------------------------------------------------------------------------------
# IIS web.config

_SCRIPT_MODULE = re.compile(r"FastCgiModule|IsapiModule|CgiModule", re.IGNORECASE)
_SCRIPT_TYPE = re.compile(
    r"PageHandlerFactory|SimpleHandlerFactory|WebServiceHandlerFactory|PageBuildProvider"
    r"|WebHandlerBuildProvider|WebServiceBuildProvider|UserControlBuildProvider",
    re.IGNORECASE,
)
_SCRIPT_PROCESSOR = re.compile(r"php|asp\.dll|aspnet_isapi|perl|python|ruby|cmd\.exe|powershell", re.I)
_ADD_TAG = re.compile(r"<(add|remove)\b([^<>]{0,4000})>", re.IGNORECASE)
_ATTR = re.compile(r"""([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


class _Refused(Exception):
    """A web.config that declares a DOCTYPE or entities: not parsed as XML."""


def _webconfig_element(facts: _Facts, tag: str, attrs: dict[str, str], parent: str, no: int) -> None:
    low = {k.lower(): v for k, v in attrs.items()}
    tag = tag.lower()
    if tag == "add" and "extension" in low and _SCRIPT_TYPE.search(low.get("type", "")):
        ext = _norm_ext(low["extension"])
        if ext:
            facts.mappings.append(_Mapping(no, "buildProviders", low.get("type", ""), "ext", ext))
        return
    if tag == "add" and "path" in low and parent in ("handlers", "httphandlers", ""):
        handler = " ".join(v for k in ("modules", "scriptprocessor", "type") if (v := low.get(k, "")).strip())
        if not (
            _SCRIPT_MODULE.search(low.get("modules", ""))
            or _SCRIPT_TYPE.search(low.get("type", ""))
            or _SCRIPT_PROCESSOR.search(low.get("scriptprocessor", ""))
        ):
            return
        for path in low["path"].split(","):
            facts.mappings.append(_iis_path_mapping(no, handler, path.strip()))
        return
    config_ext = _norm_ext(low.get("fileextension", "")) == "config"
    unblocks = (tag == "remove" and (config_ext or low.get("segment", "").lower() == "web.config")) or (
        tag == "add" and config_ext and low.get("allowed", "").lower() == "true"
    )
    if unblocks:
        facts.unhidden.append(no)


def _iis_path_mapping(no: int, handler: str, path: str) -> _Mapping:
    path = path.replace("\\", "/").rsplit("/", 1)[-1]
    if path in ("*", "*.*"):
        return _Mapping(no, "handler", handler, "all", ".*")
    if path.startswith("*.") and not any(ch in path[2:] for ch in "*?["):
        ext = _norm_ext(path[2:])
        if ext:
            return _Mapping(no, "handler", handler, "ext", ext)
        return _Mapping(no, "handler", handler, "pattern", r"^[^.]+$")  # "*." = extensionless
    if any(ch in path for ch in "*?["):
        return _Mapping(no, "handler", handler, "pattern", fnmatch.translate(path))
    return _Mapping(no, "handler", handler, "name", path)


def _scan_web_config(text: str) -> _Facts:
    facts = _Facts()
    if re.search(r"<!DOCTYPE|<!ENTITY", text, re.IGNORECASE):
        facts.refused = "declares a DOCTYPE/ENTITY (refused: entity expansion)"
        _scan_web_config_tags(facts, text)
        return facts
    if len(text) > MAX_XML_BYTES:
        facts.refused = f"larger than {MAX_XML_BYTES} bytes (scanned as text)"
        _scan_web_config_tags(facts, text[:MAX_XML_BYTES])
        return facts
    parser = expat.ParserCreate()
    stack: list[str] = []

    def refuse(*_args: object) -> int:
        raise _Refused

    def start(tag: str, attrs: dict[str, str]) -> None:
        parent = stack[-1] if stack else ""
        _webconfig_element(facts, tag, attrs, parent.lower(), parser.CurrentLineNumber)
        stack.append(tag)

    def end(_tag: str) -> None:
        if stack:
            stack.pop()

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(text, True)
    except _Refused:
        facts.mappings.clear()
        facts.unhidden.clear()
        facts.refused = "declares a DOCTYPE/ENTITY (refused: entity expansion)"
        _scan_web_config_tags(facts, text)
    except expat.ExpatError:
        # IIS rejects malformed XML too, but keep what the tags say: fall back to a tag scan.
        facts.mappings.clear()
        facts.unhidden.clear()
        _scan_web_config_tags(facts, text)
    return facts


def _scan_web_config_tags(facts: _Facts, text: str) -> None:
    for m in _ADD_TAG.finditer(text):
        attrs: dict[str, str] = {}
        for a in _ATTR.finditer(m.group(2)):
            attrs[a.group(1)] = a.group(2) if a.group(2) is not None else (a.group(3) or "")
        no = text.count("\n", 0, m.start()) + 1
        _webconfig_element(facts, m.group(1), attrs, "", no)


def parse_web_config(text: str) -> ExecRules:
    """What an IIS ``web.config`` maps to a script handler (handlers, httpHandlers, buildProviders)."""
    return _rules_from(_scan_web_config(text))


# --------------------------------------------------------------------------------------------------
# Does a file run?


def _extensions_of(name: str) -> list[str]:
    """Every extension Apache's mod_mime considers: ``a.php.jpg`` -> [php, jpg]; ``.htaccess``."""
    parts = name.lower().split(".")
    return [p for p in parts[1:] if p]


def makes_executable(rules: ExecRules, filename: str) -> bool:
    """True when ``rules`` make ``filename`` (a name or a '/'-path) run as code although its own
    extension would not. Files with a native script extension (``.php``, ``.aspx`` ...) return
    False: they run anyway. ``engine_off`` concerns native scripts and does not veto an explicit
    mapping."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    if not name:
        return False
    exts = _extensions_of(name)
    if exts and exts[-1] in NATIVE_SCRIPT_EXTENSIONS:
        return False
    if any(ext in rules.extensions for ext in exts) or name in rules.filenames:
        return True
    for pattern in rules.patterns:
        rx = _compile(pattern)
        if rx is not None and rx.search(name):
            return True
    for target in rules.prepend:
        if not _WRAPPER.search(target) and target.replace("\\", "/").rsplit("/", 1)[-1] == name:
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _compile(pattern: str) -> re.Pattern[str] | None:
    """A <FilesMatch> regex as Python understands it; None when it does not compile."""
    try:
        return re.compile(pattern[:500])
    except re.error:
        return None


# --------------------------------------------------------------------------------------------------
# Explaining: facts -> reasons

#: category -> (reason suffix, score, what it means)
_CATEGORY_SCORES: dict[str, tuple[str, int, str]] = {
    "self": ("SELF-EXEC", 80, "the configuration file itself runs as code"),
    "image": ("IMAGE", 80, "images run as code (image-shell upload trick)"),
    "data": ("TEXT", 75, "text/data files run as code"),
    "unusual": ("UNUSUAL", 50, "an unusual extension runs as code"),
    "stem": ("STEM", 75, "files of that name run as code whatever their extension (an upload's name)"),
    "all": ("ALL", 30, "every file in the directory runs as code"),
    "noext": ("NOEXT", 10, "extensionless names run as code (old clean-URL practice)"),
    "asset": ("ASSET", 20, "stylesheets/scripts run through a script handler"),
    "html": ("HTML", 10, "HTML pages run through a script handler (legacy practice)"),
}

_PROBES: dict[str, tuple[str, ...]] = {
    "all": ("q7x.zq9", "zzq"),
    "self": (".htaccess", "web.config", ".user.ini"),
    "image": ("a.jpg", "a.jpeg", "a.png", "a.gif", "a.ico", "a.bmp", "a.webp", "a.svg"),
    "data": ("a.txt", "a.log", "a.csv", "a.json", "a.xml", "a.pdf", "a.zip", "a.dat", "a.tmp"),
    "asset": ("a.css", "a.js"),
    "html": ("a.html", "a.htm", "a.shtml"),
}


def _ext_category(ext: str) -> str:
    if ext in SELF_EXTENSIONS:
        return "self"
    if ext in IMAGE_EXTENSIONS:
        return "image"
    if ext in DATA_EXTENSIONS:
        return "data"
    if ext in ASSET_EXTENSIONS:
        return "asset"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in NATIVE_SCRIPT_EXTENSIONS:
        return "native"
    return "unusual"


def _name_category(name: str) -> str:
    if name.lower() in SELF_NAMES:
        return "self"
    exts = _extensions_of(name)
    return _ext_category(exts[-1]) if exts else "noext"


#: Words of a pattern's text, tried as the stem of an upload's name (``^logo`` -> ``logo.jpg``).
_PATTERN_WORD = re.compile(r"[A-Za-z0-9_-]{2,24}")
_QUANTIFIED_GROUP = re.compile(r"\)[*+?{]")
_QUANTIFIER = re.compile(r"(?<!\()[*+?]|\{\d")
_STEM_EXTENSIONS = ("jpg", "png", "gif", "ico", "txt")


def _pattern_category(pattern: str) -> str:
    rx = _compile(pattern)
    if rx is None:
        return "unusual"
    for category, probes in _PROBES.items():
        if any(rx.search(p) for p in probes):
            return category
    return "stem" if _names_a_stem(rx, pattern[:500]) else "native"


def _names_a_stem(rx: re.Pattern[str], text: str) -> bool:
    """A pattern naming a stem (``<FilesMatch "^avatar">``, ``<Files "logo*">``) matches none of
    the probes, yet the image uploaded under that name runs, whatever its extension. Its words are
    tried as stems, escapes dropped first (the glob ``avatar-*``, read as ``avatar\\-.*``, tries
    ``avatar-.jpg``). The probes come from the file itself, so a pattern that could backtrack on
    them (a quantified group, more than a few quantifiers) is not probed."""
    if _QUANTIFIED_GROUP.search(text) or len(_QUANTIFIER.findall(text)) > 3:
        return False
    for word in list(dict.fromkeys(_PATTERN_WORD.findall(text.replace("\\", ""))))[:6]:
        if any(rx.search(f"{word}.{ext}") for ext in _STEM_EXTENSIONS):
            return True
    return False


def _handler_own_extension(m: _Mapping) -> bool:
    """``m`` maps an extension to the handler of that extension's own language."""
    if m.kind != "ext":
        return False
    handler = m.handler.strip()
    return any(rx.match(handler) and m.target in exts for rx, exts in _HANDLER_OWN_EXTENSIONS)


def _mapping_category(m: _Mapping) -> str:
    if m.kind == "ext":
        return _ext_category(m.target)
    if m.kind == "name":
        return _name_category(m.target)
    if m.kind == "pattern":
        return _pattern_category(m.target)
    return "all"


def _prepend_category(target: str) -> tuple[str, int, str]:
    if _WRAPPER.search(target):
        return "WRAPPER", 90, "a stream wrapper (php://, data:, http://): code comes from the request"
    base = target.replace("\\", "/").rsplit("/", 1)[-1]
    if base.lower() in SELF_NAMES:
        return "SELF", 80, "the configuration file itself (code hidden in it runs everywhere)"
    exts = _extensions_of(base)
    if not exts or exts[-1] not in NATIVE_SCRIPT_EXTENSIONS:
        return "NONSCRIPT", 80, "a file that is not a script (image/text): hidden code runs first"
    if _TMP_OR_UPLOAD.search(target):
        return "TMP", 75, "a script in a temp/upload/cache directory"
    if base.startswith("."):
        return "HIDDEN", 50, "a hidden script"
    return "SCRIPT", 10, "a PHP script (legitimate for WAFs such as wordfence-waf.php)"


@dataclass(slots=True)
class _Reasons:
    doc: Document
    prefix: str
    by_id: dict[str, Reason] = field(default_factory=dict)
    extras: dict[str, list[str]] = field(default_factory=dict)

    def add(self, rid: str, score: int, description: str, line: int | None, family: str) -> None:
        snippet = self.doc.line_text(line) if line else ""
        cur = self.by_id.get(rid)
        if cur is None or score > cur.score:
            self.by_id[rid] = Reason(
                id=rid,
                layer=Layer.CONFIG,
                score=score,
                description=description,
                line=line,
                snippet=snippet,
                family=family,
            )

    def result(self) -> list[Reason]:
        return sorted(self.by_id.values(), key=lambda r: (-r.score, r.id))


def _first_code_line(doc: Document, pattern: re.Pattern[str]) -> int | None:
    m = pattern.search(doc.text)
    return doc.line_of(m.start()) if m else None


def _explain_mappings(out: _Reasons, facts: _Facts, code_line: int | None, ctx: FileContext) -> None:
    what = {"HTACCESS": ".htaccess", "WEBCONFIG": "web.config"}.get(out.prefix, out.prefix)
    grouped: dict[tuple[str, str], list[_Mapping]] = {}
    for m in facts.mappings:
        if m.kind == "prepend":
            continue
        category = _mapping_category(m)
        if category == "native":
            continue
        if category == "unusual" and not ctx.in_upload_dir and _handler_own_extension(m):
            continue
        if category == "all" and code_line is not None:
            category = "self"  # the file maps everything, itself included, and carries code
        kind = "HANDLER" if out.prefix == "WEBCONFIG" else _directive_kind(m.directive)
        grouped.setdefault((kind, category), []).append(m)
    for (kind, category), items in grouped.items():
        suffix, score, meaning = _CATEGORY_SCORES[category]
        first = items[0]
        if category == "self" and code_line is not None:
            score = 95
            meaning = "the configuration file itself runs as code, and it carries code"
        if category == "all":
            score = _all_files_score(items, ctx)
        targets = ", ".join(dict.fromkeys(_show(m) for m in items))
        if len(targets) > 120:
            targets = targets[:119] + "…"
        out.add(
            f"WH-CFG-{out.prefix}-{kind}-{suffix}",
            score,
            f"{what} maps {targets} to {first.handler or 'a script handler'}: {meaning}",
            first.line,
            "config",
        )


def _all_files_score(items: list[_Mapping], ctx: FileContext) -> int:
    """Every file in the directory runs: expected in a cgi-bin, odd for PHP, bad in uploads."""
    if ctx.in_upload_dir:
        return 75
    if any(_PHP_HANDLER.search(m.handler) for m in items):
        return 45
    if "cgi-bin" in ctx.relpath.lower().split("/")[:-1]:
        return 10
    return _CATEGORY_SCORES["all"][1]


def _directive_kind(directive: str) -> str:
    low = directive.lower()
    if low in ("sethandler", "forcetype", "setoutputfilter"):
        return "SETHANDLER"
    return "ADDTYPE"


def _show(m: _Mapping) -> str:
    if m.kind == "ext":
        return "." + m.target
    if m.kind == "all":
        return "every file"
    return m.shown or m.target


def _explain_prepends(out: _Reasons, facts: _Facts, code_line: int | None) -> None:
    for m in facts.mappings:
        if m.kind != "prepend":
            continue
        suffix, score, meaning = _prepend_category(m.target)
        if suffix == "SELF" and code_line is not None:
            score = 95
        out.add(
            f"WH-CFG-{out.prefix}-PREPEND-{suffix}",
            score,
            f"{m.directive} = {m.target[:80]}: every PHP script first runs {meaning}",
            m.line,
            "config",
        )


def _explain_common(out: _Reasons, facts: _Facts, in_upload_dir: bool) -> None:
    for no, key, why in facts.weakened:
        out.add(f"WH-CFG-{out.prefix}-PHP-WEAKEN", 20, f"sets {key}: {why}", no, "config")
    lifted = {key for _no, key, _why in facts.weakened} & _SANDBOX_SETTINGS
    if facts.settings >= _FULL_INI_SETTINGS:  # a copy of PHP's php.ini states the defaults
        lifted -= facts.stated_defaults
    sandbox = sorted(lifted)
    if len(sandbox) >= 2:  # a kit lifting the server's limits, not an application's tuning
        out.add(
            f"WH-CFG-{out.prefix}-PHP-UNRESTRICT",
            55,
            f"tries to lift PHP's sandbox ({', '.join(sandbox)}) at once: what a shell's helper file does",
            min(no for no, key, _why in facts.weakened if key in lifted),
            "config",
        )
    if facts.engine_on_line is not None and in_upload_dir:
        out.add(
            f"WH-CFG-{out.prefix}-ENGINE-ON",
            35,
            "switches the PHP engine on inside an upload directory",
            facts.engine_on_line,
            "config",
        )
    _explain_encoding(out, facts, in_upload_dir)
    for no, key, target in facts.log_scripts:
        out.add(
            f"WH-CFG-{out.prefix}-LOG-SCRIPT",
            80,
            f"{key} = {target[:80]}: PHP writes its messages into a script the server runs, so a "
            "request that provokes a message with code in it plants that code",
            no,
            "config",
        )
    for no, target in facts.search_redirects:
        out.add(
            f"WH-CFG-{out.prefix}-SEARCH-REDIRECT",
            75,
            f"visitors arriving from search engines are sent to {target[:80]}: the redirect a "
            "compromised site serves, unseen by an owner who types its address",
            no,
            "config",
        )
    for no, target in facts.cloaked_redirects:
        out.add(
            f"WH-CFG-{out.prefix}-CLOAKED-REDIRECT",
            70,
            f"phone and tablet visitors are sent to {target[:80]} unless their user agent names a "
            "crawler: a redirect hidden from search engines, as compromised sites serve to a "
            "traffic seller",
            no,
            "config",
        )
    for no, program in facts.programs:
        out.add(
            f"WH-CFG-{out.prefix}-PROGRAM",
            85,
            f"mod_sendmail is told to run {program[:60]} instead of a mail program: requests run it",
            no,
            "config",
        )


def _explain_encoding(out: _Reasons, facts: _Facts, in_upload_dir: bool) -> None:
    """``zend.multibyte``/``zend.script_encoding``: PHP then reads sources saved as UTF-16 or UTF-7,
    whose ``<?php`` is not ASCII. Japanese sites set it for Shift-JIS pages, so it counts only with
    a wide encoding, or next to a file mapped or prepended as PHP, or in an upload directory."""
    if facts.wide_encoding is not None:
        no, value = facts.wide_encoding
        out.add(
            f"WH-CFG-{out.prefix}-PHP-ENCODING",
            75,
            f"PHP reads scripts as {value[:20]}: code saved that way passes '<?' filters and scanners",
            no,
            "config",
        )
    if facts.multibyte_line is None:
        return
    maps = any(m.kind != "prepend" and _mapping_category(m) != "native" for m in facts.mappings) or any(
        m.kind == "prepend" and _prepend_category(m.target)[1] >= 50 for m in facts.mappings
    )
    if maps or in_upload_dir:
        where = "next to files it makes run as PHP" if maps else "in an upload directory"
        score, meaning = 70, f"{where}: an upload saved as UTF-16/UTF-7 runs unseen"
    else:
        score, meaning = 10, "PHP sources in other encodings (UTF-16, UTF-7) run"
    out.add(
        f"WH-CFG-{out.prefix}-PHP-MULTIBYTE",
        score,
        f"switches zend.multibyte on {meaning}",
        facts.multibyte_line,
        "config",
    )


def _analyse_htaccess(doc: Document, ctx: FileContext) -> list[Reason]:
    out = _Reasons(doc, "HTACCESS")
    facts = _scan_htaccess(doc.text)
    code_line = _first_code_line(doc, _PHP_CODE)
    _explain_mappings(out, facts, code_line, ctx)
    _explain_prepends(out, facts, code_line)
    _explain_common(out, facts, ctx.in_upload_dir)
    if facts.php_as_text is not None and facts.listing_on and facts.symlinks_on:
        out.add(
            "WH-CFG-HTACCESS-SYMLINK-READER",
            70,
            "serves PHP scripts as plain text in a listed directory that follows symbolic links: the "
            "folder a shell fills with links to other sites' configuration files to read their passwords",
            facts.php_as_text,
            "config",
        )
    if code_line is not None and not out.by_id:
        out.add(
            "WH-CFG-HTACCESS-CODE",
            45,
            ".htaccess carries PHP code (in a comment): it runs if another file maps or prepends it",
            code_line,
            "config",
        )
    return out.result()


def _analyse_user_ini(doc: Document, ctx: FileContext) -> list[Reason]:
    out = _Reasons(doc, "USERINI")
    facts = _scan_user_ini(doc.text)
    code_line = _first_code_line(doc, _PHP_CODE)
    _explain_prepends(out, facts, code_line)
    _explain_common(out, facts, ctx.in_upload_dir)
    if code_line is not None and not any(r.score >= 80 for r in out.by_id.values()):
        out.add(
            "WH-CFG-USERINI-CODE",
            45,
            ".user.ini carries PHP code: it runs when the file is prepended or included",
            code_line,
            "config",
        )
    return out.result()


def _analyse_web_config(doc: Document, ctx: FileContext) -> list[Reason]:
    out = _Reasons(doc, "WEBCONFIG")
    facts = _scan_web_config(doc.text)
    code_line = _first_code_line(doc, _ASP_CODE) or _first_code_line(doc, _PHP_CODE)
    _explain_mappings(out, facts, code_line, ctx)
    if facts.unhidden:
        score = 60 if code_line is not None else 30
        out.add(
            "WH-CFG-WEBCONFIG-UNHIDE",
            score,
            "web.config lets IIS serve .config files / web.config itself (self-executing trick)",
            facts.unhidden[0],
            "config",
        )
    if code_line is not None and "WH-CFG-WEBCONFIG-HANDLER-SELF-EXEC" not in out.by_id:
        out.add(
            "WH-CFG-WEBCONFIG-CODE",
            60,
            "web.config carries server-side script code (<% ... %> / runat=server)",
            code_line,
            "config",
        )
    if facts.refused:
        out.add("WH-CFG-WEBCONFIG-REFUSED", 20, f"web.config not parsed as XML: {facts.refused}", 1, "config")
    return out.result()


_BY_NAME: dict[str, Language] = {
    ".htaccess": Language.HTACCESS,
    ".user.ini": Language.USER_INI,
    "php.ini": Language.USER_INI,
    "php5.ini": Language.USER_INI,
    "web.config": Language.WEB_CONFIG,
}


def analyse_config(doc: Document, ctx: FileContext) -> list[Reason]:
    """Reasons naming what a `.htaccess`, `.user.ini` or `web.config` makes executable.

    Image/text extensions mapped to a script handler score >= 70, prepending a non-script or a
    temp/upload path >= 75, a self-executing file with code >= 90; ordinary configurations give no
    reason or only informational ones (< 15). Other languages: no reasons.
    """
    language = ctx.language
    if language not in (Language.HTACCESS, Language.USER_INI, Language.WEB_CONFIG):
        language = _BY_NAME.get(ctx.filename.lower(), language)
    if language is Language.HTACCESS:
        return _analyse_htaccess(doc, ctx)
    if language is Language.USER_INI:
        return _analyse_user_ini(doc, ctx)
    if language is Language.WEB_CONFIG:
        return _analyse_web_config(doc, ctx)
    return []


class ConfigLayer:
    """``analyse_config`` as a detection layer (the engine's ``DetectLayer`` protocol)."""

    layer = Layer.CONFIG
    costly = False

    def __call__(self, doc: Document, ctx: FileContext, rescan: Rescan) -> list[Reason]:
        return analyse_config(doc, ctx)
