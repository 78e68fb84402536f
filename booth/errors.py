"""One error hierarchy. Exceptions are only for broken files, data and devices;
"no match" and "not handled" are values, never exceptions."""

from __future__ import annotations

from pathlib import Path


class BoothError(Exception):
    """A problem the user can fix; printed as one line ``path:line: message``."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        # One line, always: a library's multi-line text ("...\n  in <unicode string>") is joined.
        message = " ".join(str(message).split())
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        if self.path and self.line:
            return f"{self.path}:{self.line}: {self.message}"
        if self.path:
            return f"{self.path}: {self.message}"
        return self.message


class DataError(BoothError):
    """A schedule, board or conference file is broken."""


class IntentError(BoothError):
    """An intents/*.yaml file is broken."""


class DialogError(BoothError):
    """A dialogs/*.yaml file is broken."""


class FixtureError(BoothError):
    """A tests/intents/*.yaml fixture file is broken."""


class ConfigError(BoothError):
    """A bad command-line option or setting (unknown conference, bad --now)."""


class DateOutOfRange(ConfigError):
    """A date (in a question or --now) outside the years Booth works with (booth.limits)."""


class ModelError(BoothError):
    """The speech model is missing or is not a Vosk model."""


class AudioError(BoothError):
    """No usable microphone or speaker, or a device vanished."""


class WriteError(BoothError):
    """A file could not be written: disk full, read-only, or the path is not a regular file."""


class SpeechError(BoothError):
    """Text-to-speech failed."""
