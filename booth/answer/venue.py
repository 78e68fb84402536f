"""Where things are: an event, a kind or a speaker's talk (``where_is``), and a room: Booth knows
the rooms the schedule uses, not a floor plan, so it says whether the room is one of the
conference's (and what is next there) or that there is no such room."""

from __future__ import annotations

from booth.answer.answers import (
    COMMON,
    UNTIMED,
    Answer,
    Context,
    kind_events,
    say_hits,
    titled_with_kind,
    untimed_of,
)
from booth.answer.offers import Offer
from booth.answer.phrases import kind_word, room_of
from booth.answer.registry import answer
from booth.answer.search import clean_topic
from booth.answer.select import at_time, singular, timed
from booth.answer.spoken import join_words, number_words, say_clock, say_day, short_title
from booth.answer.topics import speaker_events, topic_hits
from booth.schedule.hours import end_of, start_of
from booth.understand.lexicon import room_forms
from booth.understand.slots import split_rooms
from booth.understand.text import tokenize
from booth.understand.venue_names import code_room_forms


@answer("where_room", {"next": {"room", "title", "when"}, "nothing_next": {"room"},
                       "no_room": {"room"}, "which_room": {"count", "rooms"}})
def where_room(slots: dict, ctx: Context) -> Answer:
    room = slots.get("room")
    if not room:  # "where is room 999", "hall z": a room the schedule never uses
        said = clean_topic(slots.get("topic", ""))
        head_only = tokenize(said)
        several = sorted(r for r in _rooms(ctx) if len(words := tokenize(r)) > 1 and words[:1] == head_only)
        if len(head_only) == 1 and len(several) > 1:
            # "who is speaking in ballroom at two" (its "a" lost): which of them, not "no Room Ballroom".
            return Answer("where_room", "which_room", {"count": number_words(len(several)),
                                                       "rooms": join_words(several, "or")},
                          offers=tuple(Offer(said, room) for room in several))
        named = unknown_room(said, ctx)
        if named is not None:
            return named
        sentence = slots.get("_sentence", "")
        after = sentence.split("{topic}")[-1].split()
        if after[:1] and after[0] in ("devroom", "track"):  # "is there a php devroom"
            return Answer("where_room", "no_room", {"room": f"{said.title()} {after[0]}"})
        before = sentence.split("{topic}")[0].split()
        head = next((w for w in reversed(before) if w not in ("number", "the")), "room")
        head = head if head in ("room", "hall", "ballroom") else "room"
        room = _room_said(f"{head} {said}", ctx)  # "where is room number 315": the number as the topic
        if room is not None:
            return where_room({**slots, "room": room}, ctx)
        return Answer("where_room", "no_room", {"room": f"{head} {said}".title() if not said[:1].isdigit()
                                                else f"{head} {said}".capitalize()})
    ahead = [e for e in timed(ctx.conference.events, None, room) if end_of(e) > ctx.now]
    if not ahead:
        return Answer("where_room", "nothing_next", {"room": room})
    # A hall-wide break is not what the room is for: the next session there, if there is one.
    event = next((e for e in ahead if e.kind not in ("break", "meal")), ahead[0])
    start, end = start_of(event), end_of(event)
    day = say_day(start.date(), ctx.now.date())
    when = f"now, until {say_clock(end)}" if start <= ctx.now else \
        f"at {say_clock(start)}" + ("" if day == "today" else (f" {day}" if day in ("tomorrow", "yesterday") else f" on {day}"))
    return Answer("where_room", "next", {"room": room, "title": short_title(event.title), "when": when},
                  (event,), 1)


def _rooms(ctx: Context) -> set[str]:
    """Every room the schedule uses, one name each ("Room 301 - 305" and "Hall A" split apart)."""
    return {part for e in ctx.conference.events for part in split_rooms(e.room)}


def _room_said(words: str, ctx: Context) -> str | None:
    """The room ``words`` name as the lexicon would say it ("room 315", "room three fifteen"), if any."""
    key = " ".join(tokenize(words))
    for room in _rooms(ctx):
        if key in {" ".join(tokenize(form)) for form in room_forms(room) | code_room_forms(room)}:
            return room
    return None


def room_heads(conference) -> set[str]:
    """The words rooms are named with ("room", "hall", "ballroom"): "hall z" is then a room name."""
    heads = set()
    for event in conference.events:
        for room in split_rooms(event.room):
            words = tokenize(room)
            if len(words) >= 2 and words[0].isalpha():
                heads.add(words[0])
    return heads


def unknown_room(topic: str, ctx: Context) -> Answer | None:
    """ "where is hall z", "what's in ballroom d": a room's name that no room has."""
    words = tokenize(topic)
    if " ".join(words) in {" ".join(tokenize(room)) for room in _rooms(ctx)}:  # the room itself, said where a topic goes ("the open spaces rooms")
        return None
    if len(words) >= 2 and words[0] in room_heads(ctx.conference) and len(words) <= 3:
        return Answer("where_room", "no_room", {"room": " ".join(words).title()})
    return None


@answer("where_is", {"found": COMMON | {"items"}, "found_one": COMMON | {"title", "room"}, "found_untimed": UNTIMED,
                    "all_in": COMMON | {"room"}, "none": COMMON | {"topic"}})
def where_is(slots: dict, ctx: Context) -> Answer:
    kind, topic, speaker = slots.get("kind"), slots.get("topic"), slots.get("speaker")
    if speaker:
        events = speaker_events(ctx, speaker, kind)
    elif topic:
        missing = unknown_room(topic, ctx)  # "where is hall z": named like a room, and no room is
        if missing is not None:
            return missing
        events = topic_hits(ctx, clean_topic(topic), kind, notices=True, time=slots.get("time"))
        if not events and kind:  # "the mentored sprints" is an event, not a sprint day: titled so
            word, subject = singular(kind_word(kind)), set(singular(clean_topic(topic)).split())
            events = [e for e in topic_hits(ctx, f"{clean_topic(topic)} {kind_word(kind)}", None, notices=True)
                      if word in singular(e.title).split() and subject & set(singular(e.title).split())]
    else:
        events = kind_events(ctx, slots, kind)
        if not events and kind and untimed_of(ctx, kind):
            events = titled_with_kind(ctx, kind)  # "where are the posters": at the Poster Session
        time = slots.get("time")
        if time is not None:
            starting, running = at_time(events, time, ctx.now)
            events = running + starting
        else:
            upcoming = [e for e in events if end_of(e) > ctx.now]
            ahead = upcoming or events
            rooms = {room_of(e) for e in ahead if e.room}
            if len({e.title for e in ahead}) > 1 and len(rooms) == 1 and all(e.room for e in ahead):
                # "where are the charlas": every one is in Room 310/311, which says more than the next one
                return Answer("where_is", "all_in", {"what": kind_word(kind), "room": rooms.pop(), "when": "",
                                                     "count": number_words(len(ahead))}, tuple(ahead), 0)
            events = upcoming[:1] or events[-1:]
    values = {"what": kind_word(kind, len(events)), "when": "", "count": number_words(len(events)),
              "topic": clean_topic(topic or speaker or kind_word(kind, 1))}
    if not events:
        return Answer("where_is", "none", values)
    return say_hits("where_is", events, values, ctx)
