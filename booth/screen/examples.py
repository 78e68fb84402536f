"""The "Try asking" panel: questions built from the intents' own sentence templates, filled
with what is on the schedule today (a kind and hour that have events, a room, a speaker, a
sponsor), and kept only when Booth itself understands them as that intent. A visitor who reads
one aloud gets a real answer, and the panel changes as the day goes on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from booth.answer.spoken import number_words
from booth.schedule.model import Event

log = logging.getLogger(__name__)

SURE = 88.0  # the listener's SURE_SCORE: an example must be answered without "Did you mean"
QUESTION_WORDS = ("what", "when", "where", "which", "who", "is", "are")
MAX_EXAMPLES = 4
KIND_WORDS = {"open-space": "open spaces", "talk": "talks", "tutorial": "tutorials", "poster": "posters"}


@dataclass(frozen=True)
class Recipe:
    intent: str
    shapes: tuple[str, ...]  # natural phrasings, used only if the intent's templates allow them
    lists: bool = True  # the answer must be about at least one event (not "nothing at four")


# Templates also allow terse forms ("{kind} {time}") that read badly on a sign: the panel shows
# a plain question form of each intent.
RECIPES = (
    Recipe("events_at_time", ("what {kind} are at {time}", "are there any {kind} at {time}")),
    Recipe("find_speaker", ("when does {speaker} speak", "when is {speaker} speaking")),
    Recipe("sponsor_booth", ("where is the {sponsor} booth",), lists=False),
    Recipe("room_schedule", ("what is next in {room}", "what is on in {room}")),
    Recipe("find_topic", ("is there a {talk} about {topic}", "when is the {talk} about {topic}")),
    Recipe("when_is_kind", ("when is {meal}",)),
    Recipe("events_at_time", ("what is next",)),
)
MEALS = ("lunch", "breakfast")


def spoken_hour(hour: int) -> str | None:
    """The way a visitor says it under Booth's conference rule (bare 1-7 p.m., 8-11 a.m.)."""
    if hour == 12:
        return "noon"
    if 8 <= hour <= 11 or 13 <= hour <= 19:
        return number_words(hour % 12)
    return None


def _slot_values(booth, now: datetime, turn: int) -> dict[str, list[str]]:
    """Candidate words per slot from what is still to come today, rotated by ``turn``."""
    conference = booth.conference
    upcoming = [e for e in conference.events if e.start and e.start.date() == now.date() and e.start >= now]
    if not upcoming:  # evening, or a day without events: the conference's first main day
        upcoming = [e for e in conference.events if e.start and e.start >= now]

    def rotated(values: list[str]) -> list[str]:
        unique = list(dict.fromkeys(v for v in values if v))
        if not unique:
            return []
        k = turn % len(unique)
        return unique[k:] + unique[:k]

    kinds = [e.kind for e in upcoming if e.kind in KIND_WORDS]
    hours = sorted({e.start.hour for e in upcoming if e.kind in KIND_WORDS})
    return {
        "kind": rotated([KIND_WORDS[k] for k in sorted(set(kinds), key=kinds.count, reverse=True)]),
        "time": rotated([w for w in (spoken_hour(h) for h in hours) if w]),
        "room": rotated(sorted({e.room for e in upcoming if e.room and re.fullmatch(r"[A-Za-z]+ \d+", e.room)})),
        "speaker": rotated([e.speakers[0] for e in upcoming if e.kind == "talk" and e.speakers]),
        "sponsor": rotated([s.name for s in conference.sponsors if len(s.name.split()) <= 2]),
        "topic": rotated([_topic(e) for e in upcoming if e.kind == "talk"]),
        "talk": ["talk"],
        "meal": rotated([m for m in MEALS if any(e.kind == "meal" and m in e.title.lower() for e in upcoming)]),
    }


def _topic(event: Event) -> str:
    """A short title, said as it is written ("Rust in Python", "Vim")."""
    words = event.title.split()
    return event.title if 1 <= len(words) <= 3 and all(w.isalpha() and w.isascii() for w in words) else ""


def _sentences(booth, recipe: Recipe) -> list[str]:
    intent = booth.intents.intents.get(recipe.intent)
    if intent is None:
        return []
    allowed = set(intent.sentences)
    # {meal} and {talk} are kind words, a particular one: the templates say {kind}
    return [shape for shape in recipe.shapes if shape.replace("{meal}", "{kind}").replace("{talk}", "{kind}") in allowed]


def _slots(sentence: str) -> list[str]:
    return [w[1:-1] for w in sentence.split() if w.startswith("{") and w.endswith("}")]


def try_asking(booth, now: datetime, turn: int = 0, understood: Callable[[str, Recipe], bool] | None = None) -> list[str]:
    """Up to MAX_EXAMPLES questions Booth answers directly, different ones as ``turn`` grows."""
    values = _slot_values(booth, now, turn)
    check = understood or (lambda text, recipe: _understood(booth, text, recipe))
    found: list[str] = []
    for recipe in RECIPES[turn % len(RECIPES):] + RECIPES[:turn % len(RECIPES)]:
        if len(found) >= MAX_EXAMPLES:
            break
        example = _fill_one(booth, recipe, values, check)
        if example:
            found.append(example)
    return found


def _fill_one(booth, recipe: Recipe, values: dict[str, list[str]], check) -> str | None:
    for sentence in _sentences(booth, recipe):
        slots = _slots(sentence)
        for attempt in range(4):  # the first few values of each slot, in rotated order
            filled = sentence
            for slot in slots:
                choices = values.get(slot) or []
                if not choices:
                    break
                filled = filled.replace("{" + slot + "}", choices[attempt % len(choices)])
            if "{" not in filled and check(filled, recipe):
                return filled[0].upper() + filled[1:] + "?"
    return None


def _understood(booth, text: str, recipe: Recipe) -> bool:
    reply = booth.ask(text)
    return reply.intent == recipe.intent and reply.score >= SURE and (bool(reply.events) or not recipe.lists)
