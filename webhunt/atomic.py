"""Files replaced whole or not at all: state and caches a crash or a concurrent run never leaves
half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, dir_mode: int = 0o777) -> None:
    """Make ``path`` hold ``data``: written to a temporary file beside it, then renamed over it, so
    readers see the old content or the new, never a part. The directory is created when missing
    (with ``dir_mode``, less the umask). Raises OSError; the temporary file is then removed."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=dir_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
