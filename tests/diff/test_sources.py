"""Baseline sources: archives read in place, hostile members refused, git revisions, directories."""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest
from acme_site import Sites, git, small_tar

from webhunt.diff.archives import TarSource, ZipSource
from webhunt.diff.gitsource import GitSource
from webhunt.diff.sources import (
    DirectorySource,
    EntryType,
    Limits,
    link_stays_inside,
    open_source,
)
from webhunt.errors import BaselineError


def tar_file(tmp_path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]], name: str = "b.tar") -> str:
    path = tmp_path / name
    path.write_bytes(small_tar(members, "w:gz" if name.endswith("gz") else "w"))
    return str(path)


def reg(name: str, data: bytes = b"x") -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    return info, data


def link(name: str, target: str, kind: bytes = tarfile.SYMTYPE) -> tuple[tarfile.TarInfo, None]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info, None


# --------------------------------------------------------------------------------------------------
# Hostile archives


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ([reg("site/index.php"), reg("/etc/cron.d/evil")], "'/etc/cron.d/evil' has an absolute path"),
        ([reg("site/../../evil.php")], "'site/../../evil.php' climbs out with '..'"),
        ([reg("site/a.php"), link("site/up", "../../etc")], "'site/up' links to '../../etc', outside"),
        ([link("passwd", "/etc/passwd")], "'passwd' links to '/etc/passwd', outside"),
        # lexically inside ('sub/up/..' is 'sub'), but sub/up is the root, and its parent is not
        ([link("sub/up", ".."), link("x", "sub/up/..")], "'x' links to 'sub/up/..', outside"),
        ([reg("a.php"), link("b.php", "../a.php", tarfile.LNKTYPE)], "'../a.php' climbs out with '..'"),
        ([link("b.php", "missing.php", tarfile.LNKTYPE)], "hard link to 'missing.php'"),
    ],
)
def test_hostile_tar_members_are_refused_by_name(
    tmp_path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]], message: str
) -> None:
    path = tar_file(tmp_path, members)
    with pytest.raises(BaselineError, match="refused") as err:
        open_source(path)
    assert message in str(err.value)
    assert path in str(err.value)


def test_device_member_is_refused(tmp_path: Path) -> None:
    dev = tarfile.TarInfo("dev/sda")
    dev.type = tarfile.BLKTYPE
    path = tar_file(tmp_path, [reg("index.php"), (dev, None)])
    with pytest.raises(BaselineError, match=r"'dev/sda' is a device file; archive refused"):
        open_source(path)


def test_links_out_can_be_accepted_and_are_recorded_not_followed(tmp_path: Path) -> None:
    path = tar_file(tmp_path, [reg("a.php"), link("jquery.js", "/usr/share/javascript/jquery/jquery.js")])
    with open_source(path, limits=Limits(allow_links_out=True)) as src:
        e = src.entries["jquery.js"]
    assert e.type is EntryType.SYMLINK
    assert e.link_target == "/usr/share/javascript/jquery/jquery.js"


def test_gzip_bomb_is_refused_on_ratio(tmp_path: Path) -> None:
    path = tar_file(tmp_path, [reg("a.php"), reg("dump.sql", bytes(20 * 1024 * 1024))], "bomb.tar.gz")
    assert os.path.getsize(path) < 100_000
    with pytest.raises(BaselineError, match=r"'dump.sql' expands more than 200x; archive refused"):
        open_source(path)


def test_zip_bomb_is_refused_before_anything_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("index.php", b"<?php echo 1;\n")
        zf.writestr("zeros.bin", bytes(20 * 1024 * 1024))
    with pytest.raises(BaselineError, match=r"'zeros.bin' expands \d+x \(limit 200x\); archive refused"):
        open_source(str(path))


def test_member_count_and_total_size_are_capped(tmp_path: Path) -> None:
    path = tar_file(tmp_path, [reg(f"f{i}.php") for i in range(10)])
    with pytest.raises(BaselineError, match="more than 5 members"):
        TarSource(path, Limits(max_members=5))
    with pytest.raises(BaselineError, match="past 4 uncompressed bytes"):
        TarSource(path, Limits(max_total_bytes=4))
    zpath = tmp_path / "many.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        for i in range(10):
            zf.writestr(f"f{i}.php", b"x")
    with pytest.raises(BaselineError, match="10 members, more than 5"):
        ZipSource(str(zpath), Limits(max_members=5))


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("/var/www/evil.php", "has an absolute path"),
        ("../evil.php", "climbs out with '..'"),
        ("a\\..\\..\\evil.php", "climbs out with '..'"),
        ("C:/evil.php", "has an absolute path"),
    ],
)
def test_hostile_zip_names_are_refused(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / "b.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("index.php", b"<?php\n")
        zf.writestr(name, b"<?php\n")
    with pytest.raises(BaselineError, match="refused") as err:
        open_source(str(path))
    assert message in str(err.value)


def test_zip_special_members(tmp_path: Path) -> None:
    def special(name: str, mode: int, data: bytes = b"") -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name)
        info.create_system = 3
        info.external_attr = mode << 16
        return info

    for info, data, message in (
        (special("up", stat.S_IFLNK | 0o777), b"../..", "'up' links to '../..'"),
        (special("tty", stat.S_IFCHR | 0o600), b"", "'tty' is a device file"),
    ):
        path = tmp_path / "s.zip"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr(info, data)
        with pytest.raises(BaselineError, match=message):
            open_source(str(path))
    path = tmp_path / "enc.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("secret.php", b"not really encrypted")
    raw = bytearray(path.read_bytes())  # set the "encrypted" flag bit in both headers
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        raw[raw.index(sig) + at] |= 0x1
    path.write_bytes(bytes(raw))
    with pytest.raises(BaselineError, match=r"'secret\.php' is encrypted"):
        open_source(str(path))


def test_archives_are_read_without_extracting(sites: Sites, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    before = sorted(os.listdir(work))
    cwd = os.getcwd()
    os.chdir(work)
    try:
        for form in ("tar.gz", "zip"):
            with open_source(sites.specs[form], live_names=["index.php"]) as src:
                assert "includes/db.php" in src.entries
                assert src.read(["includes/db.php"], 1 << 20)["includes/db.php"].startswith(b"<?php")
    finally:
        os.chdir(cwd)
    assert sorted(os.listdir(work)) == before


# --------------------------------------------------------------------------------------------------
# Reading archives


def test_tar_entries_hashes_and_content(tmp_path: Path) -> None:
    import hashlib

    path = tar_file(
        tmp_path,
        [reg("./wordpress/index.php", b"<?php\n"), reg("./wordpress/wp-admin/a.php", b"<?php a();\n")],
        "wp.tgz",
    )
    with open_source(path, live_names=["index.php", "wp-admin"]) as src:
        assert src.prefix == "wordpress/"
        assert set(src.entries) == {"index.php", "wp-admin", "wp-admin/a.php"}
        e = src.entries["wp-admin/a.php"]
        assert e.sha256 == hashlib.sha256(b"<?php a();\n").hexdigest()
        assert e.mode == 0o644
        assert src.entries["wp-admin"].type is EntryType.DIR  # implied by its member
        assert src.read(["wp-admin/a.php", "index.php"], 100) == {
            "wp-admin/a.php": b"<?php a();\n",
            "index.php": b"<?php\n",
        }
        assert src.read(["wp-admin/a.php"], 3) == {}  # larger than the limit: left out
    with open_source(path, live_names=["wordpress"]) as src:
        assert src.prefix == ""  # the live root has the directory: compare as is
        assert "wordpress/index.php" in src.entries


def test_hard_link_in_tar_gets_the_target_content(tmp_path: Path) -> None:
    path = tar_file(tmp_path, [reg("a.php", b"<?php a();\n"), link("b.php", "a.php", tarfile.LNKTYPE)])
    with open_source(path) as src:
        assert src.entries["b.php"].sha256 == src.entries["a.php"].sha256
        assert src.read(["b.php"], 100) == {"b.php": b"<?php a();\n"}


def test_not_an_archive_nor_a_manifest(tmp_path: Path) -> None:
    junk = tmp_path / "backup.bin"
    junk.write_bytes(b"\x00\x01 not an archive")
    with pytest.raises(BaselineError, match="not an archive"):
        open_source(str(junk))
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(BaselineError, match=r"broken\.tar\.gz"):
        open_source(str(broken))
    with pytest.raises(BaselineError, match="no such file or directory"):
        open_source(str(tmp_path / "missing"))


# --------------------------------------------------------------------------------------------------
# git


def test_git_revision_is_read_without_checkout(sites: Sites) -> None:
    repo, _, commit = sites.specs["git"].rpartition("@")
    head_before = git(Path(repo), "status", "--porcelain")
    with open_source(sites.specs["git"]) as src:
        assert isinstance(src, GitSource)
        assert src.commit == commit
        assert src.entries["latest"].link_target == "uploads/2024"
        assert src.entries["cgi-bin/stats.cgi"].mode == 0o755
        assert b"ACME_USE_THEMES" in src.read(["index.php"], 1 << 20)["index.php"]
    assert git(Path(repo), "status", "--porcelain") == head_before
    with open_source(f"{repo}@main") as src:  # a branch name works too; later history shows
        assert src.read(["index.php"], 1 << 20)["index.php"] == b"<?php echo 'later';\n"


def test_git_bad_ref_names_it(sites: Sites) -> None:
    repo = sites.specs["git"].rpartition("@")[0]
    with pytest.raises(BaselineError, match=r"no commit named 'v9\.9'"):
        open_source(f"{repo}@v9.9")


def test_directory_with_at_sign_is_a_directory(tmp_path: Path) -> None:
    d = tmp_path / "backup@2024"
    d.mkdir()
    (d / "index.php").write_text("<?php\n")
    assert isinstance(open_source(str(d)), DirectorySource)


# --------------------------------------------------------------------------------------------------
# Directories and links


def test_directory_never_follows_symlinks(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.php").write_text("<?php\n")
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(outside, root / "out")
    os.symlink("out", root / "chain")
    src = DirectorySource(str(root))
    assert set(src.entries) == {"out", "chain"}
    assert src.entries["out"].type is EntryType.SYMLINK
    assert not link_stays_inside(src.entries, "out", str(outside), root=str(root))
    assert not link_stays_inside(src.entries, "chain", "out", root=str(root))
    assert link_stays_inside(src.entries, "chain", str(root / "x"), root=str(root))


def test_uncompressed_tar_has_no_ratio_check(tmp_path: Path) -> None:
    path = tar_file(tmp_path, [reg("zeros.bin", bytes(17 * 1024 * 1024))], "plain.tar")
    with TarSource(path) as src:
        assert src.entries["zeros.bin"].size == 17 * 1024 * 1024


def test_directory_entries_are_made_from_the_walk(tmp_path: Path) -> None:
    """Entries come from the walk's lstat results, made when asked for, with every field a comparison
    reads."""
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub/a.php").write_text("<?php echo 1;\n")
    os.chmod(root / "sub/a.php", 0o4640)
    os.symlink("sub/a.php", root / "link")
    os.mkfifo(root / "pipe")
    src = DirectorySource(str(root))
    assert set(src.paths) == set(src.entries) == set(src.stats) == {"sub", "sub/a.php", "link", "pipe"}
    assert sorted(src.dir_paths()) == ["sub"]
    st = os.lstat(root / "sub/a.php")
    a = src.entries["sub/a.php"]
    assert (a.relpath, a.type, a.size, a.mode, a.uid, a.gid, a.mtime, a.sha256, a.link_target) == (
        "sub/a.php",
        EntryType.FILE,
        14,
        0o4640,
        st.st_uid,
        st.st_gid,
        st.st_mtime,
        None,
        None,
    )
    link = src.entries["link"]
    assert (link.type, link.size, link.link_target) == (EntryType.SYMLINK, len("sub/a.php"), "sub/a.php")
    assert src.targets == {"link": "sub/a.php"}
    assert src.entries["pipe"].type is EntryType.OTHER
    assert src.entries["sub"].type is EntryType.DIR and src.entries["sub"].size == 0
    assert src.entries.get("missing") is None and "missing" not in src.entries
    assert dict(src.entries.items())["sub/a.php"] is a  # made once, then kept
