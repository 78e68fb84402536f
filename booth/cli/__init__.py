"""The `booth` command. Sub-commands live beside it: cli_text (ask, check, chat), cli_voice
(listen, say, devices, doctor), cli_board (import, conferences, board)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from booth import __version__
from booth.errors import BoothError
from booth.settings import Settings

log = logging.getLogger(__name__)

_SUBCOMMAND_MODULES = ("booth.cli.text", "booth.cli.voice", "booth.cli.board")

DESCRIPTION = """\
Booth: an offline voice assistant for conference booths.

examples:
  booth ask "what open spaces are at three" --now 2025-05-17T10:00
  booth ask "when is the talk about flask" --json
  booth chat                         # typed conversation with follow-ups
  booth listen                       # microphone -> answer out loud
  booth check                        # validate intents, dialogs, data and run the intent tests
  booth board add "Lektor" --room 308 --at "saturday 3pm"
"""


def common_options() -> argparse.ArgumentParser:
    """Options every sub-command takes."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("common options")
    group.add_argument("--conference", metavar="NAME", help="conference to answer about (default: the newest)")
    group.add_argument("--now", metavar="ISO", default=os.environ.get("BOOTH_NOW"),
                       help="pretend it is this time, venue time unless an offset is given "
                            "(default: $BOOTH_NOW, else the real clock)")
    group.add_argument("--data", metavar="PATH", default=os.environ.get("BOOTH_DATA"),
                       help="schedule folder (default: $BOOTH_DATA, else the shipped data/)")
    group.add_argument("--skill", metavar="DIR", default=os.environ.get("BOOTH_SKILL"),
                       help="a skill folder with intents/, dialogs/, tests/ and optional data/ "
                            "(default: $BOOTH_SKILL, else the shipped conference booth)")
    group.add_argument("--intents", metavar="PATH", help="intents folder (default: the shipped intents/)")
    group.add_argument("--dialogs", metavar="PATH", help="dialogs folder (default: the shipped dialogs/)")
    group.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: debug)")
    return parent


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings(data_dir=args.data, intents_dir=args.intents, dialogs_dir=args.dialogs,
                    conference=args.conference, now=args.now, skill_dir=args.skill)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="booth", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"booth {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    parents = [common_options()]
    for name in _SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # that part is not built yet
                continue
            raise
        module.register(subparsers, parents)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(getattr(args, "verbose", 0), 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BoothError as exc:
        print(f"{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
