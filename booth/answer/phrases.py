"""Events said for the ear: kinds as words, "at three p.m. on Saturday", list items with rooms.
Shared by the answers and the conversation, so a list sounds the same on every page."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from booth.answer.spoken import (
    LIST_BUDGET,
    join_words,
    list_title,
    ordinal_words,
    said_count,
    say_clock,
    say_day,
    say_list,
    short_title,
    speech_seconds,
)
from booth.schedule.kinds import BY_NAME
from booth.schedule.model import Event
from booth.understand.slots import split_rooms

SPOKEN_LIMIT = 2  # items spoken before "and N more": more than two does not fit in 8 s of speech


def kind_word(kind: str | None, count: int = 2) -> str:
    if not kind:
        return "events" if count != 1 else "event"
    row = BY_NAME.get(kind)
    singular, plural = (row.singular, row.plural) if row else (kind, kind + "s")
    return singular if count == 1 else plural


def when_phrase(time: Any, today) -> str:
    """The slot's time said back: "at three p.m.", "on Saturday", "Thursday morning", "right now"."""
    if time is None:
        return ""
    if time.kind == "now":
        return "right now"
    if time.kind == "next":
        return "coming up next"
    if time.kind == "day":
        day = say_day(time.start.date(), today)
        return day if day in ("today", "tomorrow", "yesterday") else f"on {day}"
    if time.kind == "range":
        return time.spoken
    return at_moment(time.start, today)


def at_moment(moment: datetime, today) -> str:
    """ "at three p.m.", "at four p.m. on Saturday", "at ten a.m. tomorrow"."""
    text = f"at {say_clock(moment)}"
    day = say_day(moment.date(), today)
    if day != "today":
        text += f" {day}" if day in ("tomorrow", "yesterday") else f" on {day}"
    return text


def item(event: Event, today, with_time: bool = False, with_day: bool = False, with_room: bool = True,
         in_list: bool | None = None) -> str:
    """One item of a spoken list. ``with_room``: False in a list of several, where a room per item
    makes the answer too long to hear (the screen and --json show every room). ``in_list``: one of
    several, said with a list title (default: when the room is left out)."""
    text = list_title(event.title) if (not with_room if in_list is None else in_list) else short_title(event.title)
    if with_time and event.start:
        text += " " + (at_moment(event.start, today) if with_day else f"at {say_clock(event.start)}")
    if event.room and with_room:
        rooms = split_rooms(event.room)
        text += f" in {rooms[0]}" if len(rooms) == 1 else f" in {rooms[0]} and nearby rooms"
    return text

def part_of_day(start: datetime, time) -> str:
    if time.kind != "range":
        return time.spoken
    part = "morning" if start.hour < 12 else "afternoon" if start.hour < 17 else "evening"
    return f"{start.strftime('%A')} {part}, {start.strftime('%B')} {ordinal_words(start.day)}"

def list_items(events: list[Event], today) -> tuple[str, int]:
    """ "A at three p.m. in Room 308, B at four p.m. in Room 309 and 5 more". What all items share
    (the time, the room) is said once; a title that only names the kind ("Break") is left out."""
    same_start = len({e.start for e in events}) == 1
    same_room = len({e.room for e in events}) == 1
    items = []
    for event in events:
        title = list_title(event.title) if len(events) > 1 else short_title(event.title)
        generic = title.lower() in (kind_word(event.kind, 1), kind_word(event.kind), event.kind.replace("-", " "))
        parts = [] if generic and not same_start else [title]
        if not same_start:
            parts.append(when_of(event, today))
        # Times and rooms both, item after item, outgrow 8 s: several times, then rooms on the screen.
        if event.room and not same_room and len(events) == 1:
            parts.append(f"in {room_of(event)}")
        items.append(" ".join(parts))
    shared_time = when_of(events[0], today) if same_start and events[0].start else ""
    shared_room = f"in {room_of(events[0])}" if same_room and events[0].room else ""
    tail = f", all {' '.join(s for s in (shared_time, shared_room) if s)}" if shared_time or shared_room else ""
    if shared_room and speech_seconds(items[0] + tail) > LIST_BUDGET + 1.0:
        tail = f", all {shared_time}" if shared_time else ""  # the shared room would not fit too: on the screen
    budget = LIST_BUDGET - speech_seconds(tail)  # what all share is said too: the items get the rest
    return say_list(items, SPOKEN_LIMIT, budget) + tail, said_count(items, SPOKEN_LIMIT, budget)


def by_line(event: Event) -> str:
    """ ", by A and B" or nothing: an open space with no host named gets no invented one."""
    return f", by {join_words(list(event.speakers))}" if event.speakers else ""


def room_of(event: Event) -> str:
    rooms = split_rooms(event.room)
    if not rooms:
        return "a room not on the schedule"
    return rooms[0] if len(rooms) == 1 else f"{rooms[0]} and nearby rooms"


def when_of(event: Event, today) -> str:
    if event.start is None:
        return "at a time not on the schedule"
    return at_moment(event.start, today)


def compact(answer):
    """The same answer with less to say: a short title, one room, no speakers' names. For answers
    that would take too long to hear; the screen and --json keep everything."""
    values = dict(answer.values)
    if "title" in values:
        values["title"] = list_title(values["title"])
    if values.get("room", "").endswith(" and nearby rooms"):
        values["room"] = values["room"].removesuffix(" and nearby rooms")
    if values.get("by"):
        values["by"] = ""
    return replace(answer, values=values) if values != answer.values else answer
