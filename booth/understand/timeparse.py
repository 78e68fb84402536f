"""Conference-aware time phrases: "at three", "saturday at four", "thursday morning", "in half an hour".

Rules, and why:
- Bare hours 1-7 are p.m., 8-11 a.m., 12 is noon: sessions run from about 8:00 to 19:00, so
  "at three" at a conference is never 3 a.m. "am"/"pm", "in the morning", "tonight" or a part of
  the day ("saturday evening at seven") win. Typed "HH:MM" with a leading zero ("07:30"), hours
  13-23, 0 and "fifteen hundred" are 24-hour times and taken literally ("three hundred" is not:
  it reads as "three").
- A bare number is a time only when a trigger word comes before it (at, around, at about, by,
  until, till, from, to, before, after), when it follows a day phrase ("saturday four"), or when it
  carries a clock part (am/pm, o'clock, minutes, HH:MM, "in the afternoon"). So "the second one"
  and "room three oh eight" are not times. A number right after "room"/"booth"/"hall"/"number"
  is never a time, and callers pass ``skip`` (token indices of rooms they found) to hide them.
- A weekday name means the conference day with that weekday: the next one from today when it
  occurs twice (PyCon 2025 has two Wednesdays), else the latest past one. A weekday the
  conference does not have means that weekday in the conference week, nearest to the conference
  (ties: after it). "the first day", "day two", "the last day", "of the conference/talks" count
  main days; "of the tutorials/sprints" those days.
- "the seventeenth" without a month is a time only when it names a conference day, so "the third"
  (a list position) is not read as a date.
- "midnight" is the end of the day named (24:00), "tonight" 17:00-24:00, "after lunch" 13:30
  unless the caller knows better (``lunch_end``). Relative times ("in twenty minutes") drop seconds.
- The span excludes a leading preposition (at, on, in, around, by, for, until...), except words
  that are part of the phrase: "in half an hour", "from two to four", "after lunch".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from booth.answer.spoken import ordinal_words, say_clock
from booth.errors import DateOutOfRange
from booth.limits import date_ok, date_range_text
from booth.understand.clock import Clock, TimeQuery, TimeSpan, make_clock
from booth.understand.dayparse import PART_MERIDIEM, PARTS, DayPhrase, DayRules
from booth.understand.numbers import TENS, cardinal_at, duration_at, minute_at

__all__ = ["Clock", "TimeQuery", "TimeSpan", "find_time", "make_clock", "parse_time"]

_TRIGGERS = {"at", "around", "by", "until", "till", "til", "from", "to", "before", "after"}
_NOT_TIME_AFTER = {"room", "rooms", "booth", "hall", "number", "table", "track", "level", "floor", "gate"}
# A bare number followed by one of these counts things, it does not tell the time: "by two speakers".
_COUNTED = {"of", "speakers", "people", "talks", "sessions", "tutorials", "rooms", "minutes", "hours", "days",
            "times", "more", "other", "others", "ones"}
_NOW_WORDS = {"now", "currently", "presently"}
_LUNCH_END = time(13, 30)


@dataclass(frozen=True)
class _Tod:
    """A time of day as heard, before am/pm is decided."""

    hour: int
    minute: int = 0  # may be negative: "quarter to four" is hour 4, minute -15
    meridiem: str | None = None  # "am" | "pm" | None
    literal: bool = False  # a 24-hour time: take the hour as is
    strong: bool = False  # has a clock part, so it is a time even without "at"
    label: str = ""  # spoken instead of the clock ("after lunch")


@dataclass(frozen=True)
class _Range:
    start: _Tod
    end: _Tod


def _minutes(tod: _Tod, hint: str | None = None) -> int:
    """Minutes after midnight of the day, applying the conference-hours rule."""
    hour, meridiem = tod.hour, tod.meridiem or hint
    if tod.literal or hour == 0 or hour > 12:
        pass
    elif meridiem == "am":
        hour = 0 if hour == 12 else hour
    elif meridiem == "pm":
        hour = hour if hour == 12 else hour + 12
    elif hour <= 7:
        hour += 12
    return hour * 60 + tod.minute


# "Next" said in words, longest first so "up next" is not read as "up" and "next".
_NEXT_PHRASES = sorted([("next",), ("up", "next"), ("coming", "up", "next"), ("coming", "up"), ("later",),
                        ("later", "today"), ("later", "on"), ("soon",)], key=lambda words: -len(words))


class _Parser(DayRules):
    def __init__(self, tokens: list[str], clock: Clock, skip: set[int] | None, lunch_end: time | None,
                 lenient_at: int | None = None, lunch_ends: dict[date, time] | None = None):
        # Skipped tokens become "", which no rule matches: a room span can never be part of a time.
        self.tokens = [("" if skip and i in skip else t) for i, t in enumerate(tokens)]
        self.clock = clock
        self.lunch_end = lunch_end or _LUNCH_END
        self.lunch_ends = lunch_ends or {}  # per day: "after lunch on sunday" is after Sunday's lunch
        self.lenient_at = lenient_at  # parse_time: the phrase is known to be a time

    # -- time of day ------------------------------------------------------------------------
    def triggered(self, i: int) -> bool:
        before = self.t(i - 1)
        return (i == self.lenient_at or before in _TRIGGERS
                or (before == "about" and self.t(i - 2) in ("at", "around", "from")))

    def hour_at(self, i: int, low: int = 0, high: int = 23) -> tuple[int, int] | None:
        found = cardinal_at(self.tokens, i)
        if found is None or not low <= found[0] <= high or len(self.t(i)) > 2 and self.t(i).isdigit():
            return None
        return found[0], found[1]

    def clock_at(self, i: int, triggered: bool, allow_to: bool = True) -> tuple[int, _Tod] | None:
        """A time of day at ``i`` if it is one by the rules in the module docstring."""
        if self.t(i - 1) in _NOT_TIME_AFTER:
            return None
        found = self._clock(i, allow_to)
        if found is None or not (found[1].strong or triggered):
            return None
        if self.t(found[0]) in _COUNTED and not found[1].strong:
            return None  # "at one of the talks", "by two speakers"
        return found

    def _clock(self, i: int, allow_to: bool) -> tuple[int, _Tod] | None:
        word = self.t(i)
        if ":" in word:
            head, _, tail = word.partition(":")
            if head.isdigit() and tail.isdigit() and len(head) <= 2 and len(tail) == 2 \
                    and int(head) <= 23 and int(tail) <= 59:
                literal = int(head) > 12 or int(head) == 0 or head.startswith("0")
                return self._suffix(i + 1, _Tod(int(head), int(tail), literal=literal, strong=True))
            return None
        if word in ("twelve", "12") and self.t(i + 1) in ("noon", "midnight"):
            i, word = i + 1, self.t(i + 1)
        if word in ("noon", "midday"):
            return i + 1, _Tod(12, literal=True, strong=True)
        if word == "midnight":
            return i + 1, _Tod(24, literal=True, strong=True)
        if word == "after" and self.t(i + 1) in ("lunch", "lunchtime"):
            end = self.lunch_end
            return i + 2, _Tod(end.hour, end.minute, literal=True, strong=True, label="after lunch")
        relative = self._past_to(i, allow_to)
        if relative is not None:
            return relative
        found = self.hour_at(i)
        if found is None:
            return None
        hour, j = found
        tod = _Tod(hour, literal=hour > 12 or hour == 0)
        minute = minute_at(self.tokens, j)
        if minute is not None:
            hundred = self.t(j) == "hundred"
            # "fifteen hundred" is 15:00, but "three hundred" is no 3 a.m. at a conference: the
            # hour is read like "at three" (a recognizer's "at three hundred" for "at three").
            tod = _Tod(hour, minute[0], literal=tod.literal or (hundred and hour >= 10), strong=True)
            j = minute[1]
            if hundred and self.t(j) == "hours":
                j += 1
        return self._suffix(j, tod)

    def _past_to(self, i: int, allow_to: bool) -> tuple[int, _Tod] | None:
        """ "half past two", "quarter to four", "a quarter after ten", "ten to four", "20 past 3"."""
        j = i + 1 if self.t(i) == "a" else i
        if self.t(j) in ("half", "quarter"):
            delta, named, j = (30 if self.t(j) == "half" else 15), True, j + 1
        else:
            found = cardinal_at(self.tokens, j)
            if found is None or not 1 <= found[0] <= 29 or j != i:
                return None
            (delta, j), named = found, False
            if self.t(j) in ("minutes", "minute"):
                j, named = j + 1, True
        relation = self.t(j)
        if relation in ("past", "after"):
            sign = 1
        elif relation in ("to", "till", "til", "of") and delta != 30 and (named or allow_to):
            sign = -1
        else:
            return None
        hour = self.hour_at(j + 1, 1, 12)
        if hour is None:
            return None
        return self._suffix(hour[1], _Tod(hour[0], sign * delta, strong=True))

    def _suffix(self, j: int, tod: _Tod) -> tuple[int, _Tod]:
        """am/pm, o'clock, "in the afternoon", "at night" after a clock time."""
        meridiem, strong = tod.meridiem, tod.strong
        if self.t(j) == "oclock" or (self.t(j) == "o" and self.t(j + 1) == "clock"):
            j, strong = j + (1 if self.t(j) == "oclock" else 2), True
        if self.t(j) in ("am", "pm"):
            meridiem, j, strong = self.t(j), j + 1, True
        elif self.t(j) in ("a", "p") and self.t(j + 1) == "m":
            meridiem, j, strong = self.t(j) + "m", j + 2, True
        elif self.t(j) == "in" and self.t(j + 1) == "the" and self.t(j + 2) in PART_MERIDIEM:
            meridiem, j, strong = PART_MERIDIEM[self.t(j + 2)], j + 3, True
        elif self.t(j) == "at" and self.t(j + 1) == "night":
            meridiem, j, strong = "pm", j + 2, True
        if meridiem and (tod.literal or not 1 <= tod.hour <= 12):
            meridiem = None  # "15:00 pm": the 24-hour clock already said it
        return j, _Tod(tod.hour, tod.minute, meridiem, tod.literal, strong, tod.label)

    def range_at(self, i: int) -> tuple[int, _Range] | None:
        """ "from two to four", "between 2 and 4 pm", "from ten thirty until noon"."""
        opener = self.t(i)
        if opener not in ("from", "between"):
            return None
        first = self.clock_at(i + 1, True, allow_to=False)
        if first is None:
            return None
        joiner = self.t(first[0])
        if (opener == "from" and joiner not in ("to", "until", "till", "til", "through")) or \
                (opener == "between" and joiner != "and"):
            return None
        second = self.clock_at(first[0] + 1, True)
        if second is None:
            return None
        return second[0], _Range(first[1], second[1])

    # -- whole phrases ----------------------------------------------------------------------
    def relative_at(self, i: int) -> tuple[int, TimeQuery] | None:
        word, now = self.t(i), self.clock.now
        if word in _NOW_WORDS or (word == "right" and self.t(i + 1) == "now"):
            return i + (2 if word == "right" else 1), TimeQuery(now, None, "now", "now")
        if word in ("the", "this") and self.t(i + 1) == "moment" and self.t(i - 1) == "at":
            return i + 2, TimeQuery(now, None, "now", "now")
        for words in _NEXT_PHRASES:
            if tuple(self.tokens[i:i + len(words)]) == words:
                return i + len(words), TimeQuery(now, None, "next", "next")
        if word == "in":
            found = duration_at(self.tokens, i + 1)
            if found is not None:
                moment = (now + timedelta(minutes=found[0])).replace(second=0, microsecond=0)
                return found[1], TimeQuery(moment, None, "instant", self.spoken_instant(moment, moment.date()))
        return None

    def phrase_at(self, i: int) -> tuple[int, TimeQuery] | None:
        """The longest time phrase starting at token ``i``."""
        if not self.t(i):
            return None
        found: list[tuple[int, TimeQuery | None] | None] = [self.relative_at(i)]
        day = self.day_at(i)
        if day is not None:
            j, d = day
            found.append((j, self.day_query(d)))
            k = j + 1 if self.t(j) in ("at", "around", "by") else j
            if self.t(k) == "about":
                k += 1
            time_part = self.range_at(k) or self.clock_at(k, True)
            if time_part is not None:
                found.append((time_part[0], self.timed_query(d, time_part[1])))
        time_part = self.range_at(i) or self.clock_at(i, self.triggered(i))
        if time_part is not None:
            j, value = time_part
            found.append((j, self.timed_query(None, value)))
            k = j + 1 if self.t(j) == "on" else j
            day = self.day_at(k)
            if day is not None:
                if k == j and isinstance(value, _Tod) and self.t(j - 1) == "one" and self.t(j - 2) in TENS:
                    # "at twelve thirty one friday": a recognizer's "one" for "on" before a day
                    # (neural voice, clean: 12:31 on Friday for "12:30 on friday").
                    value = replace(value, minute=value.minute - 1)
                found.append((day[0], self.timed_query(day[1], value)))
        phrases = [(f[0], f[1]) for f in found if f is not None and f[1] is not None]
        return max(phrases, key=lambda f: f[0], default=None)

    # -- building queries -------------------------------------------------------------------
    def at(self, day: date, minutes: int) -> datetime:
        extra, minutes = divmod(minutes, 24 * 60)
        return datetime.combine(day + timedelta(days=extra), time(minutes // 60, minutes % 60), self.clock.tz)

    def day_query(self, d: DayPhrase) -> TimeQuery:
        label = self.day_label(d.day)
        if d.part is None:
            return TimeQuery(self.at(d.day, 0), self.at(d.day, 24 * 60), "day", label)
        first, last = PARTS[d.part]
        if label == "today":
            spoken = "tonight" if d.part == "night" else f"this {d.part}"
        else:  # "Thursday morning", "Wednesday morning, May twenty first"
            weekday, _, dated = label.partition(" ")
            spoken = f"{weekday} {d.part}" + (f", {dated}" if dated else "")
        return TimeQuery(self.at(d.day, first * 60), self.at(d.day, last * 60), "range", spoken)

    def timed_query(self, d: DayPhrase | None, value: _Tod | _Range) -> TimeQuery | None:
        day = d.day if d else self.clock.today
        hint = PART_MERIDIEM.get(d.part) if d and d.part else None
        if isinstance(value, _Tod):
            if value.label == "after lunch" and day in self.lunch_ends:
                lunch_end = self.lunch_ends[day]
                value = replace(value, hour=lunch_end.hour, minute=lunch_end.minute)
            moment = self.at(day, _minutes(value, hint))
            return TimeQuery(moment, None, "instant", self.spoken_instant(moment, day, value.label))
        end_tod = value.end
        start_tod = value.start
        if end_tod.meridiem and not start_tod.meridiem and not start_tod.literal:
            # "from nine to eleven pm": the end's am/pm covers the start when that keeps the order.
            same = _Tod(start_tod.hour, start_tod.minute, end_tod.meridiem)
            if _minutes(same) < _minutes(end_tod):
                start_tod = same
        first, last = _minutes(start_tod, hint), _minutes(end_tod, hint)
        bare = not (start_tod.meridiem or start_tod.literal or hint)
        if last <= first and bare and 1 <= start_tod.hour <= 7:
            first -= 720  # "from seven to three": seven in the morning
        if last <= first and last < 720 and not (end_tod.meridiem or end_tod.literal or hint):
            last += 720  # "from eleven to nine": nine in the evening
        if last <= first:
            return None
        start, end = self.at(day, first), self.at(day, last)
        a, b = say_clock(start), say_clock(end)
        for suffix in (" a.m.", " p.m."):
            if a.endswith(suffix) and b.endswith(suffix):
                a = a[: -len(suffix)]
        label = self.day_label(day)
        spoken = f"from {a} to {b}" if label == "today" else f"{label} from {a} to {b}"
        return TimeQuery(start, end, "range", spoken)

    def spoken_instant(self, moment: datetime, day: date, label: str = "") -> str:
        words = label or say_clock(moment)
        day_words = self.day_label(day)
        if day_words == "today":
            return words
        return f"{day_words} {words}" if label else f"{day_words} at {words}"

    def day_label(self, day: date) -> str:
        """ "today", "tomorrow", "Saturday"; with the date when the weekday alone is ambiguous."""
        delta = (day - self.clock.today).days
        if -1 <= delta <= 1:
            return ("yesterday", "today", "tomorrow")[delta + 1]
        name = f"{day:%A}"
        same_weekday = [d for d in self.clock.days.all if d.weekday() == day.weekday()]
        if abs(delta) > 6 or len(same_weekday) > 1:
            name += f" {day:%B} {ordinal_words(day.day)}"
        return name


def find_time(tokens: list[str], clock: Clock, skip: set[int] | None = None, *,
              lunch_end: time | None = None, lunch_ends: dict[date, time] | None = None) -> TimeSpan | None:
    """The longest time phrase in ``tokens`` (earliest on a tie), or None.

    ``skip``: token indices already taken (rooms); ``lunch_end``: when lunch ends, if known."""
    parser = _Parser(tokens, clock, skip, lunch_end, lunch_ends=lunch_ends)
    best: TimeSpan | None = None
    for i in range(len(tokens)):
        found = parser.phrase_at(i)
        if found is not None and (best is None or found[0] - i > best.last - best.first):
            best = TimeSpan(i, found[0], found[1])
    return best


_LEADING = {"at", "on", "in", "around", "by", "for", "about"}


def parse_time(text: str, clock: Clock, *, lunch_end: time | None = None) -> TimeQuery | None:
    """A whole phrase that is a time ("saturday 3pm", "three thirty", "2025-05-17 15:00"), or None.

    Unlike find_time a bare number is a time here ("--at 4"): the caller said it is one."""
    from booth.understand.text import tokenize

    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        moment = None
    if moment is not None:
        if not date_ok(moment):
            raise DateOutOfRange(f"{text.strip()}: {date_range_text()}")
        moment = moment.replace(tzinfo=clock.tz) if moment.tzinfo is None else moment.astimezone(clock.tz)
        if len(text.strip()) == 10:
            return _Parser([], clock, None, lunch_end).day_query(DayPhrase(moment.date()))
        return TimeQuery(moment, None, "instant", _Parser([], clock, None, lunch_end).spoken_instant(moment, moment.date()))
    tokens = tokenize(text)
    starts = [0, 1] if tokens and tokens[0] in _LEADING else [0]
    for first in starts:
        parser = _Parser(tokens, clock, None, lunch_end, lenient_at=first)
        found = parser.phrase_at(first)
        if found is not None and found[0] == len(tokens):
            return found[1]
    return None
