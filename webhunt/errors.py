"""The one exception tree of webhunt. The CLI and the API turn these into clear messages."""

from __future__ import annotations


class WebhuntError(Exception):
    """Base class: anything webhunt reports to a user as a message, never as a traceback."""


class ConfigError(WebhuntError):
    """A bad setting or command-line value (names the setting)."""


class RuleError(WebhuntError):
    """A rule or signature file that cannot be loaded (names the file and line)."""


class StoreError(WebhuntError):
    """The findings store cannot be opened, migrated or written."""


class BaselineError(WebhuntError):
    """A baseline (directory, archive, git ref, manifest) that cannot be read or is refused."""


class LogFormatError(WebhuntError):
    """A log file whose format cannot be determined or a bad --log-format string."""
