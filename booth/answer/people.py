"""A person named in a question, looked up among the schedule's speakers: the speakers who are
that person, or none and the nearest name, which is offered ("Did you mean Brett Slatkin?") and
never answered as if it were the one asked for."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from booth.schedule.model import Conference
from booth.understand.text import fold, tokenize

# How close a name must be spelled to be offered as "did you mean" (rapidfuzz ratio, 0..100).
NEAR_NAME = 70.0


@dataclass(frozen=True)
class People:
    same: tuple[str, ...]  # speakers the name is (every word of it in their name)
    near: str | None  # else the nearest speaker, if any is near


@lru_cache(maxsize=8)
def _speakers(conference: Conference) -> tuple[tuple[str, frozenset[str]], ...]:
    names = {s for e in conference.events for s in e.speakers if s.strip()}
    return tuple((name, frozenset(tokenize(name))) for name in sorted(names))


def look_up(conference: Conference, name: str) -> People:
    words = set(tokenize(name))
    if not words:
        return People((), None)
    speakers = _speakers(conference)
    same = tuple(s for s, parts in speakers if words <= parts)
    if same:
        return People(same, None)
    wanted = fold(name)
    # Near: spelled alike as a whole, or sharing a name part ("Brett Cannon" -> "Brett Slatkin").
    scored = [(fuzz.ratio(wanted, fold(s)) + (15.0 if words & parts else 0.0), s) for s, parts in speakers]
    best = max(scored, default=(0.0, None))
    return People((), best[1] if best[0] >= NEAR_NAME else None)
