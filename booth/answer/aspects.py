"""One thing said about one event: where, who, when, when it ends and how long, what it is
about. The same answer for a first question ("how long is Cory Doctorow's keynote") and a
follow-up ("how long is it"), so the two cannot drift apart."""

from __future__ import annotations

from datetime import datetime

from booth.answer.answers import Answer
from booth.answer.phrases import SPOKEN_LIMIT, by_line, room_of, when_of
from booth.answer.spoken import (
    SPEECH_BUDGET,
    join_words,
    list_title,
    number_words,
    said_count,
    say_clock,
    say_day,
    say_duration,
    say_list,
    short_title,
    speech_seconds,
    summarize,
)
from booth.schedule.hours import end_of, is_hours, start_of
from booth.schedule.model import Event
from booth.understand.asked import Asked
from booth.understand.text import fold

# The detail outcome that answers each asked thing.
_ASPECT = {Asked.WHERE: "where", Asked.WHO: "who", Asked.WHEN: "when", Asked.HOW_LONG: "end", Asked.ENDS: "end"}
# The answers that find events by their kind (and time or room), not by a name.
_OF_A_KIND = ("when_is_kind", "events_at_time", "room_schedule")


def hours(aspect: str, event: Event, now: datetime) -> Answer:
    """When a place (the expo hall, registration) is open, or when it closes."""
    day = say_day(event.start.date(), now.date()) if event.start else ""
    values = {"title": event.title, "day": day, "open": say_clock(start_of(event)), "close": say_clock(end_of(event)),
              "room": room_of(event)}
    return Answer("detail", "closes" if aspect == "end" else "hours", values, (event,), 1)


def detail(aspect: str, event: Event, now: datetime) -> Answer:
    """``aspect``: "where", "who", "when", "end" (end and duration) or "about"."""
    if is_hours(event) and aspect in ("when", "end", "where", "about"):
        return hours(aspect, event, now)
    title = short_title(event.title)
    values = {"title": title, "room": room_of(event), "when": when_of(event, now.date()),
              "speakers": join_words(list(event.speakers)), "by": by_line(event)}
    if aspect == "who" and not event.speakers:
        return Answer("detail", "nobody", {"title": title}, (event,), 1)
    if aspect == "end":
        if event.end is None or event.start is None or event.end <= event.start:
            return Answer("detail", "when", values, (event,), 1)
        minutes = int((event.end - event.start).total_seconds() // 60)
        return Answer("detail", "end", {"title": title, "end": say_clock(event.end),
                                        "duration": say_duration(minutes)}, (event,), 1)
    if aspect == "about":  # as much of the description as fits beside the title
        lead = f"{title}{values['by']}."
        # A second of margin: the estimate is rough, and over budget the speakers' names would go.
        values["summary"] = summarize(event.description, budget=SPEECH_BUDGET - 1.0 - speech_seconds(lead)) \
            or "There is no description."
    return Answer("detail", aspect, values, (event,), 1)


def focus_on(answer: Answer, asked: Asked | None, now: datetime) -> Answer:
    """The answer to a question that asks one thing (who, where, how long) about the events
    another answer found. Nothing found stays the honest "none" of that answer; several found stay
    the list that answer speaks (it names them, and the conversation asks which one is meant)."""
    if answer.intent in ("sponsor_booth", "count_events", "conference_days"):
        return answer
    # Several events with one title are one thing on several days ("Unlearning SQL" twice).
    if len({e.title for e in answer.events}) > 1:
        return shared(answer, asked) or answer
    if not answer.events:
        return answer
    event = answer.events[0]
    if asked is None and is_hours(event):
        asked = Asked.WHEN  # "where is registration" is answered with its hours too
    elif asked is None:
        return answer
    if is_hours(event):
        return detail("end" if asked in (Asked.ENDS, Asked.HOW_LONG) else "when", event, now)
    if asked is Asked.WHEN and answer.outcome in ("found_one", "found"):
        return answer  # the usual answer already says when
    focused = detail(_ASPECT[asked], event, now)
    return Answer(focused.intent, focused.outcome, focused.values, answer.events, 1)


def shared(answer: Answer, asked: Asked | None) -> Answer | None:
    """ "how long are the tutorials": how long, when every event found has the same length (all three
    and a half hours), or for events of a kind the shortest and the longest; None otherwise, and
    the list answers instead. (Where events of a kind all are is where_is's answer.)"""
    events = answer.events
    what = answer.values.get("what") or "events"
    if asked is Asked.WHO and answer.outcome != "speakers" and any(e.speakers for e in events):
        # "who's speaking at quarter past eleven": the people, each with what they give ("Keynote -
        # Lynn Root" says no more than her name); events with no speaker named (a break, a summit)
        # are on the screen only. The time said is the one asked, not the first event's.
        items = [join_words(list(e.speakers)) if any(fold(s) in fold(e.title) for s in e.speakers)
                 else f"{join_words(list(e.speakers))} on {list_title(e.title)}" for e in events if e.speakers]
        when = (answer.values.get("when") or "") if answer.intent in _OF_A_KIND else ""
        return Answer("detail", "speakers_of", {"when": f" {when}" if when else "",
                                                "items": say_list(items, SPOKEN_LIMIT)},
                      events, said_count(items, SPOKEN_LIMIT))
    if asked is Asked.HOW_LONG:
        lengths = [int((e.end - e.start).total_seconds() // 60) for e in events
                   if e.start and e.end and e.end > e.start]
        if len(lengths) != len(events):
            return None  # one with no length: the list says what is known
        if len(set(lengths)) == 1:
            return Answer("detail", "each_lasts", {"what": what, "duration": say_duration(lengths[0])},
                          events, len(events))
        # Of a kind ("how long are the talks today") the span of lengths answers; events found by
        # a topic or a speaker are likely one meant, and the list asks which.
        if answer.intent in _OF_A_KIND:
            return Answer("detail", "lengths", {"what": what, "shortest": say_duration(min(lengths)),
                                                "longest": say_duration(max(lengths))}, events, len(events))
    return None


def nth(answer: Answer, ordinal: int, now: datetime) -> Answer:
    """The ``ordinal``-th of the events an answer found, in time order (-1: the last), said as
    when and where it is; an honest "only N" when there are fewer."""
    events = sorted(answer.events, key=lambda e: (e.start is None, e.start or now))
    if not -len(events) <= (ordinal - 1 if ordinal > 0 else ordinal) < len(events):
        return Answer("detail", "no_item", {"count": number_words(len(events))})
    event = events[ordinal - 1] if ordinal > 0 else events[ordinal]
    return detail("when", event, now)
