"""Conferences on disk: ``data/<name>/conference.yaml`` names the files that make the schedule.

``load_conference`` reads one conference (sources in order, then the open-space board);
``ScheduleStore`` keeps a running listener's copy fresh and survives a broken edit.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
import time
from datetime import date
from pathlib import Path
from typing import NoReturn
from zoneinfo import ZoneInfo

from booth.errors import BoothError, ConfigError, DataError
from booth.limits import MAX_EVENTS, confined, date_ok, date_range_text
from booth.schedule.booth_yaml import did_you_mean, parse_yaml, read_schedule_yaml_tolerant
from booth.schedule.faq import FAQ_FILE, read_faq, venue_entry, with_venue
from booth.schedule.model import Conference, ConferenceDays, Event, Sponsor
from booth.yamlfile import line_of

log = logging.getLogger(__name__)

CONFERENCE_FILE = "conference.yaml"
_KEYS = ("title", "timezone", "venue", "days", "open_spaces_published", "sources", "board")
_DAY_KEYS = ("tutorials", "main", "sprints")
_SOURCE_KEYS = ("file", "format")


def _read_booth_yaml(path: Path, tz: ZoneInfo):
    """A hand-written schedule: a broken entry is skipped (and reported), not fatal."""
    events, problems, _tree = read_schedule_yaml_tolerant(path, tz, default_kind="talk")
    return events, [], problems


def _read_pycon_json(path: Path, tz: ZoneInfo):
    from booth.schedule.sources.pycon import read_pycon_json  # only conferences that use it pay for it

    return read_pycon_json(path, tz)


# format -> reader(path: Path, tz: ZoneInfo) -> (list[Event], list[Sponsor][, problems]). Other formats
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
        values = days.get(key) if isinstance(days, dict) else None
        for value in values if isinstance(values, list) else ():
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
        from booth.schedule.datadir import read_default

        # `booth use NAME` decides, so an import never changes what Booth answers about.
        chosen = read_default(data_dir)
        name = chosen if chosen in known else known[0]
    elif name not in known:
        raise ConfigError(f"unknown conference '{name}'; known: {', '.join(known) or 'none'}")
    return Path(data_dir) / name


def load_conference(data_dir: Path, name: str | None = None) -> Conference:
    """Read conference ``name`` (None: the newest). Broken files raise DataError path:line."""
    conference, _watched = _load(conference_folder(data_dir, name))
    return conference


def _load(folder: Path, keep_unreadable_board: bool = False) -> tuple[Conference, tuple[Path, ...]]:
    """The conference and every file whose change should reload it (the board even if absent),
    from the parse cache when none of those files (nor Booth's parsing code) changed. Broken
    entries are skipped; a board that is not YAML at all is skipped too, unless
    ``keep_unreadable_board`` (a running store has a last good board to keep serving)."""
    from booth.schedule import cache

    cached = cache.load(folder, cache.key_for)
    if cached is not None:
        return cached
    started = time.time_ns()
    loaded = _parse(folder, keep_unreadable_board)
    # A conference with skipped entries is not cached: each process names them again in its log,
    # and what an unreadable board does depends on the caller.
    if not loaded[0].problems:
        cache.store(folder, started, loaded)
    return loaded


def _parse(folder: Path, keep_unreadable_board: bool) -> tuple[Conference, tuple[Path, ...]]:
    meta_path = folder / CONFERENCE_FILE
    meta = _Meta(meta_path)
    events: dict[str, Event] = {}
    sponsors: dict[str, Sponsor] = {}
    files = [meta_path]
    problems: list[DataError] = []
    for path, fmt in meta.sources:
        found_events, found_sponsors, *skipped = _reader(fmt)(path, meta.tz)  # booth-yaml adds its problems
        for bad in skipped:
            problems.extend(bad)
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
            _apply_board(meta.board, meta.tz, events, problems, keep_unreadable_board)
            files.append(meta.board)
    for problem in problems:
        log.warning("%s (skipped; the rest of %s is served)", problem, folder.name)
    faq_path = folder / FAQ_FILE
    watched.append(faq_path)  # watched even while absent: writing one is picked up too
    faq = read_faq(faq_path)
    if faq:
        files.append(faq_path)
    if meta.venue:
        faq = with_venue(faq, venue_entry(meta.title, meta.venue, str(meta_path), meta.venue_line))
    if len(events) > MAX_EVENTS:
        raise DataError(f"{len(events)} events: more than the {MAX_EVENTS:,} one conference may have", meta_path)
    ordered = sorted(events.values(), key=lambda e: (e.start is None, e.start.timestamp() if e.start else 0, e.title))
    conference = Conference(
        name=folder.name, title=meta.title, timezone=meta.tz, days=meta.days, venue=meta.venue,
        events=tuple(ordered), sponsors=tuple(sponsors.values()),
        has_open_spaces_data=meta.open_spaces_published, files=tuple(str(p) for p in files), faq=faq,
        problems=tuple(str(p) for p in problems),
    )
    return conference, tuple(watched)


def _apply_board(path: Path, tz: ZoneInfo, events: dict[str, Event], problems: list[DataError],
                 raise_unreadable: bool) -> None:
    """Board cards join the schedule; a card with a published event's id replaces it (a moved
    open space) and ``hidden:`` ids take published ones down. A board that is not YAML at all
    is skipped whole: the published schedule is still served."""
    from booth.schedule.board import HIDDEN_KEY, hidden_ids

    try:
        cards, bad, tree = read_schedule_yaml_tolerant(path, tz, default_kind="open-space", extra_keys=(HIDDEN_KEY,))
    except DataError as error:
        if raise_unreadable:
            raise
        problems.append(error)
        return
    problems.extend(bad)
    for event in cards:
        events.pop(event.id, None)
        events[event.id] = event
    for event_id in hidden_ids(tree, path, problems):
        events.pop(event_id, None)


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
        self.venue_line = (line_of(tree, "venue") or 0) if self.venue else 0  # for `booth check` on the question it adds
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
        self.board = self.inside(board, tree, "board") if board else None

    def inside(self, name: str, node, key: str) -> Path:
        """``name`` as a path in the conference folder; a path that leads out of it is refused,
        since Booth writes the board there and an import copies it."""
        path = confined(self.path.parent, name)
        if path is None:
            self.fail(f"{key} '{name}' must be a file inside the conference folder", node, key)
        return path

    def fail(self, message: str, node, key=None) -> NoReturn:
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
                if not date_ok(parsed[-1]):
                    self.fail(f"bad date '{value}' in days.{key}: {date_range_text()}", values, index)
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
            path = self.inside(name, item, "file")
            if not path.is_file():
                self.fail(f"source file '{name}' not found", item, "file")
            out.append((path, fmt))
        return out


class ScheduleStore:
    """The current Conference for a long-running listener or chat.

    ``current()`` stats the conference's files (at most every ``check_interval`` seconds) and
    reloads when one changed. A broken edit is logged once as its one-line error, kept in
    ``last_error``, and the last good Conference keeps being served. ``problems`` lists every
    broken entry as ``path:line: message`` (for the log, `booth check` and the screen page).
    Safe to call from the listener and the screen's threads at once.
    """

    def __init__(self, data_dir: Path, name: str | None = None, check_interval: float = 0.0):
        self.folder = conference_folder(Path(data_dir), name)
        self.check_interval = check_interval
        self.last_error: BoothError | None = None
        self._lock = threading.Lock()
        self._conference, self._watched = _load(self.folder)
        self._signature = _signature(self._watched)
        self._checked_at = time.monotonic()

    @property
    def problems(self) -> tuple[str, ...]:
        """What is broken now: skipped entries of the served schedule, and a failed reload."""
        failed = (f"{self.last_error} (still using the schedule loaded before)",) if self.last_error else ()
        return failed + self._conference.problems

    def current(self) -> Conference:
        with self._lock:
            return self._current()

    def _current(self) -> Conference:
        now = time.monotonic()
        if now - self._checked_at < self.check_interval:
            return self._conference
        self._checked_at = now
        signature = _signature(self._watched)
        if signature == self._signature:
            return self._conference
        self._signature = signature  # a broken edit is reported once, not on every call
        try:
            conference, watched = _load(self.folder, keep_unreadable_board=True)
        except Exception as exc:
            # A BoothError is the file's fault and says where; anything else is a bug of ours
            # that a broken file found, so it is logged with its stack but does not stop the booth.
            if isinstance(exc, BoothError):
                error = exc
            else:
                log.debug("reload failed", exc_info=True)
                error = DataError(f"could not reload ({exc.__class__.__name__}: {exc})", self.folder / CONFERENCE_FILE)
            self.last_error = error
            log.error("%s (still using the schedule loaded before)", error)
            return self._conference
        self._conference, self._watched = conference, watched
        self._signature = _signature(watched)  # conference.yaml may have changed the file list
        self.last_error = None
        log.info("schedule %s reloaded: %d events", conference.name, len(conference.events))
        return self._conference


def _signature(paths) -> tuple:
    out: list[tuple[int, int, int] | None] = []
    for path in paths:
        try:
            st = os.stat(path)
            out.append((st.st_mtime_ns, st.st_size, st.st_ino))
        except OSError:
            out.append(None)
    return tuple(out)
