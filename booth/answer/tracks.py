"""Tracks and devrooms: a filter on any question ("what talks are in the rust devroom at eleven")
and a question of their own ("what's on in the rust devroom", "where is the python track")."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

from booth.answer.answers import Answer, Context, events_at_time
from booth.answer.registry import answer
from booth.answer.select import timed
from booth.answer.spoken import join_words, number_words, say_clock, say_day, say_list, short_title
from booth.schedule.hours import end_of, start_of
from booth.schedule.model import Conference

SPOKEN_TRACK_ITEMS = 2  # the next talks named aloud; the whole day goes to the screen


@lru_cache(maxsize=16)
def in_track(conference: Conference, track: str) -> Conference:
    """The conference as if it held only ``track``'s events: every answer then filters by track."""
    return replace(conference, events=tuple(e for e in conference.events if e.track == track))


def narrow(ctx: Context, slots: dict) -> Context:
    track = slots.get("track")
    return replace(ctx, conference=in_track(ctx.conference, track)) if track else ctx


def _track_name(track: str) -> str:
    low = track.lower()
    return track if low.endswith((" track", " devroom", " room")) else f"{track} devroom"


@answer("track_schedule", {"found": {"track", "rooms", "when", "items", "count"}, "none": {"track"},
                           "over": {"track", "rooms"}})
def track_schedule(slots: dict, ctx: Context) -> Answer:
    track = slots["track"]
    ctx = narrow(ctx, slots)
    if slots.get("time") is not None:  # "the rust devroom at eleven": what is on there then
        return events_at_time(slots, ctx)
    events = timed(ctx.conference.events, slots.get("kind"), None)
    name = _track_name(track)
    if not events:
        return Answer("track_schedule", "none", {"track": name})
    rooms = join_words([room for room, _ in Counter(e.room for e in events if e.room).most_common(2)])
    ahead = [e for e in events if end_of(e) > ctx.now]
    if not ahead:
        return Answer("track_schedule", "over", {"track": name, "rooms": rooms})
    day = start_of(ahead[0]).date()
    that_day = [e for e in ahead if start_of(e).date() == day]
    items = [f"{short_title(e.title)} at {say_clock(start_of(e))}" for e in that_day]
    if start_of(ahead[0]) <= ctx.now:
        items[0] = f"{short_title(that_day[0].title)}, on now"
    when = say_day(day, ctx.now.date())
    values = {"track": name, "rooms": rooms, "when": when if when in ("today", "tomorrow") else f"on {when}",
              "items": say_list(items, SPOKEN_TRACK_ITEMS), "count": number_words(len(that_day))}
    return Answer("track_schedule", "found", values, tuple(that_day), min(len(that_day), SPOKEN_TRACK_ITEMS))
