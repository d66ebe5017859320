"""Code or a command run from a variable the file never sets: a module of a shell split over files
(PHP; classic ASP and JSP below).

A modular shell keeps its parts in separate files: a loader reads the request into ``$cmd`` and
includes ``modules/exec.php``, whose whole body is ``system($cmd);``. Judged alone, the module holds
no request input, so no flow reaches its sink; what gives it away is that the variable it runs is
never given a value in the file at all: the only way it has one is from the file that includes it.

Applications do not write this (a variable set elsewhere and run as code or a command): over the
benign corpus's 21,853 PHP files no such call runs outside a comment. A variable the file could set
in ways a text search does not see (``extract()``, ``parse_str()``, ``$$name``, ``compact()``, a
reference, a ``list()``) counts as set; ``global $v`` does not (the includer set it). One step back
is followed too: a variable given values only by plain assignments, each built from the same unset
variable (``$line = $enc ? base64_decode($job) : $job;``), unless the file includes others of its
own (which may set it) or the unset one is passed where functions hand back results (``$m`` of
``preg_match``).

Each sink's pattern starts with its name, so ``re`` finds it with a substring search of the
lower-cased file (about 0.7 s of CPU over the corpus's 170 MB of PHP); the rest runs only where a
sink is called on a bare variable.
"""

from __future__ import annotations

import re

from webhunt.detect.document import Document
from webhunt.detect.php_inert import inert_spans
from webhunt.detect.semantic.flows import Hit, SinkKind

#: Variables looked at per file (each costs searches of the file): the first call that runs one the
#: file never sets is the finding; a file made of thousands of such calls costs no more than 16.
MAX_CANDIDATES = 16

#: Calls that run their first argument as code or as a command line (lower case).
_SINKS = frozenset(
    {
        b"eval",
        b"assert",
        b"system",
        b"passthru",
        b"exec",
        b"shell_exec",
        b"pcntl_exec",
        b"popen",
        b"proc_open",
    }
)
#: The literals that find them (``exec`` also finds ``shell_exec`` and ``pcntl_exec``).
_LITERALS = (b"eval", b"assert", b"system", b"passthru", b"exec", b"popen", b"proc_open")
#: A sink's name, then its first argument a bare variable (not an element, a property or a
#: static member of one), maybe inside up to three calls or after a quoted prefix:
#: ``system($cmd)``, ``eval(gzinflate(base64_decode($p)))``, ``shell_exec('cmd /c ' . $c)``.
_CALL = {
    lit: re.compile(
        re.escape(lit)
        + rb"\s*\(\s*(?:[a-z_]\w{0,30}\s*\(\s*){0,3}(?:(?:'[^'\n]{0,40}'|\"[^\"$\n]{0,40}\")\s*\.\s*)?"
        + rb"\$([a-z_]\w{0,40})\b(?!\s*(?:\[|\{|->|::))"
    )
    for lit in _LITERALS
}
#: What comes before a call that is no call of the PHP function (``->exec(``, ``::system(``,
#: ``function exec(``, ``$exec(``).
_NOT_CALL = re.compile(rb"(?:->|::|\$|\\|\bfunction\s+&?|\bnew\s+)\s*$")
#: Ways a file sets variables a text search cannot name one by one.
_SETS_ANY = re.compile(rb"\bextract\s*\(|\bparse_str\s*\(|\bmb_parse_str\s*\(|\$\$|\$\{|\bcompact\s*\(")
_INCLUDES = re.compile(rb"\b(?:include|require)(?:_once)?\b\s*[(\'\"$_a-z]")
_VAR = re.compile(rb"\$([a-z_]\w{0,40})\b(?!\s*(?:->|::))")
#: Variables PHP itself provides.
_PROVIDED = frozenset(
    {
        b"this",
        b"globals",
        b"_get",
        b"_post",
        b"_request",
        b"_cookie",
        b"_server",
        b"_files",
        b"_env",
        b"_session",
    }
    | {b"http_raw_post_data", b"argv", b"argc", b"php_errormsg", b"http_response_header"}
)


def _first_per_name(found: list[tuple[int, bytes, bytes]]) -> list[tuple[int, bytes, bytes]]:
    """The first call on each variable, in file order, at most ``MAX_CANDIDATES`` of them."""
    seen: dict[bytes, tuple[int, bytes, bytes]] = {}
    for call in sorted(found):
        seen.setdefault(call[2], call)
        if len(seen) == MAX_CANDIDATES:
            break
    return list(seen.values())


def _bindings(v: bytes) -> bytes:
    """Ways other than an assignment that give ``$v`` a value (``v`` already escaped)."""
    return (
        rb"\bfunction\b[^{;]{0,400}?\$" + v + rb"\b"  # a parameter (of a function or a closure)
        rb"|\bfn\s*\([^)]{0,400}\$" + v + rb"\b|\buse\s*\([^)]{0,400}\$" + v + rb"\b"
        rb"|\bas\s+[^)]{0,400}?\$" + v + rb"\b"  # foreach (... as $k => $v)
        rb"|\bstatic\s[^;]{0,400}\$" + v + rb"\b"  # (``global $v`` sets nothing: the includer did)
        rb"|\blist\s*\([^)]{0,400}\$" + v + rb"\b|\[[^\]\[]{0,200}\$" + v + rb"\b[^\]\[]{0,200}\]\s*=(?!=)"
        rb"|\bcatch\s*\([^)]{0,400}\$" + v + rb"\b"
        rb"|&\s*\$" + v + rb"\b"  # bound by reference (an output argument, $a = &$v)
    )


def _sets(low: bytes, var: bytes) -> bool:
    """Is ``$var`` given a value anywhere in the (lower-cased) file?"""
    v = re.escape(var)
    assigned = (
        rb"\$" + v + rb"\b\s*(?:[-+*/.%|&^]|\?\?|<<|>>|\*\*)?=(?!=)"  # $v = ..., $v .= ..., $v ??= ...
        rb"|\$" + v + rb"\b\s*(?:\+\+|--)|(?:\+\+|--)\s*\$" + v + rb"\b|"
    )
    return re.search(assigned + _bindings(v), low) is not None


#: A scalar that holds no code: an assignment of it clears a variable (``$_X = 0;`` after the call).
#: (Not an empty array: ``$cfg = array();`` is a container its elements are written into.)
_CLEARED = re.compile(rb"\s*(?:-?\d+|null|false|true|''|\"\")\s*\Z")


def _provides(low: bytes, var: bytes) -> bool:
    """Does the file give ``$var`` a value of its own? As :func:`_sets`, except that a plain
    assignment built from ``$var`` itself (``$_X = base64_decode($_X);``, ``$_X = strtr($_X, ...)``)
    or one that clears it (``$_X = 0;``) gives none: the value still comes from outside the file."""
    v = re.escape(var)
    other = (
        rb"\$" + v + rb"\b\s*(?:[-+*/.%|&^]|\?\?|<<|>>|\*\*)=(?!=)"
        rb"|\$" + v + rb"\b\s*(?:\+\+|--)|(?:\+\+|--)\s*\$" + v + rb"\b|"
    )
    if re.search(other + _bindings(v), low) is not None:
        return True
    for m in re.finditer(rb"\$" + v + rb"\b\s*=(?!=)([^;]{0,300})", low):
        rhs = _expression(m.group(1))
        if _CLEARED.match(rhs) is None and re.search(rb"\$" + v + rb"\b", rhs) is None:
            return True
    return False


def _expression(text: bytes) -> bytes:
    """The assigned expression at the start of ``text``: up to a parenthesis it did not open (an
    assignment inside a condition, ``while (($line = readline()) !== false) { ... }``) or a brace."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == 0x28:  # (
            depth += 1
        elif ch == 0x29:  # )
            depth -= 1
            if depth < 0:
                return text[:i]
        elif ch in (0x7B, 0x7D) and depth == 0:  # { }
            return text[:i]
    return text


def _in_php(low: bytes, offset: int) -> bool:
    """Is ``offset`` inside PHP code: after an opening tag that no closing tag ended? (Text a page
    prints is no call, and a file without an opening tag runs nothing.)"""
    opened = low.rfind(b"<?", 0, offset)
    return opened != -1 and low.rfind(b"?>", opened, offset) == -1


def php_outer_sinks(doc: Document) -> list[Hit]:
    """Calls that run a variable the file never sets (see the module docstring)."""
    low = doc.lower
    found: list[tuple[int, bytes, bytes]] = []
    for lit, call in _CALL.items():
        for m in call.finditer(low):  # led by the literal: a substring search where it is absent
            start = m.start()
            name_start = start
            while name_start > 0 and (
                low[name_start - 1 : name_start].isalnum() or low[name_start - 1] == 0x5F
            ):
                name_start -= 1
            name = low[name_start : start + len(lit)]
            if name not in _SINKS or _NOT_CALL.search(low[max(0, name_start - 12) : name_start]):
                continue
            found.append((name_start, name, m.group(1)))
    if not found or _SETS_ANY.search(low):
        return []
    inert = None
    for offset, name, var in _first_per_name(found):
        if var in _PROVIDED or not _in_php(low, offset):
            continue
        if not _provides(low, var):
            outer: bytes | None = var
        elif name == b"assert":  # assert() given a value only asserts it (PHP 7+): no step back
            outer = None
        else:
            outer = _outer_source(low, var)
        if outer is None:
            continue
        if inert is None:
            inert = inert_spans(doc.text)
        if offset in inert:
            continue
        held = "" if outer == var else f" (by way of ${var.decode('latin-1')})"
        note = f"${outer.decode('latin-1')} is never set in this file{held}: the file that includes it supplies it"
        return [Hit(SinkKind.OUTER, f"{name.decode('latin-1')}()", offset, note=note)]
    return []


def _outer_source(low: bytes, var: bytes) -> bytes | None:
    """A variable the file never sets from which every value ``$var`` is given is built
    (``$line = $enc ? base64_decode($job) : $job;``), one assignment back; None if there is none."""
    if _INCLUDES.search(low):  # the file's own includes may set them
        return None
    assigned = re.findall(rb"\$" + re.escape(var) + rb"\b\s*\.?=(?!=)([^;]{1,300});", low)
    if not assigned or not _sets_only_by(low, var, len(assigned)):
        return None
    common: set[bytes] | None = None
    for rhs in assigned:
        if _CLEARED.match(rhs) is not None:  # cleared after use (``$_R = 0;``): holds nothing
            continue
        names = {n for n in _VAR.findall(rhs) if n not in _PROVIDED and n != var}
        unset = {n for n in names if not _provides(low, n) and not _out_argument(low, n)}
        common = unset if common is None else common & unset
        if not common:
            return None
    return min(common) if common else None


def _out_argument(low: bytes, var: bytes) -> bool:
    """Is ``$var`` passed after a call's first argument, where functions hand back results
    (``preg_match($re, $s, $m)``, ``exec($c, $lines)``)?"""
    return re.search(rb",\s*&?\$" + re.escape(var) + rb"\b\s*[,)]", low) is not None


def _sets_only_by(low: bytes, var: bytes, assignments: int) -> bool:
    """Is ``$var`` set only by its plain assignments (no parameter, loop or reference binds it)?"""
    v = re.escape(var)
    plain = len(re.findall(rb"\$" + v + rb"\b\s*\.?=(?!=)", low))
    return plain == assignments and re.search(_bindings(v), low) is None


# --- classic ASP (VBScript) ------------------------------------------------------------------
# The benign corpus holds no classic ASP page: what keeps this quiet on applications is that they
# assign what they run (a plugin's code read from a file, then ``ExecuteGlobal code``), that ADO's
# ``conn.Execute sql`` is a method, and that pages with includes of their own are left alone.

#: ``Execute``/``ExecuteGlobal``/``Eval`` (not a method: ``conn.Execute sql`` is ADO) on a bare
#: name, maybe inside up to two calls or after a quoted prefix: ``Execute payload``,
#: ``ExecuteGlobal(Decode(blob))``, ``Eval("x=" & v)``.
_VBS_CODE = re.compile(
    rb"(?<![\w.])(execute|executeglobal|eval)\b[ \t]*\(?[ \t]*(?:[a-z]\w{0,30}[ \t]*\([ \t]*){0,2}"
    rb'(?:"[^"\r\n]{0,60}"[ \t]*&[ \t]*)?([a-z]\w{0,40})\b(?![ \t]*[(.])'
)
#: A shell object's ``Exec``/``Run``/``ShellExecute`` on a bare name (``ws.Exec("cmd /c " & c)``).
_VBS_SHELL = re.compile(
    rb"\.(exec|run|shellexecute)\b[ \t]*\(?[ \t]*(?:\"[^\"\r\n]{0,60}\"[ \t]*&[ \t]*)?"
    rb"([a-z]\w{0,40})\b(?![ \t]*[(.])"
)
_VBS_SHELL_OBJECT = re.compile(rb"wscript\.shell|shell\.application")
#: Names VBScript and ASP provide, and words that are no variable.
_VBS_PROVIDED = frozenset(
    {b"request", b"response", b"server", b"session", b"application", b"err", b"me", b"nothing"}
    | {b"empty", b"null", b"true", b"false", b"vbcrlf", b"vbcr", b"vblf", b"vbtab", b"new", b"not"}
)
#: A page of its own includes (``<!--#include file="..."-->``): they may set the variable.
_VBS_INCLUDES = re.compile(rb"<!--\s*#include\b")


def _vbs_sets(low: bytes, var: bytes) -> bool:
    """Is the VBScript variable ``var`` given a value anywhere in the (lower-cased) page?"""
    v = re.escape(var)
    return (
        re.search(
            rb"(?:^|[:\r\n]|%>|<%|\bthen\b|\belse\b)[ \t]*(?:set[ \t]+)?"
            + v
            + rb"\b[ \t]*(?:\([^)\r\n]{0,400}\))?[ \t]*="
            rb"|\b(?:function|sub|property[ \t]+(?:get|let|set))[ \t]+\w+[ \t]*\([^)\r\n]{0,400}\b"
            + v
            + rb"\b"
            rb"|\bfor[ \t]+(?:each[ \t]+)?" + v + rb"\b|\bredim[ \t]+(?:preserve[ \t]+)?" + v + rb"\b"
            rb"|\b(?:execute|executeglobal)\b[^\r\n]{0,400}\b"
            + v
            + rb"[ \t]*=",  # a variable set by code run
            low,
            re.M,
        )
        is not None
    )


def _vbs_code_at(low: bytes, offset: int) -> bool:
    """Is ``offset`` inside a server block (``<% %>`` or a ``runat="server"`` script), outside a
    comment (``'`` or ``Rem`` before it on its line, outside a string)?"""
    opened = low.rfind(b"<%", 0, offset)
    in_block = opened != -1 and low.rfind(b"%>", opened, offset) == -1
    if not in_block:
        script = low.rfind(b"<script", 0, offset)
        if script == -1 or low.rfind(b"</script", script, offset) != -1:
            return False
        if b"runat" not in low[script : low.find(b">", script) + 1]:
            return False
    line = low[low.rfind(b"\n", 0, offset) + 1 : offset]
    outside = True
    for i, ch in enumerate(line):
        if ch == 0x22:  # "
            outside = not outside
        elif outside and (ch == 0x27 or line[i : i + 4] == b"rem "):  # ' or Rem
            return False
    return True


def vbs_outer_sinks(doc: Document) -> list[Hit]:
    """Classic ASP: code run by ``Execute``/``Eval`` or a shell object from a variable the page
    never assigns (a module its includer fills in); pages with includes of their own are left."""
    low = doc.lower
    if b"exec" not in low and b"eval" not in low and b"run" not in low:
        return []
    found = [(m.start(), m.group(1), m.group(2)) for m in _VBS_CODE.finditer(low)]
    if _VBS_SHELL_OBJECT.search(low):
        found += [(m.start(), m.group(1), m.group(2)) for m in _VBS_SHELL.finditer(low)]
    if not found or _VBS_INCLUDES.search(low):
        return []
    for offset, name, var in _first_per_name(found):
        if var in _VBS_PROVIDED or not _vbs_code_at(low, offset) or _vbs_sets(low, var):
            continue
        note = f"{var.decode('latin-1')} is never set in this page: the page that includes it supplies it"
        return [Hit(SinkKind.OUTER, name.decode("latin-1").capitalize(), offset, note=note)]
    return []


# --- JSP (Java) ----------------------------------------------------------------------------
# Java declares every name, so "never declared" is reliable; a bean's id and a tag file's
# attributes count as declarations. Checked on the corpus's 62 JSP files and the 59 benign JSP samples: none.

#: Sinks whose argument is a bare name: ``Runtime.getRuntime().exec(cmd)``, ``engine.eval(code)``,
#: ``new ProcessBuilder("/bin/sh", "-c", line)``, ``defineClass(name, bytes, 0, n)``.
_JAVA_SINKS = (
    re.compile(rb'\.(exec|eval)\s*\(\s*(?:"[^"\r\n]{0,60}"\s*\+\s*)?([a-z_]\w{0,40})\s*[,)]'),
    re.compile(rb'new\s+(ProcessBuilder)\s*\((?:\s*"[^"\r\n]{0,60}"\s*,)*\s*([a-z_]\w{0,40})\s*[,)]'),
    re.compile(rb"(defineClass)\s*\([^;]{0,80}?\b([a-z_]\w{0,40})\s*,\s*0\s*,"),
    # defineClass reached by reflection: m.invoke(loader, bytes, 0, bytes.length)
    re.compile(rb"\.(invoke)\s*\([^;,]{1,80},\s*([a-z_]\w{0,40})\s*,\s*0\s*,"),
)
#: JSP's implicit objects.
_JSP_PROVIDED = frozenset(
    {b"request", b"response", b"out", b"session", b"application", b"config", b"pagecontext", b"page"}
    | {b"exception", b"this", b"null", b"true", b"false", b"super"}
)
_JSP_STATIC_INCLUDE = re.compile(rb"<%@\s*include\b|<jsp:directive\.include\b")


def _java_declares(data: bytes, name: bytes) -> bool:
    """Is ``name`` declared in the page (a local, a field, a parameter, a loop or catch variable,
    a lambda parameter, a bean or a tag file's attribute)?"""
    n = re.escape(name)
    return (
        re.search(
            rb"[\w>\]]\s+"
            + n
            + rb"\s*(?:=|;|,|\)|:|\[)"  # String cmd = / byte[] b; / (String s) / for (T x :
            rb"|\(\s*" + n + rb"\s*\)\s*->|[(,]\s*" + n + rb"\s*(?:,\s*\w+\s*)*\)\s*->|\b" + n + rb"\s*->"
            # a scripting variable a tag declares (jsp:useBean id, a tag file's attribute or variable)
            rb'|\b(?:id|name|name-given)\s*=\s*["\']' + n + rb'["\']',
            data,
        )
        is not None
    )


def jsp_outer_sinks(doc: Document) -> list[Hit]:
    """JSP: a command, script or class loaded from a name the page never declares (a fragment that
    the including page's declarations fill in). Pages with static includes of their own are left."""
    data = doc.data
    if (
        b"exec" not in data
        and b"eval" not in data
        and b"ProcessBuilder" not in data
        and b"defineClass" not in data
    ):
        return []
    found = [(m.start(), m.group(1), m.group(2)) for pattern in _JAVA_SINKS for m in pattern.finditer(data)]
    if not found or _JSP_STATIC_INCLUDE.search(data):
        return []
    for offset, name, var in _first_per_name(found):
        if var.lower() in _JSP_PROVIDED or not _in_scriptlet(data, offset) or _java_declares(data, var):
            continue
        note = (
            f"{var.decode('latin-1')} is never declared in this page: the page that includes it declares it"
        )
        return [Hit(SinkKind.OUTER, f"{name.decode('latin-1')}()", offset, note=note)]
    return []


def _in_scriptlet(data: bytes, offset: int) -> bool:
    """Is ``offset`` inside a scriptlet or declaration (``<% %>``, ``<jsp:scriptlet>``)?"""
    opened = data.rfind(b"<%", 0, offset)
    if opened != -1 and data.rfind(b"%>", opened, offset) == -1:
        return data[opened + 2 : opened + 4] != b"--"  # a JSP comment runs nothing
    tag = max(data.rfind(b"<jsp:scriptlet>", 0, offset), data.rfind(b"<jsp:declaration>", 0, offset))
    return tag != -1 and data.rfind(b"</jsp:", tag, offset) == -1
