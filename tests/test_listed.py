"""booth/voice/listed.py and its use in decide(): hearings of intents whose slots are all YAML
lists (the coffee skill). The n-best lists are what Vosk (vosk-model-small-en-us-0.15, the
skill's grammar) gave for Picovoice coffee recordings in the benchmark's kitchen noise at 6 dB
(bench/bench_coffee.py; the file names' first letters in brackets)."""

from __future__ import annotations

import pytest

from booth.voice.decide import decide
from booth.voice.listed import completed, says_less
from booth.voice.recognizer import Transcript

VALUES = [tuple(v.split()) for v in ("milk", "almond milk", "a bit of almond milk", "a bit of milk", "a little bit of milk",
                                     "a little bit of sugar", "sugar", "medium", "medium roast", "whole milk")]


def test_a_hypothesis_that_stops_inside_one_value_is_said_whole():
    assert completed("brew a mocha with sugar and a bit of almond", VALUES) == "brew a mocha with sugar and a bit of almond milk"
    assert completed("get me a coffee with whole", VALUES) == "get me a coffee with whole milk"


def test_nothing_is_guessed_where_the_words_begin_several_values_or_end_one():
    assert completed("get me a mocha with a little bit of", VALUES) is None  # milk or sugar
    assert completed("get me a mocha with a bit of", VALUES) is None
    assert completed("get me a medium", VALUES) is None  # a whole value, though "medium roast" begins so
    assert completed("get me a mocha with sugar and", VALUES) is None  # begins no value


def test_says_less():
    some = {"drink": "mocha", "sugar": "some sweetener"}
    assert says_less("order", {"drink": "mocha", "sugar": "sweetener"}, "order", some)
    assert not says_less("order", some, "order", {"drink": "mocha", "sugar": "sweetener"})
    assert not says_less("order", {"drink": "latte", "sugar": "sweetener"}, "order", some)
    assert not says_less("order", {"drink": "mocha"}, "order", some)  # a slot fewer: another order...
    assert says_less("order", {"drink": "mocha"}, "order", some, cut=True)  # ...unless its words were cut off
    assert not says_less("other", {"drink": "mocha", "sugar": "sweetener"}, "order", some)


@pytest.fixture(scope="module")
def coffee(root):
    from booth.pipeline import Booth
    from booth.settings import Settings

    return Booth(Settings(skill_dir=root / "skills" / "coffee"))


def kitchen(*alternatives: tuple[str, float]) -> Transcript:
    return Transcript(alternatives[0][0], raw=alternatives[0][0], alternatives=alternatives, spread_db=17.0)


def test_the_sentence_ends_of_the_skill(coffee):
    orders = coffee.listed_orders()
    assert orders.cut("orderDrink", "give me a mocha with sugar and")
    assert orders.cut("orderDrink", "give me a mocha with a bit of almond")
    assert not orders.cut("orderDrink", "give me a mocha with sugar")
    assert not orders.cut(None, "where is the talk about")  # not such an intent


def test_every_hypothesis_cut_inside_a_value_is_answered_said_whole(coffee):
    """(c1f43c3f) "a bit of whole" begins one value only."""
    order = decide(coffee, kitchen(("i want a dark roast single shot espresso with a bit of whole", 247.14),
                                   ("i want dark roast single shot espresso with a bit of whole", 246.32)), strict=True)
    assert order.kind == "answer"
    assert order.text == "i want a dark roast single shot espresso with a bit of whole milk"


def test_a_hypothesis_said_whole_beats_ones_cut_off(coffee):
    """(f8c0cf50) The decoder's first hypotheses stop after "and"; the third stops inside "almond milk"."""
    order = decide(coffee, kitchen(("i want a coffee with some sweetener and i'd", 241.01),
                                   ("i want a coffee with some sweetener and", 239.61),
                                   ("i want a coffee with some sweetener and almond", 239.61),
                                   ("i want a coffee with some sweetener and and", 239.43)), strict=True)
    assert (order.kind, order.text) == ("answer", "i want a coffee with some sweetener and almond milk")


def test_the_fuller_value_of_one_order_wins_and_the_shorter_is_no_rival(coffee):
    """(c50012bf) "some sweetener" was said; the decoder's first choice lost "some"."""
    order = decide(coffee, kitchen(("i want a dark roast sixteen ounce americano with sweetener", 267.23),
                                   ("i want a dark roast sixteen ounce americano with some sweetener", 266.91),
                                   ("i want a dark roast sixteen ounce americano with skim sweetener", 266.39)),
                   strict=True)
    assert (order.kind, order.text) == ("answer", "i want a dark roast sixteen ounce americano with some sweetener")


def test_a_lower_hypothesis_without_a_value_the_first_heard_is_no_rival(coffee):
    """(6c36c3fb, 12 dB) "eight ounce" was said; lower hypotheses left it out."""
    order = decide(coffee, kitchen(("get me an double shot eight ounce cappuccino with sugar", 248.86),
                                   ("get me a double shot eight ounce cappuccino with sugar", 248.17),
                                   ("get me an double shot cappuccino with sugar", 247.66),
                                   ("get me a double shot cappuccino with sugar", 246.97)), strict=True)
    assert (order.kind, order.text) == ("answer", "get me an double shot eight ounce cappuccino with sugar")


def test_another_drink_or_a_slot_more_stays_a_rival(coffee):
    """(bac48298) mocha or latte; (f700116d) with or without a size: read back, not guessed."""
    drinks = decide(coffee, kitchen(("give me a light roast mocha with sweetener", 193.64),
                                    ("give me a light roast latte with sweetener", 193.52),
                                    ("give me a light roast mocha with some sweetener", 193.32)), strict=True)
    assert drinks.kind == "clarify" and "rival reading" in drinks.doubts
    sizes = decide(coffee, kitchen(("make me a light roast single shot iced mocha with small", 301.26),
                                   ("make me a light roast single shot iced mocha small", 300.08),
                                   ("make me a light roast single shot iced mocha with", 299.77),
                                   ("make me a light roast single shot iced mocha", 298.27)), strict=True)
    assert sizes.kind == "clarify" and "rival reading" in sizes.doubts


def test_an_order_cut_off_is_read_back(coffee):
    """(c8808f3a, 12 dB) "... drip coffee with": the milk was said and lost; answering the rest
    would make another coffee."""
    order = decide(coffee, kitchen(("give me a dark roast double shot twenty ounce drip coffee with", 261.7)), strict=True)
    assert order.kind == "clarify" and "cut off" in order.doubts


def test_an_order_heard_without_its_first_words_is_read_with_them():
    """Kitchen noise took "can I get a": "mocha with some brown sugar" scores 84.1, under the
    reject gate; with the intent's usual first words it is the order, word for word."""
    from pathlib import Path

    from booth.pipeline import Booth
    from booth.settings import Settings
    from booth.voice.decide import decide
    from booth.voice.recognizer import Transcript

    booth = Booth(Settings(skill_dir=Path(__file__).resolve().parent.parent / "skills" / "coffee"))
    heard = Transcript("mocha with some brown sugar", raw="mocha with some brown sugar",
                       alternatives=(("mocha with some brown sugar", 120.0),), spread_db=12.0)
    decision = decide(booth, heard, strict=True)
    assert decision.kind == "answer" and decision.text.endswith("mocha with some brown sugar"), decision
    alone = Transcript("mocha", raw="mocha", alternatives=(("mocha", 60.0),), spread_db=12.0)
    assert decide(booth, alone, strict=True).kind != "answer"  # a drink alone is what noise makes up
