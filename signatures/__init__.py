"""webhunt's rules as data (installed as ``webhunt_signatures``): YARA, heuristics, log indicators."""
