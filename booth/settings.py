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


@dataclass(frozen=True)
class EndpointSettings:
    """When a spoken question is over (booth/voice/endpoint.py). Vosk alone waits for 0.5-1.0 s of
    trailing silence (its model's conf/model.conf); a sentence the intents can already answer
    needs much less, a half sentence ("what talks are at ...") deserves more."""

    mode: str = "grammar"  # "grammar": decide from what was said; "vosk": Vosk's own endpoint only
    complete_silence: float = 0.25  # s of silence after a complete sentence: answer now
    open_silence: float = 0.6  # s after a complete sentence that usually goes on ("what talks are on"): a pause between words is shorter
    incomplete_silence: float = 1.2  # s a half sentence may pause (Vosk: 0.5-1.0) before it is taken as it is
    fallback_silence: float = 1.2  # words but no sentence yet: Vosk's endpoint, once silence is this long
    none_silence: float = 0.5  # words but no grammar sentence, not ending on a dangling word: end after this much gate silence (Vosk: ~1 s)
    caught_up: float = 0.05  # a partial that changed this many s into the silence (< 0: before it) is up to date
    stable_seconds: float = 0.1  # ... and has stayed the same this long (Vosk's best path still flips)
    settle_silence: float = 0.5  # ... this long if the partial has not changed since the silence began (decoder lag)
    max_resumes: int = 2  # times the final result may overrule a complete partial ("... room 321" + "at"); each costs a re-decode
    dangling_share: float = 0.1  # a template word ending fewer of the sentences it is in than this leaves a question open
    open_share: float = 0.15  # a complete sentence whose last word or slot ends fewer than this share of them is open
    complete_score: float = 78.0  # match score from which a partial counts as complete (the matcher's gate)
    clear_db: float = 45.0  # none_silence only when the utterance's loudest frame stands this far above the floor
    gate_db: float = 9.0  # a chunk this far above the noise floor is speech
    floor_rise_db: float = 2.0  # dB per second the floor may rise (a hall getting louder; not speech)


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
    endpoint: EndpointSettings = field(default_factory=EndpointSettings)  # end of a spoken question

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
