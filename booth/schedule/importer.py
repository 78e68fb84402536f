"""`booth import`: take a conference's schedule as published and write it as a Booth conference.

    report = import_schedule(Path("schedule.xml"), data_dir, "31c3")
    print("\\n".join(report.lines()))

Formats are detected from the content, not the file name: frab schedule.xml, frab/pretalx
schedule JSON, iCalendar, and PyCon's conference.json (which Booth reads natively, so it is
copied as-is). Everything is written into a fresh folder beside the target, checked by loading
it the way a running Booth will, and only then swapped in with one rename: a broken or hostile
file leaves the existing conference untouched. The open-space board of an existing conference
is carried over: staff cards are never lost by a re-import.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from booth.atomic import write_failed
from booth.errors import BoothError, ConfigError, DataError, WriteError
from booth.limits import confined
from booth.schedule.board import DEFAULT_BOARD
from booth.schedule.booth_yaml import write_atomic, write_schedule_yaml
from booth.schedule.import_decisions import choose_timezone, classify_days, in_zone
from booth.schedule.locking import conference_lock, fsync_dir, swap_in
from booth.schedule.model import ConferenceDays
from booth.schedule.sources.common import ImportedSchedule, read_pycon
from booth.schedule.sources.frab import read_frab_json, read_frab_xml
from booth.schedule.sources.ical import read_ical
from booth.schedule.store import load_conference

log = logging.getLogger(__name__)

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
READERS = {"frab-xml": read_frab_xml, "frab-json": read_frab_json, "ical": read_ical, "pycon-json": read_pycon}
# An import that keeps less than this share of the events it replaces needs --force.
SHRINK_LIMIT = 0.5


@dataclass
class ImportReport:
    name: str
    title: str
    folder: Path
    timezone: str
    timezone_how: str
    days: ConferenceDays
    sources: list[ImportedSchedule] = field(default_factory=list)
    ignored_files: list[tuple[str, str]] = field(default_factory=list)
    kept_board: int | None = None  # cards carried over from the previous board, if any
    replaced: bool = False

    @property
    def total(self) -> int:
        return sum(len(s.events) for s in self.sources)

    def lines(self) -> list[str]:
        verb = "Replaced" if self.replaced else "Imported"
        out = [f"{verb} {self.name} ({self.title}) in {self.folder}: {self.total} events"]
        out.append(f"  time zone: {self.timezone} ({self.timezone_how})")
        for label, dates in (("tutorials", self.days.tutorials), ("main", self.days.main),
                             ("sprints", self.days.sprints)):
            if dates:
                out.append(f"  {label} days: {', '.join(d.isoformat() for d in dates)}")
        for source in self.sources:
            out.append(f"  {source.path} ({source.format}):")
            out.append(f"    took {len(source.events)}: {_counts(source.took)}")
            if source.mapped:
                mapped = Counter({f"{t} -> {k}": n for (t, k), n in source.mapped.items()})
                out.append(f"    kinds from source types: {_counts(mapped)}")
            if source.unknown_types:
                out.append(f"    unknown types, taken as event: {_counts(source.unknown_types)}")
            skipped = sum(source.skipped.values())
            out.append(f"    skipped {skipped}" + (f": {_counts(source.skipped)}" if skipped else ""))
        for path, reason in self.ignored_files:
            out.append(f"  ignored {path}: {reason}")
        if self.kept_board is not None:
            out.append(f"  kept the open-space board: {self.kept_board} cards")
        return out

    def to_json(self) -> dict:
        return {
            "conference": self.name, "title": self.title, "folder": str(self.folder),
            "timezone": self.timezone, "events": self.total,
            "days": {"tutorials": [d.isoformat() for d in self.days.tutorials],
                     "main": [d.isoformat() for d in self.days.main],
                     "sprints": [d.isoformat() for d in self.days.sprints]},
            "sources": [{"file": s.path, "format": s.format, "took": dict(s.took),
                         "skipped": dict(s.skipped), "unknown_types": dict(s.unknown_types)}
                        for s in self.sources],
            "ignored_files": [{"file": p, "reason": r} for p, r in self.ignored_files],
            "kept_board_cards": self.kept_board,
        }


def _counts(counter: Counter) -> str:
    return ", ".join(f"{key} {n}" for key, n in counter.most_common())


# -- detection ----------------------------------------------------------------------------------
def detect_format(path: Path) -> str | None:
    """The schedule format of a file from its first bytes, or None."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", path) from None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.upper().startswith(b"BEGIN:VCALENDAR"):
        return "ical"
    if text.startswith(b"<"):
        return "frab-xml"
    if text.startswith(b"{"):
        # Both frab JSON and PyCon's export have a "schedule" key: an object for frab, a list
        # for PyCon. Only the full parse can tell, and JSON files are small.
        try:
            document = json.loads(path.read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, OSError, RecursionError):
            return "frab-json"  # its reader reports the exact problem
        schedule = document.get("schedule") if isinstance(document, dict) else None
        if isinstance(schedule, list):
            return "pycon-json"
        return "frab-json"
    return None


def collect_files(source: Path) -> tuple[list[tuple[Path, str]], list[tuple[str, str]]]:
    """(file, format) pairs to import, and (file, reason) pairs ignored in a folder."""
    if not source.exists():
        raise ConfigError(f"no such file or folder: {source}")
    if source.is_file():
        kind = detect_format(source)
        if kind is None:
            raise DataError("not a schedule format Booth knows (frab XML/JSON, pretalx JSON, "
                            "iCalendar, PyCon conference.json)", source)
        return [(source, kind)], []
    found, ignored = [], []
    for path in sorted(p for p in source.iterdir() if p.is_file() and not p.name.startswith(".")):
        kind = detect_format(path)
        if kind is None:
            ignored.append((str(path), "not a schedule format"))
        elif path.suffix.lower() in (".xsd",) or path.name.startswith("schema"):
            ignored.append((str(path), "a schema, not a schedule"))
        else:
            found.append((path, kind))
    if not found:
        raise DataError("no schedule files in this folder", source)
    return found, ignored


# -- writing ------------------------------------------------------------------------------------
def import_schedule(source: Path, data_dir: Path, name: str, title: str | None = None,
                    timezone: str | None = None, force: bool = False) -> ImportReport:
    """Parse, decide, write into a temp folder, verify by loading, swap in. Raises BoothError.

    An import with no usable event, or with far fewer than the conference it replaces, is
    refused unless ``force``: a broken export must not quietly empty a working booth."""
    if not NAME_PATTERN.match(name or ""):
        raise ConfigError(f"--conference {name!r}: use lower-case letters, digits, '.', '_' or '-' "
                          f"(e.g. pycon-us-2026)")
    files, ignored = collect_files(Path(source))
    # Floating times (no zone at all) are venue time: the zone given, else the conference joined.
    venue_zone = timezone or _previous_meta(Path(data_dir) / name).get("timezone")
    sources = [read_ical(path, floating_zone=venue_zone) if kind == "ical" else READERS[kind](path)
               for path, kind in files]
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_failed(exc, data_dir) from None
    target = data_dir / name
    with conference_lock(data_dir, name):
        for stale in data_dir.glob(f".import-{name}-*"):  # left by an import that was killed
            shutil.rmtree(stale, ignore_errors=True)
        previous = _previous_meta(target)
        tz_name, tz_how = choose_timezone(sources, timezone, previous.get("timezone"))
        tz = ZoneInfo(tz_name)
        for imported in sources:
            imported.events = [in_zone(e, tz) for e in imported.events]
        all_events = [e for s in sources for e in s.events]
        declared = sorted({d for s in sources for d in s.day_dates})
        days = classify_days(all_events, declared, _known_days(previous))
        _refuse_shrinking(sources, target, previous, files[0][0], force)
        if not days.all:
            raise DataError("nothing to import: no event has a usable start time", files[0][0])
        chosen_title = title or next((s.title for s in sources if s.title), "") or \
            previous.get("title") or name
        report = ImportReport(name, chosen_title, target, tz_name, tz_how, days, sources, ignored,
                              replaced=target.exists())
        try:
            _stage_and_swap(sources, files, previous, report, target, chosen_title, tz_name, days)
        except OSError as exc:  # disk full, read-only: the old conference is still in place
            raise write_failed(exc, target) from None
        except WriteError as exc:  # said of a file in the staging folder, which is gone now
            raise WriteError(exc.message, target) from None
    return report


def _stage_and_swap(sources, files, previous: dict, report: ImportReport, target: Path, chosen_title: str,
                    tz_name: str, days: ConferenceDays) -> None:
    """Write the conference into a fresh folder beside ``target``, load it, swap it in."""
    data_dir, name = target.parent, target.name
    staging = Path(tempfile.mkdtemp(prefix=f".import-{name}-", dir=data_dir))
    try:
        folder = staging / name
        folder.mkdir()
        entries = _write_sources(folder, sources, files)
        board = _board_name(previous.get("board"), target)
        old_board = target / board
        if old_board.is_file():
            shutil.copy2(old_board, folder / board)
            report.kept_board = _count_cards(folder / board)
        _write_conference_yaml(folder / "conference.yaml", chosen_title, tz_name, days, entries,
                               board, files)
        fsync_dir(folder)
        load_conference(staging, name)  # exactly what a running Booth will read
        swap_in(folder, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _refuse_shrinking(sources: list[ImportedSchedule], target: Path, previous: dict, path: Path,
                      force: bool) -> None:
    total = sum(len(s.events) for s in sources)
    skipped: Counter[str] = Counter()
    for imported in sources:
        skipped.update(imported.skipped)
    why = f" (skipped: {_counts(skipped)})" if skipped else ""
    if total == 0 and not force:
        raise DataError(f"nothing to import: no usable events{why}; give --force to import it anyway", path)
    before = _previous_count(target, previous)
    if before and total < before * SHRINK_LIMIT and not force:
        raise DataError(f"only {total} usable event{'s' if total != 1 else ''}{why}, against {before} in the {target.name} it would "
                        f"replace; give --force to replace it anyway", path)


def _previous_count(target: Path, previous: dict) -> int:
    """Schedule events (not board cards) of the conference an import would replace; 0 if none."""
    if not previous:
        return 0
    try:
        events = load_conference(target.parent, target.name).events
    except BoothError:
        return 0  # a broken conference is no yardstick
    return max(len(events) - _count_cards(target / _board_name(previous.get("board"), target)), 0)


def _board_name(name, target: Path) -> str:
    """The previous board file, if conference.yaml named one inside the folder."""
    if isinstance(name, str) and name.strip() and confined(target, name.strip()) is not None:
        return name.strip()
    return DEFAULT_BOARD


def _previous_meta(target: Path) -> dict:
    path = target / "conference.yaml"
    try:
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _known_days(meta: dict) -> dict:
    """{date: label} from a previous conference.yaml (a hand-fixed labelling survives re-import)."""
    known = {}
    days = meta["days"] if isinstance(meta.get("days"), dict) else {}
    for label in ("tutorials", "main", "sprints"):
        for value in days.get(label) or ():
            try:
                known[value if isinstance(value, date) else date.fromisoformat(str(value))] = label
            except ValueError:
                pass
    return known


def _count_cards(path: Path) -> int:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return 0
    events = document.get("events") if isinstance(document, dict) else None
    return len(events) if isinstance(events, list) else 0


def _write_sources(folder: Path, sources: list[ImportedSchedule], files) -> list[dict]:
    entries, used = [], {DEFAULT_BOARD, "conference.yaml"}
    for imported, (path, kind) in zip(sources, files):
        if kind == "pycon-json":
            file_name = _unique(path.name if path.suffix == ".json" else f"{path.stem}.json", used)
            shutil.copyfile(path, folder / file_name)
            _fsync(folder / file_name)
            entries.append({"file": file_name, "format": "pycon-json"})
            continue
        file_name = _unique("schedule.yaml" if len(files) == 1 else f"{_slug(path.stem)}.yaml", used)
        write_schedule_yaml(folder / file_name, imported.events,
                            header_comment=f"Imported by `booth import` from {path.name} ({kind}).")
        entries.append({"file": file_name, "format": "booth-yaml"})
    return entries


def _write_conference_yaml(path: Path, title: str, tz_name: str, days: ConferenceDays,
                           entries: list[dict], board: str, files) -> None:
    meta = {
        "title": title,
        "timezone": tz_name,
        "days": {key: list(value) for key, value in
                 (("tutorials", days.tutorials), ("main", days.main), ("sprints", days.sprints)) if value},
        "open_spaces_published": True,
        "sources": entries,
        "board": board,
    }
    origin = ", ".join(f"{p.name} ({kind})" for p, kind in files)
    text = (f"# Written by `booth import` on {datetime.now().astimezone():%Y-%m-%d %H:%M} from {origin}.\n"
            f"# Hand edits are fine; a new import replaces the sources but keeps the board.\n"
            + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True))
    write_atomic(path, text)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "schedule"


def _unique(file_name: str, used: set[str]) -> str:
    stem, dot, suffix = file_name.rpartition(".")
    candidate, n = file_name, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}{dot}{suffix}"
    used.add(candidate)
    return candidate
