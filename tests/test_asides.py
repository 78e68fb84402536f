"""A question said with an aside before or after it, or a time around a whole sentence
(booth/understand/asides.py, Matcher.match): blind set 6's wordings, typed and as Vosk heard them."""

from __future__ import annotations

import pytest

from booth.understand.asides import question_spans


@pytest.mark.parametrize("question, intent, said", [
    ("when's the next coffee break, I really need one", "when_is_kind", "Break"),
    ("my kid loves chess, is there anything about chess?", "find_topic", "Chess"),
    ("what's on at 5 pm, I've got a free hour", "events_at_time", "five p.m."),
    ("what on at five p m i get a free hour", "events_at_time", "five p.m."),  # as heard
    ("I heard there's a talk about honeybees, is that right?", "find_topic", "Honeybee"),
    ("anything about testing tomorrow", "find_topic", "Testing"),
])
def test_the_question_inside_is_answered(booth_2025, question, intent, said):
    reply = booth_2025.ask(question)
    assert reply.intent == intent, (question, reply.intent, reply.answer)
    assert said.lower() in reply.answer.lower(), reply.answer


@pytest.mark.parametrize("chatter", [
    "where can i park my car",  # "my car" is no aside: one question, not ours
    "what's the news today",  # no question begins at "is the news today"
    "what is the weather like tomorrow",
    "i think i left my jacket in the car",
    "what is the meaning of life",
])
def test_no_aside_is_cut_where_none_is(booth_2025, chatter):
    assert booth_2025.ask(chatter).intent is None, chatter


def test_spans_begin_at_a_question_and_end_at_an_aside():
    spans = [" ".join(s) for s in question_spans("my kid loves chess is there anything about chess i think".split())]
    assert spans[0] == "my kid loves chess is there anything about chess"  # longest first
    assert spans[1:] == ["is there anything about chess i think", "is there anything about chess"]
    assert question_spans("what is the news today".split()) == []  # "what" already asks
    assert all(len(s.split()) >= 3 for s in spans)


@pytest.mark.parametrize("heard, intent", [
    ("whose talking in hall see at two thirty", "room_schedule"),  # "who's talking in hall c ..."
    ("whose at booth one hundred", "sponsor_booth"),  # Jane Street, at booth 100
    ("once the next coffee break", "when_is_kind"),  # "when's the next coffee break"
])
def test_contractions_as_the_recognizer_hears_them(booth_2025, heard, intent):
    assert booth_2025.ask(heard).intent == intent, heard


def test_whose_and_once_where_they_are_meant():
    from booth.understand.wording import heard_contractions

    assert heard_contractions("whose booth is that".split()) == "whose booth is that".split()
    assert heard_contractions("once lunch is over".split()) == "once lunch is over".split()
    assert heard_contractions("whose giving the keynote".split()) == "who is giving the keynote".split()
