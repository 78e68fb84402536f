"""Chatter is not a schedule question, a thing the schedule lacks gets an honest "no" (never a
neighbouring event), and a time can be said relative to one named event. Expectations are read
from the schedule data, not written down as answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from booth.schedule.hours import end_of, start_of

ROOT = Path(__file__).resolve().parent.parent
FOSDEM = ROOT.parent / "shared" / "data" / "formats" / "frab-xml" / "fosdem-2026_schedule.xml"


@pytest.mark.parametrize("chatter", ["brb getting coffee", "i need more coffee", "let's grab lunch later",
                                     "where can i buy a charger", "how do i get to the airport",
                                     "is there a pharmacy nearby", "when is my flight"])
def test_chatter_gets_no_schedule_intent(booth_2025, chatter):
    reply = booth_2025.ask(chatter)
    assert reply.intent is None and not reply.events, (chatter, reply.intent, reply.answer)


@pytest.mark.parametrize("absent", ["when is the speakers dinner", "when is dinner", "is there a concert",
                                    "when is karaoke night", "is there salsa dancing", "when is the closing party",
                                    "when is the beer tasting", "is there a hackathon"])
def test_absent_events_get_an_honest_no(booth_2025, absent):
    reply = booth_2025.ask(absent)
    assert reply.intent is not None and not reply.events, (absent, reply.intent, reply.answer)


def test_a_kind_name_is_only_the_events_so_named(booth_2025):
    """ "lunch" is the meals called lunch; "when is dinner" is none of them (the schedule has no dinner)."""
    meals = [e for e in booth_2025.conference.events if e.kind == "meal"]
    assert not any("dinner" in e.title.lower() for e in meals)
    assert all("lunch" in e.title.lower() for e in booth_2025.ask("when is lunch").events)
    assert "dinner" in booth_2025.ask("when is dinner").answer


def test_the_faq_beats_a_no(booth_2025):
    assert booth_2025.ask("is there a code of conduct").intent == "faq.code_of_conduct"


def test_who_are_the_keynote_speakers_names_all_of_them(booth_2025):
    keynotes = {e.title for e in booth_2025.conference.events if e.kind == "keynote"}
    reply = booth_2025.ask("who are the keynote speakers")
    assert {e.title for e in reply.events} == keynotes
    assert end_of(reply.events[0]) > booth_2025.clock().now  # those still to come are said first


def _after(booth, event):
    """What starts first, in the event's room, once it has ended (sessions before breaks)."""
    there = [e for e in booth.conference.events if e.room == event.room and e.start and e.end and e is not event
             and e.kind not in ("break", "meal") and start_of(e).date() == start_of(event).date()
             and start_of(e) >= end_of(event)]
    first = min(start_of(e) for e in there)
    return {e.title for e in there if start_of(e) == first}


@pytest.mark.parametrize("question", ["what comes after the pyarrow talk", "what's after the pyarrow talk in ballroom a"])
def test_after_a_named_talk(booth_2025, question):
    pyarrow = [e for e in booth_2025.conference.events if "pyarrow" in e.title.lower() and e.kind == "talk"]
    assert len(pyarrow) == 1
    reply = booth_2025.ask(question)
    assert reply.intent in ("events_at_time", "room_schedule")
    assert {e.title for e in reply.events} == _after(booth_2025, pyarrow[0])


@pytest.mark.parametrize("question", ["open spaces after zero zero", "what talks are after three oh"])
def test_a_time_said_badly_is_no_title(booth_2025, question):
    """ "open spaces at 15:00" heard "open spaces after zero zero" in babble: number words after
    "after" are no title ("Python project packaging: from zero to hero"), so nothing comes after it."""
    reply = booth_2025.ask(question)
    assert not any("zero to hero" in e.title.lower() for e in reply.events)
    assert "Room 319" not in reply.answer


def test_two_events_named_alike_are_not_guessed_between(booth_2025):
    named = [e for e in booth_2025.conference.events if "python" in e.title.lower().split() and e.kind == "talk"]
    assert len(named) > 1
    assert booth_2025.ask("what comes after the python talk").events == ()


def test_fosdem_lightning_talks_in_a_devroom_are_its_talks(fosdem):
    go = [e for e in fosdem.conference.events if e.track == "Go"]
    assert any(e.kind == "lightning-talks" for e in go)
    reply = fosdem.ask("how many talks are in the go devroom")
    assert {e.title for e in reply.events} == {e.title for e in go}


def test_fosdem_titles_refine_kinds_by_whole_words(fosdem):
    """ "Breaking architecture barriers" is a talk, not a break; FOSDEM has no breaks at all."""
    assert not [e for e in fosdem.conference.events if e.kind in ("break", "meal")]
    reply = fosdem.ask("is there coffee")
    assert not reply.events


def test_fosdem_own_name_is_no_speaker(fosdem):
    reply = fosdem.ask("when is the fosdem party")
    assert reply.intent is not None and not reply.events and "Staff" not in reply.answer


def test_fosdem_after_a_named_talk(fosdem):
    state = [e for e in fosdem.conference.events if e.title == "The state of Go"]
    assert len(state) == 1
    reply = fosdem.ask("what comes after the state of go")
    assert {e.title for e in reply.events} == _after(fosdem, state[0])


@pytest.mark.parametrize("said", ["booth number {spoken}", "where can i find booth number {spoken}",
                                  "where is booth number {digits}"])
def test_booth_number_names_a_booth_not_a_position(booth_2025, said):
    """ "number one twenty one" after "booth" is the booth, not "the first one" of a list."""
    from booth.answer.spoken import number_words
    sponsor = next(s for s in booth_2025.conference.sponsors if s.booth and s.booth.isdigit())
    question = said.format(spoken=number_words(int(sponsor.booth)), digits=sponsor.booth)
    reply = booth_2025.ask(question)
    assert reply.intent == "sponsor_booth" and sponsor.booth in reply.answer, (question, reply.answer)


def test_room_number_said_with_number_is_the_room(booth_2025):
    """ "where is room number 315" is Room 315, which exists; "room number 999" does not."""
    rooms = {e.room for e in booth_2025.conference.events}
    assert "Room 315" in rooms
    assert "Room 315 is" in booth_2025.ask("where is room number 315").answer
    assert "no Room 999" in booth_2025.ask("where is room number 999").answer
