"""The open-space board on a copy of the real PyCon US 2025 data: commands, conflicts, hand
edits, live reload, and concurrent / killed writers (real processes, real SIGKILL)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from booth.cli import main
from booth.errors import ConfigError, DataError
from booth.schedule.board import Board, edit_board_text, resolve_room
from booth.schedule.store import ScheduleStore, load_conference

ROOT = Path(__file__).resolve().parent.parent
NY = ZoneInfo("America/New_York")
NAME = "pycon-us-2025"


@pytest.fixture
def data(tmp_path) -> Path:
    """A writable copy of the shipped PyCon US 2025 conference (never the repo's data/)."""
    shutil.copytree(ROOT / "data" / NAME, tmp_path / NAME)
    return tmp_path


def board_path(data: Path) -> Path:
    return data / NAME / "open-spaces.yaml"


def run(data: Path, *argv: str) -> int:
    return main([*argv, "--data", str(data), "--conference", NAME, "--now", "2025-05-17T10:00"])


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 5, day, hour, minute, tzinfo=NY)


# -- rooms ----------------------------------------------------------------------------------------
def test_rooms_resolve_to_the_conference_spelling(data):
    rooms = sorted({e.room for e in load_conference(data, NAME).events if e.room})
    assert resolve_room("308", rooms) == ("Room 308", True)
    assert resolve_room("room 308", rooms) == ("Room 308", True)
    assert resolve_room("Rom 316", rooms) == ("Room 316", True)
    assert resolve_room("310", rooms) == ("Room 310/311", True)
    assert resolve_room("psf couch", rooms) == ("PSF Couch", True)
    assert resolve_room("999", rooms) == ("Room 999", False)  # never a near number; written like the others
    assert resolve_room("room 323", rooms) == ("Room 323", False)
    assert resolve_room("Ballroom Z", rooms) == ("Ballroom Z", False)  # a letter is never a near letter
    assert resolve_room("Closet 9", rooms) == ("Closet 9", False)
    with pytest.raises(ConfigError, match="Ballroom A or Ballroom BC"):
        resolve_room("ballroom", rooms)


# -- commands -------------------------------------------------------------------------------------
def test_add_list_move_remove_from_the_command_line(data, capsys):
    # Room 308 is free on Sunday 15:00-16:00 in the real 2025 data.
    assert run(data, "board", "add", "Lektor", "--room", "308", "--at", "sunday 3pm",
               "--host", "Armin Ronacher", "--description", "Static sites.") == 0
    out = capsys.readouterr().out
    assert "Lektor" in out and "Room 308" in out and "15:00-16:00" in out
    cards = Board(data, NAME).cards()
    assert [(c.title, c.room, c.start, c.end, c.speakers) for c in cards] == [
        ("Lektor", "Room 308", at(18, 15), at(18, 16), ("Armin Ronacher",))]
    card_id = cards[0].id

    assert run(data, "board", "list", "--day", "sunday", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    mine = [row for row in listed if row["on_board"]]
    assert [(r["id"], r["title"], r["room"]) for r in mine] == [(card_id, "Lektor", "Room 308")]
    published = load_conference(ROOT / "data", NAME)
    sunday = [e for e in published.events if e.kind == "open-space" and e.start.date() == at(18, 0).date()]
    assert len(listed) == len(sunday) + 1

    assert run(data, "board", "move", card_id, "--at", "saturday 10am", "--room", "309") == 0
    capsys.readouterr()
    moved = Board(data, NAME).cards()[0]
    assert (moved.room, moved.start, moved.end) == ("Room 309", at(17, 10), at(17, 11))

    assert run(data, "board", "remove", card_id) == 0
    assert Board(data, NAME).cards() == []


def test_duration_and_unknown_room_note(data, capsys):
    assert run(data, "board", "add", "Hallway sprint", "--room", "Closet 9", "--at", "sunday 11am",
               "--duration", "90") == 0
    out = capsys.readouterr().out
    assert "not a room in the schedule" in out
    card = Board(data, NAME).cards()[0]
    assert (card.room, card.start, card.end) == ("Closet 9", at(18, 11), at(18, 12, 30))


def test_conflicting_slot_is_refused_unless_forced(data, capsys):
    published = next(e for e in load_conference(data, NAME).events  # one still to come at --now
                     if e.kind == "open-space" and e.room == "Room 316" and e.start >= at(17, 10))
    when = published.start.strftime("%A %-I:%M%p").lower()
    assert run(data, "board", "add", "Clash", "--room", "316", "--at", when) == 2
    err = capsys.readouterr().err
    assert "Room 316 is taken" in err and published.title in err and "--force" in err
    assert not Board(data, NAME).cards()
    assert run(data, "board", "add", "Clash", "--room", "316", "--at", when, "--force") == 0
    assert [c.title for c in Board(data, NAME).cards()] == ["Clash"]


def test_board_card_overlap_and_bad_input(data, capsys):
    board = Board(data, NAME, load_conference(data, NAME))
    board.add("First", "Room 308", at(18, 9), at(18, 10))
    with pytest.raises(ConfigError, match="taken"):
        board.add("Second", "room 308", at(18, 9, 30), at(18, 10, 30))
    board.add("Adjacent", "Room 308", at(18, 8), at(18, 9))  # touching is not overlapping
    assert run(data, "board", "add", "Nowhen", "--room", "308", "--at", "someday maybe") == 2
    assert "--at" in capsys.readouterr().err
    assert run(data, "board", "add", "Off days", "--room", "308", "--at", "2025-06-01 10:00") == 2
    assert "not a day of" in capsys.readouterr().err
    assert run(data, "board", "remove", "os-nope") == 2
    assert "no card" in capsys.readouterr().err
    talk = next(e for e in board.conference.events if e.kind == "talk")  # published open spaces can be hidden
    assert run(data, "board", "remove", talk.id) == 2
    assert "not a board card" in capsys.readouterr().err
    assert len(Board(data, NAME).cards()) == 2


def test_show_prints_a_rooms_by_hours_grid(data, capsys):
    assert run(data, "board", "add", "Lektor", "--room", "308", "--at", "sunday 3pm") == 0
    capsys.readouterr()
    assert run(data, "board", "show", "--day", "sunday", "--width", "100") == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("Sunday 18 May 2025")
    assert max(len(line) for line in lines) <= 100  # rooms split into groups, texts wrapped, nothing cut
    at_308 = next(i for i, line in enumerate(lines) if line.startswith("time") and "Room 308" in line)
    header = lines[at_308]
    row = next(line for line in lines[at_308:] if line.startswith("15:00"))
    column = [c.strip() for c in header.split("|")].index("Room 308")
    assert "Lektor" in row.split("|")[column]


def test_show_fits_a_100_column_pipe_a_day_at_a_time(data):
    done = subprocess.run([sys.executable, "-m", "booth", "board", "show", "--data", str(data), "--conference", NAME,
                           "--now", "2025-05-17T10:00"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "COLUMNS": "100", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Saturday 17 May 2025"  # today's board only
    assert not [line for line in lines if line.startswith(("Friday", "Sunday"))]
    assert max(len(line) for line in lines) <= 100
    titles = {e.title for e in load_conference(data, NAME).events if e.kind == "open-space" and e.start.day == 17}
    shown = " ".join(" ".join(part.strip() for part in line.split("|")[1:]) for line in lines)
    assert all(title.split()[0] in shown for title in titles)  # wrapped, not lost


# -- hand edits -----------------------------------------------------------------------------------
HAND_WRITTEN = """\
# Cards pinned by hand at the registration desk.
events:
  - title: Pallets meetup   # written by Ana
    day: 2025-05-17
    start: "14:00"
    end: "15:00"
    room: Room 315
    host: Ana

  # Moved here from Friday.
  - title: Django girls alumni
    day: 2025-05-18
    start: 11:00
    duration: 45
    room: Room 318
"""


def test_hand_edits_stay_valid_and_keep_their_comments(data):
    board_path(data).write_text(HAND_WRITTEN, encoding="utf-8")
    board = Board(data, NAME, load_conference(data, NAME))
    hand = board.cards()
    assert [c.title for c in hand] == ["Pallets meetup", "Django girls alumni"]
    card = board.add("Lektor", "Room 308", at(18, 15), at(18, 16))
    text = board_path(data).read_text(encoding="utf-8")
    assert text.startswith(HAND_WRITTEN)  # nothing of the hand edit is rewritten
    board.remove(hand[0].id)
    text = board_path(data).read_text(encoding="utf-8")
    assert "Pallets meetup" not in text and "# Moved here from Friday." in text
    assert [c.title for c in Board(data, NAME).cards()] == ["Django girls alumni", "Lektor"]
    assert card.id in {e.id for e in load_conference(data, NAME).events}


def test_first_card_keeps_the_shipped_comments(data):
    shipped = board_path(data).read_text(encoding="utf-8")
    comments = shipped[: shipped.index("events:")]
    assert comments.strip() and not Board(data, NAME).cards()
    card = Board(data, NAME).add("Lektor", "Room 308", at(18, 15), at(18, 16))
    text = board_path(data).read_text(encoding="utf-8")
    assert text.startswith(comments)
    assert [c.id for c in Board(data, NAME).cards()] == [card.id]
    Board(data, NAME).remove(card.id)
    assert Board(data, NAME).cards() == [] and board_path(data).read_text(encoding="utf-8").startswith(comments)


def test_edit_text_falls_back_for_flow_style_with_cards():
    assert edit_board_text("events: [{title: x}]\n", [], "append", None) is None


def test_broken_hand_edit_is_reported_and_nothing_is_written(data, capsys):
    broken = HAND_WRITTEN.replace('start: "14:00"', 'start: "25:00"')
    board_path(data).write_text(broken, encoding="utf-8")
    assert run(data, "board", "add", "Lektor", "--room", "308", "--at", "saturday 3pm") == 2
    err = capsys.readouterr().err.strip()
    assert err == f"{board_path(data)}:5: bad start time '25:00': hours go 00-23, minutes 00-59"
    assert board_path(data).read_text(encoding="utf-8") == broken
    with pytest.raises(DataError):
        Board(data, NAME).add("Lektor", "Room 308", at(17, 15), at(17, 16))
    assert board_path(data).read_text(encoding="utf-8") == broken


# -- a running Booth ------------------------------------------------------------------------------
def test_running_store_sees_changes_and_survives_a_broken_edit(data):
    store = ScheduleStore(data, NAME)
    before = store.current()
    board = Board(data, NAME, before)
    card = board.add("Lektor", "Room 308", at(18, 15), at(18, 16))
    after = store.current()
    assert after is not before and card.id in {e.id for e in after.events}
    board_path(data).write_text("events:\n  - title: [broken\n", encoding="utf-8")
    assert store.current() is after  # keeps serving the last good board
    assert store.last_error is not None and str(board_path(data)) in str(store.last_error)
    board_path(data).write_text(HAND_WRITTEN, encoding="utf-8")
    fixed = store.current()
    assert {"Pallets meetup", "Django girls alumni"} <= {e.title for e in fixed.events}
    assert card.id not in {e.id for e in fixed.events}


def test_running_booth_answers_about_a_card_added_after_it_started(data):
    from booth.pipeline import Booth
    from booth.settings import Settings

    booth = Booth(Settings(data_dir=data, conference=NAME, now="2025-05-17T10:00"))
    question = "what open spaces are at three fifteen on sunday"
    assert "Lektor" not in booth.ask(question).answer
    assert not any("lektor" in phrase.split() for phrase in booth.vocabulary())
    Board(data, NAME, booth.conference).add("Lektor", "Room 308", at(18, 15, 15), at(18, 16))
    reply = booth.ask(question)
    assert "Lektor" in reply.answer
    # A recognizer grammar rebuilt from it learns the word, in whole sentences.
    assert any("lektor" in phrase.split() and len(phrase.split()) > 2 for phrase in booth.vocabulary())


# -- concurrency and crashes (real processes) ------------------------------------------------------
WORKER = textwrap.dedent("""
    import sys, time
    from datetime import datetime, timedelta
    from pathlib import Path
    from zoneinfo import ZoneInfo
    sys.path.insert(0, sys.argv[1])
    from booth.schedule.board import Board
    data, worker, count = Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    board = Board(data, "pycon-us-2025")
    first = datetime(2025, 5, 16, 0, 0, tzinfo=ZoneInfo("America/New_York"))
    print(time.monotonic(), flush=True)
    for n in range(count):
        start = first + timedelta(minutes=30 * n)
        card = board.add(f"w{worker} card {n}", f"Worker room {worker}", start, start + timedelta(minutes=30))
        print(card.id, flush=True)
    print(time.monotonic(), flush=True)
""")


def test_two_processes_adding_at_once_lose_no_card(data):
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(ROOT), str(data), str(w), "200"],
                              stdout=subprocess.PIPE, text=True) for w in (1, 2)]
    outputs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    # Each worker printed its CLOCK_MONOTONIC (system-wide) before the first and after the last add.
    windows = [(float(out.pop(0)), float(out.pop())) for out in outputs]
    cards = Board(data, NAME).cards()  # parses: the file is valid
    assert len(cards) == 400
    assert sorted(c.id for c in cards) == sorted(outputs[0] + outputs[1])
    assert len({c.id for c in cards}) == 400
    for worker in (1, 2):
        assert {c.title for c in cards if c.room == f"Worker room {worker}"} == {
            f"w{worker} card {n}" for n in range(200)}
    assert list(data.joinpath(NAME).glob(".open-spaces.yaml.*.tmp")) == []
    (start1, end1), (start2, end2) = windows
    assert start1 < end2 and start2 < end1, "the two writers never ran at the same time"


SLOW_REPLACE = textwrap.dedent("""
    import os, sys, time
    from datetime import datetime
    from pathlib import Path
    from zoneinfo import ZoneInfo
    sys.path.insert(0, sys.argv[1])
    real_replace = os.replace
    def slow_replace(src, dst):
        # The temp file is written and fsynced; say so, then wait to be killed before the rename.
        Path(sys.argv[3]).write_text(str(src))
        time.sleep(30)
        real_replace(src, dst)
    os.replace = slow_replace
    from booth.schedule.board import Board
    tz = ZoneInfo("America/New_York")
    Board(Path(sys.argv[2]), "pycon-us-2025").add("Doomed", "Room 999", datetime(2025, 5, 18, 9, 0, tzinfo=tz),
                                                    datetime(2025, 5, 18, 10, 0, tzinfo=tz))
""")


def test_writer_killed_between_temp_write_and_rename_leaves_the_old_board(data, tmp_path):
    board = Board(data, NAME)
    board.add("Survivor", "Room 308", at(17, 15), at(17, 16))
    before = board_path(data).read_bytes()
    marker = tmp_path / "in-window"
    child = subprocess.Popen([sys.executable, "-c", SLOW_REPLACE, str(ROOT), str(data), str(marker)])
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    assert marker.exists(), "the child never reached the rename"
    tmp_file = Path(marker.read_text())
    assert tmp_file.exists() and b"Doomed" in tmp_file.read_bytes()  # the half-done write is real
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert board_path(data).read_bytes() == before
    assert [c.title for c in Board(data, NAME).cards()] == ["Survivor"]
    board.add("Next", "Room 308", at(17, 16), at(17, 17))  # the lock was released by the kill
    assert not tmp_file.exists()  # the stale temp file is cleared under the lock
    assert [c.title for c in Board(data, NAME).cards()] == ["Survivor", "Next"]


def test_writers_killed_at_random_points_never_corrupt_the_board(data):
    import random

    rng = random.Random(20250517)
    confirmed: list[str] = []
    for round_number in range(8):
        child = subprocess.Popen([sys.executable, "-c", WORKER, str(ROOT), str(data), str(round_number), "1000"],
                                 stdout=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.4, 1.0))
        os.kill(child.pid, signal.SIGKILL)
        printed = child.communicate(timeout=10)[0].split()
        confirmed += [word for word in printed if word.startswith("os-")]  # card ids, not timestamps
        ids = {c.id for c in Board(data, NAME).cards()}  # parses every time
        assert set(confirmed) <= ids
        assert len(ids) <= len(confirmed) + round_number + 1  # at most one unconfirmed per kill
    assert confirmed  # the kills really landed during work


def test_conference_without_a_board_entry_is_refused_not_lost(data, capsys):
    meta = data / NAME / "conference.yaml"
    board_before = board_path(data).read_bytes()
    meta.write_text(meta.read_text(encoding="utf-8").replace("board: open-spaces.yaml\n", ""), encoding="utf-8")
    assert run(data, "board", "add", "Lektor", "--room", "308", "--at", "sunday 3pm") == 2
    assert capsys.readouterr().err.strip() == (
        f"{meta}: no 'board:' entry, so Booth would not read any card; add the line 'board: open-spaces.yaml'")
    assert board_path(data).read_bytes() == board_before
