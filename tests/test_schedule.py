"""The shipped conferences load from their real files, and a running store follows edits."""

from __future__ import annotations

import logging
import os
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from booth.errors import ConfigError
from booth.schedule.booth_yaml import read_schedule_yaml, write_schedule_yaml
from booth.schedule.model import KINDS
from booth.schedule.sources.pycon import plain_text, plain_title
from booth.schedule.store import ScheduleStore, list_conferences, load_conference

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def c2025():
    return load_conference(DATA, "pycon-us-2025")


@pytest.fixture(scope="module")
def c2017():
    return load_conference(DATA, "pycon-us-2017")


def at(conference, text):
    return datetime.fromisoformat(text).replace(tzinfo=conference.timezone)


def test_list_newest_first_and_default_is_newest():
    assert list_conferences(DATA) == ["pycon-us-2025", "pycon-us-2017"]
    assert load_conference(DATA, None).name == "pycon-us-2025"


def test_unknown_conference_lists_known_ones():
    with pytest.raises(ConfigError) as error:
        load_conference(DATA, "pycon-us-2099")
    assert str(error.value) == "unknown conference 'pycon-us-2099'; known: pycon-us-2025, pycon-us-2017"


def test_timezones_and_all_times_aware(c2025, c2017):
    assert str(c2025.timezone) == "America/New_York"
    assert str(c2017.timezone) == "America/Los_Angeles"
    for conference in (c2025, c2017):
        for event in conference.events:
            assert event.kind in KINDS, event
            assert event.title and event.title == event.title.strip()
            if event.start is not None:
                assert event.start.tzinfo is not None and event.end.tzinfo is not None
                assert event.start.utcoffset() == event.start.astimezone(conference.timezone).utcoffset()
                assert event.end >= event.start
            else:
                assert event.kind == "poster"
        assert len({e.id for e in conference.events}) == len(conference.events)


def test_2025_open_spaces(c2025):
    spaces = [e for e in c2025.events if e.kind == "open-space"]
    assert len(spaces) == 146  # every record of the export's open-spaces list
    assert c2025.has_open_spaces_data
    at_three = {e.title: e.room for e in spaces if e.start == at(c2025, "2025-05-17T15:00")}
    assert at_three["Songs for Europe"] == "Room 321"
    assert at_three["DuckDB <3 Python"] == "Room 316"  # "<3" is not an HTML tag
    assert len(at_three) == 6
    rooms = {e.room for e in spaces}
    assert "Elsewhere" not in rooms  # the useful room_display is used instead
    assert "PSF Couch" in rooms and "Phipps Conservatory" in rooms


def test_2025_duplicates_answered_once(c2025):
    receptions = [e for e in c2025.events if e.title == "Opening Reception"]
    assert len(receptions) == 1 and receptions[0].kind == "event"
    sunday_ten_hall_a = {(e.title, e.kind) for e in c2025.events
                         if e.start == at(c2025, "2025-05-18T10:00") and e.room == "Hall A" and "-" not in e.id[6:]}
    assert ("Job Fair and Community Showcase", "event") in sunday_ten_hall_a  # Markdown link reduced to its text
    assert ("Posters Session", "poster") in sunday_ten_hall_a
    assert not any(title.startswith("Job Fair and Poster") for title, _kind in sunday_ten_hall_a)


def test_2025_kinds_titles_and_cancelled(c2025):
    by_title = {}
    for event in c2025.events:
        by_title.setdefault(event.title, []).append(event)
    assert not any("cancel" in e.title.lower() or "<" in e.title.replace("<3", "") or "](" in e.title
                   for e in c2025.events)
    assert {e.kind for e in by_title["Breakfast"]} == {"meal"}
    assert {e.kind for e in by_title["Lunch"]} == {"meal"}
    assert {e.kind for e in by_title["Break"]} == {"break"}
    assert {e.kind for e in by_title["Registration / Information Desks Open"]} == {"info"}
    assert {e.kind for e in by_title["Welcome"]} == {"event"}
    lightning = by_title["Lightning Talks"]
    assert len(lightning) == 4 and lightning[0].speakers == ("Abigail", "Chris", "Cristián", "Lorena")
    multi_room = by_title["Break"][0].room
    assert multi_room.startswith("Hall C, Ballroom A")
    kinds = {e.kind for e in c2025.events}
    assert {"talk", "tutorial", "charla", "sponsor-workshop", "summit", "poster", "keynote"} <= kinds


def test_2025_keynotes_have_speakers(c2025):
    keynotes = {e.title: e.speakers for e in c2025.events if e.kind == "keynote"}
    assert keynotes["Keynote - Cory Doctorow"] == ("Cory Doctorow",)
    assert keynotes["Keynote - Lynn Root"] == ("Lynn Root",)
    assert keynotes["Keynote - Dr. Kari L. Jordan"] == ("Dr. Kari L. Jordan",)
    assert len(keynotes) == 4


def test_2025_descriptions_are_plain_text(c2025):
    for event in c2025.events:
        assert "<p>" not in event.description and "&amp;" not in event.description and "](" not in event.description
    talk = next(e for e in c2025.events if e.title == "Finding 2.0")
    assert talk.speakers == ("Marc Gibbons",) and talk.kind == "talk" and talk.room == "Ballroom A"
    assert talk.description.startswith("In the world of library development")


def test_2025_posters_listed_individually(c2025):
    posters = [e for e in c2025.events if e.kind == "poster" and e.id.startswith("pycon-154-")]
    assert len(posters) == 19
    assert all(p.start == at(c2025, "2025-05-18T10:00") and p.room == "Hall A" for p in posters)
    assert any(p.speakers == ("Laura Walter", "Alexander Wang") for p in posters)


def test_2025_sponsors(c2025):
    sponsors = {s.name: s for s in c2025.sponsors}
    assert sponsors["Microsoft"].booth == "301" and sponsors["Microsoft"].level == "Sustainability"
    assert sponsors["Google"].booth is None
    assert sponsors["Meta"].booth == "501"


def test_2025_days(c2025):
    assert c2025.days.main == (date(2025, 5, 16), date(2025, 5, 17), date(2025, 5, 18))
    assert c2025.days.sprints[0] == date(2025, 5, 19) and c2025.days.sprints[-1] == date(2025, 5, 22)
    assert c2025.title == "PyCon US 2025"


def test_2017(c2017):
    assert not c2017.has_open_spaces_data
    assert not [e for e in c2017.events if e.kind == "open-space"]
    keynotes = {e.title: e.speakers for e in c2017.events if e.kind == "keynote"}
    assert keynotes["Keynote: Jake Vanderplas"] == ("Jake Vanderplas",)
    assert keynotes["Keynote: Lisa Guo & Hui Ding"] == ("Lisa Guo", "Hui Ding")
    assert set(keynotes) >= {"Keynote: Katy Huff", "Keynote: Kelsey Hightower"}
    kinds = {}
    for event in c2017.events:
        kinds.setdefault(event.kind, []).append(event)
    assert len(kinds["talk"]) == 95 and len(kinds["tutorial"]) == 36 and len(kinds["poster"]) == 33
    assert all(p.start is None for p in kinds["poster"])
    titles = {e.title: e.kind for e in c2017.events}
    assert titles["PyLadies Charity Auction"] == "event"
    assert titles["Registration desk open"] == "info"
    assert titles["Lunch"] == "meal" and titles["Breakfast"] == "meal"


def test_2017_single_lightning_talks_sit_in_their_block(c2017):
    talk = next(e for e in c2017.events if e.title == "Time Zone Tools")
    assert talk.kind == "lightning-talks" and talk.speakers == ("Paul Ganssle",)
    assert talk.start == at(c2017, "2017-05-21T08:30") and talk.end == at(c2017, "2017-05-21T09:00")


def test_2017_sprints(c2017):
    assert c2017.days.sprints == tuple(date(2017, 5, d) for d in (22, 23, 24, 25))
    sprints = [e for e in c2017.events if e.kind == "sprint"]
    assert sorted(e.start.date() for e in sprints) == list(c2017.days.sprints)


def test_plain_text():
    assert plain_text("<p>A &amp; B</p>\n<p>See [the docs](https://x.org/a_(b)).</p>") == "A & B\n\nSee the docs."
    assert plain_title("[Job Fair](https://us.pycon.org/2025/events/job-fair/)") == "Job Fair"
    assert plain_title("[Outing, see description] Ice Cream sprint") == "[Outing, see description] Ice Cream sprint"


def test_yaml_round_trip(tmp_path, c2025):
    events = [e for e in c2025.events if e.kind in ("open-space", "keynote", "break")][:40]
    path = tmp_path / "schedule.yaml"
    write_schedule_yaml(path, events, header_comment="made by a test\nsecond line")
    text = path.read_text()
    assert text.startswith("# made by a test\n# second line\nevents:\n")
    assert 'start: "' in text
    back = read_schedule_yaml(path, c2025.timezone)
    fields = lambda e: (e.id, e.kind, e.title, e.start, e.end, e.room, e.speakers, e.description, e.url)
    assert [fields(e) for e in back] == [fields(e) for e in events]
    assert not [p for p in tmp_path.iterdir() if p.name != "schedule.yaml"]  # no temp file left


def test_yaml_accepts_unquoted_time_host_and_duration(tmp_path, c2025):
    path = tmp_path / "open-spaces.yaml"
    path.write_text("events:\n  - title: Lektor\n    day: 2025-05-17\n    start: 15:00\n    duration: 90\n"
                    "    room: Room 308\n    host: Armin Ronacher\n  - title: Notice\n    kind: info\n"
                    "    day: 2025-05-17\n    start: '9:05'\n")
    lektor, notice = read_schedule_yaml(path, c2025.timezone, default_kind="open-space")
    assert lektor.kind == "open-space" and lektor.speakers == ("Armin Ronacher",)
    assert lektor.start == at(c2025, "2025-05-17T15:00") and lektor.end == at(c2025, "2025-05-17T16:30")
    assert lektor.source == f"{path}:2" and lektor.id == "open-spaces-20250517-1500-lektor"
    assert notice.start == notice.end == at(c2025, "2025-05-17T09:05")


def _copy_2025(tmp_path) -> Path:
    folder = tmp_path / "pycon-us-2025"
    shutil.copytree(DATA / "pycon-us-2025", folder)
    return folder


def _bump(path: Path):
    # Some filesystems keep whole-second mtimes; move it so the change is visible for sure.
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_store_reloads_board_and_keeps_last_good(tmp_path, caplog):
    folder = _copy_2025(tmp_path)
    store = ScheduleStore(tmp_path, None)
    first = store.current()
    assert store.current() is first  # nothing changed: the same object, no reload
    board = folder / "open-spaces.yaml"
    board.write_text("events:\n  - title: Booth demo\n    day: 2025-05-17\n    start: \"15:00\"\n    end: \"16:00\"\n"
                     "    room: Booth 12\n")
    _bump(board)
    second = store.current()
    assert second is not first
    assert [e.room for e in second.events if e.title == "Booth demo"] == ["Booth 12"]
    assert len(second.events) == len(first.events) + 1

    # One broken card: the rest of the board is served, the card is named in the log and on the store.
    board.write_text("events:\n  - title: Booth demo\n    day: 2025-05-17\n    start: \"25:00\"\n"
                     "  - title: Still here\n    day: 2025-05-17\n    start: \"16:00\"\n    room: Booth 12\n")
    _bump(board)
    with caplog.at_level(logging.WARNING, logger="booth.schedule.store"):
        third = store.current()
        again = store.current()
    assert again is third and "Still here" in {e.title for e in third.events}
    assert "Booth demo" not in {e.title for e in third.events}
    problem = f"{board}:4: bad start time '25:00': hours go 00-23, minutes 00-59"
    assert store.problems == (problem,) and store.last_error is None
    assert [r.getMessage() for r in caplog.records] == [f"{problem} (skipped; the rest of pycon-us-2025 is served)"]

    # A board that is not YAML at all: the last good schedule keeps being served.
    board.write_text("events:\n  - title: [broken\n")
    _bump(board)
    assert store.current() is third
    assert str(store.last_error).startswith(f"{board}:3: invalid YAML")

    board.write_text("events: []\n")
    _bump(board)
    fourth = store.current()
    assert len(fourth.events) == len(first.events) and store.last_error is None


def test_store_sees_a_board_that_did_not_exist(tmp_path):
    folder = _copy_2025(tmp_path)
    (folder / "open-spaces.yaml").unlink()
    store = ScheduleStore(tmp_path, "pycon-us-2025")
    before = len(store.current().events)
    (folder / "open-spaces.yaml").write_text("events:\n  - title: New one\n    day: 2025-05-18\n    start: \"11:00\"\n")
    assert len(store.current().events) == before + 1


def test_store_check_interval_limits_stat_calls(tmp_path):
    folder = _copy_2025(tmp_path)
    store = ScheduleStore(tmp_path, None, check_interval=3600)
    first = store.current()
    (folder / "open-spaces.yaml").write_text("events:\n  - title: Later\n    day: 2025-05-18\n    start: \"11:00\"\n")
    assert store.current() is first  # not looked at again within the interval


def test_store_follows_conference_yaml_edits(tmp_path):
    folder = _copy_2025(tmp_path)
    store = ScheduleStore(tmp_path, None)
    meta = folder / "conference.yaml"
    meta.write_text(meta.read_text().replace("title: PyCon US 2025", "title: PyCon US 2025 (edited)"))
    _bump(meta)
    assert store.current().title == "PyCon US 2025 (edited)"


def test_store_starts_without_a_broken_card_and_names_it(tmp_path, caplog):
    folder = _copy_2025(tmp_path)
    (folder / "open-spaces.yaml").write_text("events:\n  - day: 2025-05-18\n")
    store = ScheduleStore(tmp_path, None)  # a broken card never stops the start: it is named
    assert store.problems == (f"{folder / 'open-spaces.yaml'}:2: missing title",)
    assert store.current().events
