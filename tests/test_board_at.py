"""`booth board add --at`: every form parses to what a person means or is refused with the reason;
a card in the past or outside the conference needs --force. The real 2025 schedule and clock."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from booth.cli import main
from booth.cli.board import resolve_at
from booth.errors import ConfigError
from booth.schedule.board import Board
from booth.schedule.store import load_conference
from booth.understand.timeparse import make_clock

ROOT = Path(__file__).resolve().parent.parent
NAME = "pycon-us-2025"
TZ = ZoneInfo("America/New_York")


def at(day, hour, minute=0):
    return datetime(2025, 5, day, hour, minute, tzinfo=TZ)


@pytest.fixture(scope="module")
def clock():
    return make_clock(load_conference(ROOT / "data", NAME), "2025-05-17T10:00")  # Saturday morning


@pytest.mark.parametrize("text, start, end", [
    ("2025-05-17 15:00-16:30", at(17, 15), at(17, 16, 30)),
    ("2025-05-17 15:00", at(17, 15), None),
    ("saturday 3 to 4", at(17, 15), at(17, 16)),
    ("saturday 3pm-4:30pm", at(17, 15), at(17, 16, 30)),
    ("saturday 3-4:30pm", at(17, 15), at(17, 16, 30)),
    ("sunday 11-1pm", at(18, 11), at(18, 13)),
    ("15:00-16:30", at(17, 15), at(17, 16, 30)),
    ("sunday 10am - 11.30am", at(18, 10), at(18, 11, 30)),
    ("saturday 3pm", at(17, 15), None),
    ("saturday at 3 p.m.", at(17, 15), None),
    ("3pm sunday", at(18, 15), None),
    ("3:30pm on sunday", at(18, 15, 30), None),
    ("may 18 10:15", at(18, 10, 15), None),
    ("18 May 2pm-3pm", at(18, 14), at(18, 15)),
    ("saturday 3:30", at(17, 15, 30), None),  # bare hours 1-7 are p.m., as in questions
    ("saturday 09:30", at(17, 9, 30), None),  # a leading zero is taken as written
    ("saturday three thirty", at(17, 15, 30), None),  # spoken forms go through the question resolver
    ("tomorrow 11am", at(18, 11), None),
])
def test_at_means_what_a_person_means(clock, text, start, end):
    assert resolve_at(text, clock) == (start, end)


@pytest.mark.parametrize("text, reason", [
    ("saturday 4 to 3", "not after it starts"),
    ("saturday 3pm-2pm", "not after it starts"),
    ("saturday 13pm", "with am/pm the hour goes 1-12"),
    ("saturday 25:00", "hours go 0-23"),
    ("saturday 3:75", "minutes go 00-59"),
    ("someday 3pm", "'someday' is not a day Booth understands"),
    ("saturday", "names a day but no time"),
    ("saturday afternoon", "a stretch of the day"),
    ("someday maybe", "not a time Booth understands"),
    ("may 32 3pm", "is not a date"),
])
def test_at_refuses_with_the_reason(clock, text, reason):
    with pytest.raises(ConfigError, match=reason):
        resolve_at(text, clock)


@pytest.fixture
def data(tmp_path):
    shutil.copytree(ROOT / "data" / NAME, tmp_path / NAME)
    return tmp_path


def run(data, *argv):
    return main([*argv, "--data", str(data), "--conference", NAME, "--now", "2025-05-17T10:00"])


def test_past_and_outside_the_conference_need_force(data, capsys):
    assert run(data, "board", "add", "Yesterday", "--room", "Room 999", "--at", "friday 3pm") == 2
    assert "is in the past (it is Sat 17 May 10:00); use --force" in capsys.readouterr().err
    assert run(data, "board", "add", "June", "--room", "Room 999", "--at", "2025-06-01 10:00") == 2
    assert "not a day of PyCon US 2025" in capsys.readouterr().err
    assert Board(data, NAME).cards() == []
    assert run(data, "board", "add", "Yesterday", "--room", "Room 999", "--at", "friday 3pm", "--force") == 0
    assert [(c.title, c.start) for c in Board(data, NAME).cards()] == [("Yesterday", at(16, 15))]


def test_range_and_duration_together_are_refused(data, capsys):
    assert run(data, "board", "add", "Both", "--room", "Room 999", "--at", "sunday 3 to 4", "--duration", "30") == 2
    assert "already says when it ends" in capsys.readouterr().err


def test_the_issue_examples_pin_the_right_card(data):
    assert run(data, "board", "add", "Ranged", "--room", "Room 999", "--at", "2025-05-17 15:00-16:30") == 0
    (card,) = Board(data, NAME).cards()
    assert (card.start, card.end) == (at(17, 15), at(17, 16, 30))


# -- published open spaces: moved or hidden by the board, the export untouched ----------------------
def test_published_open_space_is_hidden_and_moved_by_the_board(data, capsys):
    conference = load_conference(data, NAME)
    export = (data / NAME / "conference.json").read_bytes()
    upcoming = [e for e in conference.events if e.kind == "open-space" and e.start >= at(17, 12)]
    gone, moving = upcoming[0], upcoming[1]
    assert run(data, "board", "remove", gone.id) == 0
    assert run(data, "board", "move", moving.id, "--at", "sunday 3pm", "--room", "Room 999") == 0
    out = capsys.readouterr().out
    after = load_conference(data, NAME)
    ids = {e.id for e in after.events}
    assert gone.id not in ids and moving.id not in ids
    (moved,) = [e for e in after.events if e.room == "Room 999"]
    assert (moved.start, moved.room, moved.speakers) == (at(18, 15), "Room 999", moving.speakers)
    assert moved.id in out
    assert (data / NAME / "conference.json").read_bytes() == export, "the published export is never edited"
    assert Board(data, NAME).hidden() == [gone.id, moving.id]
    text = (data / NAME / "open-spaces.yaml").read_text()
    assert text.index("\nhidden:") < text.index("\nevents:")
    # Board edits after the override keep it: a new card, then the moved one moved again.
    assert run(data, "board", "add", "Later", "--room", "Room 998", "--at", "sunday 4pm") == 0
    assert run(data, "board", "move", moved.id, "--at", "sunday 5pm") == 0
    final = load_conference(data, NAME)
    assert gone.id not in {e.id for e in final.events}
    assert {e.title: e.start for e in final.events if e.room in ("Room 998", "Room 999")} == {
        "Later": at(18, 16), moving.title: at(18, 17)}
