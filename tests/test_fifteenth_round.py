"""What blind sets 4-9 still had no right answer for, typed: "the one about ..." for an event of
any kind, "when's X on" for a person not on the schedule, a sponsor's booth asked "which booth
is X" or "X booth number", an ordinal kind "of the conference", "what did I miss", "anything in
Spanish", asides after the question ("anything worth seeing", "she's my friend", "that kind of
thing"), and desk questions worded as a person would at the desk ("can I leave my suitcase
somewhere", "I found someone's phone"). Blind set 10 (tests/heldout10/, written afterwards and
never used for these) went 191 -> 196 of 215 with them."""

from __future__ import annotations

import pytest

from booth.answer.conversation import Conversation
from booth.understand.asides import question_spans
from booth.understand.text import tokenize


def _conversation(booth, *turns: str):
    """A conversation after ``turns``, the clock standing still (nothing expires)."""
    conversation = Conversation(booth, monotonic=lambda: 0.0)
    for text in turns:
        conversation.turn(text)
    return conversation


@pytest.mark.parametrize("question,wanted", [
    # (a title said once is shortened the next time: "Or Else" is all a session-wide booth may say)
    ("when is the one about obscure control flow", "five fifteen p.m. yesterday"),
    ("where's the one about obscure control flow", "Room 301 to 305"),
    ("when was the one about the linux kernel", "Linux"),
])
def test_the_one_about_is_an_event_of_any_kind(booth_2025, question, wanted):
    reply = booth_2025.ask(question)
    assert reply.intent == "find_topic" and wanted.lower() in reply.answer.lower(), (reply.intent, reply.answer)


@pytest.mark.parametrize("question,name", [("when's Carol Willing on", "Carol Willing"),
                                           ("when is Linus Torvalds on", "Linus Torvalds")])
def test_when_is_someone_on_names_a_person(booth_2025, question, name):
    reply = booth_2025.ask(question)
    assert reply.answer == f"I don't see {name} on the schedule.", reply.answer


def test_when_is_an_event_on_is_still_the_event(booth_2025):
    reply = booth_2025.ask("when is the juggling on")
    assert "Juggling" in reply.answer and "three forty five" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["which booth is IBM", "which booth is IBM at", "twilio booth number"])
def test_an_unknown_sponsor_asked_for_its_booth_gets_an_honest_no(booth_2025, question):
    reply = booth_2025.ask(question)
    assert reply.intent == "sponsor_booth" and reply.answer.startswith("I don't know a sponsor called"), reply.answer


def test_a_known_sponsor_by_booth_number_wording(booth_2025):
    assert "booth 501" in booth_2025.ask("meta booth number").answer


def test_the_last_keynote_of_the_conference(booth_2025):
    reply = booth_2025.ask("when is the last keynote of the conference")
    assert reply.intent == "when_is_kind" and "Kari L. Jordan" in reply.answer, reply.answer


def test_what_did_i_miss_is_what_was_on(booth_2025):
    reply = booth_2025.ask("what did I miss yesterday afternoon")
    assert reply.intent == "events_at_time" and reply.slots["time"].startswith("2025-05-16T12:00"), reply.slots


@pytest.mark.parametrize("question", ["anything in Spanish this afternoon", "charlas en espanol this afternoon"])
def test_in_spanish_is_the_charlas(booth_2025, question):
    reply = booth_2025.ask(question)
    assert reply.slots.get("kind") == "charla" and "NLP para la preservación" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["translate good morning into Spanish", "how do you say thank you in spanish",
                                      "translate hello into spanish"])
def test_other_things_in_spanish_are_not_the_schedule(booth_2025, question):
    assert booth_2025.ask(question).intent is None


@pytest.mark.parametrize("question,span", [
    ("what is on this afternoon anything worth seeing", "what is on this afternoon"),
    ("is there a talk about asyncio async await that kind of thing", "is there a talk about asyncio async await"),
    ("what is mariatta talk about she my friend", "what is mariatta talk about"),
])
def test_an_aside_after_the_question_is_cut_off(question, span):
    assert span in [" ".join(s) for s in question_spans(tokenize(question))]


def test_he_is_inside_a_question_is_not_an_aside(booth_2025):
    # "he is" would cut "when is the talk he is giving" to "when is the talk": every talk.
    assert booth_2025.ask("when is the talk he is giving").intent is None


def test_a_speakers_talk_is_about(booth_2017):
    reply = booth_2017.ask("what's Mariatta's talk about? she's my friend")
    assert "Dial M For Mentor" in reply.answer, reply.answer


@pytest.mark.parametrize("question,faq", [
    ("can I leave my suitcase somewhere", "faq.luggage"),
    ("where can I leave my backpack", "faq.luggage"),
    ("is there somewhere quiet I can sit for a while", "faq.quiet_room"),
    ("I found someone's phone, where should I take it", "faq.lost_and_found"),
    ("who do I talk to about a code of conduct problem", "faq.code_of_conduct"),
])
def test_desk_questions_as_people_word_them(booth_2025, question, faq):
    assert booth_2025.ask(question).intent == faq


def test_a_found_bug_is_not_lost_property(booth_2025):
    assert booth_2025.ask("i found a bug in your code").intent is None


@pytest.mark.parametrize("question,start", [
    ("is Zac Hatfield Dodds speaking tomorrow", "Not tomorrow: Zac Hatfield-Dodds speaks at three fifteen p.m. today"),
    ("is simon willison speaking on friday", "Not yesterday: Simon Willison has two events"),
])
def test_a_speaker_asked_for_a_day_they_are_not_on(booth_2025, question, start):
    # before, the day was dropped without a word: today's talk said as if it were the day asked
    answer = booth_2025.ask(question).answer
    assert answer.startswith(start), answer


def test_a_speaker_on_the_day_asked_is_answered_as_before(booth_2025):
    answer = booth_2025.ask("is Zac Hatfield Dodds on today").answer  # (one of two phrasings, in turn)
    assert "three fifteen p.m. in Room 301 to 305" in answer and not answer.startswith("Not today:"), answer


def test_what_about_another_day_after_a_speaker_keeps_the_speaker(booth_2025):
    reply = _conversation(booth_2025, "is Zac Hatfield Dodds on today").turn("what about tomorrow")
    # before: "One hundred four events tomorrow", everyone's
    assert reply.answer.startswith("Not tomorrow: Zac Hatfield-Dodds speaks"), reply.answer


def test_what_about_a_clock_time_after_a_speaker_is_what_is_on_then(booth_2025):
    conversation = _conversation(booth_2025, "when is lynn root speaking")
    answer = conversation.turn("what about at four").answer  # everything at four (phrasings rotate)
    assert "nine events" in answer.lower() and "Lynn Root" not in answer, answer


def test_this_afternoon_is_today_after_a_question_about_tomorrow(booth_2025):
    reply = _conversation(booth_2025, "what is on tomorrow at ten").turn("what about this afternoon")
    assert str(reply.slots["time"]).startswith("2025-05-17T12:00"), reply.slots  # before: tomorrow afternoon
