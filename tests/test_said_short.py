"""Questions said the short way at a busy booth (blind set 8's wordings): the question word last
("polars tutorial which day"), a part of the day before a kind ("the afternoon break"), a part
of the day with its day said after it, and a farewell that is no count of talks "later"."""

from __future__ import annotations

import pytest

from booth.understand.asked import Asked, split_asked
from booth.understand.dayparse import part_before_kind


@pytest.mark.parametrize("question, asked, plain", [
    ("polars tutorial which day", Asked.WHEN, "when is polars tutorial"),
    ("itertools tutorial what room", Asked.WHERE, "where is itertools tutorial"),
    ("fizzbuzz talk who", Asked.WHO, "when is fizzbuzz talk"),
    ("mentored sprints finish when", Asked.ENDS, "when is mentored sprints"),
    ("lightning talks tomorrow when", Asked.WHEN, "when is lightning talks tomorrow"),
])
def test_question_word_said_last(question, asked, plain):
    split = split_asked(question.split())
    assert split is not None and split.asked is asked and " ".join(split.plain) == plain


@pytest.mark.parametrize("words", ["and who", "what is it when", "is it where", "when"])
def test_a_question_word_alone_or_after_a_pointer_is_no_subject(words):
    assert split_asked(words.split()) is None


@pytest.mark.parametrize("question, said", [
    ("itertools tutorial what room", "Room 310"),
    ("polars tutorial which day", "Thursday"),
    ("mentored sprints finish when", "ends at five thirty"),
    ("lightning talks tomorrow when", "tomorrow"),
])
def test_said_last_is_answered(booth_2025, question, said):
    reply = booth_2025.ask(question)
    assert said.lower() in reply.answer.lower(), reply.answer


def test_who_said_last_names_the_speaker(booth_2017):
    reply = booth_2017.ask("fizzbuzz talk who")
    assert "ingram" in reply.answer.lower(), reply.answer


KINDS = {"break", "keynote", "talks", "open spaces", "events"}


@pytest.mark.parametrize("tokens, moved", [
    ("is there an afternoon break", "is there a break in the afternoon"),
    ("when is the morning keynote tomorrow", "when is the keynote tomorrow in the morning"),
    ("any evening events", "any events in the evening"),
    # a part of the day said already, or which break "after" means (relative.py reads that)
    ("saturday afternoon talks", "saturday afternoon talks"),
    ("talks in the afternoon", "talks in the afternoon"),
    ("what is on after the afternoon break", "what is on after the afternoon break"),
    ("good morning when is the keynote", "good morning when is the keynote"),
])
def test_part_of_the_day_before_a_kind(tokens, moved):
    assert " ".join(part_before_kind(tokens.split(), KINDS)) == moved


@pytest.mark.parametrize("question, said, not_said", [
    ("is there an afternoon break", "three forty five", "ten oh five"),
    ("when is the afternoon break", "three forty five", "ten oh five"),
    ("when's the morning break", "ten oh five", "three forty five"),
    ("what afternoon talks are there", "this afternoon", "I don't see"),
])
def test_part_of_the_day_before_a_kind_is_answered(booth_2025, question, said, not_said):
    reply = booth_2025.ask(question)
    assert said.lower() in reply.answer.lower() and not_said.lower() not in reply.answer.lower(), reply.answer


def test_the_day_said_after_the_part_of_the_day(booth_2025):
    reply = booth_2025.ask("what talks are on in the afternoon on sunday")
    assert "tomorrow afternoon" in reply.answer.lower(), reply.answer  # now is Saturday: Sunday is tomorrow


@pytest.mark.parametrize("farewell", ["okay talk to you later", "talk to you soon", "see you later"])
def test_a_farewell_is_small_talk(booth_2025, farewell):
    reply = booth_2025.ask(farewell)
    assert reply.intent == "thanks" and not reply.events, (reply.intent, reply.answer)


@pytest.mark.parametrize("chatter", ["that talk was great", "hey what's happening at noon anything good"])
def test_a_farewell_sentence_takes_no_chatter(booth_2025, chatter):
    # the words as said count for a slotless intent only word for word (Tuning.as_said_fit)
    assert booth_2025.ask(chatter).intent != "thanks"


@pytest.mark.parametrize("question, said", [
    ("is there an intro to sprints workshop", "Introduction to Sprints workshop"),  # a clipped word
    ("intro to sprints workshop when", "Introduction to Sprints workshop"),
])
def test_a_clipped_word_meets_the_word_spelled_out(booth_2017, question, said):
    reply = booth_2017.ask(question)
    assert said.lower() in reply.answer.lower(), reply.answer


def test_clippings_go_both_ways():
    from booth.answer.search import _CLIPPED_STEMS, stem
    assert _CLIPPED_STEMS[stem("intro")] == stem("introduction") and _CLIPPED_STEMS[stem("introduction")] == stem("intro")
