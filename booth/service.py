"""The systemd unit that runs `booth listen` all day on a kiosk (see `booth service install`).

A user unit (``--user``; ``loginctl enable-linger USER`` starts it at boot without a login) runs
inside the user's session, so it reaches the user's sound server (PipeWire/PulseAudio on
Raspberry Pi OS); a system unit runs as that user with the audio and gpio groups.
"""

from __future__ import annotations

import os
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

UNIT_NAME = "booth.service"


@dataclass(frozen=True)
class Unit:
    text: str
    path: Path  # where `install` writes it
    user_unit: bool


def booth_command() -> list[str]:
    """How to start this same Booth: the `booth` script beside the running interpreter (a
    venv's bin/), else the interpreter with -m booth."""
    script = Path(sys.executable).parent / "booth"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "booth"]


def _quote(word: str) -> str:
    """systemd's command-line quoting is close to the shell's; a % must be doubled."""
    return shlex.quote(word).replace("%", "%%")


def make_unit(listen_args: list[str], user_unit: bool, user: str | None = None,
              home: Path | None = None, uid: int | None = None) -> Unit:
    """The unit text. ``listen_args`` go after `booth listen` (options are better kept in the
    config file, which the service reads like any other run)."""
    command = " ".join(_quote(w) for w in [*booth_command(), "listen", "-v", *listen_args])
    home = home or Path.home()
    # A user manager has no sound.target: there Booth starts after the session's sound server.
    order = ["After=pipewire.service pipewire-pulse.service pulseaudio.service"] if user_unit else \
        ["After=sound.target network.target", "Wants=sound.target"]
    lines = [
        "[Unit]",
        "Description=Booth, the offline conference voice assistant",
        *order,
        "StartLimitIntervalSec=300",
        "StartLimitBurst=10",
        "",
        "[Service]",
        "Type=simple",
        f"ExecStart={command}",
        "Restart=on-failure",
        "RestartSec=5",
        # No terminal: push-to-talk then needs the GPIO button (or Booth refuses to start, saying so).
        "StandardInput=null",
        "StandardOutput=journal",
        "StandardError=journal",
        "SyslogIdentifier=booth",
        "Environment=PYTHONUNBUFFERED=1",
        "Environment=BOOTH_NO_DOWNLOAD=1",  # a kiosk never fetches a model at run time
        f"WorkingDirectory={_quote(str(home))}",
    ]
    if not user_unit:
        lines += [f"User={user}", "SupplementaryGroups=audio gpio",
                  f"Environment=HOME={_quote(str(home))}"]
        if uid is not None:  # the user's sound server lives in their runtime folder
            lines.append(f"Environment=XDG_RUNTIME_DIR=/run/user/{uid}")
    lines += ["", "[Install]", f"WantedBy={'default.target' if user_unit else 'multi-user.target'}", ""]
    if user_unit:
        config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
        path = config / "systemd" / "user" / UNIT_NAME
    else:
        path = Path("/etc/systemd/system") / UNIT_NAME
    return Unit("\n".join(lines), path, user_unit)


def next_steps(unit: Unit, user: str) -> list[str]:
    if unit.user_unit:
        return ["systemctl --user daemon-reload",
                f"systemctl --user enable --now {UNIT_NAME}",
                f"sudo loginctl enable-linger {user}    # start at boot, without a login",
                f"journalctl --user -u {UNIT_NAME} -f     # the log, with timestamps"]
    return ["sudo systemctl daemon-reload",
            f"sudo systemctl enable --now {UNIT_NAME}",
            f"journalctl -u {UNIT_NAME} -f     # the log, with timestamps"]
