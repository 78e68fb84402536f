"""Turn typed or recognized text into the tokens every later stage works on.

A speech recognizer writes "what open spaces are at three" (lowercase, no punctuation, numbers as
words); a person types "What open spaces are at 3pm?". Both become the same kind of token list.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

CONTRACTIONS = {
    "what's": "what is",
    "time's": "time is",
    "whats": "what is",
    "where's": "where is",
    "wheres": "where is",
    "when's": "when is",
    "whens": "when is",
    "who's": "who is",
    "whos": "who is",
    "how's": "how is",
    "that's": "that is",
    "there's": "there is",
    "it's": "it is",
    "i'm": "i am",
    "what're": "what are",
    "let's": "let us",
    "can't": "can not",
    "don't": "do not",
    "isn't": "is not",
    "aren't": "are not",
    "o'clock": "oclock",
}

_AMPM = re.compile(r"\b([ap])\.?\s?m\b\.?", re.IGNORECASE)
_DIGIT_AMPM = re.compile(r"(\d)(am|pm)\b")
_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b")
_KEEP = re.compile(r"\d+:\d+|[a-z0-9]+(?:'[a-z]+)?")
# "5/16" or "5/16/2025" as typed in the US: month/day[/year], read as "may 16 [2025]".
_SLASH_DATE = re.compile(r"\b(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?:/(\d{4}|\d{2}))?\b")
_MONTH_NAMES = "january february march april may june july august september october november december".split()


def _slash_date(m: re.Match) -> str:
    year = m.group(3) or ""
    if len(year) == 2:
        year = "20" + year
    return f" {_MONTH_NAMES[int(m.group(1)) - 1]} {int(m.group(2))} {year} "


class _FoldTable(dict):
    """str.translate table: each character's NFKD form without combining marks, worked out the
    first time the character is seen. Character by character gives what normalizing the whole
    text does once the marks are dropped, at C speed for long descriptions."""

    def __missing__(self, char: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(char))
        self[char] = folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        return folded


_FOLD = _FoldTable({ord("ł"): "l", ord("Ł"): "L", ord("ø"): "o", ord("ß"): "ss"})


def fold(text: str) -> str:
    """Lowercase and strip accents, so "Łukasz" and "lukasz" compare equal."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD).lower()


def tokenize(text: str) -> list[str]:
    """Lowercase word tokens; ':' survives only inside clock times such as "15:00"."""
    text = fold(text).replace("’", "'").replace("‘", "'").replace("#", " number ")
    text = _SLASH_DATE.sub(_slash_date, text)
    text = _AMPM.sub(lambda m: f" {m.group(1)}m ", text)
    text = _DIGIT_AMPM.sub(r"\1 \2", text)
    text = _ORDINAL.sub(r"\1", text)
    tokens: list[str] = []
    for raw in _KEEP.findall(text):
        if "'" in raw:
            if raw in CONTRACTIONS:
                tokens.extend(CONTRACTIONS[raw].split())
                continue
            word, _, suffix = raw.partition("'")
            tokens.append(word)  # possessive "hynek's" -> "hynek"; "we'll" -> "we"
            continue
        if raw in CONTRACTIONS:
            tokens.extend(CONTRACTIONS[raw].split())
        else:
            tokens.append(raw)
    return tokens


def has_phrase(tokens, phrase) -> bool:
    """Whether the words of ``phrase`` come one after another somewhere in ``tokens``."""
    words, n = list(phrase), len(phrase)
    return n > 0 and any(list(tokens[i:i + n]) == words for i in range(len(tokens) - n + 1))


def merge_pairs(words: list[str], merged: Callable[[str, str], str | None]) -> list[str]:
    """``words`` with each pair of neighbours that ``merged`` makes one word replaced by that word,
    left to right ("wrap up" -> "end", "y fi" -> "wifi")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = merged(words[i], words[i + 1]) if i + 1 < len(words) else None
        out.append(word if word is not None else words[i])
        i += 2 if word is not None else 1
    return out


def normalize(text: str) -> str:
    """The token list joined by single spaces."""
    return " ".join(tokenize(text))
