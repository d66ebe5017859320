"""Semantic analysis: taint from request input to execution sinks, with tree-sitter parsers."""

from webhunt.detect.semantic.layer import SemanticLayer

__all__ = ["SemanticLayer"]
