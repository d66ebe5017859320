"""webhunt: find webshells on web servers and reconstruct how they got there."""

__version__ = "0.1.0"
