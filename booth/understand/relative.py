"""Times said relative to an event: "after the keynote", "after lunch on sunday", "before the
lightning talks". The event is a kind the visitor names; its time comes from the schedule: the
first one on the day asked (or today's next one), so "after the keynote" is when it ends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from booth.schedule.hours import end_of, start_of
from booth.schedule.model import Event
from booth.understand.timeparse import Clock, TimeQuery, TimeSpan

_RELATIONS = {"after": "end", "before": "start"}


def after_event(tokens: list[str], clock: Clock, skip: set[int], kind_forms: dict[str, str],
                events_of: Callable[[str, str], list[Event]], day_of: Callable[[list[str]], TimeSpan | None]
                ) -> TimeSpan | None:
    """ "after the keynote [on sunday]" -> the keynote's end as an instant; None when no kind
    follows "after". ``kind_forms``: spoken form -> kind; ``events_of(kind, as_said)``: that
    kind's timed events ("lunch" picks lunch among meals); ``day_of(tokens)``: a day said there."""
    for i, token in enumerate(tokens):
        if token not in _RELATIONS or i in skip:
            continue
        j = i + 1 + (tokens[i + 1:i + 2] == ["the"])
        for size in (3, 2, 1):
            phrase = " ".join(tokens[j:j + size])
            kind = kind_forms.get(phrase) if len(tokens[j:j + size]) == size else None
            if kind is None or any(k in skip for k in range(j, j + size)):
                continue
            tail = tokens[j + size:]
            said_day = day_of(tail) or day_of(tokens[:i])
            day = said_day.query.start.date() if said_day is not None else None
            # "after the keynote on sunday": the day said right after belongs to the phrase
            last = j + size + said_day.last if said_day is not None and day_of(tail) is not None \
                and said_day.first <= 1 else j + size
            candidates = [e for e in events_of(kind, phrase) if e.start and e.end]
            if day is not None:
                candidates = [e for e in candidates if start_of(e).date() == day]
            else:
                today = clock.now.date()
                later = [e for e in candidates if end_of(e) > clock.now and start_of(e).date() == today]
                candidates = later or [e for e in candidates if start_of(e).date() == today]
            if not candidates:
                return None
            event = min(candidates, key=start_of)
            words = " ".join(tokens[i:last])
            if _RELATIONS[token] == "end":  # what starts once it is over, to the end of that day
                end = end_of(event)
                day_end = end.replace(hour=0, minute=0) + timedelta(days=1)
                return TimeSpan(i, last, TimeQuery(end, day_end, "range", words))
            return TimeSpan(i, last, TimeQuery(start_of(event), None, "instant", words))
    return None
