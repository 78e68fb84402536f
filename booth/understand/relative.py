"""Times said relative to an event: "after the keynote", "after lunch on sunday", "before the
lightning talks", "after the pyarrow talk". The event is a kind the visitor names (its time comes
from the schedule: the first one on the day asked, or today's next one, so "after the keynote" is
when it ends), or one event named by its title or speaker: then "after" is when the next event in
its room starts (what comes after it there, and whatever else starts then), "before" when the one
before it there started."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from booth.schedule.hours import end_of, start_of
from booth.schedule.model import Event
from booth.understand.dayparse import PARTS
from booth.understand.lexicon import split_rooms
from booth.understand.numbers import TENS, UNITS
from booth.understand.timeparse import Clock, TimeQuery, TimeSpan

_RELATIONS = {"after": "end", "before": "start"}


# Words that end the name of an event said after "after the": "the pyarrow talk in ballroom a".
_NAME_ENDS = {"in", "on", "at", "today", "tomorrow", "tonight", "please", "and", "or", "then"}
_SUBJECT_LEADS = {"about", "on", "by", "called", "titled", "named", "with"}
_NOT_A_NAME = {"that", "this", "it", "them", "those", "these", "me", "you", "next", "one", "ones", "lunchtime"}


def after_event(tokens: list[str], clock: Clock, skip: set[int], kind_forms: dict[str, str],
                events_of: Callable[[str | None, str], list[Event]], day_of: Callable[[list[str]], TimeSpan | None],
                named: Callable[[str, str | None], Event | None] | None = None) -> TimeSpan | None:
    """ "after the keynote [on sunday]" -> the keynote's end as an instant; None when no kind
    follows "after". ``kind_forms``: spoken form -> kind; ``events_of(kind, as_said)``: that
    kind's timed events ("lunch" picks lunch among meals); ``day_of(tokens)``: a day said there;
    ``named(words, kind)``: the one event those words name (a title's words, a speaker), or None."""
    for i, token in enumerate(tokens):
        if token not in _RELATIONS or i in skip:
            continue
        j = i + 1 + (tokens[i + 1:i + 2] == ["the"])
        # "after the morning break": which of the day's breaks, by the part of the day it falls in
        part = PARTS.get(tokens[j]) if j < len(tokens) and kind_forms.get(" ".join(tokens[j + 1:j + 2])) else None
        j += part is not None
        kind_size = next((n for n in (3, 2, 1) if kind_forms.get(" ".join(tokens[j:j + n]))), 0)
        # "after the pyarrow talk", "after the talk about time zones": one event named, not a kind
        if named is not None and part is None and j < len(tokens) and (not kind_size or tokens[j + kind_size:j + kind_size + 1]
                                                       and tokens[j + kind_size] in _SUBJECT_LEADS):
            found = _named_event(tokens, i, j, skip, kind_forms, events_of, named)
            if found is not None:
                return found
        for size in (3, 2, 1):
            phrase = " ".join(tokens[j:j + size])
            kind = kind_forms.get(phrase) if len(tokens[j:j + size]) == size else None
            if kind is None or any(k in skip for k in range(j, j + size)):
                continue
            tail = tokens[j + size:]
            day_after = day_of(tail)
            said_day = day_after or day_of(tokens[:i])
            day = said_day.query.start.date() if said_day is not None else None
            # "after the keynote on sunday": the day said right after belongs to the phrase
            last = j + size + said_day.last if said_day is not None and day_after is not None \
                and said_day.first <= 1 else j + size
            # ... and so does one said right before: "sunday after lunch"
            start = said_day.first if said_day is not None and day_after is None and said_day.last == i else i
            candidates = [e for e in events_of(kind, phrase) if e.start and e.end
                          and (part is None or part[0] <= start_of(e).hour < part[1])]
            if day is not None:
                candidates = [e for e in candidates if start_of(e).date() == day]
            else:
                today = clock.now.date()
                later = [e for e in candidates if end_of(e) > clock.now and start_of(e).date() == today]
                candidates = later or [e for e in candidates if start_of(e).date() == today]
            if not candidates:
                return None
            event = min(candidates, key=start_of)
            words = " ".join(tokens[start:last])
            if _RELATIONS[token] == "end":  # what starts once it is over, to the end of that day
                end = end_of(event)
                day_end = end.replace(hour=0, minute=0) + timedelta(days=1)
                return TimeSpan(start, last, TimeQuery(end, day_end, "range", words))
            return TimeSpan(start, last, TimeQuery(start_of(event), None, "instant", words))
    return None


def _a_number_word(word: str) -> bool:
    return word.isdigit() or word in UNITS or word in TENS or word in ("oh", "o", "hundred")


def _named_event(tokens: list[str], i: int, j: int, skip: set[int], kind_forms: dict[str, str],
                 events_of: Callable[[str | None, str], list[Event]],
                 named: Callable[[str, str | None], Event | None]) -> TimeSpan | None:
    """ "after the pyarrow talk": the words up to a kind word, a room, a time word or the end name
    one event; what comes after it is what starts next in its room (and at that time elsewhere)."""
    last, kind, kind_first = j, None, None
    while last < len(tokens) and last not in skip and tokens[last] not in _NAME_ENDS:
        for size in (2, 1):
            found = kind_forms.get(" ".join(tokens[last:last + size])) if last + size <= len(tokens) else None
            if found is not None:
                kind, kind_first, last = found, last, last + size
                break
        if kind is not None:
            break
        last += 1
    words = tokens[j:kind_first if kind_first is not None else last]
    if not words and tokens[last:last + 1] and tokens[last] in _SUBJECT_LEADS:
        # "after the talk about time zones": the words after "about" name it
        first = last = last + 1
        while last < len(tokens) and last not in skip and tokens[last] not in _NAME_ENDS - {"on"}:
            last += 1
        words = tokens[first:last]
    if words[-1:] == ["s"]:  # "guido's talk" is tokenized "guido s talk"
        words = words[:-1]
    if not words or set(words) <= _NOT_A_NAME or all(_a_number_word(w) for w in words):
        return None  # "after zero zero" (15:00 misheard) is a time said badly, not "from zero to hero"
    event = named(" ".join(words), kind)
    if event is None or not event.start or not event.end:
        return None
    day = start_of(event).date()
    there = [e for e in events_of(None, "") if e.room == event.room and start_of(e).date() == day and e is not event]
    # What follows a talk there is the next session, not the break between them.
    sessions = [e for e in there if e.kind not in ("break", "meal")] or there
    if _RELATIONS[tokens[i]] == "end":
        # Nothing after it there: the moment it ends, which the answer says has nothing in its room.
        moment = min((start_of(e) for e in sessions if start_of(e) >= end_of(event)), default=end_of(event))
    else:
        earlier = [start_of(e) for e in sessions if end_of(e) <= start_of(event)]
        if not earlier:
            return None
        moment = max(earlier)
    # A plenary over several rooms ("Ballroom 201 / Ballroom 202") is no one room to look in.
    room = event.room if len(split_rooms(event.room)) == 1 else None
    return TimeSpan(i, last, TimeQuery(moment, None, "instant", " ".join(tokens[i:last]), room))
