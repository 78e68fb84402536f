"""Settings with defaults that point at the shipped intents, dialogs and data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped(name: str) -> Path:
    """Where a shipped folder (intents, dialogs, data) is.

    An installed wheel carries them inside the package as ``booth/_shipped/NAME``;
    a source checkout (or editable install) has them beside the package.
    """
    inside = _PACKAGE / "_shipped" / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


@dataclass
class Settings:
    data_dir: Path | None = None
    intents_dir: Path | None = None
    dialogs_dir: Path | None = None
    conference: str | None = None  # None: the newest shipped conference
    now: datetime | str | None = None  # clock override (--now / BOOTH_NOW); naive = venue time
    context_seconds: float = 20.0  # how long a follow-up may refer to the last answer

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir) if self.data_dir else shipped("data")
        self.intents_dir = Path(self.intents_dir) if self.intents_dir else shipped("intents")
        self.dialogs_dir = Path(self.dialogs_dir) if self.dialogs_dir else shipped("dialogs")
