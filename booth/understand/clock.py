"""The conference-aware clock ("now" at the venue, demo mode outside the conference) and the time
values the time phrases become (see timeparse.py for the rules that read them)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from booth.errors import ConfigError, DateOutOfRange
from booth.limits import date_ok, date_range_text
from booth.schedule.model import Conference, ConferenceDays

__all__ = ["Clock", "TimeQuery", "TimeSpan", "make_clock"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Clock:
    """Conference-aware "now"."""

    now: datetime  # aware, venue tz; in demo mode already mapped onto the conference
    real_now: datetime  # the moment before the demo mapping (the override when one was given)
    tz: ZoneInfo
    days: ConferenceDays
    demo: bool  # the date was outside the conference -> same time of day on the first main day

    @property
    def today(self) -> date:
        return self.now.date()


@dataclass(frozen=True)
class TimeQuery:
    start: datetime  # aware
    end: datetime | None  # None: an instant ("at three"); else a range [start, end)
    kind: str  # "instant" | "range" | "day" | "now" | "next"
    spoken: str  # for the ear: "three p.m.", "Saturday at four p.m.", "Thursday morning"
    # The room of the event a time was said of ("after the pyarrow talk"): what comes after it is there.
    room: str | None = None


@dataclass(frozen=True)
class TimeSpan:
    first: int  # token indices [first, last) in the token list
    last: int
    query: TimeQuery


def make_clock(conference: Conference, override: datetime | str | None = None,
               real_now: datetime | None = None) -> Clock:
    """The clock for ``conference``; ``override`` is --now / BOOTH_NOW (ISO, naive = venue time).

    Raises ConfigError for an override that is not an ISO date or date-time."""
    tz = conference.timezone
    if isinstance(override, str) and override.strip():
        try:
            moment = datetime.fromisoformat(override.strip())
        except ValueError:
            raise ConfigError(f"--now {override!r}: not an ISO date-time such as 2025-05-17T15:00") from None
    elif isinstance(override, datetime):
        moment = override
    else:
        moment = real_now or datetime.now(tz)
    if not date_ok(moment):  # checked before the zone conversion, which could overflow
        raise DateOutOfRange(f"--now {str(override or moment)!r}: {date_range_text()}")
    moment = moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)
    days = conference.days
    if days.all and moment.date() not in days.all:
        first = (days.main or days.all)[0]
        log.debug("%s is outside %s: demo mode on %s", moment.date(), conference.name, first)
        return Clock(datetime.combine(first, moment.time(), tz), moment, tz, days, True)
    return Clock(moment, moment, tz, days, False)
