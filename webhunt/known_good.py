"""Known-good releases: files identical to a release the responder trusts, where it puts them.

False positives on stock CMS code are the first complaint about every webshell scanner. The answer
responders ask for is an allow-list built from the official release they deployed, never a hash list
from elsewhere (a contributed "whitelist" can hide a backdoor). ``webhunt scan --known-good RELEASE``
takes such a release: a manifest made with ``webhunt baseline save``, an archive (``.tar.gz``,
``.zip`` ...), a directory or a ``REPO@REF``, read like a ``webhunt diff`` baseline.

A scanned file is judged clean when its sha256 is that of a release file **and** the release's path
for it ends the scanned file's path (``wp-admin/includes/file.php`` ends
``/var/www/html/wp-admin/includes/file.php``; an archive's single top-level directory may be left
out). The path matters: a stock file manager or database tool copied by an attacker into an upload
directory is identical to the release's copy, but not where the release puts it, so it is judged as
any other file. Hashes are checked here, in the caller, never inside the rules.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from webhunt.errors import BaselineError, ConfigError
from webhunt.model import ScanProblem


@dataclass(frozen=True, slots=True)
class KnownGood:
    """The releases' files: sha256 -> their relpaths (each also without the release's single top-level
    directory, when it has one), and the release files that could not be read (left out: files like
    them are judged as any other)."""

    paths: dict[str, tuple[str, ...]] = field(default_factory=dict)
    specs: tuple[str, ...] = ()
    problems: tuple[ScanProblem, ...] = ()

    def matches(self, sha256: str, path: str) -> bool:
        """Whether the file at ``path`` with that digest is a release file where the release puts it."""
        known = self.paths.get(sha256)
        if not known:
            return False
        where = "/" + os.path.abspath(path).replace(os.sep, "/").lstrip("/")
        return any(where.endswith("/" + rel) for rel in known)

    @classmethod
    def load(cls, specs: Iterable[str]) -> KnownGood:
        """Every regular file of each release in ``specs``. A spec that cannot be opened as a
        release (missing, not an archive or manifest, a hostile archive, no files) is a ConfigError
        naming it; a release file that cannot be read is a problem naming it, and the rest is used."""
        from webhunt.diff.sources import DEFAULT_LIMITS, EntryType, open_source

        # only file digests and paths are taken: links out of an archive are recorded, never followed
        limits = replace(DEFAULT_LIMITS, allow_links_out=True)
        found: dict[str, set[str]] = {}
        problems: list[ScanProblem] = []
        given = tuple(specs)
        for spec in given:
            try:
                with open_source(spec, limits=limits) as source:
                    files = [e for e in source.entries.values() if e.type is EntryType.FILE]
                    if not files:
                        raise ConfigError(f"--known-good {spec}: holds no files")
                    tops = {e.relpath.partition("/")[0] for e in files}
                    strip = len(tops) == 1 and "/" in files[0].relpath  # one top-level directory
                    for entry in files:
                        try:
                            digest = source.sha256(entry)
                        except (OSError, BaselineError) as exc:
                            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
                            problems.append(ScanProblem(f"{spec}:{entry.relpath}", reason or "cannot read"))
                            continue
                        rels = found.setdefault(digest, set())
                        rels.add(entry.relpath)
                        if strip:
                            rels.add(entry.relpath.partition("/")[2])
                    problems.extend(source.problems)
            except BaselineError as exc:
                raise ConfigError(f"--known-good {exc}") from None
            except OSError as exc:
                raise ConfigError(f"--known-good {spec}: {exc.strerror or exc}") from None
        return cls({sha: tuple(sorted(rels)) for sha, rels in found.items()}, given, tuple(problems))
