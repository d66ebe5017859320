"""webhunt's HTTP API (installed as ``webhunt_api``)."""
