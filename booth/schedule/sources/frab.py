"""frab schedules: the ``schedule.xml`` many conferences publish (CCC, FOSDEM-style tools) and
the schedule JSON that frab and pretalx both export (same structure: conference -> days ->
rooms -> events). XML is parsed with defusedxml: entity declarations and external references
are refused, so a hostile file cannot expand or fetch anything.

    imported = read_frab_xml(Path("schedule.xml"))
    imported.events, imported.skipped
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET

from booth.errors import DataError
from booth.schedule.model import Event
from booth.schedule.sources.common import (
    ImportedSchedule,
    kind_for,
    one_line,
    parse_duration,
    parse_iso_date,
    parse_iso_datetime,
    plain_text,
    unusable_length,
    unusable_start,
    zone,
)
from booth.yamlfile import load_json

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024 * 1024  # a real schedule is a few MB; refuse anything absurd before parsing


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DataError(f"file too large for a schedule ({size // (1024 * 1024)} MB)", path)
        return path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", path) from None


# -- XML ----------------------------------------------------------------------------------------
def read_frab_xml(path: Path) -> ImportedSchedule:
    data = _read_bytes(path)
    try:
        # A schedule never needs a DTD; refusing one stops entity expansion ("billion laughs")
        # and external entities/DTDs (file or network reads) before anything is expanded.
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise DataError("refused: the XML has a <!DOCTYPE> declaration (DTDs can hide entity-expansion "
                        "and external-entity attacks; schedules never need one)", path) from None
    except defusedxml.EntitiesForbidden:
        raise DataError("refused: the XML declares entities (possible entity-expansion attack)", path) from None
    except defusedxml.ExternalReferenceForbidden:
        raise DataError("refused: the XML refers to external resources", path) from None
    except defusedxml.DefusedXmlException as exc:
        raise DataError(f"refused: unsafe XML ({exc.__class__.__name__})", path) from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        message = str(exc).split(":")[0]
        raise DataError(f"not well-formed XML: {message}", path, line) from None
    if root.tag != "schedule":
        raise DataError(f"not a frab schedule.xml: the root element is <{root.tag}>, expected <schedule>", path)
    imported = ImportedSchedule(path=str(path), format="frab-xml")
    conference = root.find("conference")
    if conference is not None:
        imported.title = one_line(conference.findtext("title"))
        imported.acronym = one_line(conference.findtext("acronym"))
        _declared_zone(imported, conference.findtext("time_zone_name"), "<time_zone_name>")
    for day in root.findall("day"):
        day_date = parse_iso_date(day.get("date"))
        day_start = parse_iso_datetime(day.get("start"))
        if day_date and day.find("room/event") is not None:
            imported.day_dates.append(day_date)
        for room in day.findall("room"):
            for element in room.findall("event"):
                _xml_event(imported, element, room.get("name"), day_date, day_start)
    if not root.findall("day"):
        raise DataError("no <day> elements: not a frab schedule.xml", path)
    return imported


def _xml_event(imported: ImportedSchedule, element: Element, room_name, day_date, day_start) -> None:
    def text(tag: str) -> str:
        return one_line(element.findtext(tag))

    start = parse_iso_datetime(text("date"))
    if start is None and day_date and day_start:
        # Older frab files carry only <start>HH:MM</start>; the day's start gives the offset.
        start = _combine(day_date, text("start"), day_start)
    persons = [one_line(p.text) for p in element.iter("person") if one_line(p.text)]
    record = {
        "id": element.get("id") or element.get("guid") or "",
        "title": text("title"),
        "subtitle": text("subtitle"),
        "type": text("type"),
        "room": text("room") or one_line(room_name),
        "duration": text("duration"),
        "abstract": element.findtext("abstract"),
        "description": element.findtext("description"),
        "url": text("url"),
        "track": text("track"),
    }
    _add(imported, record, start, persons)


def _combine(day_date, hhmm: str, day_start: datetime) -> datetime | None:
    try:
        clock = time.fromisoformat(hhmm)
    except ValueError:
        return None
    start = datetime.combine(day_date, clock, tzinfo=day_start.tzinfo)
    # Events after midnight still belong to the day they are listed under.
    return start + timedelta(days=1) if start < day_start else start


# -- JSON (frab and pretalx) ----------------------------------------------------------------------
def read_frab_json(path: Path, document: Any = None) -> ImportedSchedule:
    if document is None:
        document = load_json(path, DataError, _read_bytes(path))
    schedule = document.get("schedule") if isinstance(document, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict) or not isinstance(conference.get("days"), list):
        raise DataError("not a frab/pretalx schedule JSON: expected schedule.conference.days", path)
    imported = ImportedSchedule(path=str(path), format="frab-json")
    imported.title = one_line(str(conference.get("title") or ""))
    imported.acronym = one_line(str(conference.get("acronym") or ""))
    # frab calls it time_zone_name; pretalx's newer exports say timezone.
    for key in ("time_zone_name", "timezone", "time_zone"):
        if conference.get(key):
            _declared_zone(imported, conference.get(key), f'"{key}"')
            break
    entry = 0
    for day_number, day in enumerate(conference["days"], start=1):
        if not isinstance(day, dict) or not isinstance(day.get("rooms"), dict):
            raise DataError(f"day {day_number}: expected an object with \"rooms\"", path)
        day_date = parse_iso_date(str(day.get("date") or ""))
        day_start = parse_iso_datetime(str(day.get("day_start") or ""))
        any_event = False
        for room_name, events in day["rooms"].items():
            if not isinstance(events, list):
                raise DataError(f"day {day_number}: room {room_name!r}: expected a list of events", path)
            for raw in events:
                entry += 1
                if not isinstance(raw, dict):
                    imported.skip("entry is not an object")
                    continue
                any_event = True
                start = parse_iso_datetime(str(raw.get("date") or ""))
                if start is None and day_date and day_start:
                    start = _combine(day_date, str(raw.get("start") or ""), day_start)
                people = raw.get("persons") or []
                persons = [one_line(_person_name(p)) for p in (people if isinstance(people, list) else [people])]
                record = {
                    "id": str(raw.get("id") or raw.get("guid") or ""),
                    "title": one_line(str(raw.get("title") or "")),
                    "subtitle": one_line(str(raw.get("subtitle") or "")),
                    "type": one_line(str(raw.get("type") or "")),
                    "room": one_line(str(raw.get("room") or room_name)),
                    "duration": str(raw.get("duration") or ""),
                    "abstract": raw.get("abstract") if isinstance(raw.get("abstract"), str) else "",
                    "description": raw.get("description") if isinstance(raw.get("description"), str) else "",
                    "url": str(raw.get("url") or ""),
                    "track": one_line(str(raw.get("track") or "")),
                }
                _add(imported, record, start, [p for p in persons if p])
        if day_date and any_event:
            imported.day_dates.append(day_date)
    return imported


def _person_name(person: Any) -> str:
    if isinstance(person, dict):
        return str(person.get("public_name") or person.get("name") or "")
    return str(person or "")


# -- shared ---------------------------------------------------------------------------------------
def _declared_zone(imported: ImportedSchedule, name, where: str) -> None:
    name = one_line(str(name or ""))
    if name and zone(name):
        imported.timezone, imported.timezone_how = name, f"{where} in the file"
    elif name:
        log.warning("%s: unknown time zone %r ignored", imported.path, name)


def _add(imported: ImportedSchedule, record: dict, start: datetime | None, persons: list[str]) -> None:
    if not record["title"]:
        imported.skip("no title")
        return
    if start is None:
        imported.skip("no start time")
        return
    duration = parse_duration(record["duration"])
    if duration is None:
        imported.skip("unreadable duration")
        return
    problem = unusable_start(start) or unusable_length(duration)
    if problem:
        imported.skip(problem)
        return
    offset = start.utcoffset()
    if offset is not None:
        imported.offsets.add(offset)
    kind, known = kind_for(record["type"], record["title"])
    if not known:
        imported.unknown_types[record["type"] or "(none)"] += 1
    description = plain_text(record["abstract"]) or plain_text(record["description"])
    if record["subtitle"] and record["subtitle"] not in description:
        description = f"{record['subtitle']}. {description}".strip() if description else record["subtitle"]
    event = Event(
        id=record["id"],
        kind=kind,
        title=record["title"],
        start=start,
        end=start + duration,
        room=record["room"] or None,
        speakers=tuple(dict.fromkeys(persons)),
        description=description,
        url=record["url"],
        source=imported.path,
        track=record.get("track", ""),
    )
    imported.add(event, record["type"] or None)
