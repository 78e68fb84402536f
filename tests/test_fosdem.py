"""FOSDEM 2026 after `booth import` (issue 12's done-when): talks at a time, a devroom's schedule, a
room at a time and a speaker's talk. Every expectation is read from the published schedule.xml
itself, not written down by hand."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from booth.answer.spoken import number_words
from booth.cli import main
from booth.pipeline import Booth
from booth.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FOSDEM = ROOT.parent / "shared" / "data" / "formats" / "frab-xml" / "fosdem-2026_schedule.xml"
NOW = "2026-01-31T10:00"

pytestmark = pytest.mark.skipif(not FOSDEM.is_file(), reason="needs ../shared/data/formats/frab-xml")


def _events() -> list[dict]:
    out = []
    for day in ET.parse(FOSDEM).getroot().iter("day"):
        for room in day.iter("room"):
            for event in room.iter("event"):
                start = datetime.fromisoformat(event.findtext("date"))
                hours, minutes = (int(x) for x in event.findtext("duration").split(":")[:2])
                out.append({"title": event.findtext("title").strip(), "room": room.get("name"),
                            "track": (event.findtext("track") or "").strip(), "type": event.findtext("type"),
                            "start": start, "end": start + timedelta(hours=hours, minutes=minutes),
                            "persons": [p.text.strip() for p in event.iter("person")]})
    return out


EVENTS = _events() if FOSDEM.is_file() else []


@pytest.fixture(scope="module")
def booth(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(ROOT / "data", data, dirs_exist_ok=True)
    assert main(["import", str(FOSDEM), "--conference", "fosdem-2026", "--data", str(data)]) == 0
    return Booth(Settings(data_dir=data, conference="fosdem-2026", now=NOW))


def test_talks_at_a_time(booth):
    """Devroom and main-track events are talks: "what talks are at ten thirty on saturday"."""
    at = datetime.fromisoformat("2026-01-31T10:30:00+01:00")
    # "At ten thirty" is what starts in that quarter hour (README: times), among talk-typed events.
    starting = {e["title"] for e in EVENTS if at <= e["start"] < at + timedelta(minutes=15)
                and e["type"] in ("devroom", "maintrack")}
    reply = booth.ask("what talks are at ten thirty on saturday")
    assert reply.intent == "events_at_time" and reply.slots["kind"] == "talk"
    assert starting and starting <= {e.title for e in reply.events}
    assert f"{number_words(len(starting))} talks" in reply.answer.lower()  # counted aloud, listed on screen


def test_devroom_schedule(booth):
    """ "what's on in the rust devroom": the Rust track's next day, in its room, and "where is" it."""
    rust = [e for e in EVENTS if e["track"] == "Rust"]
    room = Counter(e["room"] for e in rust).most_common(1)[0][0]
    first_day = min(e["start"] for e in rust if e["end"] > datetime.fromisoformat(NOW + "+01:00")).date()
    expected = {e["title"] for e in rust if e["start"].date() == first_day}
    for question in ("what's on in the rust devroom", "where is the rust devroom"):
        reply = booth.ask(question)
        assert reply.intent == "room_schedule" and reply.slots["track"] == "Rust", question
        assert {e.title for e in reply.events} == expected
        assert room in reply.answer


def test_devroom_as_a_filter(booth):
    """A track narrows any question: talks in the Rust devroom at eleven on Sunday."""
    at = datetime.fromisoformat("2026-02-01T11:00:00+01:00")
    expected = {e["title"] for e in EVENTS if e["track"] == "Rust" and e["start"] <= at < e["end"]}
    reply = booth.ask("what talks are in the rust devroom at eleven on sunday")
    assert expected and {e.title for e in reply.events} == expected


def test_room_at_a_time(booth):
    """Rooms are codes: "k one oh five" is K.1.105 (La Fontaine); "lameere" is UB2.252A (Lameere)."""
    for question, name, at in (("what is in room k one oh five at eleven", "K.1.105 (La Fontaine)", "2026-01-31T11:00"),
                               ("what is in lameere at eleven on sunday", "UB2.252A (Lameere)", "2026-02-01T11:00")):
        moment = datetime.fromisoformat(at + ":00+01:00")
        expected = {e["title"] for e in EVENTS if e["room"] == name and e["start"] <= moment < e["end"]}
        reply = booth.ask(question)
        assert reply.intent == "room_schedule" and reply.slots["room"] == name, question
        assert expected and expected <= {e.title for e in reply.events}, question


def test_a_speakers_talk(booth):
    """The first speaker (by name) with exactly one talk and a two-word name: when do they speak."""
    talks = Counter(p for e in EVENTS for p in e["persons"])
    name = next(p for p in sorted(talks) if talks[p] == 1 and len(p.split()) == 2 and p.isascii()
                and sum(p.split()[1] in q.split() for q in talks) == 1)
    event = next(e for e in EVENTS if name in e["persons"])
    reply = booth.ask(f"when does {name.lower()} speak")
    assert reply.intent == "find_speaker"
    assert [e.title for e in reply.events] == [event["title"]]


def test_every_title_speaker_and_room_can_be_heard(booth):
    """The large-conference case has words of its own the model lacks (1,183 of them), among them
    possessives of such words ("OpenMP's", said "open m p's"): every name must still be sayable."""
    from booth.voice.coverage import coverage
    from booth.voice.vocabulary import model_vocabulary, spoken_forms
    from tests.audio_tools import need_model

    vocabulary = model_vocabulary(need_model())
    result = coverage(booth, vocabulary)
    for share in result.shares:
        assert share.missing == (), (share.what, share.missing[:5])
    form = result.forms["openmp's"]
    assert form.endswith("'s") and all(w in vocabulary for w in form.split())
    assert spoken_forms(vocabulary, ["openmp's"]).restore(f"when is {form} interop") == "when is openmp's interop"
