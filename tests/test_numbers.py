"""Number words as Vosk writes them, read back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from booth.answer.spoken import number_words, ordinal_words
from booth.understand.numbers import cardinal_at, duration_at, minute_at, ordinal_at, words_to_int


@pytest.mark.parametrize(("words", "value", "used"), [
    ("zero", 0, 1), ("seven", 7, 1), ("fifteen", 15, 1), ("twenty", 20, 1), ("forty five", 45, 2),
    ("fifty nine", 59, 2), ("ninety nine", 99, 2), ("45", 45, 1), ("2025", 2025, 1),
    ("twenty talks", 20, 1), ("thirty zero", 30, 1),
], ids=lambda v: str(v))
def test_cardinals(words, value, used):
    assert cardinal_at(words.split(), 0) == (value, used)


@pytest.mark.parametrize("words", ["", "room", "oh", "first", "hundred", "a"])
def test_not_cardinals(words):
    assert cardinal_at(words.split(), 0) is None


@pytest.mark.parametrize(("words", "value"), [
    ("first", 1), ("second", 2), ("third", 3), ("twelfth", 12), ("seventeenth", 17), ("twentieth", 20),
    ("twenty first", 21), ("thirty first", 31), ("17", 17), ("17th", 17), ("2nd", 2),
], ids=lambda v: str(v))
def test_ordinals(words, value):
    assert ordinal_at(words.split(), 0) == (value, len(words.split()))


@pytest.mark.parametrize(("words", "value", "used"), [
    ("thirty", 30, 1), ("fifteen", 15, 1), ("forty five", 45, 2), ("oh five", 5, 2), ("o five", 5, 2),
    ("oh 5", 5, 2), ("05", 5, 1), ("30", 30, 1), ("hundred", 0, 1), ("ten", 10, 1),
], ids=lambda v: str(v))
def test_minutes(words, value, used):
    assert minute_at(words.split(), 0) == (value, used)


@pytest.mark.parametrize("words", ["five", "5", "oh", "oh ten", "sixty", "75", "o'clock", "pm", ""])
def test_not_minutes(words):
    """ "three five" is not 3:05 (people say "three oh five"); 60+ is not a minute."""
    assert minute_at(words.split(), 0) is None


@pytest.mark.parametrize(("words", "minutes", "used"), [
    ("half an hour", 30, 3), ("a half hour", 30, 3), ("half hour", 30, 2), ("an hour", 60, 2),
    ("an hour and a half", 90, 5), ("two hours", 120, 2), ("twenty minutes", 20, 2), ("a minute", 1, 2),
    ("90 minutes", 90, 2), ("1 hour and a half", 90, 5),
], ids=lambda v: str(v))
def test_durations(words, minutes, used):
    assert duration_at(words.split(), 0) == (minutes, used)


@pytest.mark.parametrize("words", ["an apple", "twenty", "half", "two talks", ""])
def test_not_durations(words):
    assert duration_at(words.split(), 0) is None


def test_reads_in_the_middle_of_a_sentence():
    tokens = "see you at four fifteen please".split()
    assert cardinal_at(tokens, 3) == (4, 4)
    assert minute_at(tokens, 4) == (15, 5)


@given(st.integers(0, 99))
def test_spoken_cardinals_round_trip(n):
    assert words_to_int(number_words(n)) == n


@given(st.integers(1, 31))
def test_spoken_ordinals_round_trip(n):
    assert words_to_int(ordinal_words(n)) == n


def test_words_to_int_needs_exactly_one_number():
    assert words_to_int("forty two") == 42
    assert words_to_int("forty two talks") is None
    assert words_to_int("") is None
