"""What blind sets 7 and 8 asked that had no right answer typed: all sponsors counted, a poster
with no time, who made it, who speaks at a time, where the conference is held, a title that begins
with an ordinal ("final remarks"), a verb's number ("when are the final remarks"), a topic only half
of which one event matches, and a room's name inside a title ("the phipps conservatory trip")."""

from __future__ import annotations

import pytest

from booth.schedule.faq import venue_entry, with_venue


def test_how_many_sponsors_counts_all_of_them(booth_2025):
    sponsors = booth_2025.conference.sponsors
    with_booth = [s for s in sponsors if s.booth]
    assert 0 < len(with_booth) < len(sponsors)  # the case: some sponsors have no booth
    answer = booth_2025.ask("how many sponsors are there").answer.lower()
    assert answer.startswith("ninety three sponsors; fifty nine of them have booths"), answer


@pytest.mark.parametrize("question", ["when is the yellowbrick poster", "where is the yellowbrick poster",
                                      "tell me about the yellowbrick poster"])
def test_a_poster_with_no_time_says_so_once(booth_2017, question):
    answer = booth_2017.ask(question).answer
    assert "not on the schedule" not in answer, answer
    assert "no time or room" in answer and "Bilbro" in answer, answer


@pytest.mark.parametrize("question", ["who made the yellowbrick poster", "who wrote the yellowbrick poster"])
def test_who_made_it_names_its_authors(booth_2017, question):
    answer = booth_2017.ask(question).answer
    assert "Bilbro" in answer and "Bengfort" in answer, answer


@pytest.mark.parametrize("question", ["who made you", "are you a robot"])
def test_questions_about_booth_are_no_schedule_questions(booth_2025, question):
    assert booth_2025.ask(question).events == ()


def test_who_speaks_at_a_time_names_people(booth_2025):
    reply = booth_2025.ask("who's speaking at quarter past eleven")
    assert reply.answer.startswith("Speaking at eleven fifteen a.m.: Josh Weissbock on Missing the Apex"), reply.answer
    assert len(reply.events) > 1  # the rest on the screen


def test_who_speaks_now_says_a_keynote_speaker_once(booth_2025):
    answer = booth_2025.ask("who is speaking now").answer  # the keynote is titled with her name
    assert answer == "Speaking right now: Lynn Root.", answer


def test_the_keynote_speakers_answer_is_kept(booth_2025):
    reply = booth_2025.ask("who gives the keynotes")
    assert reply.outcome == "speakers" and "Lynn Root" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["where is pycon this year", "where's the conference being held, which building",
                                      "where is the conference", "what is the address"])
def test_the_venue_from_conference_yaml(booth_2017, question):
    reply = booth_2017.ask(question)
    assert reply.answer.endswith("PyCon US 2017 is at the Oregon Convention Center, Portland."), reply.answer


def test_the_staffs_venue_answer_is_asked_every_way(booth_2025):
    reply = booth_2025.ask("where's the conference being held, which building")
    assert "1000 Fort Duquesne Boulevard" in reply.answer, reply.answer  # faq.yaml's words, not conference.yaml's


def test_the_venue_entry_gives_way_to_the_staffs():
    staff = venue_entry("PyCon US 2025", "somewhere else")
    staff = type(staff)("where", ("where is the conference",), ("where is the conference",), "Staff's answer.")
    merged = with_venue((staff,), venue_entry("PyCon US 2025", "David L. Lawrence Convention Center"))
    assert len(merged) == 1 and merged[0].answer == "Staff's answer."
    assert "where is pycon being held" in merged[0].sentences
    alone = with_venue((), venue_entry("FOSDEM 2026", "ULB Solbosch"))
    assert alone[0].answer == "FOSDEM 2026 is at the ULB Solbosch." and "where is fosdem" in alone[0].sentences


@pytest.mark.parametrize("question", ["when are the final remarks", "when is the final remarks",
                                      "where is the final remarks"])
def test_a_title_that_begins_with_an_ordinal(booth_2017, question):
    reply = booth_2017.ask(question)
    assert [e.title for e in reply.events] == ["Final Remarks and Conference Close"], reply.answer


@pytest.mark.parametrize("question, kind", [("when is the last talk", "talk"), ("when is the first keynote", "keynote")])
def test_an_ordinal_before_a_kind_is_still_one(booth_2017, question, kind):
    reply = booth_2017.ask(question)
    assert reply.intent == "when_is_kind" and "ordinal" in reply.slots and reply.slots["kind"] == kind


@pytest.mark.parametrize("question, title", [
    ("what time are the community service awards", "PSF Community Service Awards"),
    ("when are the pyladies auction", "PyLadies Charity Auction"),
])
def test_are_asks_what_is_asks(booth_2017, question, title):
    reply = booth_2017.ask(question)
    assert reply.events and title in reply.events[0].title, reply.answer


def test_a_topic_half_matched_by_two_events_names_both(booth_2017):
    reply = booth_2017.ask("when is the opening remarks")  # 2017 has Final Remarks and an Opening Reception
    assert {e.title for e in reply.events} == {"Final Remarks and Conference Close", "Opening Reception (Expo Hall)"}


def test_a_room_named_in_a_title(booth_2025):
    reply = booth_2025.ask("when's the phipps conservatory trip")
    assert [e.title for e in reply.events] == ["Phipps Conservatory and Botanical Gardens Trip"], reply.answer


@pytest.mark.parametrize("question, room", [("where is room 308", "308"), ("what's in hall b at eleven", "Hall B")])
def test_a_room_alone_is_still_a_room(booth_2025, question, room):
    reply = booth_2025.ask(question)
    assert reply.slots.get("room", "").endswith(room), (reply.intent, reply.slots)
