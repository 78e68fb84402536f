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
from typing import Any

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
    imp.add_argument("--force", action="store_true",
                     help="import even with no usable events, or far fewer than the conference it replaces")
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
    add.add_argument("--at", required=True, metavar="WHEN",
                     help='start or range: "saturday 3pm", "saturday 3 to 4", "3pm-4:30pm", "2025-05-17 15:00-16:30"')
    add.add_argument("--duration", type=int, metavar="MINUTES", help="length in minutes (default 60, or the --at range)")
    add.add_argument("--host", metavar="NAME", help="who runs it")
    add.add_argument("--description", default="", help="one or two sentences")
    add.add_argument("--force", action="store_true", help="pin it even if the room is taken, or it is in the past "
                                                           "or outside the conference days")
    add.set_defaults(func=run_board_add, own_options={"host"})  # --host: who runs it, not the screen's address

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
    show.add_argument("--day", help='this day, or "all" (default: today, else the next day with open spaces)')
    show.add_argument("--width", type=int, metavar="COLUMNS", help="fit this width (default: the terminal's, or $COLUMNS)")
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

    folder = Settings(data_dir=getattr(args, "data", None)).data_dir
    assert folder is not None  # a conference booth always has a data folder (only a skill may have none)
    return Path(folder)


# -- import / conferences -----------------------------------------------------------------------
@_guarded
def run_import(args) -> int:
    from booth.schedule.importer import import_schedule

    # The target is named on the command line only: a config file's conference is what Booth
    # answers about, never a folder to import over.
    name = getattr(args, "flags", vars(args)).get("conference")
    if not name:
        raise ConfigError("give --conference NAME: the folder name under data/ (e.g. 31c3)")
    report = import_schedule(Path(args.source), data_dir(args), name, title=args.name,
                             timezone=args.timezone, force=args.force)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return 0


@_guarded
def run_conferences(args) -> int:
    from booth.schedule.store import list_conferences, load_conference

    folder = data_dir(args)
    rows: list[dict[str, Any]] = []
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
                     "events": len(conference.events), "problems": list(conference.problems)})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"no conferences in {folder}")
    for row in rows:
        if "error" in row:
            print(f"{row['name']:<20} BROKEN: {row['error']}")
            continue
        print(f"{row['name']:<20} {row['title']} ({row['first_day']} .. {row['last_day']}, "
              f"{row['timezone']}, {row['events']} events)")
        if row["problems"]:  # served without the broken entries: degraded, not down
            print(f"{'':<20} degraded: {len(row['problems'])} broken entr{'y' if len(row['problems']) == 1 else 'ies'} "
                  f"skipped (fix, then they are served):")
            for problem in row["problems"]:
                print(f"{'':<22}{problem}")
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
    """--at (see booth.schedule.at): (start, end of a range or None); ConfigError with the reason."""
    from booth.schedule.at import parse_at
    from booth.understand.timeparse import parse_time

    when = parse_at(text, clock, lambda words: parse_time(words, clock))
    return when.start, when.end


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
    from booth.schedule.at import check_when
    from booth.schedule.board import resolve_room

    board, conference, clock = _open(args)
    start, range_end = resolve_at(args.at, clock)
    if args.duration is not None:
        if args.duration <= 0:
            raise ConfigError("--duration must be a positive number of minutes")
        if range_end is not None:
            raise ConfigError(f"--at {args.at!r} already says when it ends: drop --duration")
        end = start + timedelta(minutes=args.duration)
    else:
        end = range_end or start + timedelta(minutes=60)
    check_when(start, end, clock, conference, args.force)
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
    from booth.schedule.at import check_when

    board, conference, clock = _open(args)
    start = None
    if args.at:
        start, _end = resolve_at(args.at, clock)
        check_when(start, start, clock, conference, args.force)
    room = resolve_room(args.room, _rooms(conference))[0] if args.room else None
    return board.move(args.card_id, start=start, room=room, force=args.force)


def _open_spaces(board, conference, day_text, clock):
    from booth.schedule.board import day_of
    from booth.understand.timeparse import parse_time

    cards = {e.id for e in conference.events if board.is_card(e)}  # from the served board: a broken entry is skipped
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
    import shutil

    from booth.cli.grid import render_grid

    board, conference, clock = _open(args)
    every_day = (args.day or "").strip().lower() == "all"
    spaces, cards = _open_spaces(board, conference, None if every_day else args.day, clock)
    if not args.day:  # a day at a time: today's board, else the next (or last) day with open spaces
        days = sorted({e.start.date() for e in spaces})
        day = next((d for d in days if d >= clock.now.date()), days[-1] if days else None)
        spaces = [e for e in spaces if e.start.date() == day]
    if not spaces:
        print("no open spaces" + (f" on {args.day}" if args.day else ""))
        return 0
    width = args.width or shutil.get_terminal_size((100, 24)).columns  # $COLUMNS when piped
    render_grid(spaces, cards, sys.stdout, width=max(40, width))
    if not args.day:
        print("(one day at a time: --day saturday, --day all)")
    return 0
