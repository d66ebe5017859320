"""webhunt's HTTP API (installed as ``webhunt_api``): FastAPI app factory ``create_app(settings)``."""
