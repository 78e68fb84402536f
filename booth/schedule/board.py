"""The live open-space board: cards staff pin on site, kept in the conference's board YAML file.

    board = Board(data_dir, "pycon-us-2025")
    card = board.add(title="Lektor", room="Room 308", start=start, end=end, host="Armin")
    board.move(card.id, start=later)
    board.remove(card.id)

Every change is read-modify-write under a per-conference file lock (two staff laptops adding at
once never lose a card) and the file is replaced atomically by write_schedule_yaml (a crash
mid-write leaves the previous board). The board file stays plain booth YAML: hand edits are
fine input, and a broken hand edit is reported as ``path:line: message`` before anything is
written. Running listeners pick changes up through ScheduleStore.current().
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import yaml
from filelock import FileLock, Timeout
from rapidfuzz import fuzz, process

from booth.atomic import write_failed
from booth.errors import ConfigError, DataError
from booth.limits import confined
from booth.schedule.booth_yaml import read_schedule_yaml, write_atomic, write_schedule_yaml
from booth.schedule.model import Conference, Event

log = logging.getLogger(__name__)

DEFAULT_BOARD = "open-spaces.yaml"
CARD_KIND = "open-space"
BOARD_HEADER = ("The open-space board: one entry per card pinned on site.\n"
                "Edit by hand (kind defaults to open-space; host: is the person running it) "
                "or with `booth board add/move/remove`.")
LOCK_TIMEOUT = 30.0  # seconds; a lock held longer than this means a stuck process, say so


# -- locking and atomic folder swaps (shared with the importer) ---------------------------------
class _Lock:
    """FileLock with a readable error when another process holds it too long."""

    def __init__(self, path: Path, timeout: float):
        self.path, self.lock = path, FileLock(str(path), timeout=timeout)

    def __enter__(self):
        try:
            self.lock.acquire()
        except Timeout:
            raise DataError("another booth process has held the lock for too long; try again", self.path) from None
        except OSError as exc:  # read-only or full disk: the lock file cannot even be made
            raise write_failed(exc, self.path) from None
        return self

    def __exit__(self, *exc_info):
        self.lock.release()


def conference_lock(data_dir: Path, name: str, timeout: float = LOCK_TIMEOUT) -> _Lock:
    """One lock per conference, beside (not inside) its folder so an import can swap the
    folder while holding it."""
    return _Lock(Path(data_dir) / f".{name}.lock", timeout)


def fsync_dir(path: Path) -> None:
    """Make renames and new files in ``path`` durable (a no-op where directories can't be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2). False where the system can't."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(str(a)), _AT_FDCWD, os.fsencode(str(b)), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def swap_in(new: Path, target: Path) -> None:
    """Put folder ``new`` at ``target`` in one step; the old content ends up at ``new``.

    A fresh target is one rename. An existing one is exchanged atomically where the kernel can
    (renameat2); elsewhere it is two renames, with a window where ``target`` is briefly absent."""
    if not target.exists():
        os.rename(new, target)
    elif not _exchange(new, target):
        aside = new.with_name(new.name + ".old")
        os.rename(target, aside)
        os.rename(new, target)
        os.rename(aside, new)
    fsync_dir(target.parent)


# -- the board ----------------------------------------------------------------------------------
class Board:
    """One conference's board file. Methods re-read the file under the lock for every change."""

    def __init__(self, data_dir: Path, name: str, conference: Conference | None = None):
        self.data_dir = Path(data_dir)
        self.name = name
        self.folder = self.data_dir / name
        if not (self.folder / "conference.yaml").is_file():
            raise ConfigError(f"no conference {name!r} in {self.data_dir}")
        self.path = self.folder / _board_file(self.folder / "conference.yaml")
        self.conference = conference

    def lock(self) -> _Lock:
        return conference_lock(self.data_dir, self.name)

    def cards(self) -> list[Event]:
        """The cards as the file has them now (DataError with path:line if it is broken)."""
        if not self.path.exists():
            return []
        return list(read_schedule_yaml(self.path, self._zone(), default_kind=CARD_KIND))

    def is_card(self, event: Event) -> bool:
        return bool(event.source) and Path(event.source.rsplit(":", 1)[0]).name == self.path.name \
            and Path(event.source.rsplit(":", 1)[0]).resolve().parent == self.folder.resolve()

    # -- changes --------------------------------------------------------------------------------
    def add(self, title: str, room: str, start: datetime, end: datetime, host: str | None = None,
            description: str = "", force: bool = False) -> Event:
        title = " ".join((title or "").split())
        if not title:
            raise ConfigError("a card needs a title")
        if end <= start:
            raise ConfigError("the card must end after it starts (check --duration)")
        with self.lock():
            cards = self.cards()
            taken = cards + list(self.conference.events if self.conference else ())
            card = Event(id=_next_id(taken), kind=CARD_KIND, title=title, start=start, end=end,
                         room=room, speakers=(host,) if host else (), description=description or "")
            if not force:
                self._refuse_conflict(card, cards)
            self._save(cards, cards + [card], edit=("append", card))
        log.info("board %s: added %s %r", self.name, card.id, title)
        return card

    def remove(self, card_id: str) -> Event:
        with self.lock():
            cards = self.cards()
            card = self._find(card_id, cards)
            self._save(cards, [c for c in cards if c.id != card.id], edit=("replace", card, None))
        return card

    def move(self, card_id: str, start: datetime | None = None, room: str | None = None,
             force: bool = False) -> Event:
        with self.lock():
            cards = self.cards()
            card = self._find(card_id, cards)
            moved = card
            if start is not None:
                moved = replace(moved, start=start, end=start + (card.end - card.start))
            if room:
                moved = replace(moved, room=room)
            others = [c for c in cards if c.id != card.id]
            if not force:
                self._refuse_conflict(moved, others)
            self._save(cards, [moved if c.id == card.id else c for c in cards], edit=("replace", card, moved))
        return moved

    # -- helpers --------------------------------------------------------------------------------
    def _save(self, before: list[Event], after: list[Event], edit: tuple) -> None:
        """Change only the lines of the card concerned, so hand edits (comments, order, layout)
        survive; a file with no block list to edit (new, empty, flow style) is written whole."""
        self._clear_stale_tmp()
        text = self.path.read_text(encoding="utf-8") if self.path.exists() else ""
        edited = edit_board_text(text, before, *edit)
        if edited is None:
            write_schedule_yaml(self.path, after, header_comment=BOARD_HEADER)
        else:
            write_atomic(self.path, edited)

    def _clear_stale_tmp(self) -> None:
        """Temp files a killed writer left behind. Writers hold the lock, so under the lock any
        such file is stale."""
        for stale in self.folder.glob(f".{self.path.name}.*.tmp"):
            try:
                stale.unlink()
            except OSError:
                pass

    def _find(self, card_id: str, cards: list[Event]) -> Event:
        for card in cards:
            if card.id == card_id:
                return card
        scheduled = [e for e in (self.conference.events if self.conference else ()) if e.id == card_id]
        if scheduled:
            raise ConfigError(f"{card_id} is not a board card: it comes from {scheduled[0].source or 'the schedule'}; "
                              f"edit that file instead")
        known = ", ".join(c.id for c in cards[:12]) or "the board is empty"
        raise ConfigError(f"no card {card_id!r} on the board ({known})")

    def _refuse_conflict(self, card: Event, cards: list[Event]) -> None:
        others = list(cards)
        if self.conference:
            others += [e for e in self.conference.events if not self.is_card(e)]
        for other in others:
            if other.id != card.id and overlaps(card, other):
                raise ConfigError(
                    f"{card.room} is taken {other.start:%a %H:%M}-{other.end:%H:%M} by "
                    f"{other.title!r} ({other.id}); pick another room or time, or use --force")

    def _zone(self):
        if self.conference:
            return self.conference.timezone
        from booth.schedule.sources.common import zone

        try:
            meta = yaml.safe_load((self.folder / "conference.yaml").read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            meta = {}
        return zone(meta.get("timezone") if isinstance(meta, dict) else None) or zone("UTC")


# -- editing the file's text ---------------------------------------------------------------------
def render_items(events: list[Event], indent: int) -> str:
    """Block-list items ("- title: ...") for ``events``, indented to sit in an existing list."""
    from booth.schedule.booth_yaml import _Dumper, event_record  # the data helper's one event layout

    body = yaml.dump([event_record(e) for e in events], Dumper=_Dumper, sort_keys=False,
                     allow_unicode=True, default_flow_style=False, width=100)
    pad = " " * indent
    return "".join(pad + line if line.strip() else line for line in body.splitlines(keepends=True))


def _item_line(event: Event) -> int | None:
    match = re.search(r":(\d+)$", event.source or "")
    return int(match.group(1)) if match else None


def edit_board_text(text: str, cards: list[Event], action: str, card: Event, new: Event | None = None):
    """``text`` with ``card`` appended ("append") or its item replaced by ``new`` / removed
    ("replace"); None when the text has no block list whose item lines are known."""
    lines = text.splitlines(keepends=True)
    if not cards and action == "append":
        # An empty board ("events: []" or "events:" under the staff's comments): keep the comments.
        empty = re.search(r"^events:[ \t]*(\[[ \t]*\])?[ \t]*(#.*)?$", text, re.M)
        rest = text[empty.end():] if empty else ""
        if empty and all(not line.strip() or line.lstrip().startswith("#") for line in rest.splitlines()):
            return text[: empty.start()] + "events:\n" + render_items([card], 2) + rest.lstrip("\n")
        return None
    starts = sorted(line for line in map(_item_line, cards) if line)
    if not cards or len(starts) != len(cards) or starts[-1] > len(lines):
        return None
    first = lines[starts[0] - 1]
    if not first.lstrip().startswith("-"):
        return None  # flow style ("events: [...]"): rewrite whole
    indent = len(first) - len(first.lstrip())
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    if action == "append":
        return "".join(lines) + render_items([card], indent)
    begin = _item_line(card)
    index = starts.index(begin)
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(lines)
    while end > begin and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1  # blank lines and comments before the next item belong to that item
    replacement = render_items([new], indent) if new is not None else ""
    return "".join(lines[: begin - 1]) + replacement + "".join(lines[end:])


def _board_file(conference_yaml: Path) -> str:
    try:
        meta = yaml.safe_load(conference_yaml.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        meta = {}  # load_conference reports the exact problem
    board = meta.get("board") if isinstance(meta, dict) else None
    if isinstance(board, str) and board.strip():
        if confined(conference_yaml.parent, board.strip()) is None:
            raise ConfigError(f"board '{board.strip()}' must be a file inside the conference folder", conference_yaml)
        return board.strip()
    # Cards written where the loader doesn't look would be silently lost: say so instead.
    raise ConfigError(f"no 'board:' entry, so Booth would not read any card; add the line "
                      f"'board: {DEFAULT_BOARD}'", conference_yaml)


def _next_id(cards: list[Event]) -> str:
    numbers = [int(m.group(1)) for c in cards if (m := re.fullmatch(r"os-(\d+)", c.id or ""))]
    return f"os-{max(numbers, default=0) + 1}"


def overlaps(a: Event, b: Event) -> bool:
    """Same room (ignoring case and spacing) and time ranges that intersect."""
    if not (a.room and b.room and a.start and b.start):
        return False
    if " ".join(a.room.lower().split()) != " ".join(b.room.lower().split()):
        return False
    a_end = a.end if a.end and a.end > a.start else a.start
    b_end = b.end if b.end and b.end > b.start else b.start
    return a.start < b_end and b.start < a_end


# -- rooms --------------------------------------------------------------------------------------
_GENERIC = {"room", "rooms", "hall", "saal", "salon", "the"}


def resolve_room(typed: str, rooms: list[str]) -> tuple[str, bool]:
    """The conference's spelling of a room staff typed, and whether it is a known room.

    "308" -> "Room 308"; "ballroom a" -> "Ballroom A"; "rom 308" -> "Room 308". Numbers must
    agree exactly (308 never becomes 309). Unknown rooms are kept as typed: the board may use
    rooms the schedule doesn't."""
    typed = " ".join((typed or "").split())
    if not typed:
        raise ConfigError("--room is empty")
    words = _words(typed)
    by_words = {}
    for room in rooms:
        by_words.setdefault(tuple(_words(room)), room)
    if tuple(words) in by_words:
        return by_words[tuple(words)], True
    core = [w for w in words if w not in _GENERIC]
    # Rooms that are the typed words plus generic words ("Room") or other room numbers
    # ("Room 310/311" for "310"); an exact core match wins over a combined room.
    containing = [room for key, room in by_words.items()
                  if core and _contains(list(key), core) and
                  all(w in _GENERIC or w in core or w.isdigit() for w in key)]
    exact = [room for room in containing if [w for w in _words(room) if w not in _GENERIC] == core]
    if len(exact) == 1 or len(containing) == 1:
        return (exact or containing)[0], True
    if len(containing) > 1:
        raise ConfigError(f"--room {typed!r} could be {', '.join(sorted(containing))}: say which")
    digits = re.findall(r"\d+", typed)
    candidates = [room for room in rooms if re.findall(r"\d+", room) == digits]
    scored = process.extract(typed.lower(), {r: r.lower() for r in candidates}, scorer=fuzz.ratio,
                             score_cutoff=75, limit=2)
    if len(scored) == 2 and scored[0][1] >= 85 and scored[0][1] - scored[1][1] <= 6:  # "ballroom": A or BC?
        raise ConfigError(f"--room {typed!r} could be {scored[0][2]} or {scored[1][2]}: say which")
    if scored and scored[0][1] >= 85:
        return scored[0][2], True
    return typed, False


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


def day_of(value: str, resolve_time) -> date:
    """A --day option: an ISO date, or anything the time resolver reads as a day."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    query = resolve_time(value)
    if query is None:
        raise ConfigError(f"--day {value!r}: not a day Booth understands (e.g. saturday, 2025-05-17)")
    return query.start.date()
