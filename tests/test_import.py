"""`booth import` on the real published samples: every count is checked against the sample
itself, parsed independently here with the plain standard-library parsers."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from booth.cli import main
from booth.errors import ConfigError
from booth.schedule.importer import import_schedule
from booth.schedule.store import list_conferences, load_conference

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
FORMATS = SHARED / "formats"
XML_31C3 = FORMATS / "frab-xml" / "example_31c3_schedule.xml"
CAMP = FORMATS / "frab-json" / "example_frab-camp2019.json"
RC3 = FORMATS / "frab-json" / "example_pretalx-rc3.json"
ICS_DIR = FORMATS / "icalendar"
PYCON_JSON = SHARED / "pycon-us-2025" / "conference.json"
HOSTILE = Path(__file__).resolve().parent / "hostile"

pytestmark = pytest.mark.skipif(not FORMATS.is_dir(), reason="needs ../shared/data/formats")


def run(*argv: str) -> int:
    return main(list(argv))


def folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def key(title: str, start: datetime, room: str | None) -> tuple:
    return (" ".join(title.split()), start.astimezone(ZoneInfo("UTC")), room or None)


# -- frab XML -------------------------------------------------------------------------------------
def frab_xml_expected(path: Path):
    root = ET.parse(path).getroot()  # the trusted sample; the product parses with defusedxml
    events = list(root.iter("event"))
    keys = {key(e.findtext("title"), datetime.fromisoformat(e.findtext("date")), e.findtext("room"))
            for e in events}
    return events, keys, Counter(e.findtext("type") for e in events), [d.get("date") for d in root.iter("day")]


def test_frab_xml_31c3_imports_every_event(tmp_path, capsys):
    events, keys, types, day_dates = frab_xml_expected(XML_31C3)
    assert run("import", str(XML_31C3), "--conference", "31c3", "--data", str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert f": {len(events)} events" in out
    assert f"took {len(events)}:" in out and "skipped 0" in out
    conference = load_conference(tmp_path, "31c3")
    assert len(conference.events) == len(events)
    assert {key(e.title, e.start, e.room) for e in conference.events} == keys
    kinds = Counter(e.kind for e in conference.events)
    # Talk-typed entries titled as another kind ("Lightning Talks Day 2", "31C3 Keynote") take that kind.
    titled = {e.title: e.kind for e in conference.events}
    assert titled["Lightning Talks Day 2"] == "lightning-talks" and titled["31C3 Keynote"] == "keynote"
    assert kinds["talk"] + kinds["lightning-talks"] + kinds["keynote"] == types["lecture"] + types["podium"]
    assert kinds["event"] == types["other"]
    assert [d.isoformat() for d in conference.days.main] == day_dates
    assert conference.title == ET.parse(XML_31C3).getroot().findtext("conference/title")
    # The file names no zone, only +01:00: times stay exactly what the file says.
    assert conference.timezone.key == "Etc/GMT-1"
    assert "31c3" in list_conferences(tmp_path)


def test_timezone_option_overrides(tmp_path):
    report = import_schedule(XML_31C3, tmp_path, "31c3", timezone="Europe/Berlin")
    assert report.timezone == "Europe/Berlin"
    conference = load_conference(tmp_path, "31c3")
    assert conference.timezone.key == "Europe/Berlin"
    first = min(conference.events, key=lambda e: e.start)
    assert (first.start.hour, first.start.minute) == (11, 0)


def test_bad_timezone_option_is_one_line_exit_2(tmp_path, capsys):
    assert run("import", str(XML_31C3), "--conference", "31c3", "--data", str(tmp_path),
               "--timezone", "Mars/Olympus") == 2
    err = capsys.readouterr().err.strip()
    assert "Mars/Olympus" in err and "\n" not in err
    assert not (tmp_path / "31c3").exists()


# -- frab / pretalx JSON ----------------------------------------------------------------------------
def frab_json_expected(path: Path):
    document = json.loads(path.read_text(encoding="utf-8"))
    conference = document["schedule"]["conference"]
    events = [e for day in conference["days"] for room in day["rooms"].values() for e in room]
    keys = {key(e["title"], datetime.fromisoformat(e["date"]), e["room"]) for e in events}
    return conference, events, keys


@pytest.mark.parametrize("path, name", [(CAMP, "camp2019"), (RC3, "rc3")])
def test_frab_and_pretalx_json_import_every_event(tmp_path, path, name):
    conference_json, events, keys = frab_json_expected(path)
    report = import_schedule(path, tmp_path, name)
    assert report.total == len(events)
    assert sum(report.sources[0].skipped.values()) == 0
    conference = load_conference(tmp_path, name)
    assert len(conference.events) == len(events)
    assert {key(e.title, e.start, e.room) for e in conference.events} == keys
    assert conference.title == conference_json["title"]
    if conference_json.get("time_zone_name"):
        assert conference.timezone.key == conference_json["time_zone_name"]
    types = Counter(e["type"] for e in events)
    workshops = sum(n for t, n in types.items() if "workshop" in t.lower())
    assert Counter(e.kind for e in conference.events)["tutorial"] == workshops
    speakers = {" ".join(p["public_name"].split()) for e in events for p in e["persons"]}
    assert speakers == {s for e in conference.events for s in e.speakers}


# -- iCalendar ------------------------------------------------------------------------------------
def ics_expected(path: Path):
    text = path.read_text(encoding="utf-8")
    blocks = re.findall(r"BEGIN:VEVENT\r?\n(.*?)END:VEVENT", text, re.S)
    out = []
    for block in blocks:
        fields = dict(re.findall(r"^([A-Z-]+)[^:\n]*:(.*)$", block, re.M))
        title = re.sub(r"^\[[^\]]+\]\s*", "", fields["SUMMARY"].strip())
        start = datetime.strptime(fields["DTSTART"].strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=ZoneInfo("UTC"))
        out.append((title.replace("\\,", ","), start, fields["LOCATION"].strip().replace("\\,", ",")))
    return out


def test_ical_folder_imports_both_calendars(tmp_path):
    files = sorted(ICS_DIR.glob("*.ics"))
    expected = [entry for path in files for entry in ics_expected(path)]
    report = import_schedule(ICS_DIR, tmp_path, "pycon-ics", title="PyCon US 2025", timezone="America/New_York")
    assert report.total == len(expected)
    conference = load_conference(tmp_path, "pycon-ics")
    assert len(conference.events) == len(expected)
    assert {key(e.title, e.start, e.room) for e in conference.events} == {key(*entry) for entry in expected}
    open_spaces = ics_expected(ICS_DIR / "pycon-us-2025_open_spaces.ics")
    assert sum(e.kind == "open-space" for e in conference.events) == len(open_spaces)
    # Tutorial days before the talks, from the kinds alone.
    assert [d.isoformat() for d in conference.days.tutorials] == ["2025-05-14", "2025-05-15"]
    assert [d.isoformat() for d in conference.days.main] == ["2025-05-16", "2025-05-17", "2025-05-18"]
    assert conference.title == "PyCon US 2025"


def test_ical_without_zone_needs_timezone_or_the_conference_it_joins(tmp_path):
    ics = ICS_DIR / "pycon-us-2025_open_spaces.ics"
    with pytest.raises(ConfigError, match="names no time zone.*give --timezone"):
        import_schedule(ics, tmp_path, "spaces")
    assert not (tmp_path / "spaces").exists()
    report = import_schedule(ics, tmp_path, "spaces", timezone="America/New_York")
    assert report.timezone == "America/New_York"
    again = import_schedule(ics, tmp_path, "spaces")  # joins the conference: takes its zone
    assert again.timezone == "America/New_York" and "existing conference.yaml" in again.timezone_how


def test_floating_ical_times_are_venue_time(tmp_path):
    ics = tmp_path / "floating.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
                   "DTSTART:20250517T150000\r\nDTEND:20250517T160000\r\nSUMMARY:Floating talk\r\nEND:VEVENT\r\n"
                   "END:VCALENDAR\r\n")
    with pytest.raises(ConfigError, match="give --timezone"):
        import_schedule(ics, tmp_path / "data", "floating")
    import_schedule(ics, tmp_path / "data", "floating", timezone="America/New_York")
    (event,) = load_conference(tmp_path / "data", "floating").events
    assert event.start.isoformat() == "2025-05-17T15:00:00-04:00"


# -- PyCon's own export ---------------------------------------------------------------------------
@pytest.mark.skipif(not PYCON_JSON.is_file(), reason="needs ../shared/data/pycon-us-2025")
def test_pycon_json_is_registered_as_is(tmp_path):
    document = json.loads(PYCON_JSON.read_text(encoding="utf-8"))
    report = import_schedule(PYCON_JSON, tmp_path, "pycon-copy", title="PyCon US 2025", timezone="America/New_York")
    copied = tmp_path / "pycon-copy" / "conference.json"
    assert copied.read_bytes() == PYCON_JSON.read_bytes()
    conference = load_conference(tmp_path, "pycon-copy")
    assert len(conference.events) == report.total
    assert sum(e.kind == "open-space" for e in conference.events) == len(document["open-spaces"])
    listed = len(document["schedule"]) + len(document["open-spaces"])
    assert report.total + sum(report.sources[0].skipped.values()) >= listed


# -- hostile and broken files -----------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(p.name for p in HOSTILE.iterdir()) if HOSTILE.is_dir() else [])
def test_hostile_or_broken_file_is_refused_and_changes_nothing(tmp_path, capsys, name):
    assert run("import", str(XML_31C3), "--conference", "31c3", "--data", str(tmp_path)) == 0
    before = folder_digest(tmp_path / "31c3")
    capsys.readouterr()
    assert run("import", str(HOSTILE / name), "--conference", "31c3", "--data", str(tmp_path)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(str(HOSTILE / name))
    assert folder_digest(tmp_path / "31c3") == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["31c3"]
    assert len(load_conference(tmp_path, "31c3").events) == len(frab_xml_expected(XML_31C3)[0])


def test_entity_attacks_are_refused_by_name(tmp_path, capsys):
    for name in ("billion_laughs.xml", "external_entity.xml"):
        assert run("import", str(HOSTILE / name), "--conference", "x", "--data", str(tmp_path)) == 2
        assert "refused" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_unknown_format_and_bad_name(tmp_path, capsys):
    assert run("import", str(FORMATS / "frab-xml" / "schedule.xml.xsd"), "--conference", "x",
               "--data", str(tmp_path)) == 2
    assert "not a frab schedule.xml" in capsys.readouterr().err
    assert run("import", str(XML_31C3), "--conference", "../escape", "--data", str(tmp_path)) == 2
    assert "--conference" in capsys.readouterr().err
    assert not (tmp_path.parent / "escape").exists()


# -- re-import ------------------------------------------------------------------------------------
def test_reimport_replaces_schedule_and_keeps_the_board(tmp_path):
    import_schedule(XML_31C3, tmp_path, "31c3")
    board = tmp_path / "31c3" / "open-spaces.yaml"
    board.write_text("events:\n  - title: Lockpicking corner\n    day: 2014-12-28\n    start: \"14:00\"\n"
                     "    duration: 60\n    room: Saal G\n    host: Sam\n", encoding="utf-8")
    report = import_schedule(XML_31C3, tmp_path, "31c3", timezone="Europe/Berlin")
    assert report.replaced and report.kept_board == 1
    conference = load_conference(tmp_path, "31c3")
    assert conference.timezone.key == "Europe/Berlin"
    assert [e.title for e in conference.events if e.kind == "open-space"] == ["Lockpicking corner"]
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".import-")]
    assert leftovers == []


def test_reimport_keeps_hand_fixed_day_labels(tmp_path):
    import_schedule(XML_31C3, tmp_path, "31c3")
    meta = tmp_path / "31c3" / "conference.yaml"
    text = meta.read_text(encoding="utf-8")
    text = text.replace("  main:\n  - 2014-12-27\n", "  tutorials:\n  - 2014-12-27\n  main:\n")
    meta.write_text(text, encoding="utf-8")
    assert load_conference(tmp_path, "31c3").days.tutorials  # the hand edit is valid
    report = import_schedule(XML_31C3, tmp_path, "31c3")
    assert [d.isoformat() for d in report.days.tutorials] == ["2014-12-27"]


def test_copy_of_sample_with_other_name_is_detected_by_content(tmp_path):
    renamed = tmp_path / "download.txt"
    shutil.copyfile(XML_31C3, renamed)
    report = import_schedule(renamed, tmp_path / "data", "renamed")
    assert report.sources[0].format == "frab-xml"


# -- done when: an imported conference answers like a shipped one ----------------------------------
def test_imported_31c3_answers_the_talks_at_eight_thirty_on_day_two(tmp_path):
    from booth.pipeline import Booth
    from booth.settings import Settings

    root = ET.parse(XML_31C3).getroot()
    second_day = [d for d in root.iter("day") if d.get("index") == "2"][0].get("date")
    expected = {e.findtext("title") for e in root.iter("event")
                if e.findtext("date") == f"{second_day}T20:30:00+01:00" and e.findtext("type") == "lecture"}
    assert len(expected) == 4
    assert run("import", str(XML_31C3), "--conference", "31c3", "--data", str(tmp_path)) == 0
    booth = Booth(Settings(data_dir=tmp_path, conference="31c3", now="2014-12-27T12:00"))
    reply = booth.ask("what talks are at eight thirty pm on the second day")
    assert reply.intent is not None
    assert {e.title for e in reply.events} == expected
    assert reply.answer.lower().startswith("four talks at eight thirty p.m.")


def test_booth_command_end_to_end_with_booth_data(tmp_path):
    """The literal commands, as a user runs them; BOOTH_DATA points at a scratch folder."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, BOOTH_DATA=str(tmp_path), PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "booth"]
    done = subprocess.run(cmd + ["import", str(XML_31C3), "--conference", "31c3"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "31c3" / "conference.yaml").is_file()
    asked = subprocess.run(cmd + ["ask", "what talks are at eight thirty pm on the second day",
                                  "--conference", "31c3", "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert asked.returncode == 0, asked.stderr
    events = json.loads(asked.stdout)["events"]
    assert sorted(e["room"] for e in events) == ["Saal 1", "Saal 2", "Saal 6", "Saal G"]
    assert {e["start"] for e in events} == {"2014-12-28T20:30:00+01:00"}
    listed = subprocess.run(cmd + ["conferences", "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert [row["name"] for row in json.loads(listed.stdout)] == ["31c3"]


def test_running_store_follows_a_reimport(tmp_path):
    from booth.schedule.store import ScheduleStore

    import_schedule(XML_31C3, tmp_path, "31c3")
    store = ScheduleStore(tmp_path, "31c3")
    assert store.current().timezone.key == "Etc/GMT-1"
    import_schedule(XML_31C3, tmp_path, "31c3", title="31C3", timezone="Europe/Berlin")
    fresh = store.current()
    assert (fresh.title, fresh.timezone.key) == ("31C3", "Europe/Berlin")
    assert len(fresh.events) == len(frab_xml_expected(XML_31C3)[0])
