"""One table of answers: each one is registered by a decorator next to its code, with its outcomes
and the placeholders each outcome fills, so adding an answer is one decorated function.

    @answer("room_schedule", {"found": {"room", "items"}, "none": {"room"}})
    def room_schedule(slots, ctx) -> Answer: ...

An intent names the answer that answers it (``answer:`` in intents/*.yaml, default: the intent's
own name). `Booth.respond`, `booth check` (dialogs are held to the outcomes) and the conversation's
follow-ups all look answers up here."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from booth.errors import IntentError


class AnswerKind(str, Enum):
    SCHEDULE = "schedule"  # handler(slots, Context) -> Answer
    FOLLOWUP = "followup"  # handler(conversation, text, match, clock) -> Reply: needs the last answer
    INTERNAL = "internal"  # produced by the pipeline or the conversation, never named by an intent
    REPLY = "reply"  # written in YAML (booth/answer/replies.py): handler(slots) -> Answer


@dataclass(frozen=True)
class AnswerSpec:
    name: str
    outcomes: Mapping[str, frozenset[str]]  # outcome -> placeholders it fills
    handler: Callable[..., Any]
    kind: AnswerKind = AnswerKind.SCHEDULE
    # What a question may ask of this answer's findings besides them (booth.understand.asked: "when
    # does X end", "who is X"); None: anything. "who runs pycon" is no question about the dates.
    asks: frozenset[str] | None = None


ANSWERS: dict[str, AnswerSpec] = {}

# The modules whose decorators fill ANSWERS; imported on first use so that no import cycle forms
# (the conversation imports the pipeline, which looks answers up here).
_MODULES = ("booth.answer.answers", "booth.answer.topics", "booth.answer.basics", "booth.answer.conversation",
            "booth.answer.replies", "booth.answer.sponsors", "booth.answer.venue", "booth.answer.tracks", "booth.answer.dates")


def answer(name: str, outcomes: Mapping[str, Iterable[str]], kind: AnswerKind = AnswerKind.SCHEDULE,
           asks: Iterable[str] | None = None):
    """Register the decorated function as the answer ``name``."""

    def register(handler: Callable[..., Any]) -> Callable[..., Any]:
        if name in ANSWERS and ANSWERS[name].handler is not handler:
            raise ValueError(f"answer '{name}' is registered twice")
        ANSWERS[name] = AnswerSpec(name, {o: frozenset(p) for o, p in outcomes.items()}, handler, kind,
                                   None if asks is None else frozenset(asks))
        return handler

    return register


def registered() -> dict[str, AnswerSpec]:
    for module in _MODULES:
        importlib.import_module(module)
    return ANSWERS


def outcomes(answers: Mapping[str, AnswerSpec] | None = None) -> dict[str, dict[str, set[str]]]:
    """answer -> outcome -> placeholders, the shape `load_dialogs` checks responses against."""
    table = registered() if answers is None else answers
    return {name: {o: set(p) for o, p in spec.outcomes.items()} for name, spec in table.items()}


def check_intents(intents, answers: Mapping[str, AnswerSpec] | None = None) -> None:
    """Every intent names an answer that exists and fits it (a follow-up answer for a follow-up)."""
    table = registered() if answers is None else answers
    for intent in intents.intents.values():
        spec = table.get(intent.answer)
        line = intent.answer_line or intent.line
        if spec is None or spec.kind is AnswerKind.INTERNAL:
            known = ", ".join(sorted(n for n, s in table.items() if s.kind is not AnswerKind.INTERNAL))
            raise IntentError(f"intent '{intent.name}': no answer called '{intent.answer}' (known: {known}; "
                              "or write its responses in dialogs/ and leave answer: out)", intent.path, line)
        if spec.kind is AnswerKind.FOLLOWUP and not intent.followup:
            raise IntentError(f"intent '{intent.name}': answer '{intent.answer}' needs the last answer, "
                              "so the intent must say followup: true", intent.path, line)
