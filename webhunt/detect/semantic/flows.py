"""Taint flows found by the analysers, and how they become reasons.

A :class:`Hit` is one source reaching one sink. Hits whose taint passed a guard that makes that kind
of sink safe (escaping, an allow-list, a strict pattern, a hash check) are not reported: ordinary
framework code validates its input, webshells do not.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from webhunt.detect.document import Document
from webhunt.detect.semantic.values import (
    GUARD_AFFIX,
    GUARD_BASENAME,
    GUARD_CHECKED,
    GUARD_ENCODED,
    GUARD_LITERAL,
    GUARD_OPAQUE,
    GUARD_PATH,
    GUARD_SHELL,
    GUARD_VALID,
    Taint,
)
from webhunt.model import Layer, Reason

#: How the analysers label content a script fetches from a URL (a taint source like request input).
REMOTE_SOURCE = "content fetched from "
#: How the PHP analysis labels what a script reads from a file named like an image.
IMAGE_SOURCE = "content read from an image file "


class SinkKind(enum.Enum):
    CODE = "code"  # eval, assert, create_function, preg_replace /e, ScriptEngine.eval
    COMMAND = "command"  # system, exec, Runtime.exec, ProcessBuilder, Process.Start
    CLASSLOAD = "classload"  # defineClass, URLClassLoader, Assembly.Load of input bytes
    DYNAMIC = "dynamic"  # input chooses the function, method or class that is called
    INCLUDE = "include"  # include/require of an input-chosen path
    WRITE = "write"  # input written into a script file
    UPLOAD = "upload"  # an uploaded file stored under a name the client chose
    HIDDEN = "hidden"  # a dangerous function reached through a name built from pieces
    UPLOAD_NAME = "upload-name"  # an upload kept under the client's file name, directories stripped
    RELAY = "relay"  # mail sent to recipients the client lists, with the client's subject and body
    DECODED = "decoded"  # code (or a function name) decoded at run time from data outside the code, then run
    FILE = "file"  # input chooses the file that is written, deleted, copied, moved or re-attributed
    FILE_READ = "file-read"  # input chooses the file or folder that is read
    FORWARD = "forward"  # request data posted on to an address the request chooses (an HTTP relay)
    SQL = "sql"  # a statement the request writes, run on a database the request names (a SQL console)
    BCC = "bcc"  # mail sent to hidden (Bcc) recipients the request lists
    OUTER = "outer"  # code or a command run from a variable the file never sets (a split shell's module)


@dataclass(frozen=True, slots=True)
class SinkRule:
    number: int
    score: int
    what: str
    family: str
    blocked_by: frozenset[str]


RULES: dict[SinkKind, SinkRule] = {
    SinkKind.CODE: SinkRule(
        1,
        95,
        "request input reaches code evaluation",
        "generic",
        frozenset({GUARD_VALID, GUARD_LITERAL}),
    ),
    SinkKind.COMMAND: SinkRule(
        2,
        90,
        "request input reaches command execution",
        "cmdshell",
        frozenset({GUARD_VALID, GUARD_SHELL}),
    ),
    SinkKind.DYNAMIC: SinkRule(
        3,
        85,
        "request input chooses the function or method that is called",
        "generic",
        frozenset({GUARD_VALID, GUARD_AFFIX, GUARD_OPAQUE}),
    ),
    SinkKind.INCLUDE: SinkRule(
        4,
        80,
        "request input chooses the file that is included",
        "generic",
        frozenset({GUARD_VALID, GUARD_PATH, GUARD_BASENAME, GUARD_LITERAL, GUARD_AFFIX, GUARD_OPAQUE}),
    ),
    SinkKind.WRITE: SinkRule(
        5,
        80,
        "request input is written into a script file",
        "uploader",
        frozenset({GUARD_VALID, GUARD_PATH, GUARD_BASENAME, GUARD_LITERAL, GUARD_OPAQUE}),
    ),
    SinkKind.UPLOAD: SinkRule(
        6,
        65,
        "an uploaded file is stored under a name the client chose",
        "uploader",
        frozenset({GUARD_VALID, GUARD_PATH, GUARD_BASENAME, GUARD_OPAQUE, GUARD_CHECKED}),
    ),
    SinkKind.CLASSLOAD: SinkRule(
        7,
        95,
        "request input is loaded as executable code",
        "generic",
        frozenset({GUARD_VALID}),
    ),
    SinkKind.HIDDEN: SinkRule(
        8,
        45,
        "a code or command execution function is called through a name built from pieces",
        "generic",
        frozenset(),
    ),
    # basename() stops traversal but leaves the name and extension to the client: an upload handler
    # that trusts anything else (the MIME type the browser sent) lets .php files in; ordinary
    # application code does this too, so alone it stays below medium
    SinkKind.UPLOAD_NAME: SinkRule(
        9,
        35,
        "an uploaded file is kept under the client's own file name (only directories stripped)",
        "uploader",
        frozenset({GUARD_VALID, GUARD_PATH, GUARD_OPAQUE, GUARD_CHECKED}),
    ),
    # a contact form mails the site's own address, a "send to a friend" page the site's own text:
    # recipients, subject and body all taken from the request make the script an open mail relay
    # (validating the addresses does not change that)
    SinkKind.RELAY: SinkRule(
        10,
        65,
        "mail is sent to recipients the request lists, with the request's subject and body (spam mailer)",
        "mailer",
        frozenset(),
    ),
    # eval(gzinflate(base64_decode($row))): the code run is stored encoded where a reader of the file
    # cannot see it (a database row, an option, a cache file); applications store templates and
    # settings, not encoded PHP, so decoding into eval is a loader's shape
    SinkKind.DECODED: SinkRule(
        11,
        55,
        "code or a function name decoded at run time from data the file does not hold as code is evaluated or called",
        "packer",
        frozenset(),
    ),
    # a file manager's core (classic ASP: FileSystemObject, ADODB.Stream): the client names the file
    # the server changes; pages that write logs or caches name their own files
    SinkKind.FILE: SinkRule(
        12,
        70,
        "request input chooses the file that is written, deleted, copied or moved",
        "filesman",
        frozenset({GUARD_VALID, GUARD_PATH, GUARD_OPAQUE}),
    ),
    # download pages read a file the client names too: alone it stays low
    SinkKind.FILE_READ: SinkRule(
        13,
        30,
        "request input chooses the file or folder that is read",
        "filesman",
        frozenset({GUARD_VALID, GUARD_PATH, GUARD_OPAQUE}),
    ),
    # a proxy that fetches a page for the browser names its own backends or checks the host; one
    # that posts whatever the client sends to whatever host the client names, and prints the
    # reply, is the server side of an HTTP tunnel (the client's SOCKS proxy speaks through it)
    SinkKind.FORWARD: SinkRule(
        14,
        55,
        "request data is posted on to an address the request chooses and the reply returned (an HTTP relay)",
        "regeorg",
        frozenset({GUARD_VALID, GUARD_LITERAL, GUARD_OPAQUE}),
    ),
    # an application runs its own statements on its own database; a page that connects wherever
    # the client says, with the client's credentials, and runs whatever statement the client typed
    # is a database client for whoever reaches the server (a shell's "SQL" tab)
    SinkKind.SQL: SinkRule(
        15,
        65,
        "the request names the database to connect to and the statement to run on it (a SQL console)",
        "generic",
        frozenset({GUARD_VALID, GUARD_OPAQUE}),
    ),
    # a contact form copies the site's own staff; a page that puts the request's address list into
    # a Bcc: header mails everyone on it unseen, the sending loop of a phishing or spam kit whose
    # subject and body are its own template
    SinkKind.BCC: SinkRule(
        16,
        55,
        "mail is sent to hidden (Bcc) recipients the request lists (a mass mailer's recipient list)",
        "mailer",
        frozenset({GUARD_VALID, GUARD_OPAQUE}),
    ),
    # a module of a shell split over files: ``system($cmd);`` where nothing in the file sets $cmd,
    # so the file that includes it does (see ``outer``); applications set what they run
    SinkKind.OUTER: SinkRule(
        17,
        60,
        "code or a command is run from a variable the file never sets (a module of a shell split over files)",
        "generic",
        frozenset(),
    ),
}


#: Sinks where what an image file holds is a loader's sign: its bytes run as code or as a command,
#: choosing the function called, or written into a script.
_IMAGE_SINKS = frozenset(
    {SinkKind.CODE, SinkKind.COMMAND, SinkKind.DYNAMIC, SinkKind.WRITE, SinkKind.DECODED, SinkKind.CLASSLOAD}
)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: SinkKind
    sink: str  # what is called, for people: "system()", "$f() = assert()"
    offset: int  # byte offset of the sink in the scanned file
    taint: Taint | None = None  # None for HIDDEN hits
    note: str = ""  # e.g. "name built by strrev"
    #: parameters of the enclosing function whose argument must end in unguarded request input
    #: for the hit to hold (a helper writing to the path it is given: only a caller passing a
    #: request-chosen name makes the write a script write)
    needs: tuple[int, ...] = ()

    @property
    def blocked(self) -> bool:
        if self.taint is None:
            return False
        if self.taint.source.startswith(IMAGE_SOURCE) and self.kind not in _IMAGE_SINKS:
            return True  # an image's bytes naming a file to write or a mail's recipients: no sign
        guards = self.taint.guards
        if GUARD_ENCODED in guards:  # only a data: include decodes it, and that one lifts the guard
            return True
        if (
            self.kind is SinkKind.COMMAND
            and GUARD_SHELL in guards
            and not guards & {GUARD_AFFIX, GUARD_OPAQUE}
        ):
            # escaped input that is the whole command line still names the program to run (joined
            # to the script's text, or handed to code defined elsewhere, it is an argument)
            guards = guards - {GUARD_SHELL}
        return bool(guards & RULES[self.kind].blocked_by)


def reason_id(lang: str, kind: SinkKind) -> str:
    return f"WH-S-{lang.upper()}-{RULES[kind].number:03d}"


def _rank(hit: Hit) -> tuple[int, int, int]:
    t = hit.taint
    return (len(t.path) if t else 0, len(t.guards) if t else 0, hit.offset)


def describe(hit: Hit, doc: Document) -> str:
    rule = RULES[hit.kind]
    line = doc.line_of(hit.offset)
    if hit.taint is None:
        text = f"{rule.what}: {hit.sink} (line {line})"
    else:
        t = hit.taint
        steps = " -> ".join((f"{t.source} (line {t.line})", *t.path, f"{hit.sink} (line {line})"))
        what = rule.what
        if t.source.startswith(REMOTE_SOURCE):  # not the request's: what the server downloaded
            what = what.replace("request input", "content downloaded by the server", 1)
        elif t.source.startswith(IMAGE_SOURCE):  # what a file named like an image holds
            what = what.replace("request input", "content read from a file named like an image", 1)
        text = f"{what}: {steps}"
    return f"{text}; {hit.note}" if hit.note else text


def to_reasons(hits: Iterable[Hit], doc: Document, lang: str) -> list[Reason]:
    """One reason per sink kind: its most direct unguarded flow, with the number of others."""
    by_kind: dict[SinkKind, list[Hit]] = {}
    for h in hits:
        if not h.blocked and (h.taint is None or not h.taint.is_marker):
            by_kind.setdefault(h.kind, []).append(h)
    reasons = []
    for kind, found in by_kind.items():
        best = min(found, key=_rank)
        rule = RULES[kind]
        sinks = {h.offset for h in found}
        extra = f" (+{len(sinks) - 1} more)" if len(sinks) > 1 else ""
        reasons.append(
            Reason(
                id=reason_id(lang, kind),
                layer=Layer.SEMANTIC,
                score=rule.score,
                description=describe(best, doc) + extra,
                line=doc.line_of(best.offset),
                snippet=doc.snippet_at(best.offset),
                family=rule.family,
            )
        )
    return reasons
