"""When the conference itself is: its days, when it starts and ends, and when a day's program
starts or ends ("when does the conference end", "what days is pycon", "what time does the
conference close on sunday"). Computed from the schedule, so every imported conference answers it
without a line of YAML: the main days (the importer's ``ConferenceDays``), tutorials before them
and sprints after them, and the first start and last end of the sessions of a day."""

from __future__ import annotations

from datetime import date

from booth.answer.answers import Answer, Context
from booth.answer.registry import answer
from booth.answer.spoken import ordinal_words, say_clock, say_day, short_title
from booth.schedule.kinds import BY_NAME, DayKind
from booth.schedule.model import Event
from booth.understand.asked import Asked
from booth.understand.text import tokenize

__all__ = ["conference_days"]

# What the question asks, told by the words of the template it matched ("when does the conference
# start") or by the asked thing split off before matching ("when does the conference end").
_START_WORDS = frozenset({"start", "starts", "begin", "begins", "open", "opens", "opening", "kick", "first"})
_END_WORDS = frozenset({"end", "ends", "finish", "finishes", "close", "closes", "closing", "wrap", "stop", "last", "final",
                        "over", "until"})
# Notices ("Expo Hall Opens") are no part of a day's program: it starts with the first session.
_NOT_PROGRAM = frozenset({"info"})


def _date_words(day: date) -> str:
    return f"{day:%A}, {day:%B} {ordinal_words(day.day)}"


def _asks(slots: dict) -> str:
    asked = slots.get("_asked")
    if asked is Asked.ENDS:
        return "end"
    if asked is Asked.HOW_LONG:
        return "span"
    words = set(str(slots.get("_sentence", "")).split())
    if words & _START_WORDS:
        return "start"
    if words & _END_WORDS:
        return "end"
    return "span"


# The conference's own opening and closing sessions ("Welcome", "Closing", "Closing FOSDEM 2026"),
# by the first word of the title; a devroom's or track's own welcome is no opening of the conference.
_OPENING_WORDS = frozenset({"welcome", "opening"})
_CLOSING_WORDS = frozenset({"closing"})
_PART_WORDS = frozenset({"devroom", "dev", "track", "room", "summit"})


def _titled(ctx: Context, day: date, first_words: frozenset[str]) -> list[Event]:
    found = []
    for e in ctx.conference.events:
        words = tokenize(e.title)
        if e.start is not None and e.start.date() == day and e.kind not in _NOT_PROGRAM and words \
                and words[0] in first_words and not set(words) & _PART_WORDS:
            found.append(e)
    return found


def _day_opens(ctx: Context, day: date) -> Event | None:
    """The first session of a day, or the conference's welcome if it comes first."""
    candidates = _program(ctx, day) + _titled(ctx, day, _OPENING_WORDS)
    return min(candidates, key=lambda e: e.start or ctx.now) if candidates else None


def _day_closes(ctx: Context, day: date) -> tuple[Event, bool] | None:
    """The conference's closing session that day (said by its start: the closing is what a visitor
    means by "when does the conference close"), else the session that ends last."""
    closing = _titled(ctx, day, _CLOSING_WORDS)
    if closing:
        return max(closing, key=lambda e: e.start or ctx.now), True
    program = _program(ctx, day)
    return (max(program, key=lambda e: e.end or ctx.now), False) if program else None


def _program(ctx: Context, day: date) -> list[Event]:
    """The sessions that make a day of the conference: kinds that mark a conference day (talks,
    tutorials, keynotes, sprints; ``Kind.day`` in the kinds table), not the 5K fun run at dawn or
    the evening's pickleball; a schedule without such kinds has all but its notices."""
    timed = [e for e in ctx.conference.events
             if e.start is not None and e.end is not None and e.start.date() == day and e.kind not in _NOT_PROGRAM]
    sessions = [e for e in timed if e.kind in BY_NAME and BY_NAME[e.kind].day is not DayKind.NONE]
    return sessions or timed


def _main_days(ctx: Context) -> tuple[date, ...]:
    days = ctx.conference.days
    if days.main:
        return days.main
    return tuple(sorted({e.start.date() for e in ctx.conference.events if e.start is not None}))


def _around(ctx: Context, asks: str) -> str:
    """Tutorials before the main days and sprints after them, a sentence after the answer
    (" Tutorials start Wednesday; sprints run until Thursday.": weekdays, the week of the main days)."""
    days = ctx.conference.days
    if asks == "start":
        return f" Tutorials start {_date_words(min(days.tutorials))}." if days.tutorials else ""
    if asks == "end":
        return f" Sprints run until {_date_words(max(days.sprints))}." if days.sprints else ""
    # The span: a sentence of its own too, so that a long answer loses it (fit_speech), not the days.
    parts = []
    if days.tutorials:
        parts.append(f"Tutorials start {min(days.tutorials):%A}")
    if days.sprints:
        parts.append(f"sprints run until {max(days.sprints):%A}" if parts
                     else f"Sprints run until {max(days.sprints):%A}")
    return " " + "; ".join(parts) + "." if parts else ""


def _in_room(event: Event) -> str:
    return f" in {event.room}" if event.room else ""


@answer("conference_days", {"span": {"conference", "first", "last", "around"},
                            "one_day": {"conference", "first", "around"},
                            "starts": {"conference", "day", "clock", "title", "room", "around"},
                            "ends": {"conference", "day", "clock", "title", "room", "around"},
                            "closes": {"conference", "day", "clock", "title", "room", "around"},
                            "day_starts": {"day", "clock", "title", "room"},
                            "day_ends": {"day", "clock", "title", "room"},
                            "day_closes": {"day", "clock", "title", "room"},
                            "not_on": {"day", "first", "last"},
                            "other_day": {"day", "which", "first", "last"},
                            "no_dates": set()},
        asks=(Asked.WHEN, Asked.ENDS, Asked.HOW_LONG))
def conference_days(slots: dict, ctx: Context) -> Answer:
    main = _main_days(ctx)
    if not main:  # a skill without a schedule
        return Answer("conference_days", "no_dates")
    asks = _asks(slots)
    title = ctx.conference.title or "The conference"
    first, last = min(main), max(main)
    time = slots.get("time")
    start = getattr(time, "start", None)
    if start is not None:  # "what time does the conference close on sunday"
        day = start.date()
        program = _program(ctx, day)
        said = say_day(day, ctx.now.date())
        days = ctx.conference.days
        if not program and day in days.all:  # a sprint day the schedule lists no sprint for
            which, span = next((name, of) for name, of in (("sprint", days.sprints), ("tutorial", days.tutorials),
                                                            ("conference", days.main), ("conference", days.all)) if day in of)
            return Answer("conference_days", "other_day", {"day": said, "which": which,
                                                           "first": _date_words(min(span)), "last": _date_words(max(span))})
        if not program:
            return Answer("conference_days", "not_on", {"day": said, "first": _date_words(first), "last": _date_words(last)})
        if asks == "start":
            opens = _day_opens(ctx, day)
            assert opens is not None and opens.start is not None  # program is not empty
            return Answer("conference_days", "day_starts", {"day": said, "clock": say_clock(opens.start),
                                                            "title": short_title(opens.title), "room": _in_room(opens)},
                          (opens,), 1)
        event, is_closing = _day_closes(ctx, day)  # type: ignore[misc]  # program is not empty
        moment = event.start if is_closing else event.end
        assert moment is not None
        return Answer("conference_days", "day_closes" if is_closing else "day_ends",
                      {"day": said, "clock": say_clock(moment), "title": short_title(event.title),
                       "room": _in_room(event)}, (event,), 1)
    values = {"conference": title, "around": _around(ctx, asks)}
    if asks == "start":
        opens = _day_opens(ctx, first)
        if opens is not None and opens.start is not None:
            return Answer("conference_days", "starts", values | {"day": _date_words(first), "clock": say_clock(opens.start),
                                                                 "title": short_title(opens.title), "room": _in_room(opens)},
                          (opens,), 1)
    if asks == "end":
        closes = _day_closes(ctx, last)
        if closes is not None:
            event, is_closing = closes
            moment = event.start if is_closing else event.end
            if moment is not None:
                return Answer("conference_days", "closes" if is_closing else "ends",
                              values | {"day": _date_words(last), "clock": say_clock(moment),
                                        "title": short_title(event.title), "room": _in_room(event)}, (event,), 1)
    if first == last:
        return Answer("conference_days", "one_day", values | {"first": _date_words(first)})
    # "Friday, May sixteenth to Sunday the eighteenth": the month once when it is the same (short to hear).
    until = f"{last:%A} the {ordinal_words(last.day)}" if (last.year, last.month) == (first.year, first.month) \
        else _date_words(last)
    return Answer("conference_days", "span", values | {"first": _date_words(first), "last": until})
