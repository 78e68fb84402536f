"""Running all day as a kiosk: the systemd unit, the GPIO button, the config file, the data
folder that survives a reinstall. Real processes, real systemd-analyze, gpiozero's own mock pins."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from booth.cli.voice import _start_push_to_talk
from booth.voice import listen as ev
from booth.voice.audio import file_source
from booth.voice.listen import Listener, Options
from tests.audio_tools import question_wav

ROOT = Path(__file__).resolve().parent.parent
NOW = "2025-05-17T10:00"


def booth(*args, env: dict | None = None, cwd: Path = ROOT, stdin=subprocess.DEVNULL):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BOOTH_")}
    environment.update({"PYTHONPATH": str(ROOT), **(env or {})})
    return subprocess.run([sys.executable, "-m", "booth", *args], stdin=stdin, capture_output=True, text=True,
                          env=environment, cwd=cwd, timeout=120)


# -- the service ---------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", [["--user"], ["--as-user", "root"]], ids=["user", "system"])
def test_service_unit_is_valid_for_systemd(kind, tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.fail("systemd-analyze is missing: apt-get install systemd (README's set-up does)")
    done = booth("service", "install", "--dry-run", *kind, "--", "--button", "17")
    assert done.returncode == 0, done.stderr
    header, _, unit = done.stdout.partition("\n")
    assert header.startswith("# ") and header.endswith("booth.service")
    for line in ("Restart=on-failure", "StandardInput=null", "StandardOutput=journal", "SyslogIdentifier=booth"):
        assert line in unit.splitlines()
    exec_start = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    assert exec_start.endswith(" listen -v --button 17")
    (tmp_path / "booth.service").write_text(unit)
    check = subprocess.run([analyze, "verify", str(tmp_path / "booth.service")], capture_output=True, text=True,
                           timeout=60)
    assert check.returncode == 0, check.stderr
    assert "booth.service" not in check.stderr.replace("Special user", ""), check.stderr  # no complaint about it


def test_service_install_writes_a_user_unit(tmp_path):
    done = booth("service", "install", "--user", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    unit = tmp_path / "systemd" / "user" / "booth.service"
    assert "WantedBy=default.target" in unit.read_text()
    assert "systemctl --user enable --now booth.service" in done.stdout


# -- push-to-talk on a Pi: the GPIO button ----------------------------------------------------------
def test_gpio_button_press_starts_listening(booth_2025, model, monkeypatch):
    """gpiozero's MockFactory is the library's own pin simulation: the press goes through
    gpiozero's Button and its when_pressed callback, as on a Pi."""
    from gpiozero import Device
    from gpiozero.pins.mock import MockFactory

    monkeypatch.setattr(Device, "pin_factory", MockFactory())
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115 (a service: no terminal, no keys)
    wav = question_wav("where is the microsoft booth", "en-us")
    events: list = []
    listener = Listener(booth_2025, model, None, events.append, Options(mode="push", once=True))
    _start_push_to_talk(listener, 17)
    try:
        listener.run(lambda: file_source(wav), live=False)  # nobody pressed: the question is not heard
        assert not [e for e in events if isinstance(e, ev.Heard)]
        assert any(isinstance(e, ev.State) and e.state == "waiting" for e in events)
        Device.pin_factory.pin(17).drive_low()  # the button (pulled up) is pressed
        deadline = time.monotonic() + 5
        while not listener.talk.is_set() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert listener.talk.is_set()
        listener.run(lambda: file_source(wav), live=False)
        answered = [e for e in events if isinstance(e, ev.Answered)]
        assert len(answered) == 1 and "Microsoft" in answered[0].text
    finally:
        listener._button.close()
        sys.stdin.close()


# -- the config file -----------------------------------------------------------------------------
def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_config_precedence_flag_env_file_default(tmp_path):
    path = _config(tmp_path, 'conference = "pycon-us-2017"\ncontext_seconds = 45\nmode = "wake"\n'
                             'wake_phrase = "hello booth"\nrate = 150\n')
    env = {"BOOTH_CONFIG": str(path), "BOOTH_RATE": "190"}
    done = booth("config", "--json", "--conference", "pycon-us-2025", env=env)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    settings = shown["settings"]
    assert shown["config_file"] == str(path)
    assert settings["conference"] == {"value": "pycon-us-2025", "source": "flag"}
    assert settings["rate"] == {"value": "190", "source": "env BOOTH_RATE"}
    assert settings["context_seconds"] == {"value": "45.0", "source": f"{path}:2"}
    assert settings["mode"] == {"value": "wake", "source": f"{path}:3"}
    assert settings["max_seconds"] == {"value": "12.0", "source": "default"}


def test_config_file_reaches_the_running_parts(tmp_path):
    """context_seconds from the file is what a conversation uses; the conference from the file
    is what `booth ask` answers about."""
    from booth.answer.conversation import Conversation
    from booth.cli import apply_config, build_parser, settings_from
    from booth.pipeline import Booth

    path = _config(tmp_path, 'conference = "pycon-us-2017"\ncontext_seconds = 3.5\n')
    args = build_parser().parse_args(["chat", "--config", str(path), "--now", "2017-05-20T10:00"])
    apply_config(args)
    conversation = Conversation(Booth(settings_from(args)))
    assert conversation.context_seconds == 3.5 and conversation.booth.conference.name == "pycon-us-2017"
    done = booth("ask", "when is lunch", "--json", env={"BOOTH_CONFIG": str(path), "BOOTH_NOW": "2017-05-20T10:00"})
    assert done.returncode == 0, done.stderr
    assert "2017-05-20" in json.dumps(json.loads(done.stdout)["events"])


@pytest.mark.parametrize("text, line, message", [
    ('mode = "push"\nrate = "fast"\n', 2, "rate must be a whole number, not 'fast'"),
    ('context_secs = 30\n', 1, "unknown key 'context_secs'; did you mean 'context_seconds'?"),
    ('\n\nmode = "shout"\n', 3, "mode must be one of push, always, wake, not 'shout'"),
    ('volume = 3\n', 1, "volume must be between 0.0 and 1.0, not 3"),
    ('mute = "yes"\n', 1, "mute must be true or false"),
    ('voice = "en-us"\nrate = \n', 2, "not valid TOML: Invalid value"),
    ('[listen]\nmode = "wake"\n', 1, "unknown section 'listen'"),
])
def test_bad_config_is_one_line_and_exit_2(tmp_path, text, line, message):
    path = _config(tmp_path, text)
    done = booth("ask", "when is lunch", "--config", str(path))
    assert done.returncode == 2
    assert done.stderr.strip().startswith(f"{path}:{line}: {message}"), done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_bad_environment_value_and_missing_named_config(tmp_path):
    done = booth("config", env={"BOOTH_MAX_SECONDS": "soon"})
    assert done.returncode == 2 and done.stderr.strip() == "$BOOTH_MAX_SECONDS='soon': max_seconds must be a number, not 'soon'"
    done = booth("config", "--config", str(tmp_path / "nope.toml"))
    assert done.returncode == 2 and done.stderr.strip() == f"{tmp_path / 'nope.toml'}: config file not found"


def test_config_example_is_a_valid_config(tmp_path):
    example = booth("config", "--example")
    path = _config(tmp_path, example.stdout.replace("# mode = ", "mode = "))
    done = booth("config", "--json", "--config", str(path))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["settings"]["mode"]["source"].startswith(f"{path}:")


# -- data that survives --------------------------------------------------------------------------
def test_sync_adds_new_conferences_updates_untouched_files_and_keeps_the_board(tmp_path):
    from booth.schedule.datadir import sync

    shipped, mine = tmp_path / "shipped", tmp_path / "mine"
    shutil.copytree(ROOT / "data", shipped)
    first = sync(shipped, mine)
    assert set(first.added) == {"pycon-us-2017", "pycon-us-2025"}
    board = mine / "pycon-us-2025" / "open-spaces.yaml"
    board.write_text(board.read_text() + "# staff notes\n")  # the user's board
    readme = mine / "README.md"
    readme.write_text("my notes\n")  # a file the user changed
    # An upgrade: a new conference, a new version of two files, a new shipped board.
    shutil.copytree(shipped / "pycon-us-2017", shipped / "pycon-us-2026")
    (shipped / "pycon-us-2025" / "conference.yaml").write_text(
        (shipped / "pycon-us-2025" / "conference.yaml").read_text().replace("title: PyCon US 2025", "title: PyCon US 2025 (v2)"))
    (shipped / "README.md").write_text("new shipped readme\n")
    (shipped / "pycon-us-2025" / "open-spaces.yaml").write_text("events: []\n")
    shutil.rmtree(mine / "pycon-us-2017")  # the user deleted one
    second = sync(shipped, mine)
    assert second.added == ["pycon-us-2026"] and not (mine / "pycon-us-2017").exists()
    assert "title: PyCon US 2025 (v2)" in (mine / "pycon-us-2025" / "conference.yaml").read_text()
    assert board.read_text().endswith("# staff notes\n") and readme.read_text() == "my notes\n"
    assert second.kept == ["README.md"]


def test_data_init_and_use_and_import_keeps_the_default(tmp_path):
    data = tmp_path / "data"
    done = booth("data", "init", "--data", str(data))
    assert done.returncode == 0 and "added: pycon-us-2017, pycon-us-2025" in done.stdout, done.stderr
    ics = tmp_path / "future.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
                   "DTSTART:20300601T150000\r\nDTEND:20300601T160000\r\nSUMMARY:Future talk\r\nEND:VEVENT\r\n"
                   "END:VCALENDAR\r\n")
    done = booth("import", str(ics), "--conference", "future-2030", "--timezone", "Europe/Berlin", "--data", str(data))
    assert done.returncode == 0, done.stderr
    lunch = booth("ask", "when is lunch", "--json", "--data", str(data), "--now", NOW)
    assert "2025-05-17" in lunch.stdout, "an import never changes which conference is the default"
    assert booth("use", "future-2030", "--data", str(data)).returncode == 0
    shown = booth("config", "--json", "--data", str(data))
    talk = booth("ask", "when is the future talk", "--json", "--data", str(data), "--now", "2030-06-01T10:00")
    assert "Future talk" in talk.stdout, (talk.stdout, shown.stdout)
    refused = booth("use", "nope", "--data", str(data))
    assert refused.returncode == 2 and "unknown conference 'nope'" in refused.stderr


def test_reinstall_keeps_the_board(tmp_path):
    """pip-installed: the board lives in the user's data folder, never in site-packages, so
    `pip install --force-reinstall .` keeps the card (slow: two real installs)."""
    target = tmp_path / "site"
    env = {"PYTHONPATH": str(target), "XDG_DATA_HOME": str(tmp_path / "xdg")}

    def install(*extra):
        done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", *extra, "--target",
                               str(target), str(ROOT)], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr

    def run(*args):
        environment = {k: v for k, v in os.environ.items() if not k.startswith("BOOTH_")}
        return subprocess.run([sys.executable, "-m", "booth", *args], capture_output=True, text=True,
                              env={**environment, **env}, cwd=tmp_path, timeout=120)

    install()
    added = run("board", "add", "Kiosk survival", "--room", "Room 999", "--at", "saturday 3pm", "--now", NOW)
    assert added.returncode == 0, added.stderr
    board = tmp_path / "xdg" / "booth" / "pycon-us-2025" / "open-spaces.yaml"
    assert "Kiosk survival" in board.read_text()
    shipped_board = next(target.rglob("_shipped/data/pycon-us-2025/open-spaces.yaml"))
    assert "Kiosk survival" not in shipped_board.read_text(), "nothing is written into site-packages"
    install("--upgrade", "--force-reinstall")
    listed = run("board", "list", "--day", "saturday", "--now", NOW)
    assert listed.returncode == 0 and "Kiosk survival" in listed.stdout, listed.stderr
    answer = run("ask", "what open spaces are at three", "--now", NOW)
    assert "Kiosk survival" in answer.stdout


def test_card_host_is_not_the_screen_host_and_a_broken_card_leaves_the_board_listed(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "pycon-us-2025", data / "pycon-us-2025")
    config = _config(tmp_path, 'host = "0.0.0.0"\n')
    added = booth("board", "add", "Hosted", "--room", "Room 999", "--at", "sunday 3pm", "--host", "Ada",
                  "--data", str(data), "--now", NOW, "--config", str(config))
    assert added.returncode == 0 and "(host Ada)" in added.stdout, added.stderr
    board = data / "pycon-us-2025" / "open-spaces.yaml"
    with board.open("a") as handle:
        handle.write('  - title: Hand edit\n    day: 2025-05-18\n    start: "16:00"\n    end: "15:00"\n')
    listed = booth("board", "list", "--day", "sunday", "--data", str(data), "--now", NOW)
    assert listed.returncode == 0 and "Hosted (host Ada)" in listed.stdout
    assert f"{board}:" in listed.stderr and "end 15:00 is before start 16:00" in listed.stderr
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} WARNING ", listed.stderr), "off a terminal, logs carry the time"
    shown = booth("conferences", "--data", str(data))
    assert shown.returncode == 0 and "degraded: 1 broken entry" in shown.stdout and "BROKEN" not in shown.stdout
    checked = booth("check", "--data", str(data))
    assert checked.returncode == 2 and f"{board}:" in checked.stdout
