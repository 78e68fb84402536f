"""Number words as a speech recognizer writes them, read back into integers.

Vosk writes "forty five", "fifteen", "seventeenth", "oh five"; a keyboard writes "45", "17".
Only what times and dates need is here, and it is exact: cardinals 0..99, ordinals 1..39,
clock minutes ("thirty", "oh five", "45", "hundred"). We do not use text2num: its import is
cheap, but it converts whole sentences (and "one" in "the second one") where we need to read
one number at a known token position and know exactly how many tokens it used.
"""

from __future__ import annotations

import re

# The one set of number and ordinal words: read here, said by booth.answer.spoken, and the
# "second one" of a list (booth.understand.slots) uses them too.
UNITS = tuple("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
              "fifteen sixteen seventeen eighteen nineteen".split())  # UNITS[n] says n
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")  # TENS[i] says 20 + 10 i
ORDINAL_UNITS = tuple("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                      "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())  # [n-1]
ORDINAL_TENS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth")

_UNITS = {word: value for value, word in enumerate(UNITS)}
_TENS = {word: 20 + 10 * index for index, word in enumerate(TENS)}
_ORDINAL_UNITS = {word: value for value, word in enumerate(ORDINAL_UNITS, 1)}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30}  # dates need no more
_DIGIT_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def _token(tokens: list[str], i: int) -> str:
    return tokens[i] if 0 <= i < len(tokens) else ""


def cardinal_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """The cardinal number starting at token ``i`` as (value, index after it), or None.

    "forty five" -> (45, i + 2); "45" -> (45, i + 1); "twenty" alone -> (20, i + 1).
    Digits of any length are read (the caller checks the range)."""
    word = _token(tokens, i)
    if word.isdigit():
        return int(word), i + 1
    if word in _TENS:
        unit = _UNITS.get(_token(tokens, i + 1))
        if unit is not None and 1 <= unit <= 9:
            return _TENS[word] + unit, i + 2
        return _TENS[word], i + 1
    if word in _UNITS:
        return _UNITS[word], i + 1
    return None


def ordinal_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """An ordinal starting at token ``i``: "seventeenth", "twenty first", "17", "17th".

    Digits count as ordinals because the tokenizer drops "th" ("17th" -> "17")."""
    word = _token(tokens, i)
    digits = _DIGIT_ORDINAL.fullmatch(word)
    if digits:
        return int(digits.group(1)), i + 1
    if word in _ORDINAL_UNITS:
        return _ORDINAL_UNITS[word], i + 1
    if word in _ORDINAL_TENS:
        return _ORDINAL_TENS[word], i + 1
    if word in ("twenty", "thirty"):
        unit = _ORDINAL_UNITS.get(_token(tokens, i + 1))
        if unit is not None and unit <= 9:
            return _TENS[word] + unit, i + 2
    return None


def minute_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """The minute part of a spoken or typed clock time after its hour, or None.

    "thirty" -> 30, "forty five" -> 45, "oh five" / "o five" -> 5, "05" / "30" -> the digits,
    "hundred" ("fifteen hundred") and "zero zero" -> 0. A lone small word ("three five") is not a minute:
    people say "three oh five", so "five" after an hour is left alone."""
    word = _token(tokens, i)
    if word == "hundred":
        return 0, i + 1
    if word in ("oh", "o", "zero") and _token(tokens, i + 1) in ("oh", "o", "zero"):
        return 0, i + 2  # "15:00" read out digit by digit: "fifteen zero zero", "fifteen oh oh"
    if word in ("oh", "o"):
        unit = _UNITS.get(_token(tokens, i + 1))
        if unit is not None and 1 <= unit <= 9:
            return unit, i + 2
        digit = _token(tokens, i + 1)
        if len(digit) == 1 and digit.isdigit() and digit != "0":
            return int(digit), i + 2
        return None
    if word.isdigit():
        return (int(word), i + 1) if len(word) == 2 and int(word) <= 59 else None
    found = cardinal_at(tokens, i)
    if found is not None and 10 <= found[0] <= 59:
        return found
    return None


def duration_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """A spoken length of time as (minutes, index after it): "half an hour", "a half hour",
    "an hour and a half", "twenty minutes", "2 hours"; None when there is none."""
    words = tokens[i:i + 3]
    if words == ["half", "an", "hour"] or words == ["a", "half", "hour"]:
        return 30, i + 3
    if words[:2] == ["half", "hour"]:
        return 30, i + 2
    if _token(tokens, i) in ("a", "an"):
        amount, j = 1, i + 1
    else:
        found = cardinal_at(tokens, i)
        if found is None or not 1 <= found[0] <= 600:
            return None
        amount, j = found
    unit = _token(tokens, j)
    if unit in ("minute", "minutes", "min", "mins"):
        return amount, j + 1
    if unit not in ("hour", "hours"):
        return None
    if tokens[j + 1:j + 4] == ["and", "a", "half"]:
        return amount * 60 + 30, j + 4
    return amount * 60, j + 1


def words_to_int(text: str) -> int | None:
    """A whole phrase that is exactly one number ("forty two", "7", "seventeenth"), else None."""
    tokens = text.lower().replace("-", " ").split()
    for reader in (cardinal_at, ordinal_at):
        found = reader(tokens, 0)
        if found is not None and found[1] == len(tokens):
            return found[0]
    return None
