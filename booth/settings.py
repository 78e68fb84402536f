"""Settings: the one place Booth's defaults live.

The command line, the environment and the config file (booth.config) only override these
fields; `booth config` shows which one set each value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from booth.schedule.datadir import default_data_dir, shipped_folder
from booth.understand.tuning import Tuning


def shipped(name: str) -> Path:
    """Where a shipped folder (intents, dialogs, data) is (see booth.schedule.datadir)."""
    return shipped_folder(name)


class ListenMode(str, Enum):
    PUSH = "push"  # push-to-talk: a key on a terminal, or the GPIO button
    ALWAYS = "always"  # no key; out-of-domain speech is ignored
    WAKE = "wake"  # answer only after the wake phrase


@dataclass
class Settings:
    """``skill_dir``: a skill folder (intents/, dialogs/, tests/, optional data/) whose parts are
    the defaults for the folders below; a skill without data/ runs with no schedule at all."""

    data_dir: Path | None = None  # None: the checkout's data/, or $XDG_DATA_HOME/booth when installed
    intents_dir: Path | None = None
    dialogs_dir: Path | None = None
    conference: str | None = None  # None: `booth use NAME`'s choice, else the newest
    now: datetime | str | None = None  # clock override (--now / BOOTH_NOW); naive = venue time
    context_seconds: float = 20.0  # how long a follow-up may refer to the last answer
    # booth listen / say / doctor
    mode: ListenMode = ListenMode.PUSH
    wake_phrase: str = "hey booth"
    device: str | None = None  # microphone name or index; None: the system default
    output_device: str | None = None
    voice: str | None = None  # espeak voice; None: the engine's default
    rate: int | None = None  # words per minute; None: the engine's default
    volume: float | None = None
    button: int | None = None  # GPIO pin of the push-to-talk button
    max_seconds: float = 12.0  # longest question
    model: Path | None = None  # Vosk model folder; None: $VOSK_MODEL_PATH, Vosk's cache, download
    mute: bool = False
    free: bool = False  # transcribe without Booth's grammar
    screen: bool = False  # serve the booth screen page
    host: str = "127.0.0.1"  # where the screen page listens
    port: int = 8080
    staff: bool = False  # also serve the staff page (/staff), behind a PIN
    skill_dir: Path | None = None
    tuning: Tuning = field(default_factory=Tuning)  # the matcher's numbers (booth/understand/tuning.py)

    def __post_init__(self) -> None:
        self.mode = ListenMode(self.mode)
        if self.skill_dir is not None:
            self.skill_dir = Path(self.skill_dir)
            data = self.skill_dir / "data"
            self.data_dir = Path(self.data_dir) if self.data_dir else (data if data.is_dir() else None)
            self.intents_dir = Path(self.intents_dir) if self.intents_dir else self.skill_dir / "intents"
            self.dialogs_dir = Path(self.dialogs_dir) if self.dialogs_dir else self.skill_dir / "dialogs"
            return
        self.data_dir = Path(self.data_dir) if self.data_dir else default_data_dir()
        self.intents_dir = Path(self.intents_dir) if self.intents_dir else shipped("intents")
        self.dialogs_dir = Path(self.dialogs_dir) if self.dialogs_dir else shipped("dialogs")

    @property
    def tests_dir(self) -> Path:
        """The intent tests: tests/intents beside intents/ (a skill: its tests/)."""
        if self.skill_dir is not None:
            return self.skill_dir / "tests"
        return Path(self.intents_dir).resolve().parent / "tests" / "intents"  # type: ignore[arg-type]
