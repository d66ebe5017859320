"""The parts of a PHP file that never run as code: comments, and string literals that are data
*about* code rather than code.

Security tools, scanners and linters keep what they look for as strings: regular expressions that
describe a call (``'/eval\\s*\\(\\s*base64_decode/i'``) and sentences that name one
(``'create_function() detected: deprecated ...'``). Neither can be executed: PHP rejects
``eval\\s*\\(`` and ``assert() with variable argument`` alike, so whatever is eval'd, asserted or
written by a backdoor is never such a string. A heuristic token whose match *starts* inside one of
these spans (or inside a comment) describes the file's data, not its behaviour.

The lexer follows PHP's own modes: text outside ``<?php ... ?>`` is output, a ``?>`` ends PHP mode
only outside strings and block comments, a ``//`` or ``#`` comment ends at the line or at ``?>``,
and ``#[`` opens an attribute, not a comment. Spans are offsets in ``Document.text``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: Files larger than this keep every match (the lexer is a Python loop over the file's strings).
MAX_LEX_CHARS = 2 * 1024 * 1024

_OPEN = re.compile(r"<\?(?:php\b|=)?", re.IGNORECASE)
#: What can start a string, a comment, a heredoc or the end of PHP mode.
_NEXT = re.compile(r"""['"`]|/[*/]|#(?!\[)|<<<|\?>""")
_SINGLE = re.compile(r"'[^'\\]*(?:\\.[^'\\]*)*'", re.DOTALL)
_DOUBLE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BACKTICK = re.compile(r"`[^`\\]*(?:\\.[^`\\]*)*`", re.DOTALL)
_LINE_COMMENT = re.compile(r"[^\n?]*(?:\?(?!>)[^\n?]*)*")
_HEREDOC = re.compile(r"""<<<[ \t]*(["']?)([A-Za-z_]\w*)\1\r?\n""")

#: A regular expression kept in a delimited literal ('/.../i', '#...#s', '~...~'), recognised by
#: its escapes: a class (\s \d \w \b), an escaped bracket or dollar, a group option ``(?``.
_DELIMITED_REGEX = re.compile(r"""\A([/#~@|!%])(?s:.*)\1[imsxuADSUXJn]*\Z""")
_REGEX_ESCAPE = re.compile(r"""\\[sSdDwWbB(\[$.]|\(\?""")
#: A name (or a group of alternative names) followed by regex whitespace or an escaped
#: parenthesis: ``eval\s*\(``, ``(eval|exec)[\s]*``, ``system\(`` (also an undelimited fragment of
#: a pattern assembled by concatenation).
#: (Tried only where a name starts, and the name taken whole: in a long run of word characters
#: every start would otherwise rescan the rest of the run.)
_CALL_PATTERN = re.compile(r"""(?<!\w)[A-Za-z_]\w*+\)?(?:\\s[*+?{]|\[\\s[^\]\n]{0,12}\][*+?{]|\\\()""")
#: A sentence naming a call: a closing parenthesis, then a word followed by another word or by
#: punctuation (``create_function() detected, deprecated``, ``assert() with variable``,
#: ``eval() runs.``). After ``)`` code continues with an operator, a variable or a keyword
#: (``) or die``, ``) return $x``), never with two bare words.
_PROSE_AFTER_CALL = re.compile(
    r"""\)[ \t]+(?!(?:and|or|xor|as|instanceof|insteadof|use|echo|print|return|die|exit|else|"""
    r"""elseif|new|clone|throw|yield|include|include_once|require|require_once|global|static|"""
    r"""case|break|continue|goto|fn|function|from|extends|implements|endif|endwhile|endfor|"""
    r"""endforeach|endswitch|declare|const|var|public|private|protected|final|abstract)\b)"""
    r"""[A-Za-z]{2,}(?:[ \t]+[A-Za-z\x80-\xff]|[,:][ \t]|\.(?:[ \t]|\Z))"""
)


def _data_string(body: str, *, interpolated: bool = False) -> bool:
    """Is this string literal's body (quotes removed) a pattern or a sentence about code? A
    double-quoted string or heredoc with ``{$`` or ``${`` never is: its braces run expressions
    (``"${system($_GET['c'])}"``)."""
    if interpolated and ("{$" in body or "${" in body):
        return False
    if _DELIMITED_REGEX.match(body) and _REGEX_ESCAPE.search(body):
        return True
    return bool(_CALL_PATTERN.search(body) or _PROSE_AFTER_CALL.search(body))


@dataclass(frozen=True, slots=True)
class InertSpans:
    """Sorted, disjoint [start, end) spans of a PHP file that never run as code."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int):
            return False
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]

    def __bool__(self) -> bool:
        return bool(self.starts)


_EMPTY = InertSpans((), ())


def inert_spans(text: str) -> InertSpans:
    """Comments and data strings of the PHP file ``text`` (see the module docstring). A file
    without any PHP open tag is read as PHP throughout (a payload saved without one)."""
    if len(text) > MAX_LEX_CHARS:
        return _EMPTY
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    opened = _OPEN.search(text)
    pos = 0 if opened is None else opened.end()
    while pos < n:
        m = _NEXT.search(text, pos)
        if m is None:
            break
        at = m.start()
        lead = m.group(0)
        if lead == "?>":
            opened = _OPEN.search(text, m.end())
            if opened is None:
                break
            pos = opened.end()
            continue
        if lead in ("//", "#"):
            end = _LINE_COMMENT.match(text, m.end()).end()  # type: ignore[union-attr]
            starts.append(at)
            ends.append(end)
            pos = end
            continue
        if lead == "/*":
            close = text.find("*/", m.end())
            end = n if close < 0 else close + 2
            starts.append(at)
            ends.append(end)
            pos = end
            continue
        if lead == "<<<":
            h = _HEREDOC.match(text, at)
            if h is None:
                pos = m.end()
                continue
            close_re = re.compile(r"\n[ \t]*" + re.escape(h.group(2)) + r"\b")
            c = close_re.search(text, h.end() - 1)
            end = n if c is None else c.end()
            nowdoc = h.group(1) == "'"
            if _data_string(text[h.end() : end], interpolated=not nowdoc):
                starts.append(h.end())
                ends.append(end)
            pos = end
            continue
        literal = {"'": _SINGLE, '"': _DOUBLE, "`": _BACKTICK}[lead].match(text, at)
        if literal is None:  # an unterminated string runs to the end of the file
            break
        end = literal.end()
        if lead != "`" and _data_string(text[at + 1 : end - 1], interpolated=lead == '"'):
            starts.append(at)
            ends.append(end)
        pos = end
    return InertSpans(tuple(starts), tuple(ends)) if starts else _EMPTY
