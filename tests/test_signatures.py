"""Questions worded like no template, read by their question word and slots
(booth/understand/signatures.py), and what the answers say of several events at once
(booth/answer/aspects.py shared): blind set 7's wordings and their chatter."""

from __future__ import annotations

import pytest

from booth.understand.signatures import Signatures, signature


@pytest.mark.parametrize("question, intent, slots, said", [
    ("where's Brett Slatkin going to give his talk", "where_is", {"speaker": "Brett Slatkin"}, "Room 301"),
    ("where do they hold the lightning talks", "where_is", {"kind": "lightning-talks"}, "Hall B"),
    ("is Simon Willison giving anything this year?", "find_speaker", {"speaker": "Simon Willison"}, "Datasette"),
    ("um, who gave the keynote yesterday morning", "when_is_kind", {"kind": "keynote"}, "Cory Doctorow"),
])
def test_a_question_like_no_template_is_read_by_its_signature(booth_2025, question, intent, slots, said):
    reply = booth_2025.ask(question)
    assert reply.intent == intent, (question, reply.intent, reply.answer)
    assert slots.items() <= reply.slots.items(), reply.slots
    assert said.lower() in reply.answer.lower(), reply.answer


@pytest.mark.parametrize("chatter", [
    "who won the election", "where did you park the car", "when does my flight leave", "is it raining outside",
    "hey, nice booth", "cool stand", "is anyone here", "is he speaking",
])
def test_chatter_has_no_signature_to_go_by(booth_2025, chatter):
    reply = booth_2025.ask(chatter)
    assert reply.intent is None, (chatter, reply.intent, reply.answer)


def test_a_signature_is_the_question_word_and_the_slots_but_the_time():
    assert signature("where is {speaker} giving his {kind} {time}".split()) == "where kind speaker"
    assert signature("what is {speaker} talking about".split()) is None  # "what" asks anything
    assert signature("where is the bathroom".split()) is None  # no slot
    # A signature two intents share equally says nothing.
    tied = Signatures({"a": ["where is {kind}"], "b": ["where are the {kind}"]}, ["a", "b"])
    assert tied.intent_for("where do they hold the {kind}".split()) is None
    one = Signatures({"a": ["where is {kind}", "where are the {kind}"], "b": ["where are the {kind}"]}, ["a", "b"])
    assert one.intent_for("where do they hold the {kind}".split()) == ("a", "where is {kind}")


@pytest.mark.parametrize("question, said", [
    ("how long are the tutorials", "The tutorials run three hours and thirty minutes each."),
    ("how long are the talks today", "The talks run from thirty minutes to forty five minutes."),
    ("how long is the keynote tomorrow", "The keynotes run forty five minutes each."),
    ("how long is the lunch break today", "Lunch ends at one forty five p.m.; it runs one hour and fifteen minutes."),
])
def test_how_long_of_several_events_says_their_length(booth_2025, question, said):
    assert booth_2025.ask(question).answer == said


@pytest.mark.parametrize("question, said", [
    ("I do audio stuff, are there any talks about audio?", "Looking At Audio"),  # "do" after "i" asks nothing
    ("who's the one talking about the linux kernel", "Geoffrey Thomas"),
    ("what's on at eleven thirty, in any room", "eleven thirty"),
])
def test_asides_and_scope_around_a_question(booth_2025, question, said):
    reply = booth_2025.ask(question)
    assert said.lower() in reply.answer.lower(), (question, reply.answer)


def test_an_aside_taken_for_the_subject_gives_way_to_the_question(booth_2017):
    reply = booth_2017.ask("I missed them, when were the tutorials")
    assert reply.intent == "when_is_kind" and "about" not in reply.answer, reply.answer


def test_posters_without_a_time_are_counted_and_found_at_their_session(booth_2017):
    # PyCon 2017 lists 33 posters with no time slot, and a "Poster Session / Job Fair / Lunch" event.
    assert booth_2017.ask("how many posters are there").answer == "There are thirty three posters in all."
    for question in ("when's the poster session?", "when are the posters", "where are the posters"):
        assert "Poster Session" in booth_2017.ask(question).answer, question


def test_who_in_the_past_tense_asks_for_the_speaker(booth_2017):
    assert booth_2017.ask("who taught the bokeh tutorial").answer.endswith("is by Chalmer Lowe.")


@pytest.mark.parametrize("question, intent, said", [
    ("how do I report a code of conduct problem", "faq.code_of_conduct", "pycon-us-report at python dot org"),
    ("I need to leave my suitcase somewhere, is there a luggage check?", "faq.luggage", "Show Office C"),
    ("is there quiet room some more", "faq.quiet_room", "Room 405"),  # "is there a quiet room somewhere", heard
])
def test_a_question_that_names_an_faq_entry_asks_about_it(booth_2025, question, intent, said):
    reply = booth_2025.ask(question)
    assert reply.intent == intent and said in reply.answer, (question, reply.intent, reply.answer)


def test_an_faq_name_beside_words_no_intent_knows_is_something_else(booth_2025):
    assert booth_2025.ask("what is the wifi speed in my hotel").intent is None


@pytest.mark.parametrize("question, said", [
    ("where are the charlas", "The charlas are all in Room 310 and 311."),
    ("where are the keynotes", "The keynotes are all in Hall B."),
])
def test_where_events_of_a_kind_all_are_is_said_once(booth_2025, question, said):
    assert booth_2025.ask(question).answer == said


def test_where_events_of_a_kind_in_several_rooms_names_the_next_one(booth_2025):
    reply = booth_2025.ask("where is lunch")  # breakfast is elsewhere: the next meal, in its words
    assert reply.intent == "where_is" and reply.events[0].title == "Lunch" and "Hall A" in reply.answer
