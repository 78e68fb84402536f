"""Tokens, templates and the for-the-ear formatting."""

from __future__ import annotations

from datetime import datetime

import pytest

from booth.answer.spoken import clean_for_speech, digits_words, say_clock, say_list, short_title, summarize
from booth.understand.templates import expand
from booth.understand.text import tokenize


@pytest.mark.parametrize("text,tokens", [
    ("What open spaces are at 3pm?", "what open spaces are at 3 pm"),
    ("When is Hynek's talk", "when is hynek talk"),
    ("what's on at 3 p.m.", "what is on at 3 pm"),
    ("15:00 in Room 308", "15:00 in room 308"),
    ("Łukasz Langa", "lukasz langa"),
    ("may 17th", "may 17"),
    ("Pythonic Music 🎼 MIDI", "pythonic music midi"),
])
def test_tokenize(text, tokens):
    assert " ".join(tokenize(text)) == tokens


def test_expand_alternatives_and_optionals():
    sentences = expand("what {kind} (are|is) [on] at {time}")
    assert sentences == ["what {kind} are at {time}", "what {kind} are on at {time}",
                         "what {kind} is at {time}", "what {kind} is on at {time}"]


def test_expand_nested():
    assert set(expand("(where [exactly] is|find) it")) == {"where is it", "where exactly is it", "find it"}


@pytest.mark.parametrize("hour,minute,spoken", [
    (15, 0, "three p.m."), (15, 30, "three thirty p.m."), (11, 5, "eleven oh five a.m."),
    (12, 0, "noon"), (0, 0, "midnight"), (9, 45, "nine forty five a.m."), (12, 30, "twelve thirty p.m."),
])
def test_say_clock(hour, minute, spoken):
    assert say_clock(datetime(2025, 5, 17, hour, minute)) == spoken


def test_room_numbers_for_the_ear():
    assert digits_words("308") == "three oh eight"
    assert digits_words("310") == "three ten"
    assert digits_words("300") == "three hundred"


def test_lists_stop_at_three():
    assert say_list(["A"]) == "A"
    assert say_list(["A", "B"]) == "A and B"
    assert say_list(["A", "B", "C"]) == "A, B and C"
    assert say_list(["A", "B", "C", "D"]) == "A, B, C and D"
    assert say_list(["A", "B", "C", "D", "E", "F", "G"]) == "A, B, C and 4 more"


def test_titles_are_speakable():
    assert short_title("🐍 Python meets the crab 🦀 - Friendship at first sight? (Sponsor: Bloomberg)") == \
        "Python meets the crab - Friendship at first sight?"
    assert short_title("NixOS + Python = ♥️") == "NixOS + Python = love"
    long = "Help using Python types and getting Pyrefly type checking working in your project today"
    assert short_title(long) == "Help using Python types and getting Pyrefly type checking"
    assert short_title("Scaling Python: What's the secret sauce behind teams that ship quickly at scale") == \
        "Scaling Python"


def test_markup_is_never_spoken():
    assert clean_for_speech("[Job Fair](https://us.pycon.org/x) <b>now</b> 🚀 **bold**") == "Job Fair now bold"


def test_summary_is_short():
    """One sentence, cut to what fits beside a title in 8 s of speech."""
    text = "First sentence here. Second one follows! Third is dropped. " * 3
    assert summarize(text) == "First sentence here."
    long = "This sentence goes on and on about many things that nobody could say in a few seconds at all."
    assert summarize(long).endswith("...") and len(summarize(long).split()) < len(long.split())
