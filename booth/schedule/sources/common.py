"""What every schedule importer shares: the result value, the one kind-mapping table, and
the small text clean-ups (HTML and Markdown to plain text, durations, UTC offsets to zones).

The format parsers (source_frab, source_ical) turn a published schedule into an
``ImportedSchedule``; booth.schedule.importer decides days and timezone and writes Booth's own format.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from booth.limits import MAX_EVENT_MINUTES, MAX_YEAR, MIN_YEAR, date_ok
from booth.schedule.kinds import KIND_TABLE
from booth.schedule.model import KINDS, Event
from booth.schedule.sources.pycon import plain_text as _plain_text
from booth.schedule.sources.pycon import read_pycon_json

# Source type words -> Booth kind. Keys are matched as whole words against the source's
# type/category text, lower-cased, first listed match wins ("Workshop 60 Min" -> tutorial,
# "LightningTalk 15min" -> lightning-talks). One table for every format.
KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("open-spaces", "open-space"),
    ("open-space", "open-space"),
    ("open space", "open-space"),
    ("openspace", "open-space"),
    ("self-organized", "open-space"),
    ("self organized", "open-space"),
    ("meetup", "open-space"),
    ("meeting", "open-space"),
    ("sponsor-workshop", "sponsor-workshop"),
    ("sponsor workshop", "sponsor-workshop"),
    ("lightning-talks", "lightning-talks"),
    ("lightning", "lightning-talks"),
    ("lightningtalk", "lightning-talks"),
    ("keynote", "keynote"),
    ("plenary", "event"),  # a whole-conference session; keynotes among them are named so
    ("workshop", "tutorial"),
    ("tutorial", "tutorial"),
    ("hands-on", "tutorial"),
    ("summit", "summit"),
    ("charla", "charla"),
    ("poster", "poster"),
    ("sprint", "sprint"),
    ("lecture", "talk"),
    ("devroom", "talk"),  # FOSDEM: a talk in a developer room
    ("maintrack", "talk"),  # FOSDEM: a talk in the main track
    ("main track", "talk"),
    ("talk", "talk"),
    ("podium", "talk"),
    ("panel", "talk"),
    ("discussion", "talk"),
    ("presentation", "talk"),
    ("breakfast", "meal"),  # before "break"
    ("lunch", "meal"),
    ("dinner", "meal"),
    ("meal", "meal"),
    ("break", "break"),
    ("coffee", "break"),
    ("informational", "info"),
    ("info", "info"),
    ("registration", "info"),
    ("performance", "event"),
    ("concert", "event"),
    ("party", "event"),
    ("social", "event"),
    ("film", "event"),
    ("contest", "event"),
    ("event", "event"),
    ("other", "event"),
)
FALLBACK_KIND = "event"


def map_kind(source_type: str | None) -> tuple[str, bool]:
    """Booth kind for a source type string, and whether the table knew it."""
    text = (source_type or "").strip().lower()
    if text in KINDS:
        return text, True
    for word, kind in KIND_WORDS:
        if re.search(rf"(?<![a-z]){re.escape(word)}", text):
            return kind, True
    return FALLBACK_KIND, False


# A generic kind is sharpened by the title's first words when they name one of these:
# PyCon's "plenary" entries are "Keynote - Cory Doctorow", "Lightning Talks", "Lunch".
TITLE_KINDS = {k.name for k in KIND_TABLE if k.by_title}


def kind_for(source_type: str | None, title: str) -> tuple[str, bool]:
    """Booth kind from the source's type, refined by the title for generic types."""
    kind, known = map_kind(source_type)
    # "break" too: PyCon files lunch under break; "talk" too: FOSDEM's devrooms hold lightning talks.
    if kind in (FALLBACK_KIND, "break", "talk"):
        lead = " ".join(re.findall(r"[a-z]+", title.lower())[:2])
        # Whole title words only (a plural too): "Lunch", "Lightning Talks", but not "Breaking ...".
        for word, by_title in KIND_WORDS:
            if by_title in TITLE_KINDS and re.search(rf"(?<![a-z]){re.escape(word)}s?(?![a-z])", lead):
                return by_title, True
    return kind, known


@dataclass
class ImportedSchedule:
    """One source file, parsed. Times are aware datetimes in whatever zone the file used."""

    path: str
    format: str  # frab-xml | frab-json | ical
    title: str = ""
    acronym: str = ""
    timezone: str | None = None  # IANA name the file declares, if any
    timezone_how: str = ""  # where the name came from, for the report
    offsets: set[timedelta] = field(default_factory=set)  # UTC offsets seen, for zone inference
    day_dates: list[date] = field(default_factory=list)  # days the file itself declares
    events: list[Event] = field(default_factory=list)
    took: Counter = field(default_factory=Counter)  # kind -> count
    mapped: Counter = field(default_factory=Counter)  # (source type, kind) -> count
    unknown_types: Counter = field(default_factory=Counter)  # source type -> count (-> event)
    skipped: Counter = field(default_factory=Counter)  # reason -> count

    def add(self, event: Event, source_type: str | None) -> None:
        self.events.append(event)
        self.took[event.kind] += 1
        if source_type:
            self.mapped[(source_type, event.kind)] += 1

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1


def unusable_start(start: datetime) -> str | None:
    """Why a start cannot be used (a skip reason), or None: checked before any arithmetic on it."""
    return None if date_ok(start) else f"date outside the years {MIN_YEAR}-{MAX_YEAR}"


def unusable_length(length: timedelta) -> str | None:
    """Why a duration cannot be used (a skip reason), or None."""
    if length < timedelta(0):
        return "ends before it starts"
    if length > timedelta(minutes=MAX_EVENT_MINUTES):
        return f"longer than {MAX_EVENT_MINUTES // 1440} days"
    return None


# -- text -------------------------------------------------------------------------------------
# HTML/Markdown -> plain text is the data helper's (PyCon descriptions need the same).
plain_text = _plain_text


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


_DURATION = re.compile(r"^\s*(?:(\d+)d\s*)?(\d{1,3}):(\d{2})(?::(\d{2}))?\s*$")


def parse_duration(text: str | None) -> timedelta | None:
    """frab durations: "00:30", "01:00:00", "1d 02:00"; None when unreadable."""
    match = _DURATION.match(text or "")
    if not match:
        return None
    days, hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    if minutes >= 60 or seconds >= 60:
        return None
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def parse_iso_datetime(text: str | None) -> datetime | None:
    """An ISO 8601 date-time with offset ("2014-12-27T11:00:00+01:00", "...Z"); None if not."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def parse_iso_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "").strip()[:10])
    except ValueError:
        return None


def zone(name: str | None) -> ZoneInfo | None:
    """ZoneInfo for an IANA name, None if it is not one."""
    if not name or not isinstance(name, str):
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_for_offset(offset: timedelta) -> str | None:
    """A fixed UTC offset as an IANA zone name: +01:00 -> "Etc/GMT-1" (POSIX signs are inverted).
    None for offsets that are not whole hours (no IANA fixed zone exists for them)."""
    seconds = int(offset.total_seconds())
    if seconds == 0:
        return "UTC"
    if seconds % 3600 or abs(seconds) > 14 * 3600:
        return None
    hours = seconds // 3600
    return f"Etc/GMT{-hours:+d}"


def format_offset(offset: timedelta) -> str:
    """+01:00 style, for the import report."""
    text = datetime(2000, 1, 1, tzinfo=timezone(offset)).strftime("%z")
    return f"{text[:3]}:{text[3:5]}"


# -- PyCon's export --------------------------------------------------------------------------------
_ISO_WITH_OFFSET = re.compile(r'"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?([+-]\d\d:\d\d|Z)"')


def read_pycon(path: Path) -> ImportedSchedule:
    """PyCon's conference.json through the data helper's reader (Booth reads it natively, so it
    is copied as-is); the offsets its times carry are noted for choosing the time zone."""
    imported = ImportedSchedule(path=str(path), format="pycon-json")
    try:
        text = path.read_text(encoding="utf-8")
        document = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        document, text = {}, ""  # read_pycon_json below reports the exact problem
    events, _sponsors = read_pycon_json(path, ZoneInfo("UTC"))  # instants; the venue zone comes later
    for match in _ISO_WITH_OFFSET.finditer(text):
        moment = datetime.fromisoformat(match.group(0).strip('"').replace("Z", "+00:00"))
        offset = moment.utcoffset()
        if offset is not None:  # always: _ISO_WITH_OFFSET matches only times that carry an offset
            imported.offsets.add(offset)
    for event in events:
        imported.add(event, None)
    listed = sum(len(document.get(key) or []) for key in ("schedule", "open-spaces")
                 if isinstance(document.get(key), list))
    listed += sum(len(e.get("sessions") or []) for e in document.get("schedule") or []
                  if isinstance(e, dict) and isinstance(e.get("sessions"), list))
    if listed > len(events):
        imported.skipped["cancelled, or listed twice"] = listed - len(events)
    return imported
