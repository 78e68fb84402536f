"""Today's open-space board as the screen shows it: rooms x hours from the current hour on.

A kiosk is read from two metres, so it shows a window of the day (the hour now and the next
few), only the rooms with something in it; the staff page and `booth board show` have the rest.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from booth.schedule.model import Conference, Event

CARD_KIND = "open-space"
WINDOW_HOURS = 3  # hour columns (now and the next two) on a 1080p screen at a size readable from two metres


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    time: str  # "15:30", start to the minute
    room: str
    host: str
    running: bool  # on now


@dataclass(frozen=True)
class BoardView:
    day: str  # "Saturday 17 May"
    hours: tuple[int, ...]
    rooms: tuple[str, ...]
    cells: dict[str, dict[int, tuple[Card, ...]]]  # room -> hour -> cards starting then
    later: int  # open spaces today after the window
    problems: tuple[str, ...]  # broken cards, "path:line: message"

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day, "hours": list(self.hours), "rooms": list(self.rooms),
            "cells": {room: {str(h): [asdict(c) for c in cards] for h, cards in by_hour.items()}
                      for room, by_hour in self.cells.items()},
            "later": self.later, "problems": list(self.problems),
        }


def natural(text: str) -> list:
    """"Room 9" before "Room 10"."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text or "")]


def board_view(conference: Conference, now: datetime, problems: tuple[str, ...] = (),
               window: int = WINDOW_HOURS) -> BoardView:
    local = [(e, e.start.astimezone(now.tzinfo)) for e in conference.events if e.kind == CARD_KIND and e.start]
    local = [(e, start) for e, start in local if start.date() == now.date()]
    hours_today = sorted({start.hour for _e, start in local})
    running_hour = [start.hour for e, start in local if start <= now < _end(e, start)]
    first = min([now.hour, *running_hour])
    hours = tuple(h for h in hours_today if h >= first)[:window]
    cells: dict[str, dict[int, list[Card]]] = {}
    for event, start in sorted(local, key=lambda pair: (pair[1], pair[0].title)):
        if start.hour not in hours:
            continue
        room = event.room or "?"
        cells.setdefault(room, {}).setdefault(start.hour, []).append(_card(event, start, now))
    later = sum(1 for _e, start in local if hours and start.hour > hours[-1])
    rooms = tuple(sorted(cells, key=natural))
    return BoardView(day=f"{now:%A} {now.day} {now:%B}", hours=hours, rooms=rooms,
                     cells={r: {h: tuple(c) for h, c in cells[r].items()} for r in rooms},
                     later=later, problems=tuple(problems))


def _end(event: Event, start: datetime) -> datetime:
    return event.end if event.end and event.end > start else start


def _card(event: Event, start: datetime, now: datetime) -> Card:
    return Card(id=event.id, title=event.title, time=f"{start:%H:%M}", room=event.room or "",
                host=", ".join(event.speakers), running=start <= now < _end(event, start))
