"""An imported schedule's time zone and its days: the decisions `booth import` makes about what a
file leaves unsaid. A zone is never guessed where the offsets do not name one (storing UTC would
answer "at three" an offset away from the venue's clocks), and a day is a main day unless its
events say tutorials or sprints."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

from booth.errors import ConfigError
from booth.schedule.kinds import DayKind, marking
from booth.schedule.model import ConferenceDays, Event
from booth.schedule.sources.common import ImportedSchedule, format_offset, zone, zone_for_offset

__all__ = ["choose_timezone", "classify_days", "in_zone", "matching_zones"]

# Kinds that say a day is a tutorial day, a sprint day, or a main conference day.
_TUTORIAL_KINDS = marking(DayKind.TUTORIALS)
_MAIN_KINDS = marking(DayKind.MAIN)
_SPRINT_KINDS = marking(DayKind.SPRINTS)


def choose_timezone(sources: list[ImportedSchedule], override: str | None,
                    previous: str | None) -> tuple[str, str]:
    """(IANA name, how it was chosen): --timezone, the file, the previous import, the offsets."""
    if override:
        if not zone(override):
            raise ConfigError(f"--timezone {override!r} is not an IANA time zone name (e.g. Europe/Berlin)")
        return override, "--timezone"
    for source in sources:
        if source.timezone:
            return source.timezone, f"{source.timezone_how} {Path(source.path).name}"
    if previous and zone(previous):
        return previous, "kept from the existing conference.yaml"
    offsets = set().union(*(s.offsets for s in sources))
    if len(offsets) == 1:
        offset = next(iter(offsets))
        name = zone_for_offset(offset)
        if name:
            return name, (f"from the times' UTC offset {format_offset(offset)}; "
                          f"give --timezone to name the venue's zone")
        raise ConfigError(f"the times use UTC offset {format_offset(offset)} and name no zone: "
                          f"give --timezone (an IANA name)")
    if len(offsets) > 1:
        events = [e for s in sources for e in s.events]
        hints = matching_zones(events)[:3]
        shown = ", ".join(format_offset(o) for o in sorted(offsets))
        raise ConfigError(f"the times switch between UTC offsets {shown} and name no zone: give "
                          f"--timezone" + (f" (it fits e.g. {', '.join(hints)})" if hints else ""))
    # Storing UTC would answer "at three" an offset away from the venue's clocks: refuse instead.
    raise ConfigError("the file names no time zone (its times are UTC or floating): give --timezone "
                      "with the venue's IANA zone, e.g. --timezone America/New_York, or import into an "
                      "existing conference to take its zone")


def matching_zones(events: list[Event]) -> list[str]:
    """IANA zones whose offset agrees with every event's written offset (for a hint)."""
    probes = {(e.start, e.start.utcoffset()) for e in events if e.start}
    names = []
    for name in sorted(available_timezones()):
        tz = ZoneInfo(name)
        if "/" in name and not name.startswith("Etc/") and \
                all(start.astimezone(tz).utcoffset() == offset for start, offset in probes):
            names.append(name)
    return names


def classify_days(events: list[Event], declared: list[date], known: dict | None = None) -> ConferenceDays:
    """Tutorial days have tutorials and no talks; sprint days have sprints and no talks or
    tutorials; every other day with events is a main day ("main unless known otherwise").
    ``known`` ({date: label}, from the conference.yaml a re-import replaces) wins."""
    kinds: dict[date, set[str]] = {}
    for event in events:
        if event.start:
            kinds.setdefault(event.start.date(), set()).add(event.kind)
    dates = sorted(set(declared) or set(kinds))
    label: dict[date, str | None] = {}
    for day in dates:
        found = kinds.get(day, set())
        if found & _MAIN_KINDS:
            label[day] = "main"
        elif found & _TUTORIAL_KINDS:
            label[day] = "tutorials"
        elif found & _SPRINT_KINDS:
            label[day] = "sprints"
        else:
            label[day] = None  # only breaks, meals, socials: decided by its neighbours below
    main_days = [d for d in dates if label[d] == "main"]
    for day in dates:
        if label[day] is None:
            if main_days and day < main_days[0] and "tutorials" in label.values():
                label[day] = "tutorials"
            elif main_days and day > main_days[-1] and "sprints" in label.values():
                label[day] = "sprints"
            else:
                label[day] = "main"
    if not any(v == "main" for v in label.values()):  # e.g. a workshop-only event: all main
        label = {d: "main" for d in dates}
    for day in dates:
        if known and day in known:
            label[day] = known[day]
    pick = lambda name: tuple(d for d in dates if label[d] == name)
    return ConferenceDays(tutorials=pick("tutorials"), main=pick("main"), sprints=pick("sprints"))


def in_zone(event: Event, tz: ZoneInfo) -> Event:
    return replace(event, start=event.start.astimezone(tz) if event.start else None,
                   end=event.end.astimezone(tz) if event.end else None)
