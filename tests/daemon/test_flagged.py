from __future__ import annotations

import pytest

from webhunt.daemon.flagged import Flagged, FlaggedIndex, UrlMap
from webhunt.model import Language, Severity


def flagged(path: str, root: str = "/var/www/html") -> Flagged:
    return Flagged(1, path, path[len(root) + 1 :], root, "ab" * 32, Severity.CRITICAL, 95, Language.PHP)


@pytest.fixture
def index() -> FlaggedIndex:
    return FlaggedIndex(
        [
            flagged("/var/www/html/uploads/s.php"),
            flagged("/var/www/html/uploads/index.php"),
            flagged("/var/www/html/a b/x.php"),
            flagged("/srv/blog/wp-content/c.php", "/srv/blog"),
        ]
    )


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/uploads/s.php", "/var/www/html/uploads/s.php"),
        ("/uploads//s.php", "/var/www/html/uploads/s.php"),
        ("/uploads/%73.php", "/var/www/html/uploads/s.php"),
        ("/images/../uploads/s.php", "/var/www/html/uploads/s.php"),
        ("/uploads/s.php/extra/path", "/var/www/html/uploads/s.php"),  # PATH_INFO
        ("/uploads/", "/var/www/html/uploads/index.php"),  # directory index
        ("/a%20b/x.php", "/var/www/html/a b/x.php"),
        ("/blog/wp-content/c.php", "/srv/blog/wp-content/c.php"),  # longest URL prefix wins
        ("/uploads/clean.php", None),
        ("/../../etc/passwd", None),
        ("/uploads/s.php%00.jpg", None),
        ("uploads/s.php", None),
    ],
)
def test_url_to_flagged_file(index: FlaggedIndex, url: str, path: str | None) -> None:
    urls = UrlMap([("/", "/var/www/html"), ("/blog/", "/srv/blog")])
    hit = urls.lookup(url, index)
    assert (hit.path if hit else None) == path


def test_index_updates() -> None:
    idx = FlaggedIndex()
    assert idx.put(flagged("/var/www/html/d/a.php")) is None
    idx.put(flagged("/var/www/html/d/e/b.php"))
    idx.put(flagged("/var/www/html/dd.php"))
    assert sorted(f.path for f in idx.pop_under("/var/www/html/d")) == [
        "/var/www/html/d/a.php",
        "/var/www/html/d/e/b.php",
    ]
    assert [f.path for f in idx.in_root("/var/www/html")] == ["/var/www/html/dd.php"]
