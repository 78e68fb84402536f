"""Choosing events: of a kind, in a room, at a time ("at three" = starting then or still running),
upcoming first. The answers decide what to say about what these return."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

from booth.schedule.hours import end_of, start_of
from booth.schedule.kinds import is_of, kinds_of
from booth.schedule.model import Event
from booth.understand.slots import split_rooms
from booth.understand.text import has_phrase, tokenize

CATCH_ALL = "event"  # the kind of whatever is neither a talk nor a meal: "party" and "reception" map here


def timed(events, kind: str | None, room: str | None, kind_words: str = "", is_name: bool = False,
          loose: bool = False) -> list[Event]:
    """Timed events of a kind (in a room). ``kind_words``: how the kind was said; "breakfast" and
    "lunch" are both meals, and when some are titled just that, the visitor gets the one named.
    ``is_name``: the words name particular events (intents' ``kind_names``): none titled so, none.
    ``loose``: a name counts in any title that has it ("Sprints lunch"), not only one titled so."""
    out = timed_all(events, kind, room)
    if not kind_words:
        return out
    said = singular(kind_words)
    if kind and said in (singular(kind.replace("-", " ")), singular(kind.replace("-", " ") + "s")):
        return out  # the kind said by its own name ("sponsor workshops"): all of them, not one titled so
    if is_name and loose:
        return [e for e in out if has_phrase(singular(e.title).split(), said.split())]
    named = [e for e in out if singular(e.title) == said]
    if kind == CATCH_ALL and said not in ("event", ""):
        # "the party" is an event, but not every event is a party: only those that say so.
        words = set(said.split())
        return [e for e in out if words <= set(singular(e.title).split())]
    if is_name and not named:
        # "dinner" at a conference whose meals are breakfast and lunch: no dinner, not lunch. Titles
        # that only contain the name count ("Lunch break", "PyLadies Lunch").
        name = said.split()
        return [e for e in out if has_phrase(singular(e.title).split(), name)]
    return named or out


@cache  # every title of the conference is asked about on each "what talks..."
def singular(text: str) -> str:
    return " ".join(w.rstrip("s") for w in tokenize(text))


# (kind, room) -> the sorted list, for the one events tuple last asked about: each question
# filtered and sorted the whole schedule again, a cost that grows with the conference.
_TIMED: dict[tuple, list[Event]] = {}
_TIMED_FOR: list = [None]


def timed_all(events, kind: str | None, room: str | None) -> list[Event]:
    if _TIMED_FOR[0] is not events:
        _TIMED.clear()
        _TIMED_FOR[0] = events
    key = (kind, room)
    if key not in _TIMED:
        _TIMED[key] = _timed_all(events, kind, room)
    return list(_TIMED[key])


def _timed_all(events, kind: str | None, room: str | None) -> list[Event]:
    kinds = kinds_of(kind)
    out = []
    for event in events:
        if event.start is None or event.end is None:
            continue
        if not is_of(event, kinds):
            continue
        if kinds is None and event.kind == "info":
            continue
        if room and room not in split_rooms(event.room):
            continue
        out.append(event)
    return sorted(out, key=lambda e: (e.start, e.title))


def at_time(events: list[Event], time, now: datetime, room: str | None = None) -> tuple[list[Event], list[Event]]:
    """(starting, running): what starts in the asked time and what is still on at its start."""
    if time.kind == "now":
        soon = now + timedelta(minutes=10)
        starting = [e for e in events if now < start_of(e) <= soon]
        running = [e for e in events if start_of(e) <= now < end_of(e)]
        return starting, running
    if time.kind == "next":
        later = [e for e in events if start_of(e) >= time.start and start_of(e) > now]
        sessions = [e for e in later if e.kind not in ("break", "meal")]
        if room and sessions:
            later = sessions  # "what's next in Ballroom A": the next session there, not the hall-wide break
        if not later:
            return [], []
        first = later[0].start
        return [e for e in later if e.start == first], []
    start = time.start
    end = time.end if time.end is not None else start + timedelta(minutes=15)
    starting = [e for e in events if start <= e.start < end]
    running = [e for e in events if e.start < start < e.end]
    return starting, running


def upcoming_first(events: list[Event], now: datetime) -> list[Event]:
    """Events still to come (or running) first, in time order; past ones after them."""
    ahead = [e for e in events if e.end is None or e.end > now]
    past = [e for e in events if e not in ahead]
    return ahead + past
