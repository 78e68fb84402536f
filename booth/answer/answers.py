"""Intent + slots + schedule -> Answer: what to say (an outcome and its values) and which events
it is about. The words themselves live in dialogs/*.yaml; this module only decides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from booth.answer.offers import Offer
from booth.answer.people import look_up
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
from booth.answer.search import TopicIndex, clean_topic, nearly_titled, same_or_clipped
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
from booth.schedule.hours import end_of, is_hours, start_of
from booth.schedule.kinds import is_of
from booth.schedule.model import Conference, Event
from booth.understand.text import fold

__all__ = ["COMMON", "Answer", "Context", "count_events", "events_at_time", "find_person", "find_speaker", "find_topic",
           "kind_events", "room_schedule", "say_hits", "speaker_events", "topic_hits", "when_is_kind"]

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


def _no_board(ctx: Context, kind: str | None, events: list[Event]) -> bool:
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
        if _no_board(ctx, kind, events):
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


def topic_hits(ctx: Context, topic: str, kind: str | None, notices: bool = False, time=None) -> list[Event]:
    """Events about ``topic``; ``notices``: venue notices too ("Registration desk opens" says where
    registration is). ``time``: a day or range asked for narrows them when any fall in it."""
    hits = [h for h in ctx.index.search(topic, kinds_of(kind))
            if notices or h.event.kind != "info" or is_hours(h.event)]
    if not hits:
        return []
    top, tuning = hits[0].score, ctx.index.tuning
    if top < tuning.topic_hit_floor:
        return []
    # The floor is the best hit's only: "opening remarks" half-matches Final Remarks (55) and
    # Opening Reception (45) alike, and naming one of them alone would be a wrong answer.
    keep = [h.event for h in hits if h.score >= top * tuning.topic_hit_share]
    if time is not None and time.kind in ("day", "range"):
        # Hours are open over the range ("open tonight" at 8:00-20:00); an event starts in it.
        within = [e for e in keep if e.start and (time.start <= e.start < time.end or
                                                  (is_hours(e) and e.start < time.end and end_of(e) > time.start))]
        # Hours are per day: none that day means closed then, not another day's hours.
        keep = within or ([] if any(is_hours(e) for e in keep) else keep)
    titled = nearly_titled(topic, keep) if len({e.title for e in keep}) > 1 else None
    if titled is not None:  # "when is the state of go": The state of Go, not every talk on Go's state
        keep = [e for e in keep if e.title == titled.title]
    keep = upcoming_first(sorted(keep, key=lambda e: (e.start is None, e.start or ctx.now)), ctx.now)
    if any(is_hours(e) for e in keep):
        # A place's hours say it all: one day's (the next still open), not its notices too.
        places = [e for e in keep if is_hours(e)]
        keep = [e for e in places if e.title == places[0].title][:1]
    return keep


def find_person(name: str, kind: str | None, ctx: Context, time=None) -> Answer:
    """A name the lexicon did not know, said where a person goes ("is brett cannon speaking"):
    the speaker it names, or an honest "not on the schedule", with a near name only offered."""
    people = look_up(ctx.conference, name)
    if len(people.same) == 1:
        return find_speaker({"speaker": people.same[0], "kind": kind, "time": time}, ctx)
    events = [e for s in people.same for e in speaker_events(ctx, s, kind, time)]
    spoken = " ".join(w.capitalize() for w in name.split())
    if not events:
        values = {"speaker": spoken, "near": people.near or ""}
        offers = (Offer(name, people.near),) if people.near else ()
        return Answer("find_speaker", "near" if people.near else "none", values, offers=offers)
    values = {"speaker": spoken, "what": kind_word(kind, len(events)), "when": "", "count": number_words(len(events))}
    return say_hits("find_speaker", upcoming_first(sorted(set(events), key=lambda e: e.start or ctx.now), ctx.now),
                     values, ctx)


@answer("find_topic", {"found": COMMON | {"topic", "items"}, "found_other": COMMON | {"topic", "items"},
                      "found_one": COMMON | {"topic", "title", "room", "by"}, "found_untimed": UNTIMED,
                      "none": COMMON | {"topic"}, "no_board": COMMON | {"topic"}, "closed": COMMON | {"topic"}})
def find_topic(slots: dict, ctx: Context) -> Answer:
    topic, kind = clean_topic(slots["topic"]), slots.get("kind")
    if slots.get("_person"):
        return find_person(topic, kind, ctx, slots.get("time"))
    events = topic_hits(ctx, topic, kind, time=slots.get("time"))
    said = slots.get("_kind_words", "")
    kind_named = kind == CATCH_ALL and bool(said) and singular(said) not in ("event", "")
    if kind_named:
        # "the closing party": an event that says it is a party, not the closing session.
        events = [e for e in events if set(singular(said).split()) <= set(singular(e.title).split())]
    if not events and slots.get("time") is not None:
        other_days = topic_hits(ctx, topic, kind)
        if other_days and all(is_hours(e) for e in other_days):  # "is the expo hall open on sunday"
            return Answer("find_topic", "closed", {"topic": other_days[0].title, "count": "no", "what": "",
                                                   "when": when_phrase(slots["time"], ctx.now.date())})
    values = {"topic": topic, "what": kind_word(kind, len(events) or 2), "when": "", "count": number_words(len(events))}
    if not events and _no_board(ctx, kind, events):
        return Answer("find_topic", "no_board", values)
    if not events and kind and said:
        # "the opening reception": the kind word is part of a title, not only a kind
        # ("PyLadies Lunch"): the title has the kind word and the topic's words, not only "Lunch"
        topic_words = set(singular(topic).split())
        titled = [e for e in topic_hits(ctx, f"{topic} {said}", None) if singular(said) in singular(e.title)
                  and any(same_or_clipped(w, t) for w in topic_words for t in singular(e.title).split())]
        if titled:
            events = titled
            values.update({"what": kind_word(kind, len(events)), "count": number_words(len(events))})
    # Another kind only on a strong match: a guess across kinds ("pottery" ~ "poetry") is no answer.
    if not events and kind and not kind_named and ctx.index.best_score(topic) >= ctx.index.tuning.other_kind_score:
        others = topic_hits(ctx, topic, None)
        if others:  # no talk about Flask, but FlaskCon is an event: say so rather than "nothing"
            first = others[0]
            noun = kind_word(first.kind, 1)
            text = f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}: {short_title(first.title)} " \
                   f"{when_of(first, ctx.now.date())} in {room_of(first)}"
            if len(others) > 1:
                text += f", and {number_words(len(others) - 1)} more"
            values.update({"what": kind_word(kind, 2), "count": number_words(len(others)), "items": text})
            return Answer("find_topic", "found_other", values, tuple(others), 1)
    if not events:
        outcome = "no_board" if kind == "open-space" and not ctx.conference.has_open_spaces_data else "none"
        return Answer("find_topic", outcome, values)
    return say_hits("find_topic", events, values, ctx)


def speaker_events(ctx: Context, speaker: str, kind: str | None, time=None) -> list[Event]:
    """A speaker's events; names compare folded ("Jake VanderPlas" is "Jake Vanderplas")."""
    kinds = kinds_of(kind)
    wanted = fold(speaker)
    events = [e for e in ctx.conference.events if any(fold(s) == wanted for s in e.speakers)
              and is_of(e, kinds)]
    if time is not None and time.kind in ("day", "range"):
        events = [e for e in events if e.start and time.start <= e.start < time.end] or events
    return upcoming_first(sorted(events, key=lambda e: (e.start is None, e.start or ctx.now)), ctx.now)


@answer("find_speaker", {"found": COMMON | {"speaker", "items"},
                        "found_one": COMMON | {"speaker", "title", "room"}, "found_untimed": UNTIMED,
                        "none": {"speaker"},
                        "near": {"speaker", "near"}})
def find_speaker(slots: dict, ctx: Context) -> Answer:
    speaker, kind, time = slots["speaker"], slots.get("kind"), slots.get("time")
    events = speaker_events(ctx, speaker, kind, time) or speaker_events(ctx, speaker, None, time)
    values = {"speaker": speaker, "what": kind_word(kind, len(events)), "when": "", "count": number_words(len(events))}
    if not events:  # a name not on the schedule (said where a person goes): a near one is only offered
        near = look_up(ctx.conference, speaker).near
        return Answer("find_speaker", "near" if near else "none", {"speaker": speaker, "near": near or ""},
                      offers=(Offer(speaker, near),) if near else ())
    return say_hits("find_speaker", events, values, ctx)


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
        outcome = "no_board" if _no_board(ctx, kind, events) else "none"
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
        return Answer("count_events", "no_board" if _no_board(ctx, kind, events) else "none", values)
    if running:  # "how many at four": those that start then, and it says how many more are on
        return Answer("count_events", "found_running", values, tuple(events + running), 0)
    return Answer("count_events", "found", values, tuple(events), 0)
