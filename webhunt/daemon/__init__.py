"""Guard mode (``webhunt watch`` / ``webhunt run``): web roots and access logs watched in real time.

- ``guard``: the daemon; events -> pending set -> detection workers -> store -> alerts; reconcile scans.
- ``observer``: the only module importing watchdog (inotify, polling fallback, failure reporting).
- ``pending``: deduplicating, debouncing work list (bounded memory under event storms).
- ``candidate``: one changed file -> the walker's context for it (config files, siblings, ignores).
- ``workers``: detection in niced worker processes; reconcile scans (cached ``scan_paths`` + diff).
- ``baseline``: per-file comparison with the root's known-good copy (``webhunt.diff``).
- ``tail``: access-log follower surviving rotation (rename, copytruncate) and restarts.
- ``flagged``: flagged files by path, and URL paths -> files.
- ``correlation``: planting request and attacker IPs of a flagged file (``webhunt.correlate``).
- ``alerts``: JSON lines on stdout and a non-blocking webhook.
"""
