"""What counts as "about" a topic, and positions, people and days in a question. A whole word or
its stem is related; a longer word that only starts the same, a word that merely holds the one
said, a sound-alike or a fuzzy guess in another kind is not, and gets an honest "no". Expectations
are read from the schedule data where they can be."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from booth.answer.conversation import Conversation
from booth.pipeline import Booth
from booth.schedule.hours import start_of

ROOT = Path(__file__).resolve().parent.parent
FOSDEM = ROOT.parent / "shared" / "data" / "formats" / "frab-xml" / "fosdem-2026_schedule.xml"


def _titles_with_word(booth: Booth, word: str) -> list[str]:
    """Titles of the events whose title or description has ``word`` as a whole word."""
    return [e.title for e in booth.conference.events if re.search(rf"\b{word}\b", f"{e.title} {e.description}", re.I)]


@pytest.mark.parametrize(("question", "near"), [
    ("is there a talk about gardening", "gardens"),        # an activity is not the place it names
    ("any open spaces on gardening", "gardens"),
    ("is there an esports open space", "sports"),          # a word that holds another is not a slip for it
    ("anything about esports", "sports"),
    ("is there a pottery talk", "poetry"),                 # a sound-alike in another kind is no answer
    ("anything about cobol", "cool"),                      # a short word is too easy to land near
])
def test_a_near_word_is_not_the_topic(booth_2025, question, near):
    assert _titles_with_word(booth_2025, near), f"the schedule no longer says {near!r}: pick another"
    reply = booth_2025.ask(question)
    assert reply.intent is not None and not reply.events, (question, reply.intent, reply.answer)


def test_a_word_that_starts_a_longer_one_is_not_it(booth_2025):
    """ "intel" starts "Inteligentes"; a compound's tail ("flask" + "con") is short or a word."""
    assert [t for t in _titles_with_word(booth_2025, "inteligentes")]
    assert not booth_2025.ask("where is intel").events
    flaskcon = booth_2025.ask("any talks about flask")
    assert any("FlaskCon" in e.title for e in flaskcon.events)


def test_an_activity_meets_its_stem_where_the_schedule_says_it(booth_2025):
    reply = booth_2025.ask("anything about testing")
    assert reply.events and all(re.search(r"\btest", e.title + e.description, re.I) for e in reply.events)


@pytest.mark.parametrize("question", ["who talks about asyncio introspection", "who speaks about pyarrow"])
def test_who_talks_about_a_topic_names_the_speaker(booth_2025, question):
    reply = booth_2025.ask(question)
    assert reply.events and any(s in reply.answer for e in reply.events[:1] for s in e.speakers), reply.answer


def test_the_last_keynote_and_who_gives_it(booth_2025):
    keynotes = sorted((e for e in booth_2025.conference.events if e.kind == "keynote"), key=start_of)
    last = keynotes[-1]
    assert booth_2025.ask("when is the final keynote").events[:1] == (last,)
    who = booth_2025.ask("who is giving the last keynote")
    assert last.speakers[0] in who.answer


def test_the_first_day_is_the_first_day_of_what_was_asked(booth_2025):
    first_tutorial_day = min(start_of(e).date() for e in booth_2025.conference.events if e.kind == "tutorial")
    for question in ("tutorials on the first day", "what tutorials are on day one"):
        reply = booth_2025.ask(question)
        assert reply.events and {start_of(e).date() for e in reply.events} == {first_tutorial_day}, question


def test_a_day_said_before_after_lunch_belongs_to_it(booth_2025):
    reply = booth_2025.ask("sunday after lunch, what talks are there")
    sunday = [d for d in booth_2025.conference.days.main if d.strftime("%A") == "Sunday"][0]
    assert reply.events and {start_of(e).date() for e in reply.events} == {sunday}


def test_a_date_weeks_away_is_not_a_conference_day(booth_2017):
    reply = booth_2017.ask("what talks are on june 10th")
    assert reply.intent is not None and not reply.events and "June tenth" in reply.answer


def test_a_followup_about_another_subject(booth_2025):
    chat = Conversation(booth_2025)
    chat.turn("anything about duckdb")
    reply = chat.turn("and what about pyarrow")
    assert reply.events and all("arrow" in (e.title + e.description).lower() for e in reply.events)


def test_the_one_after_that_keeps_the_room(booth_2025):
    chat = Conversation(booth_2025)
    first = chat.turn("what's the first talk in ballroom a tomorrow")
    after = chat.turn("and the one after that?")
    assert len(first.events) == 1 and len(after.events) == 1
    assert after.events[0].room == first.events[0].room and after.events[0].start > first.events[0].start


def _track_talks(fosdem: Booth, track: str) -> list:
    return sorted((e for e in fosdem.conference.events if e.track == track), key=start_of)


@pytest.mark.parametrize(("question", "track", "position"), [
    ("the third go talk", "Go", 2), ("what is the last rust talk", "Rust", -1), ("first python talk", "Python", 0)])
def test_fosdem_a_tracks_bare_name_before_a_kind_is_the_track(fosdem, question, track, position):
    reply = fosdem.ask(question)
    assert reply.events[:1] == (_track_talks(fosdem, track)[position],), reply.answer


def test_fosdem_a_track_name_inside_a_title_stays_the_title(fosdem):
    reply = fosdem.ask("who gives the state of go talk")
    assert [e.title for e in reply.events] == ["The state of Go"]


def test_fosdem_its_own_name_at_the_end_is_no_topic(fosdem):
    reply = fosdem.ask("go talks at fosdem")
    assert reply.events and {e.track for e in reply.events} == {"Go"}


def test_fosdem_before_lunch_is_the_morning(fosdem):
    reply = fosdem.ask("main track talks before lunch")
    assert reply.events and all(e.track == "Main Track" and start_of(e).hour < 12 for e in reply.events)


def test_two_kinds_joined_are_every_event_of_a_speaker(booth_2017):
    hunner = [e for e in booth_2017.conference.events if "Trey Hunner" in e.speakers]
    assert len({e.kind for e in hunner}) > 1
    reply = booth_2017.ask("trey hunner's talks and tutorials")
    assert set(reply.events) == set(hunner)


def test_what_time_asks_when_and_is_not_what_is(booth_2025):
    assert booth_2025.ask("what time's the job fair").events
    weather = booth_2025.ask("what is the weather like tomorrow")
    assert weather.intent is None and not weather.events


def test_sprints_name_the_sprint_event_still_to_come(booth_2025):
    titled = [e for e in booth_2025.conference.events if e.kind == "event" and "Sprints" in e.title]
    reply = booth_2025.ask("are there any sprints")
    assert titled and titled[0].title.split(",")[0] in reply.answer
