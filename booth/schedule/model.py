"""The schedule's value types: one event model for every source format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

# Canonical event kinds. Every source format maps onto these.
KINDS = (
    "talk",
    "tutorial",
    "keynote",
    "open-space",
    "lightning-talks",
    "sponsor-workshop",
    "summit",
    "charla",
    "poster",
    "event",
    "break",
    "meal",
    "sprint",
    "info",  # zero-length notices: "registration desk opens"
)


@dataclass(frozen=True)
class Event:
    id: str
    kind: str
    title: str
    start: datetime | None  # timezone-aware, venue zone; None for posters with no slot
    end: datetime | None
    room: str | None = None
    speakers: tuple[str, ...] = ()
    description: str = ""  # plain text: no HTML, no Markdown links
    url: str = ""
    source: str = ""  # "path" or "path:line", for messages
    track: str = ""  # the source's track or devroom ("Rust", "Main Track"), "" when it has none

    @property
    def day(self) -> date | None:
        return self.start.date() if self.start else None


@dataclass(frozen=True)
class Sponsor:
    name: str
    level: str = ""
    booth: str | None = None  # booth number as printed, "501"
    description: str = ""


@dataclass(frozen=True)
class ConferenceDays:
    """Which dates are which; the time resolver maps weekday names onto these."""

    tutorials: tuple[date, ...] = ()
    main: tuple[date, ...] = ()
    sprints: tuple[date, ...] = ()

    @property
    def all(self) -> tuple[date, ...]:
        return tuple(sorted(set(self.tutorials) | set(self.main) | set(self.sprints)))


@dataclass(frozen=True)
class Conference:
    name: str  # slug: "pycon-us-2025"
    title: str  # "PyCon US 2025"
    timezone: ZoneInfo
    days: ConferenceDays
    venue: str = ""
    events: tuple[Event, ...] = ()
    sponsors: tuple[Sponsor, ...] = ()
    has_open_spaces_data: bool = True  # False when none were ever published (2017)
    files: tuple[str, ...] = field(default=(), compare=False)  # files it was loaded from
