"""A running `booth chat` answers about an open-space card pinned after it started, at the very
next question, without a restart: real processes, a real board file, the real 2017 schedule
(where every open space was made on site)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(data: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "BOOTH_NOW"}
    env.update({"PYTHONPATH": str(ROOT), "BOOTH_DATA": str(data)})
    return env


def test_running_chat_sees_a_card_added_after_it_started(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "pycon-us-2017", data / "pycon-us-2017")
    common = ["--conference", "pycon-us-2017", "--now", "2017-05-20T10:00"]
    chat = subprocess.Popen([sys.executable, "-m", "skill", "chat", "--json", *common], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(data), cwd=tmp_path)
    try:
        chat.stdin.write("what open spaces are at three\n")
        chat.stdin.flush()
        before = json.loads(chat.stdout.readline())
        assert "board" in before["answer"] and before["events"] == []

        added = subprocess.run([sys.executable, "-m", "skill", "board", "add", "Lektor static sites", "--room",
                                "Room 1", "--at", "saturday 3pm", "--host", "Armin Ronacher", *common],
                               capture_output=True, text=True, env=_env(data), cwd=tmp_path, timeout=60)
        assert added.returncode == 0, added.stderr

        chat.stdin.write("what open spaces are at three\n")
        chat.stdin.flush()
        after = json.loads(chat.stdout.readline())
        assert "Lektor" in after["answer"] and "Room 1" in after["answer"]
        assert [e["title"] for e in after["events"]] == ["Lektor static sites"]

        chat.stdin.write("who is hosting it\n")
        chat.stdin.flush()
        who = json.loads(chat.stdout.readline())
        assert "Armin Ronacher" in who["answer"]
    finally:
        chat.stdin.close()
        chat.wait(timeout=30)
    assert chat.returncode == 0, chat.stderr.read()


def test_broken_hand_edit_keeps_the_last_good_board(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "pycon-us-2017", data / "pycon-us-2017")
    board = data / "pycon-us-2017" / "open-spaces.yaml"
    board.write_text('events:\n  - title: Testing BoF\n    day: 2017-05-20\n    start: "15:00"\n'
                     '    end: "16:00"\n    room: Room 2\n')
    common = ["--conference", "pycon-us-2017", "--now", "2017-05-20T10:00"]
    chat = subprocess.Popen([sys.executable, "-m", "skill", "chat", "--json", *common], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(data), cwd=tmp_path)
    try:
        chat.stdin.write("what open spaces are at three\n")
        chat.stdin.flush()
        assert "Testing BoF" in json.loads(chat.stdout.readline())["answer"]
        board.write_text('events:\n  - title: Half written\n    start: "25:00"\n')
        chat.stdin.write("what open spaces are at three\n")
        chat.stdin.flush()
        assert "Testing BoF" in json.loads(chat.stdout.readline())["answer"], "the last good board is served"
    finally:
        chat.stdin.close()
        chat.wait(timeout=30)
    errors = chat.stderr.read()
    assert "open-spaces.yaml:" in errors and "Traceback" not in errors
