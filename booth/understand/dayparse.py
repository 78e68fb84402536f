"""Day phrases inside a time phrase: "today", "tonight", "saturday", "next friday", "the first day
of the sprints", "day two", "may seventeenth", "the 17th", "2025-05-17". The rules are in
timeparse.py's docstring; ``DayRules`` is the part of its parser that reads them."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from booth.errors import DateOutOfRange
from booth.limits import date_ok, date_range_text
from booth.understand.clock import Clock
from booth.understand.numbers import cardinal_at, ordinal_at

__all__ = ["DayPhrase", "DayRules", "PARTS", "PART_MERIDIEM", "part_before_kind"]

_WEEKDAYS = {name: n for n, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTHS = {name: n for n, name in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({name[:3]: n for name, n in list(_MONTHS.items()) if name != "may"}, sept=9)
PARTS = {"morning": (8, 12), "afternoon": (12, 17), "evening": (17, 22), "night": (17, 24)}
PART_MERIDIEM = {"morning": "am", "afternoon": "pm", "evening": "pm", "night": "pm"}
# Words that may follow "the first" when it is a date ("on the first at ten", "the first of may").
_AFTER_DATE = {"of", "at", "in", "on", "and", "morning", "afternoon", "evening", "night", "from", "until", "after",
               "before", "around", "day"}
_GROUPS = {"tutorial": "tutorials", "tutorials": "tutorials", "sprint": "sprints", "sprints": "sprints",
           "conference": "main", "talk": "main", "talks": "main", "main": "main", "pycon": "main"}


# The parts of the day said as a word before a kind: "the afternoon break", "any evening events".
_PART_ADJECTIVES = ("morning", "afternoon", "evening")
# A part of the day said already, after which the word needs no moving ("saturday afternoon talks").
_PART_THE_LEADS = {"in", "during", "after", "before"}
_PART_LEADS = {"this", "after", "before", "tomorrow", "today", "yesterday", "on", *_WEEKDAYS}


def part_before_kind(tokens: list[str], kinds: Collection[str]) -> list[str]:
    """ "the afternoon break" said as "the break in the afternoon", which the day rules read, at the
    end of the question so that a day said there comes before it ("the afternoon break tomorrow" ->
    "the break tomorrow in the afternoon"). ``kinds``: the kinds' spoken forms ("break", "open
    space"). Other tokens come back as they were."""
    for i, token in enumerate(tokens):
        if token not in _PART_ADJECTIVES or not any(" ".join(tokens[i + 1:i + 1 + n]) in kinds for n in (1, 2, 3)):
            continue
        if i > 0 and tokens[i - 1] in _PART_LEADS or (tokens[i - 1:i] == ["the"] and tokens[i - 2:i - 1]
                                                        and tokens[i - 2] in _PART_THE_LEADS):
            # "saturday morning keynote", "in the afternoon talks": a day phrase already; "after the
            # morning break": which break, read by relative.py
            return tokens
        rest = tokens[:i] + tokens[i + 1:]
        if i > 0 and rest[i - 1] == "an":
            rest[i - 1] = "a"  # "is there an afternoon break" -> "is there a break ..."
        return [*rest, "in", "the", token]
    return tokens


@dataclass(frozen=True)
class DayPhrase:
    day: date
    part: str | None = None


class DayRules:
    """Day phrases at a token; the parser that uses it sets ``tokens`` and ``clock``."""

    tokens: list[str]
    clock: Clock

    def t(self, i: int) -> str:
        return self.tokens[i] if 0 <= i < len(self.tokens) else ""

    def day_at(self, i: int) -> tuple[int, DayPhrase] | None:
        j = i + (self.t(i) == "the")
        if self.t(j) in PARTS and self.t(j + 1) == "of":  # "the morning of may 16"
            dated = self._day(j + 2)
            if dated is not None:
                return dated[0], DayPhrase(dated[1].day, self.t(j))
        found = self._day(i)
        if found is None:
            return None
        j, day = found
        if day.part is None:
            if self.t(j) in PARTS:
                return j + 1, DayPhrase(day.day, self.t(j))
            if self.t(j) in ("in", "during") and self.t(j + 1) == "the" and self.t(j + 2) in PARTS:
                return j + 3, DayPhrase(day.day, self.t(j + 2))
            if self.t(j) == "at" and self.t(j + 1) == "night":
                return j + 2, DayPhrase(day.day, "night")
        return j, day

    def _day(self, i: int) -> tuple[int, DayPhrase] | None:
        word, today = self.t(i), self.clock.today
        if word == "today":
            return i + 1, DayPhrase(today)
        if word == "tonight":
            return i + 1, DayPhrase(today, "night")
        if word == "of" and self.t(i + 1) == "the" and self.t(i + 2) == "day":
            return i + 3, DayPhrase(today)  # "the last talks of the day": today's
        if word in ("tomorrow", "yesterday"):
            return i + 1, DayPhrase(today + timedelta(days=1 if word == "tomorrow" else -1))
        if word == "this" and self.t(i + 1) in PARTS:
            return i + 2, DayPhrase(today, self.t(i + 1))
        if word == "the" and self.t(i + 1) in PARTS and self.t(i - 1) in ("in", "during"):
            # "in the afternoon on sunday": the day said after the part is its day
            after = i + 2 + (self.t(i + 2) == "on")
            dated = self._day(after) if self.t(after) not in PARTS and self.t(after) != "the" else None
            if dated is not None and dated[1].part is None:
                return dated[0], DayPhrase(dated[1].day, self.t(i + 1))
            return i + 2, DayPhrase(today, self.t(i + 1))
        mode = word if word in ("this", "next", "last") and self.t(i + 1) in _WEEKDAYS else None
        if self.t(i + (1 if mode else 0)) in _WEEKDAYS:
            weekday = _WEEKDAYS[self.t(i + (1 if mode else 0))]
            return i + (2 if mode else 1), DayPhrase(self._weekday(weekday, mode))
        return self._nth_day(i) or self._date(i)

    def _weekday(self, weekday: int, mode: str | None) -> date:
        today, conference = self.clock.today, self.clock.days.all
        matching = [d for d in conference if d.weekday() == weekday]
        if mode == "next":
            matching = [d for d in matching if d > today] or [today + timedelta((weekday - today.weekday() - 1) % 7 + 1)]
        elif mode == "last":
            matching = [d for d in matching if d < today] or [today - timedelta((today.weekday() - weekday - 1) % 7 + 1)]
        if matching and mode is None:
            # Two Thursdays (tutorials, then sprints): visitors ask about the talks and tutorials,
            # so a weekday means the tutorial/main day unless only a sprint day has it.
            sessions = [d for d in matching if d not in self.clock.days.sprints]
            matching = sessions or matching
        if matching:
            upcoming = [d for d in matching if d >= today]
            return upcoming[0] if upcoming else matching[-1]
        if not conference:
            return today + timedelta((weekday - today.weekday()) % 7)
        before = conference[0] - timedelta((conference[0].weekday() - weekday) % 7 or 7)
        after = conference[-1] + timedelta((weekday - conference[-1].weekday()) % 7 or 7)
        return before if (conference[0] - before) < (after - conference[-1]) else after

    def _nth_day(self, i: int) -> tuple[int, DayPhrase] | None:
        """ "the first day", "the last day of the sprints", "day two", "the second tutorial day"."""
        j = i + 1 if self.t(i) == "the" else i
        group = None
        if self.t(j) == "day":
            found = cardinal_at(self.tokens, j + 1)
            if found is None or not 1 <= found[0] <= 31:
                return None
            index, j = found[0] - 1, found[1]
        else:
            if self.t(j) in ("last", "final"):
                index, j = -1, j + 1
            else:
                found = ordinal_at(self.tokens, j)
                if found is None or not 1 <= found[0] <= 31:
                    return None
                index, j = found[0] - 1, found[1]
            if self.t(j) in _GROUPS and self.t(j + 1) == "day":
                group, j = _GROUPS[self.t(j)], j + 1
            if self.t(j) != "day":
                return None
            j += 1
        if self.t(j) == "of":
            k = j + 1 + (self.t(j + 1) == "the")
            k += self.t(k) == "main"
            if self.t(k) in _GROUPS:
                group, j = _GROUPS[self.t(k)], k + 1
        if group is None:
            # "tutorials on day one": the first day of the tutorials, the days the question is about
            group = next((_GROUPS[t] for t in self.tokens if t in _GROUPS), None)
        days = self.clock.days
        chosen = {"tutorials": days.tutorials, "sprints": days.sprints}.get(group or "", days.main) or days.all
        if not -len(chosen) <= index < len(chosen):
            return None
        return j, DayPhrase(chosen[index])

    def _date(self, i: int) -> tuple[int, DayPhrase] | None:
        """ "2025-05-17" (tokens 2025 05 17), "may seventeenth", "17 may", "the 17th of may", "the seventeenth"."""
        word, year = self.t(i), self.clock.today.year
        if len(word) == 4 and word.isdigit() and self.t(i + 1).isdigit() and self.t(i + 2).isdigit():
            return self._make(i + 3, int(word), int(self.t(i + 1)), int(self.t(i + 2)))
        if word in _MONTHS:
            j = i + 1 + (self.t(i + 1) == "the")
            found = ordinal_at(self.tokens, j) or cardinal_at(self.tokens, j)
            if found is None:
                return None
            end = found[1]
            if len(self.t(end)) == 4 and self.t(end).isdigit():
                year, end = int(self.t(end)), end + 1
            return self._make(end, year, _MONTHS[word], found[0])
        j = i + 1 if word == "the" else i
        found = ordinal_at(self.tokens, j)
        if found is None:
            return None
        k = found[1] + (self.t(found[1]) == "of")
        if self.t(k) in _MONTHS:
            return self._make(k + 1, year, _MONTHS[self.t(k)], found[0])
        if word != "the" and self.t(i - 1) != "on":
            return None
        if self.t(found[1]).isalpha() and self.t(found[1]) not in _AFTER_DATE:
            return None  # "the first talk in the rust devroom": a position in a list, not the 1st
        # No month: only a conference day counts, so "the third" (a list position) stays a number.
        for day in self.clock.days.all:
            if day.day == found[0]:
                return found[1], DayPhrase(day)
        return None

    @staticmethod
    def _make(end: int, year: int, month: int, day: int) -> tuple[int, DayPhrase] | None:
        try:
            found = date(year, month, day)
        except (ValueError, OverflowError):
            return None  # "february thirtieth", "december 99999999999999999999": not a date
        if not date_ok(found):  # a real date, but one a day's arithmetic could overflow at
            raise DateOutOfRange(f"{found.isoformat()}: {date_range_text()}")
        return end, DayPhrase(found)
