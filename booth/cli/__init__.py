"""The `booth` command. Sub-commands live beside it: cli_text (ask, check, chat), cli_voice
(listen, say, devices, doctor), cli_board (import, conferences, board)."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from booth import __version__
from booth.errors import BoothError
from booth.settings import Settings

log = logging.getLogger(__name__)

_SUBCOMMAND_MODULES = ("booth.cli.text", "booth.cli.voice", "booth.cli.board", "booth.cli.ops", "booth.cli.screen")

DESCRIPTION = """\
Booth: an offline voice assistant for conference booths.

examples:
  booth ask "what open spaces are at three" --now 2025-05-17T10:00
  booth ask "when is the talk about flask" --json
  booth chat                         # typed conversation with follow-ups
  booth listen                       # microphone -> answer out loud
  booth check                        # validate intents, dialogs, data and run the intent tests
  booth board add "Lektor" --room 308 --at "saturday 3 to 4"
  booth config                       # the settings in force, and where each came from
  booth service install --user       # run all day as a systemd service
"""


def common_options() -> argparse.ArgumentParser:
    """Options every sub-command takes."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("common options")
    group.add_argument("--conference", metavar="NAME", help="conference to answer about (default: the newest)")
    group.add_argument("--now", metavar="ISO",
                       help="pretend it is this time, venue time unless an offset is given "
                            "(default: $BOOTH_NOW, else the real clock)")
    group.add_argument("--data", metavar="PATH",
                       help="schedule folder (default: $BOOTH_DATA, else the user's data folder, "
                            "~/.local/share/booth, made from the shipped data; a checkout uses its data/)")
    group.add_argument("--skill", metavar="DIR",
                       help="a skill folder with intents/, dialogs/, tests/ and optional data/ "
                            "(default: $BOOTH_SKILL, else the shipped conference booth)")
    group.add_argument("--config", metavar="PATH",
                       help="config file (default: $BOOTH_CONFIG, else ~/.config/booth/config.toml if it exists)")
    group.add_argument("--intents", metavar="PATH", help="intents folder (default: the shipped intents/)")
    group.add_argument("--dialogs", metavar="PATH", help="dialogs folder (default: the shipped dialogs/)")
    group.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: debug)")
    return parent


def settings_from(args: argparse.Namespace) -> Settings:
    resolved = getattr(args, "resolved", None)
    if resolved is not None:
        return resolved.settings
    return Settings(data_dir=args.data, intents_dir=args.intents, dialogs_dir=args.dialogs,
                    conference=args.conference, now=args.now, skill_dir=args.skill)


def flags_given(args: argparse.Namespace) -> dict:
    """{config key: value} for the options given on the command line (absent ones are None)."""
    from booth.config import OPTIONS

    own: set[str] = getattr(args, "own_options", set())
    flags = {o.key: getattr(args, o.key) for o in OPTIONS
             if o.key not in own and getattr(args, o.key, None) is not None}
    if getattr(args, "wake", None) is not None:
        flags["mode"], flags["wake_phrase"] = "wake", args.wake
    elif getattr(args, "always_listening", None):
        flags["mode"] = "always"
    return flags


def apply_config(args: argparse.Namespace) -> None:
    """Resolve flag > environment > config file > default, and write the values in force back
    onto ``args`` so every sub-command reads one answer."""
    from booth.config import OPTIONS, resolve
    from booth.settings import ListenMode

    args.flags = flags_given(args)
    args.resolved = resolve(args.flags, config_flag=getattr(args, "config", None))
    settings = args.resolved.settings
    own: set[str] = getattr(args, "own_options", set())  # e.g. board add's --host is the card's host
    for option in OPTIONS:
        if hasattr(args, option.key) and option.key not in own:
            setattr(args, option.key, getattr(settings, option.field))
    if hasattr(args, "always_listening"):
        args.always_listening = settings.mode is ListenMode.ALWAYS
        args.wake = settings.wake_phrase if settings.mode is ListenMode.WAKE else None


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
    # Off a terminal (a service, a log file) every line needs its time.
    stamp = "" if sys.stderr.isatty() else "%(asctime)s "
    logging.basicConfig(level=level, format=stamp + "%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        if getattr(args, "uses_settings", True):
            apply_config(args)
        return int(args.func(args) or 0)
    except BoothError as exc:
        print(f"{exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the machine's fault (disk, permissions), not a bug: one sentence
        from booth.atomic import os_reason

        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{where}{os_reason(exc)}", file=sys.stderr)
        log.debug("OS error", exc_info=True)
        return 2
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130
