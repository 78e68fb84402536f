"""Slots the finder found that are not what they seem: a kind word that is part of the subject
("a talk about coffee brewing") and a speaker's name part beside another name ("kenneth reitz"
when the schedule has Kenneth Love)."""

from __future__ import annotations

from booth.understand.slots import Found
from booth.understand.text import tokenize
from booth.understand.wording import SUBJECT_MARKERS

__all__ = ["other_person", "subject_kinds"]


def subject_kinds(vocabulary: set[str], names: list[Found], tokens: list[str]) -> list[Found]:
    """ "a talk about coffee brewing", "coffee brewing open space": of two kinds named, one said
    beside a word no intent knows is part of the subject, not a second kind."""
    kinds = [f for f in names if f.slot == "kind"]
    if len(kinds) < 2:
        return names
    taken = {i for f in names for i in range(f.first, f.last)}
    beside = [k for k in kinds if any(0 <= i < len(tokens) and i not in taken and tokens[i] not in vocabulary
                                      for i in (k.first - 1, k.last))]
    # "a keynote about coffee": a kind word after "about" is what the other kind is about.
    beside += [k for k in kinds if k not in beside and k.first > 0 and tokens[k.first - 1] in SUBJECT_MARKERS]
    if not beside:
        return names
    if len(beside) == len(kinds):
        # Every kind word sits beside the subject ("coffee brewing open space"): the last one is the
        # kind asked for, as the head of an English noun phrase comes last.
        beside = beside[:-1]
    return [f for f in names if f not in beside]


def other_person(vocabulary: set[str], found: Found, tokens: list[str], names: list[Found]) -> bool:
    """ "kenneth reitz" when the schedule has Kenneth Love: a name part beside a word that is
    neither a question word nor part of that name is someone else, not that speaker."""
    if found.slot != "speaker" or not isinstance(found.value, str):  # a name (an ordinal is an int)
        return False
    parts = set(tokenize(found.value))
    taken = {i for f in names for i in range(f.first, f.last)}
    for i in (found.first - 1, found.last):
        if 0 <= i < len(tokens) and i not in taken:
            word = tokens[i]
            if len(word) >= 3 and word.isalpha() and word not in vocabulary and word not in parts:
                return True
    return False
