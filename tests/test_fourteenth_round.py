"""What blind set 9 (questions as asked at an information desk) had no right answer for, typed:
an aside that names what the question then points back at ("I'd like to see Trey Hunner, when is
he on"), "who's behind" a poster, end verbs of two words ("wrap up", "go on"), and "is anything
starting soon"."""

from __future__ import annotations

import pytest

from booth.understand.asides import referent_spans
from booth.understand.text import tokenize


@pytest.mark.parametrize("question,intent,wanted", [
    ("I'd like to see Trey Hunner, when is he on", "find_speaker", "Decorators Demystified"),
    ("I missed the jax tutorial, when was it", "find_topic", "nine a.m. on Wednesday"),
    ("is Datadog here, what's their booth", "sponsor_booth", "booth 532"),
    ("I heard there's a lightsaber thing, when is it", "find_topic", "Lightsaber Combat"),
    ("I'm staying for the sprints, when do they start", "when_is_kind", "The sprints run from Monday 19 May"),
    # The name alone half fits a topic sentence; "when is it" alone is a follow-up: neither is it.
    ("uh, the F1 racing talk, when is it", "find_topic", "Missing the Apex"),
])
def test_an_aside_names_what_the_question_points_back_at(booth_2025, question, intent, wanted):
    reply = booth_2025.ask(question)
    assert reply.intent == intent and wanted.lower() in reply.answer.lower(), (reply.intent, reply.answer)


@pytest.mark.parametrize("question,span", [
    ("i would like to see trey hunner when is he on", "when is trey hunner on"),
    ("is datadog here what is their booth", "what is datadog booth"),
    ("board games is there anything like that", "is there anything like board games"),
])
def test_the_pronoun_is_replaced_by_the_name_the_aside_gave(question, span):
    assert [" ".join(s) for s in referent_spans(tokenize(question))] == [span]


@pytest.mark.parametrize("question", [
    "what is mariatta's talk about she is my friend",  # the words before are a question of their own
    "when is it",  # nothing before the question
    "is that talk recorded",  # "that" begins the question's own noun phrase
    "my friend and her colleague from work are giving the marimo talk when is it",  # more than a name
])
def test_no_pronoun_is_replaced_without_a_name_before_it(question):
    assert referent_spans(tokenize(question)) == []


def test_who_is_behind_a_poster_names_its_authors(booth_2025):
    answer = booth_2025.ask("who's behind the bioinformatics poster about cancer").answer
    assert "Haque Ishfaq" in answer and "Atia Binte Amin" in answer, answer


@pytest.mark.parametrize("question", ["what time does the auction wrap up tonight",
                                      "how long does the pyladies auction go on"])
def test_two_word_end_verbs(booth_2025, question):
    answer = booth_2025.ask(question).answer
    assert "ten thirty p.m." in answer, answer


def test_is_anything_starting_soon_is_what_is_on_next(booth_2025):
    reply = booth_2025.ask("is anything starting soon")
    assert reply.intent == "events_at_time" and reply.answer.startswith("Next,"), reply.answer
