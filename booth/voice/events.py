"""What the voice loop reports, as small typed events, so any display (terminal, a web page,
the benches) can follow it (booth.voice.listen emits them)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["State", "Level", "Partial", "Heard", "Answered", "Clarify", "Ignored", "DeviceProblem",
           "SpeechProblem", "Event"]


@dataclass(frozen=True)
class State:
    state: str  # "starting" | "waiting" | "listening" | "thinking" | "speaking" | "stopped"
    detail: str = ""


@dataclass(frozen=True)
class Level:
    db: float


@dataclass(frozen=True)
class Partial:
    text: str


@dataclass(frozen=True)
class Heard:
    text: str
    confidence: float


@dataclass(frozen=True)
class Answered:
    text: str
    intent: str | None
    seconds: float  # end of utterance -> answer text ready
    events: tuple = ()  # every event the answer is about (the ear gets three, a screen all)


@dataclass(frozen=True)
class Clarify:
    question: str


@dataclass(frozen=True)
class Ignored:
    reason: str  # "noise" | "not sure" | "no wake phrase"


@dataclass(frozen=True)
class DeviceProblem:
    message: str
    retry_in: float


@dataclass(frozen=True)
class SpeechProblem:
    message: str


Event = State | Level | Partial | Heard | Answered | Clarify | Ignored | DeviceProblem | SpeechProblem
