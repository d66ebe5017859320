"""A busy guard: the attacker uses its shell before the guard has scanned the upload.

The guard is stopped (SIGSTOP) while the attack runs and continued afterwards, so the log lines of
the shell's use are read before the uploaded file is flagged, as on a loaded server.
"""

from __future__ import annotations

import signal

import pytest
from e2e_attack import ATTACKER, accessed, all_accessed, attack, eventually, planted
from e2e_stack import Guard, Site

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_shell_used_before_the_guard_flags_it_is_an_access_finding(site: Site, guard: Guard) -> None:
    api = guard.api
    guard.service.proc.send_signal(signal.SIGSTOP)
    try:
        attack(site, between=lambda: None)
    finally:
        guard.service.proc.send_signal(signal.SIGCONT)
    eventually(lambda: planted(api, "uploads/shell.php"), "uploads/shell.php: planting request")
    eventually(
        lambda: accessed(api, "uploads/shell.php"),
        f"access finding of uploads/shell.php by {ATTACKER}",
        also=lambda: all_accessed(api),
    )
