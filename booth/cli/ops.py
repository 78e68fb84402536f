"""Running a booth: `booth config`, `booth data init`, `booth use NAME`, `booth service install`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from booth.errors import ConfigError, DataError

CONFIG_HELP = """\
Show the settings in force and where each one came from: a flag, an environment variable,
the config file (path:line) or the default. Precedence: flag > environment > file > default.

The config file is --config PATH, else $BOOTH_CONFIG, else ~/.config/booth/config.toml
($XDG_CONFIG_HOME/booth/config.toml) when it exists. TOML, one `key = value` per option.

examples:
  booth config
  booth config --example > ~/.config/booth/config.toml
  BOOTH_MODE=wake booth config --json
"""

SERVICE_HELP = """\
Write a systemd unit that starts `booth listen` at boot, restarts it when it fails and logs to
the journal. Options come from the config file (or follow `--` on this command line).

examples:
  booth service install --user --dry-run
  booth service install --user -- --button 17
  sudo booth service install --as-user pi
"""


def register(subparsers, parents) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    config = subparsers.add_parser("config", parents=parents, help="show the settings in force and where they came from",
                                   description=CONFIG_HELP, formatter_class=raw)
    config.add_argument("--json", action="store_true", help="print {key: {value, source}} as JSON")
    config.add_argument("--example", action="store_true", help="print a config file with every option at its default")
    config.set_defaults(func=run_config)

    data = subparsers.add_parser("data", help="the writable data folder (init)")
    actions = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", parents=parents, help="create or update the data folder from the shipped data",
                              description="Copy the shipped conferences into the data folder (--data, $BOOTH_DATA, "
                                          "else ~/.local/share/booth). New shipped conferences are added; boards "
                                          "and files changed here are kept.")
    init.set_defaults(func=run_data_init)

    use = subparsers.add_parser("use", parents=parents, help="choose the conference Booth answers about by default")
    use.add_argument("name", metavar="NAME", help="a conference from `booth conferences`")
    use.set_defaults(func=run_use)

    service = subparsers.add_parser("service", help="run Booth as a systemd service (install)")
    actions = service.add_subparsers(dest="service_command", metavar="ACTION", required=True)
    install = actions.add_parser("install", parents=parents, help="write the systemd unit",
                                 description=SERVICE_HELP, formatter_class=raw)
    install.add_argument("--user", action="store_true", help="a user unit (~/.config/systemd/user), no root needed")
    install.add_argument("--as-user", metavar="NAME", help="system unit: the account it runs as "
                                                            "(default: $SUDO_USER, else you)")
    install.add_argument("--dry-run", action="store_true", help="print the unit instead of writing it")
    install.add_argument("listen_args", nargs=argparse.REMAINDER, metavar="-- LISTEN_OPTIONS",
                         help="options for `booth listen`, after --")
    install.set_defaults(func=run_service_install, uses_settings=False)


# -- config ---------------------------------------------------------------------------------------
def run_config(args) -> int:
    from booth.config import OPTIONS, example, shown

    if args.example:
        print(example(), end="")
        return 0
    resolved = args.resolved
    rows = [(o.key, getattr(resolved.settings, o.field), resolved.sources[o.key]) for o in OPTIONS]
    if args.json:
        print(json.dumps({"config_file": str(resolved.config_path) if resolved.config_path else None,
                          "settings": {k: {"value": shown(v) if v is not None else None, "source": s}
                                       for k, v, s in rows}}, indent=2))
        return 0
    print(f"config file: {resolved.config_path or 'none (see booth config --help)'}")
    width = max(len(key) for key, _v, _s in rows)
    for key, value, source in rows:
        print(f"  {key:<{width}}  {shown(value):<32} {source}")
    return 0


# -- data ----------------------------------------------------------------------------------------
def run_data_init(args) -> int:
    from booth.schedule import datadir
    from booth.schedule.datadir import shipped_folder, sync

    target = Path(args.resolved.settings.data_dir)
    source = shipped_folder("data")
    if target.resolve() == source.resolve():
        print(f"data folder: {target} (the checkout's own data/, nothing to copy)")
        return 0
    report = sync(source, target)
    if not (report.added or report.updated) and datadir.last_sync is not None and datadir.last_sync.target == target:
        report = datadir.last_sync  # this very run made it, on first use
    for line in report.lines():
        print(line)
    return 0


def run_use(args) -> int:
    from booth.schedule.datadir import write_default
    from booth.schedule.store import list_conferences

    folder = Path(args.resolved.settings.data_dir)
    known = list_conferences(folder)
    if args.name not in known:
        raise ConfigError(f"unknown conference '{args.name}'; known: {', '.join(known) or 'none'}")
    path = write_default(folder, args.name)
    print(f"default conference: {args.name} ({path})")
    if args.resolved.sources.get("conference") != "default":
        print(f"note: conference is set by {args.resolved.sources['conference']}, which wins over this choice",
              file=sys.stderr)
    return 0


# -- service -------------------------------------------------------------------------------------
def run_service_install(args) -> int:
    import pwd

    from booth.service import make_unit, next_steps

    extra = list(args.listen_args)
    if extra[:1] == ["--"]:
        extra = extra[1:]
    if args.user:
        user = pwd.getpwuid(os.getuid()).pw_name
        unit = make_unit(extra, user_unit=True)
    else:
        user = args.as_user or os.environ.get("SUDO_USER") or pwd.getpwuid(os.getuid()).pw_name
        try:
            account = pwd.getpwnam(user)
        except KeyError:
            raise ConfigError(f"--as-user {user!r}: no such account") from None
        unit = make_unit(extra, user_unit=False, user=user, home=Path(account.pw_dir), uid=account.pw_uid)
    if args.dry_run:
        print(f"# {unit.path}")
        print(unit.text, end="")
        return 0
    if not unit.user_unit and os.geteuid() != 0:
        raise ConfigError("a system unit needs root: run it with sudo, or give --user for a user unit")
    try:
        unit.path.parent.mkdir(parents=True, exist_ok=True)
        from booth.schedule.booth_yaml import write_atomic

        write_atomic(unit.path, unit.text)
    except OSError as exc:
        raise DataError(f"cannot write the unit: {exc.strerror}", unit.path) from None
    print(f"wrote {unit.path}; now:")
    for step in next_steps(unit, user):
        print(f"  {step}")
    return 0
