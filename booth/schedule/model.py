"""The schedule's value types: one event model for every source format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from booth.schedule.kinds import KINDS  # noqa: F401  (canonical event kinds: booth/schedule/kinds.py)

if TYPE_CHECKING:  # faq.py reads templates, which the model need not import at run time
    from booth.schedule.faq import FaqEntry


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
    faq: tuple[FaqEntry, ...] = ()  # the booth's own questions and answers (data/<conference>/faq.yaml)
    files: tuple[str, ...] = field(default=(), compare=False)  # files it was loaded from
    # Entries skipped as broken ("path:line: message"): the rest of the conference is served.
    problems: tuple[str, ...] = field(default=(), compare=False)


def no_schedule() -> Conference:
    """The conference of a skill that has no schedule (a coffee maker): no events, no days."""
    return Conference(name="", title="", timezone=ZoneInfo("UTC"), days=ConferenceDays())
