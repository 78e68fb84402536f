"""Settings with defaults that point at the shipped intents, dialogs and data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from booth.understand.tuning import Tuning

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
    """``skill_dir``: a skill folder (intents/, dialogs/, tests/, optional data/) whose parts are
    the defaults for the folders below; a skill without data/ runs with no schedule at all."""

    data_dir: Path | None = None
    intents_dir: Path | None = None
    dialogs_dir: Path | None = None
    conference: str | None = None  # None: the newest shipped conference
    now: datetime | str | None = None  # clock override (--now / BOOTH_NOW); naive = venue time
    context_seconds: float = 20.0  # how long a follow-up may refer to the last answer
    skill_dir: Path | None = None
    tuning: Tuning = field(default_factory=Tuning)  # the matcher's numbers (booth/understand/tuning.py)

    def __post_init__(self) -> None:
        if self.skill_dir is not None:
            self.skill_dir = Path(self.skill_dir)
            data = self.skill_dir / "data"
            self.data_dir = Path(self.data_dir) if self.data_dir else (data if data.is_dir() else None)
            self.intents_dir = Path(self.intents_dir) if self.intents_dir else self.skill_dir / "intents"
            self.dialogs_dir = Path(self.dialogs_dir) if self.dialogs_dir else self.skill_dir / "dialogs"
            return
        self.data_dir = Path(self.data_dir) if self.data_dir else shipped("data")
        self.intents_dir = Path(self.intents_dir) if self.intents_dir else shipped("intents")
        self.dialogs_dir = Path(self.dialogs_dir) if self.dialogs_dir else shipped("dialogs")

    @property
    def tests_dir(self) -> Path:
        """The intent tests: tests/intents beside intents/ (a skill: its tests/)."""
        if self.skill_dir is not None:
            return self.skill_dir / "tests"
        return Path(self.intents_dir).resolve().parent / "tests" / "intents"  # type: ignore[arg-type]
