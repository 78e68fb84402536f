"""The booth-yaml schedule format: what staff write by hand (and the open-space board).

```yaml
events:
  - title: Lektor
    kind: open-space
    day: 2025-05-17
    start: "15:00"
    end: "16:00"          # or duration: 60
    room: Room 308
    speakers: [Armin Ronacher]
```
Every mistake is reported as ``path:line: message``. Reading is on the cold-start path, so the
file is parsed with libyaml when available (about ten times faster than pure-Python PyYAML).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NoReturn
from zoneinfo import ZoneInfo

import yaml

from booth.errors import DataError
from booth.limits import MAX_EVENT_MINUTES, date_ok, date_range_text, minutes_ok
from booth.schedule.model import KINDS, Event
from booth.yamlfile import line_of, load_yaml
from booth.yamlfile import read_text as _read_text

# Documented key order; the writer uses it, the reader accepts exactly these.
KEYS = ("title", "kind", "day", "start", "end", "duration", "room", "track", "speakers", "host", "description", "url",
        "id")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_SLUG = re.compile(r"[^a-z0-9]+")


def parse_yaml(path: Path, text: str | None = None):
    """Parse a YAML file into LineDict/LineList; syntax errors become DataError with path:line."""
    return load_yaml(path, DataError, text)


def read_text(path: Path) -> str:
    return _read_text(path, DataError)


def did_you_mean(word: str, choices) -> str:
    from difflib import get_close_matches  # only on the error path

    close = get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def read_schedule_yaml(path: str | Path, tz: ZoneInfo, default_kind: str = "talk") -> list[Event]:
    """Events of a booth-yaml file (an empty or absent ``events:`` gives none), strictly: the
    first mistake raises (read_schedule_yaml_tolerant skips and names broken entries)."""
    path = Path(path)
    return _events(parse_yaml(path), path, tz, default_kind)


def read_schedule_yaml_tolerant(path: str | Path, tz: ZoneInfo, default_kind: str = "talk",
                                extra_keys: tuple[str, ...] = ()) -> tuple[list[Event], list[DataError], object]:
    """Like read_schedule_yaml, but a broken entry is skipped and returned as a problem, so one
    bad hand edit never hides the rest. A file that is not YAML at all still raises. Also returns
    the parsed tree (for ``extra_keys``, e.g. the board's ``hidden:`` list)."""
    path = Path(path)
    tree = parse_yaml(path)
    problems: list[DataError] = []
    return _events(tree, path, tz, default_kind, problems, extra_keys), problems, tree


def schedule_events(tree, path: Path, tz: ZoneInfo, default_kind: str, extra_keys: tuple[str, ...] = ()) -> list[Event]:
    """Events of an already parsed booth-yaml tree, strictly (the first mistake raises)."""
    return _events(tree, path, tz, default_kind, None, extra_keys)


def _events(tree, path: Path, tz: ZoneInfo, default_kind: str, problems: list[DataError] | None = None,
            extra_keys: tuple[str, ...] = ()) -> list[Event]:
    if tree is None:
        return []
    if not isinstance(tree, dict):
        raise DataError("top level must be a mapping with 'events:'", path, line_of(tree) or 1)
    for key in tree:
        if key != "events" and key not in extra_keys:
            raise DataError(f"unknown key '{key}'{did_you_mean(key, ['events', *extra_keys])}", path, line_of(tree, key))
    items = tree.get("events")
    if items is None:
        return []
    if not isinstance(items, list):
        raise DataError("events: must be a list", path, line_of(tree, "events"))
    events: list[Event] = []
    seen: dict[str, int | None] = {}
    for index, item in enumerate(items):
        try:
            event = _event(item, line_of(items, index), path, tz, default_kind)
        except DataError as error:
            if problems is None:
                raise
            problems.append(error)
            continue
        if event.id in seen and isinstance(item, dict) and not item.get("id"):
            # Two unnamed events with the same title and start: number the later ones.
            n = 2
            while f"{event.id}-{n}" in seen:
                n += 1
            event = replace(event, id=f"{event.id}-{n}")
        if event.id in seen:
            first = seen[event.id]
            where = f" (first at line {first})" if first else ""
            duplicate = DataError(f"duplicate id '{event.id}'{where}", path, line_of(item, "id") or line_of(items, index))
            if problems is None:
                raise duplicate
            problems.append(duplicate)
            continue
        seen[event.id] = line_of(items, index)
        events.append(event)
    return events


def _event(item, line: int | None, path: Path, tz: ZoneInfo, default_kind: str) -> Event:
    def fail(message: str, key: str | None = None) -> NoReturn:
        raise DataError(message, path, (line_of(item, key) if key else None) or line)

    if not isinstance(item, dict):
        fail("each event must be a mapping (title:, day:, start: ...)")
    for key in item:
        if key not in KEYS:
            fail(f"unknown key '{key}'{did_you_mean(key, KEYS)}", key)
    title = _string(item, "title", fail)
    if not title:
        fail("missing title")
    kind = _string(item, "kind", fail) or default_kind
    if kind not in KINDS:
        fail(f"unknown kind '{kind}'{did_you_mean(kind, KINDS)} (kinds: {', '.join(KINDS)})", "kind")
    day = _day(item, fail)
    start_time = _clock(item, "start", fail)
    start = end = None
    if day is None and start_time is None:
        if kind != "poster":  # posters may be listed without a slot
            fail("missing day and start")
    elif day is None:
        fail("missing day", "start")
    elif start_time is None:
        fail("missing start", "day")
    else:
        start = datetime.combine(day, start_time, tzinfo=tz)
        end = _end(item, start, day, tz, fail)
    speakers = _people(item, fail)
    room = _string(item, "room", fail) or None
    event = Event(
        id=_string(item, "id", fail), kind=kind, title=title, start=start, end=end, room=room, speakers=speakers,
        description=_string(item, "description", fail), url=_string(item, "url", fail),
        source=f"{path}:{line}" if line else str(path), track=_string(item, "track", fail),
    )
    return event if event.id else replace(event, id=generated_id(event, path))


def generated_id(event: Event, path: Path) -> str:
    """A stable id from what the event is (not its position), so edits elsewhere keep it."""
    when = event.start.strftime("%Y%m%d-%H%M") if event.start else "unscheduled"
    slug = _SLUG.sub("-", event.title.lower()).strip("-")[:40] or "event"
    prefix = _SLUG.sub("-", path.stem.lower()).strip("-")
    return f"{prefix}-{when}-{slug}"


def _string(item: dict, key: str, fail) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        fail(f"{key} must be text", key)
    return " ".join(str(value).split()) if key != "description" else str(value).strip()


def _day(item: dict, fail) -> date | None:
    value = item.get("day")
    if value is None:
        return None
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value).strip())
        except ValueError as exc:
            fail(f"bad day '{value}': {_reason(exc, 'expected YYYY-MM-DD')}", "day")
    if not date_ok(value):
        fail(f"bad day '{value}': {date_range_text()}", "day")
    return value


def _reason(exc: ValueError, default: str) -> str:
    text = str(exc)
    return default if text.startswith("Invalid isoformat") else text


def _clock(item: dict, key: str, fail: Callable[..., NoReturn]) -> time | None:
    value = item.get(key)
    if value is None:
        return None
    match = _TIME.match(str(value).strip())
    if not match:
        fail(f"bad {key} time '{value}': expected \"HH:MM\"", key)
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        fail(f"bad {key} time '{value}': hours go 00-23, minutes 00-59", key)
    return time(hour, minute)


def _end(item: dict, start: datetime, day: date, tz: ZoneInfo, fail) -> datetime:
    if "end" in item and "duration" in item:
        fail("give end or duration, not both", "duration")
    if item.get("duration") is not None:
        minutes = item["duration"]
        if not isinstance(minutes, bool) and isinstance(minutes, (int, float)) and not minutes_ok(minutes):
            fail(f"bad duration '{minutes}': expected minutes from 0 to {MAX_EVENT_MINUTES} "
                 f"({MAX_EVENT_MINUTES // 1440} days)", "duration")
        if not minutes_ok(minutes):
            fail(f"bad duration '{minutes}': expected minutes, e.g. 60", "duration")
        return start + timedelta(minutes=minutes)
    end_time = _clock(item, "end", fail)
    if end_time is None:
        return start  # no end: a notice at one moment ("registration opens")
    end = datetime.combine(day, end_time, tzinfo=tz)
    if end < start:
        fail(f"end {end_time:%H:%M} is before start {start:%H:%M}", "end")
    return end


def _people(item: dict, fail) -> tuple[str, ...]:
    out: list[str] = []
    if item.get("speakers") is not None:
        value = item["speakers"]
        if not isinstance(value, list) or any(isinstance(v, (dict, list)) for v in value):
            fail("speakers must be a list of names, e.g. [Ada Lovelace]", "speakers")
        out.extend(str(v) for v in value)
    if item.get("host") is not None:  # the board's word for it; one name or a list
        value = item["host"]
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, (dict, list)) for v in values):
            fail("host must be a name or a list of names", "host")
        out.extend(str(v) for v in values)
    return tuple(dict.fromkeys(" ".join(name.split()) for name in out if name and str(name).strip()))


# -- writing ------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value: str):
    style = "|" if "\n" in value else None  # descriptions stay readable as blocks
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Clock(str):
    """An "HH:MM" time, written double-quoted as the format documents."""


class _Names(list):
    """A speakers list, written on one line: [Ada Lovelace, Alan Turing]."""


_Dumper.add_representer(str, _str)
_Dumper.add_representer(_Clock, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))
_Dumper.add_representer(_Names, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", list(v), flow_style=True))


def event_record(event: Event) -> dict:
    """One event as a booth-yaml mapping, keys in the documented order."""
    record: dict = {"title": event.title, "kind": event.kind}
    if event.start is not None:
        record["day"] = event.start.date()
        record["start"] = _Clock(f"{event.start:%H:%M}")
        if event.end is not None and event.end != event.start:
            if event.end.date() == event.start.date():
                record["end"] = _Clock(f"{event.end:%H:%M}")
            else:
                record["duration"] = int((event.end - event.start).total_seconds() // 60)
    if event.room:
        record["room"] = event.room
    if event.track:
        record["track"] = event.track
    if event.speakers:
        record["speakers"] = _Names(event.speakers)
    if event.description:
        record["description"] = "\n".join(line.rstrip() for line in event.description.splitlines())
    if event.url:
        record["url"] = event.url
    if event.id:
        record["id"] = event.id
    return record


def write_schedule_yaml(path: str | Path, events, header_comment: str | None = None) -> None:
    """Write events as booth-yaml, atomically (tmp file in the same folder, fsync, replace)."""
    path = Path(path)
    body = yaml.dump({"events": [event_record(e) for e in events]}, Dumper=_Dumper, sort_keys=False,
                     allow_unicode=True, default_flow_style=False, width=100)
    head = "".join(f"# {line}".rstrip() + "\n" for line in header_comment.splitlines()) if header_comment else ""
    write_atomic(path, head + body)


def write_atomic(path: Path, text: str) -> None:
    from booth.atomic import write_text_atomic  # only writers need it; reading is on the cold-start path

    write_text_atomic(path, text)
