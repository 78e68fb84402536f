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
COMMON = ["--conference", "pycon-us-2017", "--now", "2017-05-20T10:00"]


class Chat:
    """`booth chat --json` running on a copy of the 2017 data; ask() is one turn."""

    def __init__(self, tmp_path: Path):
        self.data = tmp_path / "data"
        shutil.copytree(ROOT / "data" / "pycon-us-2017", self.data / "pycon-us-2017")
        self.env = {k: v for k, v in os.environ.items() if k != "BOOTH_NOW"}
        self.env.update({"PYTHONPATH": str(ROOT), "BOOTH_DATA": str(self.data)})
        self.cwd = tmp_path

    def __enter__(self):
        self.proc = subprocess.Popen([sys.executable, "-m", "booth", "chat", "--json", *COMMON],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=self.env, cwd=self.cwd)
        return self

    def ask(self, question: str) -> dict:
        self.proc.stdin.write(question + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def booth(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "booth", *args, *COMMON], capture_output=True, text=True,
                              env=self.env, cwd=self.cwd, timeout=60)

    def __exit__(self, *exc):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.stderr = self.proc.stderr.read()


def test_running_chat_sees_a_card_added_after_it_started(tmp_path):
    with Chat(tmp_path) as chat:
        before = chat.ask("what open spaces are at three")
        assert "board" in before["answer"] and before["events"] == []

        added = chat.booth("board", "add", "Lektor static sites", "--room", "Room 1", "--at", "saturday 3pm",
                           "--host", "Armin Ronacher")
        assert added.returncode == 0, added.stderr

        after = chat.ask("what open spaces are at three")
        assert "Lektor" in after["answer"] and "Room 1" in after["answer"]
        assert [e["title"] for e in after["events"]] == ["Lektor static sites"]
        assert "Armin Ronacher" in chat.ask("who is hosting it")["answer"]
    assert chat.proc.returncode == 0, chat.stderr


def test_broken_hand_edit_keeps_the_rest_of_the_board(tmp_path):
    chat = Chat(tmp_path)
    board = chat.data / "pycon-us-2017" / "open-spaces.yaml"
    good = ('events:\n  - title: Testing BoF\n    day: 2017-05-20\n    start: "15:00"\n'
            '    end: "16:00"\n    room: Room 2\n')
    board.write_text(good)
    with chat:
        assert "Testing BoF" in chat.ask("what open spaces are at three")["answer"]
        board.write_text(good + '  - title: Half written\n    start: "25:00"\n')
        assert "Testing BoF" in chat.ask("what open spaces are at three")["answer"], "the rest of the board is served"
        board.write_text('events:\n  - title: [half written\n')  # not YAML at all: the last good board
        assert "Testing BoF" in chat.ask("what open spaces are at three")["answer"]
    assert f"{board}:8: bad start time '25:00'" in chat.stderr and "Traceback" not in chat.stderr
    assert f"{board}:3: invalid YAML" in chat.stderr


GOOD_CARD = 'events:\n  - title: Testing BoF\n    day: 2017-05-20\n    start: "15:00"\n    end: "16:00"\n    room: Room 2\n'
# A broken card added below the good one: skipped and named, the good card still served.
CARD = GOOD_CARD + '  - title: Poison\n    day: {day}\n    start: "15:00"\n    room: Room 2\n    duration: {duration}\n'
# Hand edits that once killed a running booth (OverflowError, RecursionError, ValueError from
# inside Python), and ones that always were refused: a broken card is skipped and the rest of the
# board served; a file that cannot be read at all leaves the last good board served.
POISON = {
    "duration .nan": CARD.format(day="2017-05-20", duration=".nan"),
    "duration .inf": CARD.format(day="2017-05-20", duration=".inf"),
    "duration 1.0e+300": CARD.format(day="2017-05-20", duration="1.0e+300"),
    "duration 10000000000": CARD.format(day="2017-05-20", duration="10000000000"),
    "end past 9999-12-31": CARD.format(day="9999-12-31", duration="120"),
    "nested 500 deep": "events: " + "[" * 500 + "]" * 500 + "\n",
    "nested 60 deep": "events: " + "[" * 60 + "]" * 60 + "\n",
    "billion laughs": "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(7)),
    "not UTF-8": b"events:\n  - title: \xff\xfe\n".decode("latin-1"),
    "half written": GOOD_CARD + '  - title: Half written\n    start: "25:00"\n',
}


def test_running_chat_survives_every_poison_edit_and_says_so_once(tmp_path):
    chat = Chat(tmp_path)
    board = chat.data / "pycon-us-2017" / "open-spaces.yaml"
    board.write_text(GOOD_CARD)
    with chat:
        assert "Testing BoF" in chat.ask("what open spaces are at three")["answer"]
        for name, text in POISON.items():
            board.write_bytes(text.encode("latin-1") if name == "not UTF-8" else text.encode("utf-8"))
            for _ in range(2):  # the second question sees the same broken file: no second report
                reply = chat.ask("what open spaces are at three")
                assert "Testing BoF" in reply["answer"], (name, reply)
        board.write_text(GOOD_CARD.replace("Testing BoF", "Packaging BoF"))
        assert "Packaging BoF" in chat.ask("what open spaces are at three")["answer"], "a good edit is picked up again"
    assert chat.proc.returncode == 0, chat.stderr
    assert "Traceback" not in chat.stderr
    reports = [line for line in chat.stderr.splitlines() if "open-spaces.yaml" in line]
    assert len(reports) == len(POISON), chat.stderr
    assert all("still using the schedule loaded before" in line or "the rest of pycon-us-2017 is served" in line
               for line in reports), chat.stderr
