"""Conferences on disk: ``data/<name>/conference.yaml`` names the files that make the schedule.

``load_conference`` reads one conference (sources in order, then the open-space board);
``ScheduleStore`` keeps a running listener's copy fresh and survives a broken edit.
"""

from __future__ import annotations

import importlib
import logging
import os
import time
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from booth.errors import ConfigError, DataError
from booth.schedule.booth_yaml import did_you_mean, parse_yaml, read_schedule_yaml
from booth.schedule.faq import FAQ_FILE, read_faq
from booth.schedule.model import Conference, ConferenceDays, Event, Sponsor
from booth.yamlfile import line_of

log = logging.getLogger(__name__)

CONFERENCE_FILE = "conference.yaml"
_KEYS = ("title", "timezone", "venue", "days", "open_spaces_published", "sources", "board")
_DAY_KEYS = ("tutorials", "main", "sprints")
_SOURCE_KEYS = ("file", "format")


def _read_booth_yaml(path: Path, tz: ZoneInfo):
    return read_schedule_yaml(path, tz, default_kind="talk"), []


def _read_pycon_json(path: Path, tz: ZoneInfo):
    from booth.schedule.sources.pycon import read_pycon_json  # only conferences that use it pay for it

    return read_pycon_json(path, tz)


# format -> reader(path: Path, tz: ZoneInfo) -> (list[Event], list[Sponsor]). Other formats
# (frab-xml, ical, ...) are registered here as "module:function" strings, so nothing is
# imported until a conference actually uses the format.
FORMATS: dict[str, object] = {
    "pycon-json": _read_pycon_json,
    "booth-yaml": _read_booth_yaml,
}


def _reader(fmt: str):
    reader = FORMATS[fmt]
    if isinstance(reader, str):
        module, _, name = reader.partition(":")
        reader = getattr(importlib.import_module(module), name)
    return reader


def list_conferences(data_dir: Path) -> list[str]:
    """Names of the conferences in ``data_dir``, newest (latest first day) first."""
    data_dir = Path(data_dir)
    try:
        folders = sorted(p for p in data_dir.iterdir() if (p / CONFERENCE_FILE).is_file())
    except OSError:
        return []
    dated = []
    for folder in folders:
        try:
            first = _first_day(parse_yaml(folder / CONFERENCE_FILE))
        except DataError as error:
            log.warning("%s", error)  # it will say so again, in full, if it is loaded
            first = None
        dated.append((first or date.min, folder.name))
    dated.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [name for _first, name in dated]


def _first_day(tree) -> date | None:
    days = tree.get("days") if isinstance(tree, dict) else None
    found = []
    for key in _DAY_KEYS:
        for value in (days.get(key) if isinstance(days, dict) else None) or ():
            try:
                found.append(value if isinstance(value, date) else date.fromisoformat(str(value)))
            except ValueError:
                pass
    return min(found) if found else None


def conference_folder(data_dir: Path, name: str | None) -> Path:
    """The folder of conference ``name`` (None: the newest); unknown names list the known ones."""
    known = list_conferences(data_dir)
    if name is None:
        if not known:
            raise ConfigError(f"no conferences in {data_dir} (each needs a {CONFERENCE_FILE})")
        name = known[0]
    elif name not in known:
        raise ConfigError(f"unknown conference '{name}'; known: {', '.join(known) or 'none'}")
    return Path(data_dir) / name


def load_conference(data_dir: Path, name: str | None = None) -> Conference:
    """Read conference ``name`` (None: the newest). Broken files raise DataError path:line."""
    conference, _watched = _load(conference_folder(data_dir, name))
    return conference


def _load(folder: Path) -> tuple[Conference, tuple[Path, ...]]:
    """The conference and every file whose change should reload it (the board even if absent)."""
    meta_path = folder / CONFERENCE_FILE
    meta = _Meta(meta_path)
    events: dict[str, Event] = {}
    sponsors: dict[str, Sponsor] = {}
    files = [meta_path]
    for path, fmt in meta.sources:
        found_events, found_sponsors = _reader(fmt)(path, meta.tz)
        for event in found_events:
            events.pop(event.id, None)  # a later source replaces an event with the same id
            events[event.id] = event
        for sponsor in found_sponsors:
            sponsors[sponsor.name.casefold()] = sponsor
        files.append(path)
    watched = list(files)
    if meta.board is not None:
        watched.append(meta.board)
        if meta.board.exists():
            for event in read_schedule_yaml(meta.board, meta.tz, default_kind="open-space"):
                events.pop(event.id, None)
                events[event.id] = event
            files.append(meta.board)
    faq_path = folder / FAQ_FILE
    watched.append(faq_path)  # watched even while absent: writing one is picked up too
    faq = read_faq(faq_path)
    if faq:
        files.append(faq_path)
    ordered = sorted(events.values(), key=lambda e: (e.start is None, e.start.timestamp() if e.start else 0, e.title))
    conference = Conference(
        name=folder.name, title=meta.title, timezone=meta.tz, days=meta.days, venue=meta.venue,
        events=tuple(ordered), sponsors=tuple(sponsors.values()),
        has_open_spaces_data=meta.open_spaces_published, files=tuple(str(p) for p in files), faq=faq,
    )
    return conference, tuple(watched)


class _Meta:
    """A validated conference.yaml."""

    def __init__(self, path: Path):
        self.path = path
        tree = parse_yaml(path)
        if not isinstance(tree, dict):
            self.fail("top level must be a mapping (title:, timezone:, days:, sources:)", tree)
        for key in tree:
            if key not in _KEYS:
                self.fail(f"unknown key '{key}'{did_you_mean(key, _KEYS)}", tree, key)
        self.title = self.text(tree, "title", required=True)
        self.venue = self.text(tree, "venue")
        zone = self.text(tree, "timezone", required=True)
        try:
            self.tz = ZoneInfo(zone)
        except Exception:  # ZoneInfoNotFoundError, ValueError for a malformed key, OSError
            self.fail(f"bad timezone '{zone}': expected an IANA name like America/New_York", tree, "timezone")
        self.days = self._days(tree)
        published = tree.get("open_spaces_published", True)
        if not isinstance(published, bool):
            self.fail("open_spaces_published must be true or false", tree, "open_spaces_published")
        self.open_spaces_published = published
        self.sources = self._sources(tree)
        board = self.text(tree, "board")
        self.board = path.parent / board if board else None

    def fail(self, message: str, node, key=None):
        raise DataError(message, self.path, line_of(node, key) if key is not None else line_of(node))

    def text(self, tree: dict, key: str, required: bool = False) -> str:
        value = tree.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(f"missing {key}:", tree)
            return ""
        if isinstance(value, (dict, list)):
            self.fail(f"{key} must be text", tree, key)
        return str(value).strip()

    def _days(self, tree: dict) -> ConferenceDays:
        days = tree.get("days")
        if days is None:
            self.fail("missing days: (tutorials, main, sprints: lists of dates)", tree)
        if not isinstance(days, dict):
            self.fail("days must be a mapping of tutorials, main, sprints to lists of dates", tree, "days")
        out = {}
        for key in days:
            if key not in _DAY_KEYS:
                self.fail(f"unknown key '{key}' in days{did_you_mean(key, _DAY_KEYS)}", days, key)
        for key in _DAY_KEYS:
            values = days.get(key) or []
            if not isinstance(values, list):
                self.fail(f"days.{key} must be a list of dates, e.g. [2025-05-16, 2025-05-17]", days, key)
            parsed = []
            for index, value in enumerate(values):
                try:
                    parsed.append(value if isinstance(value, date) else date.fromisoformat(str(value).strip()))
                except ValueError:
                    self.fail(f"bad date '{value}' in days.{key}: expected YYYY-MM-DD", values, index)
            out[key] = tuple(sorted(parsed))
        if not out["main"]:
            self.fail("days.main must list at least one date", days)
        return ConferenceDays(**out)

    def _sources(self, tree: dict) -> list[tuple[Path, str]]:
        items = tree.get("sources")
        if not items:
            self.fail("missing sources: (a list of {file:, format:})", tree, "sources" if "sources" in tree else None)
        if not isinstance(items, list):
            self.fail("sources must be a list of {file:, format:}", tree, "sources")
        out = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                self.fail("each source must be a mapping with file: and format:", items, index)
            for key in item:
                if key not in _SOURCE_KEYS:
                    self.fail(f"unknown key '{key}' in source{did_you_mean(key, _SOURCE_KEYS)}", item, key)
            name = self.text(item, "file", required=True)
            fmt = self.text(item, "format", required=True)
            if fmt not in FORMATS:
                self.fail(f"unknown format '{fmt}'{did_you_mean(fmt, FORMATS)} (known: {', '.join(FORMATS)})",
                          item, "format")
            path = self.path.parent / name
            if not path.is_file():
                self.fail(f"source file '{name}' not found", item, "file")
            out.append((path, fmt))
        return out


class ScheduleStore:
    """The current Conference for a long-running listener or chat.

    ``current()`` stats the conference's files (at most every ``check_interval`` seconds) and
    reloads when one changed. A broken edit is logged once as its one-line error, kept in
    ``last_error``, and the last good Conference keeps being served.
    """

    def __init__(self, data_dir: Path, name: str | None = None, check_interval: float = 0.0):
        self.folder = conference_folder(Path(data_dir), name)
        self.check_interval = check_interval
        self.last_error: DataError | None = None
        self._conference, self._watched = _load(self.folder)
        self._signature = _signature(self._watched)
        self._checked_at = time.monotonic()

    def current(self) -> Conference:
        now = time.monotonic()
        if now - self._checked_at < self.check_interval:
            return self._conference
        self._checked_at = now
        signature = _signature(self._watched)
        if signature == self._signature:
            return self._conference
        self._signature = signature  # a broken edit is reported once, not on every call
        try:
            conference, watched = _load(self.folder)
        except DataError as error:
            self.last_error = error
            log.error("%s (still using the schedule loaded before)", error)
            return self._conference
        self._conference, self._watched = conference, watched
        self._signature = _signature(watched)  # conference.yaml may have changed the file list
        self.last_error = None
        log.info("schedule %s reloaded: %d events", conference.name, len(conference.events))
        return self._conference


def _signature(paths) -> tuple:
    out = []
    for path in paths:
        try:
            st = os.stat(path)
            out.append((st.st_mtime_ns, st.st_size, st.st_ino))
        except OSError:
            out.append(None)
    return tuple(out)
