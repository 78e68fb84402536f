"""Opening hours from the schedule's notices. PyCon lists "Expo Hall Opens" at 9:00 and "Expo Hall
Closes" at 18:00 as two zero-length notices; a visitor asks "when does the expo hall close" or
"is registration open". Each opening is paired with the next closing of the same place that day
into one event, titled by the place ("Expo Hall"), so the ordinary answers can say when it opens,
when it closes and where it is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from booth.schedule.model import Event

_NOTICE = re.compile(r"^(?P<place>.+?)\s+(?P<verb>opens?|closes?)\b(?P<rest>.*)$", re.IGNORECASE)
# Words of a place's name that do not tell places apart ("Registration / Information Desks").
_LOOSE = {"desk", "desks", "the", "and", "for", "room", "rooms"}


def _words(place: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", place.lower()) if w not in _LOOSE}


def start_of(event: Event) -> datetime:
    """The start of an event already known to be timed (timed() returns only those)."""
    if event.start is None:
        raise ValueError(f"event {event.id} has no start")
    return event.start


def end_of(event: Event) -> datetime:
    if event.end is None:
        raise ValueError(f"event {event.id} has no end")
    return event.end


def opening_hours(events: Iterable[Event]) -> list[Event]:
    """One "info" event per place and day, from its opening notice to its closing one."""
    notices = sorted((e for e in events if e.kind == "info" and e.start is not None), key=start_of)
    parsed = []
    for event in notices:
        found = _NOTICE.match(event.title.strip())
        if found and not found.group("rest").strip(" -:"):
            parsed.append((event, found.group("place").strip(), found.group("verb").lower().startswith("open")))
    hours = []
    for i, (opening, place, is_open) in enumerate(parsed):
        if not is_open:
            continue
        words = _words(place)
        closing = None  # the last closing of the place that day, before it opens again
        for later, other, other_open in parsed[i + 1:]:
            if start_of(later).date() != start_of(opening).date() or (other_open and words & _words(other)):
                break
            if not other_open and words & _words(other):
                closing = later
        if closing is not None:
            hours.append(Event(id=f"hours-{opening.id}", kind="info", title=place, start=opening.start,
                               end=closing.start, room=opening.room, source=opening.source))
    return hours


def is_hours(event: Event) -> bool:
    """An opening-hours span (a notice is zero-length)."""
    return event.kind == "info" and event.start is not None and event.end is not None and event.end > event.start
