"""`booth import`, `booth conferences` and `booth board ...`: schedules in, open-space cards on.

The data folder is --data, else $BOOTH_DATA, else the shipped data/ (for a pip-installed booth
that is inside site-packages, so give --data or BOOTH_DATA a writable folder there).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

from booth.errors import BoothError, ConfigError

IMPORT_HELP = """\
Import a conference's published schedule (detected from the content): frab schedule.xml,
frab/pretalx schedule JSON, iCalendar .ics, PyCon's conference.json, or a folder of them.
Writes data/NAME/ (conference.yaml + schedule YAML) in one atomic step and reports what it
took and skipped. An existing NAME is replaced; its open-space board is kept.

examples:
  booth import ../shared/data/formats/frab-xml/example_31c3_schedule.xml --conference 31c3
  booth import talks.ics --conference pycon-us-2026 --name "PyCon US 2026" --timezone America/Los_Angeles
"""

BOARD_HELP = """\
The open-space board: cards staff pin on site (rooms x hours). Changes are written atomically
under a lock; a running `booth listen`/`booth chat` answers from them at the next question.

examples:
  booth board add "Lektor" --room 308 --at "saturday 3pm" --host "Armin Ronacher"
  booth board list --day saturday
  booth board move os-3 --at "saturday 4pm" --room 309
  booth board remove os-3
  booth board show --day saturday
"""


def register(subparsers, parents) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    imp = subparsers.add_parser("import", parents=parents, help="import a published schedule as a conference",
                                description=IMPORT_HELP, formatter_class=raw)
    imp.add_argument("source", metavar="FILE_OR_FOLDER", help="schedule file, or a folder of them")
    imp.add_argument("--name", metavar="TITLE", help='conference title, e.g. "PyCon US 2026" (default: from the file)')
    imp.add_argument("--timezone", metavar="ZONE", help="venue time zone, IANA name (default: from the file)")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(func=run_import)

    conferences = subparsers.add_parser("conferences", parents=parents, help="list the conferences Booth knows")
    conferences.add_argument("--json", action="store_true", help="print as JSON")
    conferences.set_defaults(func=run_conferences)

    board = subparsers.add_parser("board", help="the live open-space board (add, list, move, remove, show)",
                                  description=BOARD_HELP, formatter_class=raw)
    actions = board.add_subparsers(dest="board_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=parents, help="pin a card")
    add.add_argument("title")
    add.add_argument("--room", required=True, help='room, e.g. 308 ("Room 308" when the conference has one)')
    add.add_argument("--at", required=True, metavar="WHEN", help='start, e.g. "saturday 3pm", "2025-05-17 15:00"')
    add.add_argument("--duration", type=int, metavar="MINUTES", help="length in minutes (default 60, or the --at range)")
    add.add_argument("--host", metavar="NAME", help="who runs it")
    add.add_argument("--description", default="", help="one or two sentences")
    add.add_argument("--force", action="store_true", help="pin it even if the room is taken then")
    add.set_defaults(func=run_board_add)

    lst = actions.add_parser("list", parents=parents, help="list the open spaces (board cards and published ones)")
    lst.add_argument("--day", help='only this day: "saturday", "2025-05-17"')
    lst.add_argument("--json", action="store_true", help="print as JSON")
    lst.set_defaults(func=run_board_list)

    remove = actions.add_parser("remove", parents=parents, help="take a card down")
    remove.add_argument("card_id", metavar="ID")
    remove.set_defaults(func=run_board_remove)

    move = actions.add_parser("move", parents=parents, help="move a card to another time and/or room")
    move.add_argument("card_id", metavar="ID")
    move.add_argument("--at", metavar="WHEN", help="new start")
    move.add_argument("--room", help="new room")
    move.add_argument("--force", action="store_true", help="move it even if the room is taken then")
    move.set_defaults(func=run_board_move)

    show = actions.add_parser("show", parents=parents, help="the board as a rooms x hours grid")
    show.add_argument("--day", help='only this day (default: every day with open spaces)')
    show.set_defaults(func=run_board_show)


def _guarded(handler):
    """Handlers print BoothError as one line and return 2 (main() does too; this keeps them
    usable on their own, e.g. from tests calling handler(args))."""
    def run(args) -> int:
        try:
            return handler(args)
        except BoothError as exc:
            print(str(exc), file=sys.stderr)
            return 2
    run.__name__ = handler.__name__
    return run


def data_dir(args) -> Path:
    from booth.settings import Settings

    return Path(Settings(data_dir=getattr(args, "data", None)).data_dir)


# -- import / conferences -----------------------------------------------------------------------
@_guarded
def run_import(args) -> int:
    from booth.schedule.importer import import_schedule

    if not args.conference:
        raise ConfigError("give --conference NAME: the folder name under data/ (e.g. 31c3)")
    report = import_schedule(Path(args.source), data_dir(args), args.conference, title=args.name,
                             timezone=args.timezone)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return 0


@_guarded
def run_conferences(args) -> int:
    from booth.schedule.store import list_conferences, load_conference

    folder = data_dir(args)
    rows = []
    for name in list_conferences(folder):
        try:
            conference = load_conference(folder, name)
        except BoothError as exc:
            rows.append({"name": name, "error": str(exc)})
            continue
        days = conference.days.all
        rows.append({"name": name, "title": conference.title, "timezone": str(conference.timezone),
                     "first_day": days[0].isoformat() if days else None,
                     "last_day": days[-1].isoformat() if days else None,
                     "events": len(conference.events)})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"no conferences in {folder}")
    for row in rows:
        if "error" in row:
            print(f"{row['name']:<20} BROKEN: {row['error']}")
        else:
            print(f"{row['name']:<20} {row['title']} ({row['first_day']} .. {row['last_day']}, "
                  f"{row['timezone']}, {row['events']} events)")
    return 0 if all("error" not in r for r in rows) else 2


# -- board ----------------------------------------------------------------------------------------
def _open(args):
    """(Board, Conference, clock) for the chosen conference; a broken file raises DataError."""
    from booth.schedule.board import Board
    from booth.schedule.store import load_conference
    from booth.understand.timeparse import make_clock

    folder = data_dir(args)
    conference = load_conference(folder, args.conference)
    return Board(folder, conference.name, conference), conference, make_clock(conference, args.now)


def resolve_at(text: str, clock) -> tuple[datetime, datetime | None]:
    """--at: anything the question resolver understands ("saturday 3pm", "three thirty"), or an
    ISO date-time. Returns (start, end of a spoken range or None)."""
    from booth.understand.timeparse import parse_time

    query = parse_time(text, clock)
    if query is None:
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError:
            raise ConfigError(f"--at {text!r}: not a time Booth understands "
                              f"(e.g. \"saturday 3pm\", \"2025-05-17 15:00\")") from None
        start = moment.replace(tzinfo=clock.tz) if moment.tzinfo is None else moment.astimezone(clock.tz)
        return start, None
    if query.kind == "day":
        raise ConfigError(f"--at {text!r} names a day but no time: say e.g. \"{text} 3pm\"")
    end = query.end if query.kind == "range" else None
    return query.start.replace(second=0, microsecond=0), end


def _check_day(start: datetime, conference, force: bool) -> None:
    if conference.days.all and start.date() not in conference.days.all and not force:
        days = ", ".join(f"{d:%a %d %b}" for d in conference.days.all)
        raise ConfigError(f"{start:%A %d %B %Y} is not a day of {conference.title} ({days}); use --force to pin it anyway")


def _rooms(conference) -> list[str]:
    return sorted({e.room for e in conference.events if e.room})


def _card_line(card, on_board: bool) -> str:
    when = f"{card.start:%a %d %b %H:%M}-{card.end:%H:%M}" if card.start and card.end else "unscheduled"
    host = f" (host {', '.join(card.speakers)})" if card.speakers else ""
    origin = "" if on_board else "  [published]"
    return f"{card.id:<10} {when}  {card.room or '?':<16} {card.title}{host}{origin}"


@_guarded
def run_board_add(args) -> int:
    card, note = add_card(args)
    print(f"added {_card_line(card, True)}{note}")
    return 0


def add_card(args):
    """`booth board add` without the printing, for the staff page too: (card, note)."""
    from booth.schedule.board import resolve_room

    board, conference, clock = _open(args)
    start, spoken_end = resolve_at(args.at, clock)
    _check_day(start, conference, args.force)
    if args.duration is not None:
        if args.duration <= 0:
            raise ConfigError("--duration must be a positive number of minutes")
        end = start + timedelta(minutes=args.duration)
    else:
        end = spoken_end or start + timedelta(minutes=60)
    room, known = resolve_room(args.room, _rooms(conference))
    card = board.add(args.title, room, start, end, host=args.host, description=args.description, force=args.force)
    note = "" if known else f"  (note: {room!r} is not a room in the schedule)"
    return card, note


@_guarded
def run_board_remove(args) -> int:
    print(f"removed {_card_line(remove_card(args), True)}")
    return 0


def remove_card(args):
    board, _conference, _clock = _open(args)
    return board.remove(args.card_id)


@_guarded
def run_board_move(args) -> int:
    print(f"moved {_card_line(move_card(args), True)}")
    return 0


def move_card(args):
    from booth.schedule.board import resolve_room

    if not args.at and not args.room:
        raise ConfigError("give --at and/or --room")
    board, conference, clock = _open(args)
    start = None
    if args.at:
        start, _end = resolve_at(args.at, clock)
        _check_day(start, conference, args.force)
    room = resolve_room(args.room, _rooms(conference))[0] if args.room else None
    return board.move(args.card_id, start=start, room=room, force=args.force)


def _open_spaces(board, conference, day_text, clock):
    from booth.schedule.board import day_of
    from booth.understand.timeparse import parse_time

    cards = {c.id for c in board.cards()}
    spaces = [e for e in conference.events if e.kind == "open-space" and e.start]
    if day_text:
        day = day_of(day_text, lambda text: parse_time(text, clock))
        spaces = [e for e in spaces if e.start.date() == day]
    spaces.sort(key=lambda e: (e.start, e.room or "", e.title))
    return spaces, cards


@_guarded
def run_board_list(args) -> int:
    board, conference, clock = _open(args)
    spaces, cards = _open_spaces(board, conference, args.day, clock)
    if args.json:
        print(json.dumps([{"id": e.id, "title": e.title, "room": e.room, "start": e.start.isoformat(),
                           "end": e.end.isoformat() if e.end else None, "hosts": list(e.speakers),
                           "description": e.description, "on_board": e.id in cards} for e in spaces],
                         ensure_ascii=False, indent=2))
        return 0
    if not spaces:
        print("no open spaces" + (f" on {args.day}" if args.day else "") + f" ({board.path})")
    for event in spaces:
        print(_card_line(event, event.id in cards))
    return 0


@_guarded
def run_board_show(args) -> int:
    board, conference, clock = _open(args)
    spaces, cards = _open_spaces(board, conference, args.day, clock)
    if not spaces:
        print("no open spaces" + (f" on {args.day}" if args.day else ""))
        return 0
    render_grid(spaces, cards, sys.stdout)
    return 0


# -- the grid ------------------------------------------------------------------------------------
CELL_WIDTH = 28


def _natural(text: str):
    import re

    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text or "")]


def grid_rows(spaces, cards) -> dict:
    """{day: (rooms, [(hour, {room: [cell text]})])}: the physical board, one per day."""
    days: dict = {}
    for event in spaces:
        days.setdefault(event.start.date(), []).append(event)
    out = {}
    for day, events in sorted(days.items()):
        rooms = sorted({e.room or "?" for e in events}, key=_natural)
        hours = range(min(e.start.hour for e in events), max(e.start.hour for e in events) + 1)
        rows = []
        for hour in hours:
            cells = {room: [] for room in rooms}
            for event in events:
                if event.start.hour == hour:
                    mark = "" if event.id in cards else "*"
                    minute = f":{event.start:%M} " if event.start.minute else ""
                    cells[event.room or "?"].append(f"{event.id}{mark} {minute}{event.title}")
            rows.append((hour, cells))
        out[day] = (rooms, rows)
    return out


def render_grid(spaces, cards, stream) -> None:
    """Rich table on a terminal, plain fixed-width text otherwise (pipes, files, tests)."""
    grids = grid_rows(spaces, cards)
    footnote = "* published with the schedule (not a board card)"
    if stream.isatty():
        from rich.console import Console
        from rich.table import Table

        console = Console(file=stream)
        for day, (rooms, rows) in grids.items():
            table = Table(title=f"{day:%A %d %B}", show_lines=True)
            table.add_column("time", no_wrap=True)
            for room in rooms:
                table.add_column(room, max_width=CELL_WIDTH)
            for hour, cells in rows:
                table.add_row(f"{hour:02d}:00", *("\n".join(cells[r]) for r in rooms))
            console.print(table)
        console.print(footnote)
        return
    for day, (rooms, rows) in grids.items():
        print(f"{day:%A %d %B %Y}", file=stream)
        widths = [min(CELL_WIDTH, max([len(room)] + [len(t) for _h, c in rows for t in c[room]])) for room in rooms]
        header = "time  | " + " | ".join(room[:w].ljust(w) for room, w in zip(rooms, widths))
        print(header, file=stream)
        print("-" * len(header), file=stream)
        for hour, cells in rows:
            height = max([1] + [len(cells[r]) for r in rooms])
            for line in range(height):
                label = f"{hour:02d}:00" if line == 0 else ""
                parts = [_clip(cells[r][line] if line < len(cells[r]) else "", w) for r, w in zip(rooms, widths)]
                print(f"{label:<5} | " + " | ".join(parts), file=stream)
        print(file=stream)
    print(footnote, file=stream)


def _clip(text: str, width: int) -> str:
    return (text if len(text) <= width else text[: width - 1] + "~").ljust(width)
