"""Settings with defaults that point at the shipped intents, dialogs and data."""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class EndpointSettings:
    """When a spoken question is over (booth/voice/endpoint.py). Vosk alone waits for 0.5-1.0 s of
    trailing silence (its model's conf/model.conf); a sentence the intents can already answer
    needs much less, a half sentence ("what talks are at ...") deserves more."""

    mode: str = "grammar"  # "grammar": decide from what was said; "vosk": Vosk's own endpoint only
    complete_silence: float = 0.25  # s of silence after a complete sentence: answer now
    incomplete_silence: float = 1.2  # s a half sentence may pause (Vosk: 0.5-1.0) before it is taken as it is
    fallback_silence: float = 1.2  # words but no sentence yet: Vosk's endpoint, once silence is this long
    caught_up: float = 0.05  # a partial that changed this many s into the silence (< 0: before it) is up to date
    stable_seconds: float = 0.1  # ... and has stayed the same this long (Vosk's best path still flips)
    settle_silence: float = 0.5  # ... this long if the partial has not changed since the silence began (decoder lag)
    complete_score: float = 78.0  # match score from which a partial counts as complete (the matcher's gate)
    gate_db: float = 9.0  # a chunk this far above the noise floor is speech
    floor_rise_db: float = 2.0  # dB per second the floor may rise (a hall getting louder; not speech)


@dataclass
class Settings:
    data_dir: Path | None = None
    intents_dir: Path | None = None
    dialogs_dir: Path | None = None
    conference: str | None = None  # None: the newest shipped conference
    now: datetime | str | None = None  # clock override (--now / BOOTH_NOW); naive = venue time
    context_seconds: float = 20.0  # how long a follow-up may refer to the last answer
    endpoint: EndpointSettings = field(default_factory=EndpointSettings)  # end of a spoken question

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir) if self.data_dir else shipped("data")
        self.intents_dir = Path(self.intents_dir) if self.intents_dir else shipped("intents")
        self.dialogs_dir = Path(self.dialogs_dir) if self.dialogs_dir else shipped("dialogs")
