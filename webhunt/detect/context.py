"""The context layer: where a file sits and whether its name matches its content.

These are modest signals (10-30): a script in an upload directory, code inside an image, a file much
newer than its neighbours, or one that an ``.htaccess``/``.user.ini`` makes executable are each
ordinary on their own somewhere; combined with what the content layers find they separate a planted
shell from the application around it. Everything here comes from the :class:`FileContext` the walker
built and from the first bytes of the file: no filesystem access.
"""

from __future__ import annotations

import re
from dataclasses import replace

from webhunt.detect.document import Document
from webhunt.detect.layers import Rescan
from webhunt.model import FileContext, Language, Layer, Reason

ID_UPLOAD_DIR = "WH-C-001"
ID_CODE_IN_MEDIA = "WH-C-002"
ID_IMAGE_WITH_CODE = "WH-C-003"
ID_NEWER = "WH-C-004"
ID_EXECUTABLE_BY_CONFIG = "WH-C-005"

SCORES = {
    ID_UPLOAD_DIR: 20,  # 10 when the directory is a cache/media/static one, where code also lives
    ID_CODE_IN_MEDIA: 25,
    ID_IMAGE_WITH_CODE: 25,
    ID_NEWER: 10,
    ID_EXECUTABLE_BY_CONFIG: 20,
}

_SCRIPTS = frozenset({Language.PHP, Language.JSP, Language.ASP, Language.ASPX, Language.CFM, Language.CGI})
_CONFIGS = frozenset({Language.HTACCESS, Language.USER_INI, Language.WEB_CONFIG})

#: Directory names that hold what visitors upload (the cache/static/media names of the walker's
#: upload-directory list also hold ordinary code: MediaWiki's includes/media, Roundcube's cache).
UPLOAD_NAMES = frozenset(
    {"upload", "uploads", "uploaded", "files", "images", "img", "attachments", "attachment", "avatars"}
)
WEAK_UPLOAD_SCORE = 10

#: Extensions of media, document and archive formats: never code.
MEDIA_EXTENSIONS = frozenset(
    [
        "jpg",
        "jpeg",
        "jpe",
        "png",
        "gif",
        "bmp",
        "ico",
        "webp",
        "tif",
        "tiff",
        "svg",
        "psd",
        "heic",
        "avif",
        "pdf",
        "mp3",
        "mp4",
        "m4a",
        "avi",
        "mov",
        "wav",
        "ogg",
        "webm",
        "flv",
        "swf",
        "woff",
        "woff2",
        "ttf",
        "eot",
        "otf",
        "zip",
        "rar",
        "7z",
        "gz",
        "tgz",
        "bz2",
        "xz",
        "tar",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "odt",
    ]
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"%PDF-", "PDF"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"BM", "BMP"),
)

#: After an open tag: something that is code, not an accidental byte sequence.
_CODE_AFTER_TAG = re.compile(
    rb"(?is)(?:<\?(?:php|=)|<%|<script[^>]+runat\s*=)"
    rb".{0,200}?(?:\$[A-Za-z_]|\b(?:eval|assert|system|exec|passthru|shell_exec|include|require|"
    rb"echo|print|function|base64_decode|gzinflate|Request|Response|Runtime|Execute|Server\.)\b)"
)


def media_kind(data: bytes) -> str | None:
    """The image/document format ``data`` starts with, if any."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind == "BMP" and len(data) < 26:
                return None
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def has_code(data: bytes) -> bool:
    return _CODE_AFTER_TAG.search(data) is not None


class ContextLayer:
    """Location and name/content signals from the file's context."""

    layer = Layer.CONTEXT
    costly = False

    def __call__(self, doc: Document, ctx: FileContext, rescan: Rescan) -> list[Reason]:
        if ctx.language in _CONFIGS:
            return []
        data = doc.data
        script = ctx.language in _SCRIPTS
        embedded = ctx.language is Language.OTHER and doc.embedded is not None
        if not script and not (embedded and has_code(data)):
            return []
        reasons: list[Reason] = []
        ext = ctx.extension
        where = ctx.relpath.rsplit("/", 1)[0] if "/" in ctx.relpath else "."
        if embedded and ext in MEDIA_EXTENSIONS:
            kind = media_kind(data)
            header = f" (a real {kind} header)" if kind else ""
            reasons.append(
                self._reason(
                    ID_CODE_IN_MEDIA,
                    f"a .{ext} file{header} contains server-side code",
                    doc,
                    _code_offset(data),
                )
            )
        if script:
            kind = media_kind(data)
            if kind is not None and has_code(data):
                reasons.append(
                    self._reason(
                        ID_IMAGE_WITH_CODE,
                        f"a .{ext} script starts with a {kind} header: an image with code in it",
                        doc,
                        _code_offset(data),
                    )
                )
        if ctx.in_upload_dir:
            what = "script" if script else "file with server-side code"
            dirs = ctx.relpath.lower().split("/")[:-1]
            strong = any(d in UPLOAD_NAMES for d in dirs)
            kind = "an upload" if strong else "a static, media or cache"
            reason = self._reason(ID_UPLOAD_DIR, f"a {what} in {kind} directory ({where}/)")
            if not strong:
                reason = replace(reason, score=WEAK_UPLOAD_SCORE)
            reasons.append(reason)
        if ctx.executable_by_config:
            reasons.append(
                self._reason(
                    ID_EXECUTABLE_BY_CONFIG,
                    "an .htaccess, .user.ini or web.config makes this file run as code",
                )
            )
        if ctx.newer_than_siblings:
            reasons.append(self._reason(ID_NEWER, "much newer than the other files in its directory"))
        return reasons

    @staticmethod
    def _reason(rid: str, description: str, doc: Document | None = None, offset: int = -1) -> Reason:
        line = doc.line_of(offset) if doc is not None and offset >= 0 else None
        snippet = doc.snippet_at(offset) if doc is not None and offset >= 0 else ""
        return Reason(
            id=rid,
            layer=Layer.CONTEXT,
            score=SCORES[rid],
            description=description,
            line=line,
            snippet=snippet,
            family="polyglot" if rid in (ID_CODE_IN_MEDIA, ID_IMAGE_WITH_CODE) else None,
        )


def _code_offset(data: bytes) -> int:
    m = _CODE_AFTER_TAG.search(data)
    return m.start() if m else -1
