"""Read PyCon US's own ``conference.json`` export (the mobile app's feed) as it is.

The export lists each real thing on the schedule, sometimes more than once (the opening
reception as both a plenary and an event; an umbrella "Job Fair and Poster Sessions" beside
the job fair and the poster session it names). We answer each real thing once: see
``drop_duplicates``. Titles and descriptions arrive as HTML or Markdown; we keep plain text,
because every answer is spoken.
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from booth.errors import DataError
from booth.limits import MAX_EVENT_MINUTES, date_ok, date_range_text, minutes_ok
from booth.schedule.kinds import KIND_TABLE
from booth.schedule.model import Event, Sponsor
from booth.yamlfile import load_json

log = logging.getLogger(__name__)

# PyCon's schedule kinds that are already ours.
_SAME_KIND = {k.name for k in KIND_TABLE if k.pycon}
_MEAL_WORDS = {"breakfast", "brunch", "lunch", "dinner", "supper"}
_BREAK_WORDS = {"break", "coffee", "snack", "snacks"} | _MEAL_WORDS
_NOTICE_WORDS = {"registration", "desk", "desks"}
_KEYNOTE = re.compile(r"^\s*keynote\s*[-\u2013\u2014:]\s*(?P<who>.+?)\s*$", re.I)
_HOSTED_BY = re.compile(r"^\s*hosted\s+by\s+", re.I)
_CANCELLED = re.compile(r"^\s*cancell?ed\b", re.I)
_STRUCK = re.compile(r"<(s|del|strike)\b[^>]*>.*?</\1\s*>", re.I | re.S)

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)")
_BREAK_TAG = re.compile(r"<\s*(?:br\s*/?|/p|/div|/h[1-6]|/tr|/ul|/ol|/blockquote)\s*>", re.I)
_ITEM_TAG = re.compile(r"<\s*li\b[^>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # a real tag starts with a letter: "DuckDB <3 Python" stays
_SPACES = re.compile(r"  +")
_BLANK_LINES = re.compile(r"\n{3,}")
_LINE_EDGES = re.compile(r" ?\n ?")
_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = {"a", "an", "and", "the", "of", "to", "for", "in", "on", "with", "at", "or"}


def plain_text(text: str | None) -> str:
    """HTML or Markdown to plain text for the ear: tags gone, entities decoded, links reduced to their text."""
    if not text:
        return ""
    if not isinstance(text, str):  # a number where text belongs is still text; a mapping is not
        text = str(text) if isinstance(text, (int, float)) else ""
    # Each step only when its marker is present: this runs ~1300 times on the cold-start path.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "](" in text:
        text = _MD_LINK.sub(lambda m: m.group(1), text)
    if "<" in text:
        text = _BREAK_TAG.sub("\n", text)
        text = _ITEM_TAG.sub("\n- ", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    text = _SPACES.sub(" ", text.replace("\t", " ").replace("\u00a0", " "))
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def plain_title(text: str | None) -> str:
    """A title on one line."""
    return " ".join(plain_text(text).split())


def is_cancelled(entry: dict) -> bool:
    raw = str(entry.get("name") or entry.get("title") or "")
    return bool(entry.get("cancelled")) or bool(_CANCELLED.match(raw)) or bool(
        _STRUCK.search(raw) and not _TAG.sub("", _STRUCK.sub("", raw)).strip(" :-")
    )


def title_words(title: str) -> set[str]:
    """Content words, singular, for comparing titles ("Posters Session" ~ "poster session")."""
    words = set()
    for word in _WORD.findall(title.lower()):
        if word in _STOP_WORDS:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return words


def break_kind(title: str) -> str:
    """Kind for an entry a schedule files as a break, judged by its title.

    "Lunch" is a meal and "Break" a break; "Registration desk open" is a notice; anything else
    filed there ("PyLadies Charity Auction", "Poster Session / Job Fair / Lunch") is an event.
    """
    words = title_words(re.sub(r"\([^)]*\)", " ", title))
    if words and words <= _BREAK_WORDS:
        return "meal" if words & _MEAL_WORDS else "break"
    if words & _NOTICE_WORDS:
        return "info"
    return "event"


def split_people(names) -> tuple[str, ...]:
    """Speaker names as a tuple; "Hosted by A, B, and C" becomes ("A", "B", "C")."""
    out: list[str] = []
    for name in names or ():
        name = " ".join(str(name).split())
        if not name:
            continue
        if _HOSTED_BY.match(name):
            rest = _HOSTED_BY.sub("", name)
            parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", rest)
            out.extend(part for part in (p.strip() for p in parts) if part)
        else:
            out.append(name)
    return tuple(dict.fromkeys(out))


def drop_duplicates(events: list[Event]) -> list[Event]:
    """Answer each real thing once.

    Entries at the same start in the same room whose title words are all found among the other
    entries kept there add nothing: an identical twin ("Opening Reception" as plenary and as
    event), a shorter form ("Keynote" beside "Keynote - Lynn Root"), or an umbrella listing
    ("Job Fair and Poster Sessions" beside "Job Fair and Community Showcase" and "Posters Session").
    Longer titles are judged first, so the umbrella goes and its parts stay.
    """
    groups: dict[tuple, list[int]] = {}
    for index, event in enumerate(events):
        if event.start is not None:
            groups.setdefault((event.start, (event.room or "").casefold()), []).append(index)
    dropped: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        words = {i: title_words(events[i].title) for i in members}
        # How many kept entries have each word: a word of i is "among the others" when some
        # other kept entry has it too, i.e. its count is above i's own one. Linear in the group,
        # where comparing each entry with the union of the rest was quadratic.
        counts = Counter(word for i in members for word in words[i])
        for i in sorted(members, key=lambda i: (-len(words[i]), _kind_rank(events[i].kind), i)):
            if words[i] and all(counts[word] > 1 for word in words[i]):
                counts.subtract(words[i])
                dropped.add(i)
                log.debug("%s: %r duplicates other entries at the same time and room", events[i].source, events[i].title)
    return [event for index, event in enumerate(events) if index not in dropped]


def _kind_rank(kind: str) -> int:
    # Among equal titles, drop the vaguer kind first: a plain "event" before a "poster" or "keynote".
    return 0 if kind == "event" else 1


def read_pycon_json(path: str | Path, tz: ZoneInfo) -> tuple[list[Event], list[Sponsor]]:
    """Events (schedule + open spaces) and sponsors from a PyCon ``conference.json``."""
    path = Path(path)
    data = load_json(path, DataError)
    if not isinstance(data, dict):
        raise DataError("top level must be an object with 'schedule'", path)
    schedule = _list(data, "schedule", path)
    spaces = _list(data, "open-spaces", path)
    listed = [e for e in (_schedule_event(entry, n, path, tz) for n, entry in enumerate(schedule, 1)) if e]
    events = drop_duplicates(listed)
    # Posters inside a poster session become events of their own (after de-duplication, so the
    # session's own entry is judged only against the other schedule entries).
    by_id = {event.id: event for event in events}
    for n, entry in enumerate(schedule, 1):
        session = by_id.get(f"pycon-{entry.get('conf_key') or n}") if isinstance(entry, dict) else None
        if session is not None and isinstance(entry.get("sessions"), list):
            events.extend(_sessions(session, entry["sessions"], n, path))
    events.extend(e for e in (_open_space(entry, n, path, tz) for n, entry in enumerate(spaces, 1)) if e)
    conference = data.get("conference") or {}
    sponsors = _sponsors(conference.get("sponsors") if isinstance(conference, dict) else None, path)
    return events, sponsors


def _list(data: dict, key: str, path: Path) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise DataError(f"'{key}' must be a list", path)
    return value


class _Entry:
    """One JSON record, with errors that say which one: ``path: entry N: message``."""

    def __init__(self, entry, n: int, path: Path, section: str):
        self.label = f"entry {n}" if section == "schedule" else f"{section} entry {n}"
        self.path = path
        if not isinstance(entry, dict):
            raise self.error("must be an object")
        self.data = entry
        key = entry.get("conf_key")
        self.source = f"{path.name}#{section}[{n}]" + (f" (conf_key {key})" if key is not None else "")

    def error(self, message: str) -> DataError:
        return DataError(f"{self.label}: {message}", self.path)

    def text(self, key: str, required: bool = False) -> str:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                raise self.error(f"missing {key}")
            return ""
        if not isinstance(value, (str, int, float)):
            raise self.error(f"{key} must be text")
        return str(value)

    def start(self, tz: ZoneInfo) -> datetime:
        moment = self.when("start", tz)
        assert moment is not None  # required: when() raised otherwise
        return moment

    def when(self, key: str, tz: ZoneInfo, required: bool = True) -> datetime | None:
        raw = self.data.get(key)
        if raw in (None, ""):
            if required:
                raise self.error(f"missing {key}")
            return None
        try:
            moment = datetime.fromisoformat(str(raw))
        except ValueError:
            raise self.error(f"bad {key} {raw!r}: not an ISO date-time") from None
        if not date_ok(moment):
            raise self.error(f"bad {key} {raw!r}: {date_range_text()}")
        return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)

    def span(self, tz: ZoneInfo, minutes_per_unit: int) -> tuple[datetime, datetime]:
        start = self.start(tz)
        end = self.when("end", tz, required=False)
        if end is None:
            duration = self.data.get("duration") or 0
            if not minutes_ok(duration * minutes_per_unit / 60 if isinstance(duration, (int, float)) else None):
                unit = "minutes" if minutes_per_unit == 60 else "seconds"
                raise self.error(f"bad duration {duration!r}: expected {unit}, at most "
                                 f"{MAX_EVENT_MINUTES * 60 // minutes_per_unit}")
            end = start + timedelta(seconds=duration * minutes_per_unit)
        if end < start:
            raise self.error(f"end {end.isoformat()} is before start {start.isoformat()}")
        if end - start > timedelta(minutes=MAX_EVENT_MINUTES):
            raise self.error(f"end {end.isoformat()} is more than {MAX_EVENT_MINUTES // 1440} days after the start")
        return start, end

    def people(self, entry: dict) -> tuple[str, ...]:
        """speakers: [{name: ...}] or authors: [names], each a list (a number or text is an error)."""
        for key in ("speakers", "authors"):
            value = entry.get(key)
            if value is not None and not isinstance(value, list):
                raise self.error(f"{key} must be a list")
        return split_people([s.get("name") for s in entry.get("speakers") or () if isinstance(s, dict)]
                            or [a for a in entry.get("authors") or () if isinstance(a, (str, int, float))])

    def key(self) -> str:
        return str(self.data.get("conf_key") or "")


def _schedule_event(entry, n: int, path: Path, tz: ZoneInfo) -> Event | None:
    record = _Entry(entry, n, path, "schedule")
    raw_title = record.text("name", required=True)
    start, end = record.span(tz, 60)  # schedule durations are minutes
    if is_cancelled(entry):
        log.debug("%s: dropped cancelled %r", record.source, raw_title)
        return None
    title = plain_title(raw_title)
    if not title:
        raise record.error("missing name")
    speakers = record.people(entry)
    kind = _kind(record.text("kind", required=True), title, record)
    # A keynote is a plenary whose title _KEYNOTE matches (_kind), so the match is always there.
    if kind == "keynote" and not speakers and (keynote := _KEYNOTE.match(title)):
        speakers = (keynote.group("who"),)
    key = record.key() or str(n)
    event = Event(
        id=f"pycon-{key}", kind=kind, title=title, start=start, end=end,
        room=plain_title(record.text("room")) or None, speakers=speakers,
        description=plain_text(record.text("description")), url=record.text("conf_url"), source=record.source,
    )
    return event


def _sessions(session: Event, items: list, n: int, path: Path) -> list[Event]:
    """The posters (or talks) listed inside one session, at the session's time and room."""
    out = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not plain_title(item.get("name") or item.get("title")):
            raise DataError(f"entry {n}: session {i}: missing name", path)
        if is_cancelled(item):
            continue
        speakers = _Entry(item, i, path, f"entry {n}: session").people(item)
        out.append(Event(
            id=f"{session.id}-{i}", kind=session.kind, title=plain_title(item.get("name") or item.get("title")),
            start=session.start, end=session.end, room=session.room, speakers=speakers,
            description=plain_text(item.get("description")), url=str(item.get("conf_url") or ""),
            source=f"{session.source} session {i}",
        ))
    return out


def _kind(raw: str, title: str, record: _Entry) -> str:
    if raw in _SAME_KIND:
        return raw
    if raw == "plenary":
        return "keynote" if _KEYNOTE.match(title) else "event"
    if raw == "break":
        return break_kind(title)
    if raw == "informational":
        return "info"
    if raw == "open-space":
        return "open-space"
    raise record.error(f"unknown kind {raw!r}")


def _open_space(entry, n: int, path: Path, tz: ZoneInfo) -> Event | None:
    record = _Entry(entry, n, path, "open-spaces")
    raw_title = record.text("title") or record.text("name", required=False)
    if not raw_title:
        raise record.error("missing title")
    start, end = record.span(tz, 1)  # open-space durations are seconds
    if is_cancelled({"name": raw_title, "cancelled": entry.get("cancelled")}):
        log.debug("%s: dropped cancelled %r", record.source, raw_title)
        return None
    room = record.text("room")
    if record.text("room_display"):
        # What attendees were shown: "PSF Couch" for "Elsewhere", "West Atrium" for a moved card.
        room = record.text("room_display")
    return Event(
        id=f"os-{record.key() or n}", kind="open-space", title=plain_title(raw_title), start=start, end=end,
        room=plain_title(room) or None, description=plain_text(record.text("description")), source=record.source,
    )


def _sponsors(levels, path: Path) -> list[Sponsor]:
    if not levels:
        return []
    if not isinstance(levels, dict):
        raise DataError("conference.sponsors must map level -> list of sponsors", path)
    out = []
    for level, sponsors in levels.items():
        if sponsors is not None and not isinstance(sponsors, list):
            raise DataError(f"conference.sponsors.{level} must be a list of sponsors", path)
        for n, sponsor in enumerate(sponsors or (), 1):
            if not isinstance(sponsor, dict) or not isinstance(sponsor.get("name"), str) or not sponsor["name"]:
                raise DataError(f"sponsor {level} {n}: missing name", path)
            booth = sponsor.get("booth_number")
            out.append(Sponsor(
                name=plain_title(sponsor["name"]), level=str(sponsor.get("level") or level),
                booth=str(booth).strip() if booth not in (None, "") else None,
                description=plain_text(sponsor.get("description")),
            ))
    return out
