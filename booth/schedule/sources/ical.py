"""iCalendar (.ics) schedules, read with the icalendar library.

Kind comes from CATEGORIES, else from a "[kind] Title" prefix in SUMMARY (how PyCon's
feeds mark them), through the one table in source_common. Speakers come from ORGANIZER /
ATTENDEE names, else from a "Speakers:" block at the end of DESCRIPTION (PyCon's feeds).
Repeating events (RRULE), all-day entries and cancelled ones are skipped and counted.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from booth.errors import DataError
from booth.schedule.model import Event
from booth.schedule.sources.common import (
    ImportedSchedule,
    kind_for,
    one_line,
    plain_text,
    unusable_length,
    unusable_start,
    zone,
)

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024 * 1024
_PREFIX = re.compile(r"^\s*\[([^\]]{1,40})\]\s*(.*)$")
# Leading "Key: value" header lines and bare links some generators put before the text.
_HEADER_LINE = re.compile(r"^([A-Z][A-Za-z ]{0,20}:\s.*|https?://\S+)$")


def read_ical(path: Path, floating_zone: str | None = None) -> ImportedSchedule:
    """``floating_zone``: the venue's zone for times that carry none, when the file names none."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DataError(f"file too large for a schedule ({size // (1024 * 1024)} MB)", path)
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", path) from None
    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        reason = one_line(str(exc)).split(":")[0][:100]
        raise DataError(f"not a valid iCalendar file: {reason}", path) from None
    if calendar.name != "VCALENDAR":
        raise DataError(f"not an iCalendar file: it starts with {calendar.name}, expected VCALENDAR", path)
    imported = ImportedSchedule(path=str(path), format="ical")
    imported.title = one_line(str(calendar.get("X-WR-CALNAME", "")))
    _find_zone(imported, calendar)
    floating = imported.timezone or (floating_zone if floating_zone and zone(floating_zone) else None)
    seen_ids: dict[str, int] = {}
    for component in calendar.walk("VEVENT"):
        _event(imported, component, seen_ids, floating)
    # No day_dates: iCalendar declares no days; the importer takes them from the events once
    # they are in the venue's zone.
    return imported


def _find_zone(imported: ImportedSchedule, calendar: Calendar) -> None:
    """X-WR-TIMEZONE, else the TZID events use, else the first VTIMEZONE."""
    candidates = [("X-WR-TIMEZONE", calendar.get("X-WR-TIMEZONE"))]
    for component in calendar.walk("VEVENT"):
        start = component.get("DTSTART")
        if start is not None and start.params.get("TZID"):
            candidates.append(("the events' TZID", start.params["TZID"]))
            break
    for component in calendar.walk("VTIMEZONE"):
        candidates.append(("VTIMEZONE", component.get("TZID")))
    for where, name in candidates:
        name = one_line(str(name or ""))
        if name and zone(name):
            imported.timezone, imported.timezone_how = name, f"{where} in the file"
            return
        if name:
            log.warning("%s: time zone %r is not an IANA name; ignored", imported.path, name)


def _event(imported: ImportedSchedule, component, seen_ids: dict[str, int], floating: str | None) -> None:
    status = str(component.get("STATUS", "")).upper()
    if status == "CANCELLED":
        imported.skip("cancelled")
        return
    if component.get("RRULE") is not None:
        imported.skip("repeating event (RRULE) not expanded")
        return
    summary = one_line(str(component.get("SUMMARY", "")))
    categories = _categories(component)
    prefix = _PREFIX.match(summary)
    source_type = categories[0] if categories else ""
    if prefix:
        source_type = source_type or prefix.group(1)
        summary = prefix.group(2).strip()
    if not summary:
        imported.skip("no title")
        return
    try:
        start = component.decoded("DTSTART") if component.get("DTSTART") is not None else None
        end = component.decoded("DTEND") if component.get("DTEND") is not None else None
        duration = component.decoded("DURATION") if component.get("DURATION") is not None else None
    except (ValueError, TypeError):
        imported.skip("unreadable date")
        return
    if start is None:
        imported.skip("no start time")
        return
    if not isinstance(start, datetime):
        imported.skip("all-day entry (no time of day)")
        return
    bad_end = unusable_start(end) if isinstance(end, datetime) else None
    if unusable_start(start) or bad_end:
        imported.skip(unusable_start(start) or f"end {bad_end}")
        return
    if start.tzinfo is None:
        if not floating:
            imported.skip("floating time without a time zone (give --timezone)")
            return
        start = start.replace(tzinfo=zone(floating))
    if isinstance(end, datetime):
        end = end if end.tzinfo else end.replace(tzinfo=start.tzinfo)
    elif isinstance(duration, timedelta):
        if unusable_length(duration):
            imported.skip(str(unusable_length(duration)))
            return
        end = start + duration
    else:
        end = start  # RFC 5545: no DTEND and no DURATION means it takes no time
    if unusable_length(end - start):
        imported.skip(str(unusable_length(end - start)))
        return
    offset = start.utcoffset()
    if offset is not None and str(start.tzinfo) not in ("UTC", "UTC+00:00"):
        imported.offsets.add(offset)
    kind, known = kind_for(source_type, summary)
    if not known:
        imported.unknown_types[source_type or "(none)"] += 1
    raw_description = str(component.get("DESCRIPTION", ""))
    text, trailer_speakers = _split_speakers(raw_description)
    speakers = _people(component) or trailer_speakers
    uid = one_line(str(component.get("UID", ""))) or f"ics-{len(imported.events) + 1}"
    # One UID may appear several times (the same session held twice): keep ids unique.
    seen_ids[uid] = seen_ids.get(uid, 0) + 1
    event_id = uid if seen_ids[uid] == 1 else f"{uid}-{seen_ids[uid]}"
    event = Event(
        id=event_id,
        kind=kind,
        title=summary,
        start=start,
        end=end,
        room=one_line(str(component.get("LOCATION", ""))) or None,
        speakers=tuple(speakers),
        description=_clean_description(text),
        url=one_line(str(component.get("URL", ""))),
        source=imported.path,
    )
    imported.add(event, source_type or None)


def _categories(component) -> list[str]:
    value = component.get("CATEGORIES")
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in values:
        cats = getattr(item, "cats", None)
        names.extend(str(c) for c in (cats if cats is not None else str(item).split(",")))
    return [one_line(n) for n in names if one_line(n)]


def _people(component) -> list[str]:
    names = []
    for key in ("ORGANIZER", "ATTENDEE"):
        value = component.get(key)
        for item in value if isinstance(value, list) else [value] if value is not None else []:
            name = one_line(str(getattr(item, "params", {}).get("CN", "")))
            if name and name not in names:
                names.append(name)
    return names


def _split_speakers(description: str) -> tuple[str, list[str]]:
    """Split off a trailing "Speakers:" block: its plain lines are names, HTML lines are bios."""
    parts = re.split(r"(?:^|\n)Speakers:\s*\n", description, maxsplit=1)
    if len(parts) == 1:
        return description, []
    names = [one_line(line) for line in parts[1].split("\n")
             if one_line(line) and not line.lstrip().startswith("<")]
    return parts[0], [n for n in names if len(n) <= 80]


def _clean_description(text: str) -> str:
    # Some generators escape CR as "\r", which is not an iCalendar escape: it arrives literally.
    lines = text.replace("\\r", "").replace("\r\n", "\n").split("\n")
    while lines and (not lines[0].strip() or _HEADER_LINE.match(lines[0].strip())):
        lines.pop(0)
    return plain_text("\n".join(lines))
