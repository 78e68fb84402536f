"""Intent + slots + schedule -> Answer: what to say (an outcome and its values) and which events
it is about. The words themselves live in dialogs/*.yaml; this module only decides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from booth.answer.offers import Offer
from booth.answer.phrases import (
    SPOKEN_LIMIT,
    at_moment,
    by_line,
    item,
    kind_word,
    list_items,
    part_of_day,
    room_of,
    when_of,
    when_phrase,
)
from booth.answer.registry import answer
from booth.answer.search import TopicIndex
from booth.answer.select import CATCH_ALL, at_time, kinds_of, singular, timed, upcoming_first
from booth.answer.spoken import (
    join_words,
    list_title,
    number_words,
    said_count,
    say_clock,
    say_day,
    say_list,
    short_title,
)
from booth.schedule.hours import end_of, start_of
from booth.schedule.kinds import is_of
from booth.schedule.model import Conference, Event

__all__ = ["COMMON", "UNTIMED", "Answer", "Context", "count_events", "events_at_time", "kind_events", "no_board",
           "room_schedule", "say_hits", "titled_with_kind", "untimed_of", "when_is_kind"]

# Placeholders most schedule outcomes fill; each answer's outcomes are registered beside its code.
COMMON = {"what", "when", "count"}
# One event the schedule gives no time (PyCon 2017's posters): its title, by whom, its room or " or room".
UNTIMED = {"title", "by", "room"}


@dataclass(frozen=True)
class Answer:
    intent: str | None
    outcome: str
    values: dict[str, str] = field(default_factory=dict)
    events: tuple[Event, ...] = ()  # everything the answer is about, not only what is spoken
    spoken: int = 0  # how many of `events` the words mention (paging continues from here)
    offers: tuple[Offer, ...] = ()  # names offered instead of words heard ("Did you mean Meta?")


@dataclass
class Context:
    """What a handler may look at."""

    conference: Conference
    now: datetime
    index: TopicIndex


# After a time asked for, what starts within this long is what the visitor meant ("at four": 4:15);
# later than that, "nothing then" is the answer and only when the next start is said.
NEAR = timedelta(minutes=30)


def kind_events(ctx: Context, slots: dict, kind: str | None, room: str | None = None) -> list[Event]:
    """The timed events of ``kind`` (in ``room``) as the visitor said the kind: "lunch" is the
    meals titled so, "dinner" (an intents' kind_name no meal has) none of them."""
    return timed(ctx.conference.events, kind, room, slots.get("_kind_words", ""), bool(slots.get("_kind_named")))


def untimed_of(ctx: Context, kind: str) -> list[Event]:
    """Events of ``kind`` the schedule lists without a time (PyCon 2017's posters): on the
    schedule, so counted, though no "when" can be said of them one by one."""
    kinds = kinds_of(kind)
    return [e for e in ctx.conference.events if (e.start is None or e.end is None) and is_of(e, kinds)]


def titled_with_kind(ctx: Context, kind: str) -> list[Event]:
    """Timed events of no kind of their own whose title says the kind ("Poster Session / Job Fair
    / Lunch", "Mentored Sprints"): what "when is the poster session" asks when the posters
    themselves have no time."""
    word = singular(kind_word(kind))
    return [e for e in timed(ctx.conference.events, CATCH_ALL, None) if word in singular(e.title).split()]


def no_board(ctx: Context, kind: str | None, events: list[Event]) -> bool:
    return kind == "open-space" and not events and not ctx.conference.has_open_spaces_data


def _same_weekday(time, ctx: Context, has_events: Callable[[Any], bool]):
    """ "Thursday" at a conference with two Thursdays: if the one the resolver chose has nothing,
    the other one is what the visitor meant (tutorials were on the first Thursday)."""
    if time.kind not in ("day", "range", "instant"):
        return None
    for day in ctx.conference.days.all:
        shift = (day - time.start.date()).days
        # One week apart only: a date weeks from the conference ("june 3rd") is not its Saturday.
        if abs(shift) == 7:
            moved = replace(time, start=time.start + timedelta(days=shift),
                            end=time.end + timedelta(days=shift) if time.end else None,
                            spoken=part_of_day(time.start + timedelta(days=shift), time))
            if has_events(moved):
                return moved
    return None


@answer("events_at_time", {"found": COMMON | {"items", "running"}, "found_one": COMMON | {"items"},
                          "running": COMMON | {"items"}, "none": COMMON, "no_board": COMMON,
                          "none_next": COMMON | {"next_when", "next_what"},
                          "none_soon": COMMON | {"items", "next_when", "next_what"}})
def events_at_time(slots: dict, ctx: Context) -> Answer:
    kind, time = slots.get("kind"), slots["time"]
    room = slots.get("room") or time.room  # "what's after the pyarrow talk": in its room
    today = ctx.now.date()
    events = kind_events(ctx, slots, kind, room)
    starting, running = at_time(events, time, ctx.now, room)
    if not starting and not running:
        moved = _same_weekday(time, ctx, lambda t: any(at_time(events, t, ctx.now)))
        if moved is not None:
            time = moved
            starting, running = at_time(events, time, ctx.now)
    when = when_phrase(time, today)
    if time.kind == "next" and starting:
        when = f"next, {at_moment(start_of(starting[0]), today)}"
    where = f" in {room}" if room else ""
    values = {"what": kind_word(kind) + where, "when": when, "count": "no"}
    if not starting and not running:
        if no_board(ctx, kind, events):
            return Answer("events_at_time", "no_board", values)
        later = [e for e in events if start_of(e) > time.start and start_of(e).date() == time.start.date()]
        if time.kind in ("instant", "now") and later:
            following = [e for e in later if e.start == later[0].start]
            values.update({"next_when": at_moment(start_of(following[0]), today),
                           "next_what": kind_word(kind, len(following)) + (" starts" if len(following) == 1 else
                                                                           " start")})
            if start_of(following[0]) - time.start <= NEAR:  # "talks at four": the ones at 4:15 are meant
                next_items = [item(e, today, with_room=len(following) == 1 and not room) for e in following]
                values["items"] = say_list(next_items, SPOKEN_LIMIT)
                return Answer("events_at_time", "none_soon", values, tuple(following),
                              said_count(next_items, SPOKEN_LIMIT))
            # Long before anything ("talks at 3am"): nothing is the answer; when the next start is said,
            # but they are not what was asked for, so none are listed ("what about ten thirty" does).
            return Answer("events_at_time", "none_next", values)
        return Answer("events_at_time", "none", values)
    multi_day = time.kind in ("range", "day") and len({start_of(e).date() for e in starting}) > 1
    timed_list = time.kind in ("range", "day", "now")
    # The room is said per item only for a single item, and never when the question named it.
    items = [item(e, today, with_time=timed_list, with_day=multi_day, with_room=len(starting) == 1 and not room,
                  in_list=len(starting) > 1) for e in starting]
    running_items = [item(e, today, with_room=len(running) == 1 and not room, in_list=len(running) > 1)
                     for e in running]
    if not starting:
        values.update({"what": kind_word(kind, len(running)) + where, "count": number_words(len(running)),
                       "items": say_list(running_items, SPOKEN_LIMIT)})
        return Answer("events_at_time", "running", values, tuple(running), said_count(running_items, SPOKEN_LIMIT))
    running_text = ""
    if running:  # named on the screen; aloud only counted, or the answer outgrows 8 s
        running_text = (f"{number_words(len(running)).capitalize()} more {'is' if len(running) == 1 else 'are'} "
                        "already running.")
    values.update({"what": kind_word(kind, len(starting)) + where, "count": number_words(len(starting)),
                   "items": say_list(items, SPOKEN_LIMIT), "running": running_text})
    outcome = "found_one" if len(starting) == 1 and not running else "found"
    spoken = said_count(items, SPOKEN_LIMIT)
    return Answer("events_at_time", outcome, values, tuple(starting + running), spoken)


@answer("room_schedule", {"found": COMMON | {"room", "items"}, "none": COMMON | {"room"},
                          "none_next": COMMON | {"room", "next_when"}})
def room_schedule(slots: dict, ctx: Context) -> Answer:
    if not slots.get("room"):  # "what's on in the rust devroom": a track, answered by booth/answer/tracks.py
        from booth.answer.tracks import track_schedule  # tracks builds on this module

        return track_schedule(slots, ctx)
    room, kind, time = slots["room"], slots.get("kind"), slots.get("time")
    today = ctx.now.date()
    events = timed(ctx.conference.events, kind, room)
    if time is not None:
        starting, running = at_time(events, time, ctx.now, room)
        chosen = running + starting
        when = when_phrase(time, today)
        later = [e for e in events if start_of(e) > time.start and start_of(e).date() == time.start.date()]
        if not chosen and later and time.kind == "instant" and start_of(later[0]) - time.start <= NEAR:
            chosen = [e for e in later if e.start == later[0].start]  # "room 308 at four": the 4:15 one
            when = f"after {say_clock(time.start)}"
        elif not chosen and later and time.kind == "instant":  # long before: say so, and when the next starts
            return Answer("room_schedule", "none_next", {"room": room, "what": kind_word(kind, 2), "when": when,
                                                         "count": "no", "next_when": at_moment(start_of(later[0]), today)})
    else:
        chosen = [e for e in events if end_of(e) > ctx.now and start_of(e).date() == today] or \
                 [e for e in events if start_of(e) > ctx.now]
        when = "today" if chosen and start_of(chosen[0]).date() == today else "next"
    values = {"room": room, "what": kind_word(kind, len(chosen)), "when": when, "count": number_words(len(chosen))}
    if not chosen:
        return Answer("room_schedule", "none", values)
    multi_day = len({start_of(e).date() for e in chosen}) > 1
    # "In Room 308 at four p.m.: Songs for Europe": the time asked is said once, not again per item.
    said_once = time is not None and time.kind == "instant" and all(e.start == time.start for e in chosen)
    title = short_title if len(chosen) == 1 else list_title
    items = [title(e.title) if said_once else
             f"{title(e.title)} at {say_clock(start_of(e))}" + (f" on {say_day(start_of(e).date(), today)}" if multi_day else "")
             for e in chosen]
    if start_of(chosen[0]) <= ctx.now < end_of(chosen[0]):
        items[0] = f"{title(chosen[0].title)}, on now until {say_clock(end_of(chosen[0]))}"
    values["items"] = say_list(items, SPOKEN_LIMIT)
    return Answer("room_schedule", "found", values, tuple(chosen), said_count(items, SPOKEN_LIMIT))


def say_hits(intent: str, events: list[Event], values: dict, ctx: Context) -> Answer:
    today = ctx.now.date()
    if len(events) == 1:
        event = events[0]
        values.update({"title": short_title(event.title), "room": room_of(event), "when": when_of(event, today),
                       "by": by_line(event)})
        if event.start is None:  # a poster: "is at a time not on the schedule in a room not on ..."
            values["room"] = f", but it is in {room_of(event)}" if event.room else " or room"
            return Answer(intent, "found_untimed", values, (event,), 1)
        return Answer(intent, "found_one", values, (event,), 1)
    items, spoken = list_items(events, today)
    values.update({"items": items, "count": number_words(len(events)),
                   "when": when_of(events[0], today)})
    return Answer(intent, "found", values, tuple(events), spoken)


def _asks_who(slots: dict) -> bool:
    return str(slots.get("_sentence", "")).startswith("who ") or slots.get("_asked") == "who"


@answer("when_is_kind", {"found": COMMON | {"items"}, "found_one": COMMON | {"title", "room"}, "found_untimed": UNTIMED,
                        "speakers": COMMON | {"items"}, "none": COMMON, "no_board": COMMON, "untimed": COMMON,
                        "days": COMMON | {"days"}, "days_and_event": COMMON | {"days", "items"}})
def when_is_kind(slots: dict, ctx: Context) -> Answer:
    kind, time = slots["kind"], slots.get("time")
    today = ctx.now.date()
    events = kind_events(ctx, slots, kind)
    values = {"what": kind_word(kind), "when": when_phrase(time, today) if time else "", "count": "no"}
    if kind == "sprint" and ctx.conference.days.sprints:
        days = ctx.conference.days.sprints
        values["days"] = f"from {days[0].strftime('%A %-d %B')} to {days[-1].strftime('%A %-d %B')}" if len(days) > 1 \
            else days[0].strftime("%A %-d %B")
        # "Mentored Sprints" during the conference: an event titled with the kind's word, still to come.
        titled = [e for e in titled_with_kind(ctx, kind) if end_of(e) > ctx.now]
        if titled:
            first = min(titled, key=start_of)
            values["items"] = f"{short_title(first.title)} {when_of(first, today)}"  # its room is on the screen
            return Answer("when_is_kind", "days_and_event", values, (first, *events), 1)
        return Answer("when_is_kind", "days", values, tuple(events), 0)
    untimed = untimed_of(ctx, kind) if not events else []
    if untimed:
        events = titled_with_kind(ctx, kind)
        if not events:  # "when are the posters": they are on the schedule, with no time
            values.update({"what": kind_word(kind, len(untimed)), "count": number_words(len(untimed))})
            return Answer("when_is_kind", "untimed", values, tuple(untimed), 0)
    if time is not None:
        starting, running = at_time(events, time, ctx.now)
        events = running + starting
        if not events and slots.get("_kind_named"):
            # "lunch on wednesday": none titled just "Lunch" that day, but the "Sprints lunch" is
            loose = timed(ctx.conference.events, kind, None, slots.get("_kind_words", ""), True, loose=True)
            starting, running = at_time(loose, time, ctx.now)
            events = running + starting
    elif _asks_who(slots):  # "who are the keynote speakers": all of them, those still to come first
        events = upcoming_first(events, ctx.now)
    else:
        ahead = [e for e in events if end_of(e) > ctx.now]
        events = ahead or events
    if not events:
        if slots.get("_kind_named"):  # "when is dinner": no dinner, said with the word asked
            values["what"] = str(slots.get("_kind_words", ""))
        outcome = "no_board" if no_board(ctx, kind, events) else "none"
        return Answer("when_is_kind", outcome, values)
    if kind == "keynote":
        # Several: the names (what "who are the keynote speakers" asks); their times are on the screen.
        items = [join_words(list(e.speakers)) or short_title(e.title) for e in events] if len(events) > 1 else \
            [f"{join_words(list(e.speakers)) or short_title(e.title)} {when_of(e, today)}" for e in events]
        values.update({"items": say_list(items, SPOKEN_LIMIT), "count": number_words(len(events))})
        return Answer("when_is_kind", "speakers", values, tuple(events), said_count(items, SPOKEN_LIMIT))
    if kind in ("meal", "break") and time is None:
        first_day = start_of(events[0]).date()
        events = [e for e in events if start_of(e).date() == first_day]
    values["count"] = number_words(len(events))
    values["what"] = kind_word(kind, len(events))
    return say_hits("when_is_kind", events, values, ctx)


@answer("count_events", {"found": COMMON, "none": COMMON, "no_board": COMMON, "found_running": COMMON | {"running"}})
def count_events(slots: dict, ctx: Context) -> Answer:
    kind, time = slots["kind"], slots.get("time")
    today = ctx.now.date()
    events = timed(ctx.conference.events, kind, None)
    running: list[Event] = []
    if time is None:
        events += untimed_of(ctx, kind)  # "how many posters": those with no time count too
    else:
        starting, running = at_time(events, time, ctx.now)
        if time.kind not in ("instant", "now") or not starting:
            starting, running = (starting or running), []
        events = starting
    values = {"what": kind_word(kind, len(events)), "when": when_phrase(time, today) if time else "in all",
              "count": number_words(len(events)), "running": number_words(len(running))}
    if not events:
        return Answer("count_events", "no_board" if no_board(ctx, kind, events) else "none", values)
    if running:  # "how many at four": those that start then, and it says how many more are on
        return Answer("count_events", "found_running", values, tuple(events + running), 0)
    return Answer("count_events", "found", values, tuple(events), 0)
