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

import logging
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

from booth.errors import ConfigError, DataError
from booth.limits import confined
from booth.schedule.booth_yaml import parse_yaml, schedule_events, write_atomic
from booth.schedule.locking import ConferenceLock, conference_lock
from booth.schedule.model import Conference, Event
from booth.schedule.rooms import resolve_room  # noqa: F401 (the board's room rules live there)

log = logging.getLogger(__name__)

DEFAULT_BOARD = "open-spaces.yaml"
HIDDEN_KEY = "hidden"  # board file: ids of published open spaces taken down (or moved) on site
CARD_KIND = "open-space"
BOARD_HEADER = ("The open-space board: one entry per card pinned on site.\n"
                "Edit by hand (kind defaults to open-space; host: is the person running it) "
                "or with `booth board add/move/remove`.")


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

    def lock(self) -> ConferenceLock:
        return conference_lock(self.data_dir, self.name)

    def cards(self) -> list[Event]:
        """The cards as the file has them now (DataError with path:line if it is broken)."""
        return self._read()[0]

    def hidden(self) -> list[str]:
        """Ids of published open spaces the board takes down (moved ones are hidden + re-pinned)."""
        return self._read()[1]

    def _read(self) -> tuple[list[Event], list[str]]:
        """Strict: an edit never starts from a board it cannot read whole (it would drop lines)."""
        if not self.path.exists():
            return [], []
        tree = parse_yaml(self.path)
        cards = list(schedule_events(tree, self.path, self._zone(), CARD_KIND, extra_keys=(HIDDEN_KEY,)))
        problems: list[DataError] = []
        hidden = hidden_ids(tree, self.path, problems)
        if problems:
            raise problems[0]
        return cards, hidden

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
        """Take a card down; a published open space is hidden by the board (the export is untouched)."""
        with self.lock():
            cards, hidden = self._read()
            published = self._published(card_id, cards)
            if published is not None:
                self._save(cards, cards, edit=None, hidden=[*hidden, published.id])
                log.info("board %s: hid published %s %r", self.name, published.id, published.title)
                return published
            card = self._find(card_id, cards)
            self._save(cards, [c for c in cards if c.id != card.id], edit=("replace", card, None))
        return card

    def move(self, card_id: str, start: datetime | None = None, room: str | None = None,
             force: bool = False) -> Event:
        with self.lock():
            cards, hidden = self._read()
            published = self._published(card_id, cards)
            if published is not None:
                return self._move_published(published, cards, hidden, start, room, force)
            card = self._find(card_id, cards)
            moved = card
            if start is not None and card.start is not None and card.end is not None:  # cards always have both
                moved = replace(moved, start=start, end=start + (card.end - card.start))
            if room:
                moved = replace(moved, room=room)
            others = [c for c in cards if c.id != card.id]
            if not force:
                self._refuse_conflict(moved, others)
            self._save(cards, [moved if c.id == card.id else c for c in cards], edit=("replace", card, moved))
        return moved

    def _move_published(self, published: Event, cards: list[Event], hidden: list[str],
                        start: datetime | None, room: str | None, force: bool) -> Event:
        """A published open space moved on site: the board hides it and pins a copy where it
        went, in one write (the schedule export stays as it was published)."""
        moved = replace(published, id=_next_id(cards + list(self.conference.events if self.conference else ())),
                        source="")
        if start is not None:
            length = (published.end - published.start) if published.end and published.start else timedelta(hours=1)
            moved = replace(moved, start=start, end=start + length)
        if room:
            moved = replace(moved, room=room)
        if not force:
            self._refuse_conflict(moved, [c for c in cards], ignore=frozenset({published.id}))
        self._save(cards, cards + [moved], edit=("append", moved), hidden=[*hidden, published.id])
        log.info("board %s: moved published %s to %s", self.name, published.id, moved.id)
        return moved

    def _published(self, event_id: str, cards: list[Event]) -> Event | None:
        """The published (not board) open space with this id, if that is what ``event_id`` names."""
        if any(c.id == event_id for c in cards) or self.conference is None:
            return None
        return next((e for e in self.conference.events
                     if e.id == event_id and e.kind == CARD_KIND and not self.is_card(e)), None)

    # -- helpers --------------------------------------------------------------------------------
    def _save(self, before: list[Event], after: list[Event], edit: tuple | None,
              hidden: list[str] | None = None) -> None:
        """Change only the lines of the card concerned, so hand edits (comments, order, layout)
        survive; a file with no block list to edit (new, empty, flow style) is written whole.
        ``hidden``: the new ``hidden:`` list, written in the same atomic step."""
        self._clear_stale_tmp()
        text = self.path.read_text(encoding="utf-8") if self.path.exists() else ""
        edited = edit_board_text(text, before, *edit) if edit is not None else text
        if edited is None:
            head = "".join(f"# {line}".rstrip() + "\n" for line in BOARD_HEADER.splitlines())
            edited = head + ("events:\n" + render_items(after, 2) if after else "events: []\n")
            if hidden is None:
                hidden = self.hidden() if self.path.exists() else []
        if hidden is not None:
            edited = set_hidden(edited, list(dict.fromkeys(hidden)))
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

    def _refuse_conflict(self, card: Event, cards: list[Event], ignore: frozenset[str] = frozenset()) -> None:
        others = list(cards)
        if self.conference:
            others += [e for e in self.conference.events if not self.is_card(e)]
        for other in others:
            if other.id != card.id and other.id not in ignore and overlaps(card, other):
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


def hidden_ids(tree, path: Path, problems: list[DataError]) -> list[str]:
    """The board's ``hidden:`` list (a broken one is a problem, not a crash)."""
    from booth.yamlfile import line_of

    value = tree.get(HIDDEN_KEY) if isinstance(tree, dict) else None
    if value is None:
        return []
    if not isinstance(value, list) or any(isinstance(v, (dict, list)) for v in value):
        problems.append(DataError(f"{HIDDEN_KEY}: must be a list of event ids", path, line_of(tree, HIDDEN_KEY)))
        return []
    return [str(v).strip() for v in value if str(v).strip()]


def set_hidden(text: str, ids: list[str]) -> str:
    """``text`` with its top-level ``hidden:`` block replaced by ``ids`` (put before ``events:``
    so cards appended at the end stay in the events list)."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(rf"{HIDDEN_KEY}:", line)), None)
    if start is not None:
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t-#"):
            end += 1
        del lines[start:end]
    block = [f"{HIDDEN_KEY}:  # published open spaces taken down or moved on site\n"] + [f"  - {i}\n" for i in ids]
    if not ids:
        block = []
    at = next((i for i, line in enumerate(lines) if re.match(r"events:", line)), len(lines))
    return "".join(lines[:at] + block + lines[at:])


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
    if begin is None:
        return None  # a card not read from this file: rewrite whole
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
