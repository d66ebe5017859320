"""The one module that imports tree-sitter: source bytes -> syntax tree.

The analysers walk :class:`Node` objects (tree-sitter's own type, re-exported here) and never import
tree-sitter themselves, so a grammar upgrade is handled in one place.
"""

from __future__ import annotations

import enum
import time

import tree_sitter
import tree_sitter_c_sharp
import tree_sitter_java
import tree_sitter_javascript
import tree_sitter_php

Node = tree_sitter.Node

#: Bytes handed to tree-sitter per read when a parse is time-bounded.
_CHUNK = 64 * 1024


class Grammar(enum.Enum):
    PHP = "php"
    PHP_ONLY = "php_only"  # PHP code without an opening tag (a payload kept for eval)
    JAVA = "java"
    CSHARP = "c_sharp"
    JAVASCRIPT = "javascript"  # classic ASP pages written in JScript


def _language(grammar: Grammar) -> tree_sitter.Language:
    if grammar is Grammar.PHP:
        return tree_sitter.Language(tree_sitter_php.language_php())
    if grammar is Grammar.PHP_ONLY:
        return tree_sitter.Language(tree_sitter_php.language_php_only())
    if grammar is Grammar.JAVA:
        return tree_sitter.Language(tree_sitter_java.language())
    if grammar is Grammar.JAVASCRIPT:
        return tree_sitter.Language(tree_sitter_javascript.language())
    return tree_sitter.Language(tree_sitter_c_sharp.language())


class Parsers:
    """One parser per grammar, created on first use and reused (not thread-safe: one per worker)."""

    def __init__(self) -> None:
        self._parsers: dict[Grammar, tree_sitter.Parser] = {}
        self._queries: dict[tuple[Grammar, frozenset[str]], tree_sitter.Query | None] = {}

    def find(self, grammar: Grammar, root: Node, types: frozenset[str]) -> list[Node]:
        """Every node of one of ``types`` under ``root`` (inclusive), in document order, parents before
        their children. The search runs in tree-sitter (a query), not node by node in Python; node
        types the grammar does not know are left out."""
        key = (grammar, types)
        if key not in self._queries:
            language = _language(grammar)
            known = sorted(t for t in types if language.id_for_node_kind(t, True))
            pattern = "[" + " ".join(f"({t})" for t in known) + "] @n" if known else ""
            self._queries[key] = tree_sitter.Query(language, pattern) if pattern else None
        query = self._queries[key]
        if query is None:
            return []
        found = tree_sitter.QueryCursor(query).captures(root).get("n", [])
        return sorted(found, key=lambda n: (n.start_byte, -n.end_byte))

    def _parser(self, grammar: Grammar) -> tree_sitter.Parser:
        parser = self._parsers.get(grammar)
        if parser is None:
            parser = tree_sitter.Parser(_language(grammar))
            self._parsers[grammar] = parser
        return parser

    def parse(self, grammar: Grammar, source: bytes) -> Node:
        """The root node of ``source``'s syntax tree (tree-sitter recovers from syntax errors)."""
        return self._parser(grammar).parse(source).root_node

    def parse_within(self, grammar: Grammar, source: bytes, seconds: float) -> Node | None:
        """``parse``, given up (None) after ``seconds`` of CPU time: error recovery on some hostile
        inputs (a long run of backticks and variables) costs seconds per 100 KB."""
        parser = self._parser(grammar)
        start = time.process_time()

        def read(offset: int, _point: tuple[int, int]) -> bytes:
            return source[offset : offset + _CHUNK]

        def cancel(*_state: object) -> bool:
            return time.process_time() - start > seconds

        try:
            return parser.parse(read, progress_callback=cancel).root_node
        except ValueError:  # cancelled
            parser.reset()
            return None
