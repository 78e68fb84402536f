"""`--at` for board cards: what staff type, read as a person means it, or refused with the reason.

    saturday 3pm            2025-05-17 15:00          3pm saturday
    saturday 3 to 4         3pm-4:30pm                15:00-16:30
    2025-05-17 15:00-16:30  may 17 3-4:30pm           saturday three thirty (spoken forms)

Bare hours follow the conference convention of the question resolver: 1-7 are p.m., 8-11 a.m.,
12 noon ("3 to 4" is 15:00-16:00); a leading zero or a 24-hour hour is taken as written
("03:00", "15:00"). In a range an am/pm on the end also applies to the start ("3-4:30pm").
A day is an ISO date, "may 17" / "17 may", or anything the resolver reads as a day
("saturday", "tomorrow"); without one it is the conference's current day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from booth.errors import ConfigError

_T = r"(?P<{n}h>\d{{1,2}})(?:[:.h](?P<{n}m>\d{{2}}))?[ \t]*(?:(?P<{n}ap>[ap])\.?m\.?)?"
_SEP = r"[ \t]*(?:-|–|—|to|until|till)[ \t]*"
_TIMES = rf"(?:(?:at|from)[ \t]+)?{_T.format(n='a')}(?:{_SEP}{_T.format(n='b')})?"
_DAY_FIRST = re.compile(rf"^(?:(?P<day>.*?\S)[ \t]+)??{_TIMES}$", re.I)
_DAY_LAST = re.compile(rf"^{_TIMES}[ \t]+(?:on[ \t]+)?(?P<day>\S.*)$", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class When:
    start: datetime
    end: datetime | None  # the end of a range ("3 to 4"), else None


def parse_at(text: str, clock, resolve_time) -> When:
    """``resolve_time(text) -> TimeQuery | None`` is the question resolver (spoken forms)."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise ConfigError("--at is empty: give a day and a time, e.g. \"saturday 3pm\"")
    for pattern in (_DAY_FIRST, _DAY_LAST):
        match = pattern.match(cleaned)
        if match and _plausible(match):
            return _from_digits(cleaned, match, clock, resolve_time)
    return _from_words(cleaned, clock, resolve_time)


def _plausible(match: re.Match) -> bool:
    """A lone small number after a day word is a time ("saturday 3"); after a month it is the
    day of the month ("may 17"), which _DAY_FIRST must not take as 17:00."""
    day = (match.group("day") or "").lower()
    return not (day[:3] in _MONTHS and match.group("bh") is None and match.group("am") is None
                and match.group("aap") is None and len(day.split()) == 1)


def _from_digits(text: str, match: re.Match, clock, resolve_time) -> When:
    day = _day(match.group("day"), clock, resolve_time, text)
    if match.group("bh") is None:
        hour, minute = _clock(text, match.group("ah"), match.group("am"), match.group("aap"))
        return When(datetime.combine(day, time(hour, minute), tzinfo=clock.tz), None)
    end_ap = match.group("bap")
    end_hour, end_minute = _clock(text, match.group("bh"), match.group("bm"), end_ap)
    start_ap = match.group("aap")
    end_at = end_hour * 60 + end_minute
    if start_ap is None and end_ap is not None:
        # "3-4:30pm": the end's half of the day, unless that puts the start after the end ("11-1pm").
        for ap in (end_ap, "a" if end_ap == "p" else "p"):
            hour, minute = _clock(text, match.group("ah"), match.group("am"), ap)
            if hour * 60 + minute < end_at:
                break
    else:
        hour, minute = _clock(text, match.group("ah"), match.group("am"), start_ap)
    if hour * 60 + minute >= end_at:
        raise ConfigError(f"--at {text!r}: ends at {end_hour:02d}:{end_minute:02d}, not after it starts "
                          f"({hour:02d}:{minute:02d}); a card starts and ends on one day")
    start = datetime.combine(day, time(hour, minute), tzinfo=clock.tz)
    return When(start, datetime.combine(day, time(end_hour, end_minute), tzinfo=clock.tz))


def _clock(text: str, hours: str, minutes: str | None, ap: str | None) -> tuple[int, int]:
    hour, minute = int(hours), int(minutes or 0)
    if minute > 59:
        raise ConfigError(f"--at {text!r}: minutes go 00-59")
    if ap:
        if not 1 <= hour <= 12:
            raise ConfigError(f"--at {text!r}: with am/pm the hour goes 1-12")
        return hour % 12 + (12 if ap.lower() == "p" else 0), minute
    if hour > 23:
        raise ConfigError(f"--at {text!r}: hours go 0-23")
    if 1 <= hour <= 7 and not hours.startswith("0"):
        hour += 12  # the conference convention: nobody pins a card at three in the morning
    return hour, minute


def _day(text: str | None, clock, resolve_time, whole: str) -> date:
    if not text:
        return clock.now.date()
    text = text.strip().rstrip(",")
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    month_day = _month_day(text, clock)
    if month_day is not None:
        return month_day
    query = resolve_time(text)
    if query is None or query.kind != "day":
        raise ConfigError(f"--at {whole!r}: {text!r} is not a day Booth understands "
                          f"(e.g. saturday, tomorrow, 2025-05-17, may 17)")
    return query.start.date()


def _month_day(text: str, clock) -> date | None:
    """ "may 17", "17 may", "May 17th"; the year of the conference (of its current day)."""
    match = re.fullmatch(r"(?:([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*)",
                         text.lower())
    if not match or (match.group(1) or match.group(4)) not in _MONTHS:
        return None
    month = _MONTHS.index(match.group(1) or match.group(4)) + 1
    day = int(match.group(2) or match.group(3))
    years = sorted({d.year for d in clock.days.all}) or [clock.now.year]
    try:
        return date(years[0], month, day)
    except ValueError:
        raise ConfigError(f"--at: {text!r} is not a date") from None


def _from_words(text: str, clock, resolve_time) -> When:
    """Spoken forms ("saturday three thirty", "tomorrow at noon") through the question resolver."""
    query = resolve_time(text)
    if query is None:
        raise ConfigError(f"--at {text!r}: not a time Booth understands "
                          f"(e.g. \"saturday 3pm\", \"saturday 3 to 4\", \"2025-05-17 15:00-16:30\")")
    if query.kind == "day":
        raise ConfigError(f"--at {text!r} names a day but no time: say e.g. \"{text} 3pm\"")
    if query.kind == "range":
        raise ConfigError(f"--at {text!r} is a stretch of the day ({query.spoken}), not a start time: "
                          f"say e.g. \"saturday 3pm\" or \"saturday 3 to 4\"")
    if query.kind == "next":
        raise ConfigError(f"--at {text!r}: give the time itself, e.g. \"saturday 3pm\"")
    return When(query.start.replace(second=0, microsecond=0), None)


def check_when(start: datetime, end: datetime, clock, conference, force: bool) -> None:
    """A card in the past or outside the conference's days needs --force (probably a typo)."""
    if force:
        return
    days = conference.days.all
    if days and start.date() not in days:
        shown = ", ".join(f"{d:%a %d %b}" for d in days)
        raise ConfigError(f"{start:%A %d %B %Y} is not a day of {conference.title} ({shown}); "
                          f"use --force to pin it anyway")
    if start < clock.now - timedelta(minutes=1):
        raise ConfigError(f"{start:%a %d %b %H:%M} is in the past (it is {clock.now:%a %d %b %H:%M}); "
                          f"use --force to pin it anyway")
    if end.date() != start.date():
        raise ConfigError(f"the card would run past midnight ({start:%H:%M} + {end - start}); check --duration")
