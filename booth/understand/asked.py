"""What a question asks for, apart from what it is about.

"how long is Cory Doctorow's keynote", "when does the PyLadies auction end", "who is speaking in
Ballroom A at two" and "which room is the auction in" each name events the way any schedule
question does (a speaker, a topic, a room and a time) and ask one thing about them: a duration,
an end, a speaker, a place. ``split_asked`` separates the two: the thing asked (an ``Asked``) and
the question about the events, put the plain way ("when is Cory Doctorow's keynote", "what is in
Ballroom A at two") so the intents' ordinary sentences find the events. The answer stage then says
the asked thing about them, with the same code that answers "how long is it" as a follow-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from booth.understand.text import merge_pairs


class Asked(str, Enum):
    WHEN = "when"
    WHERE = "where"
    WHO = "who"
    HOW_LONG = "how_long"
    ENDS = "ends"


@dataclass(frozen=True)
class AskedSplit:
    asked: Asked
    plain: list[str]  # the question about the events, said the plain way


_AUX = {"is", "does", "do", "will", "was", "are", "did"}
_MODALS = {"can", "could", "may", "should", "will"}
_END_WORDS = {"end", "ends", "finish", "finishes", "close", "closes", "over", "stop", "stops"}
_LAST_WORDS = {"last", "take", "run", "go", "be", "for"}
# "who is speaking ..." / "who gives ...": the verb says a person is asked for.
_PERSON_VERBS = {"speaking", "giving", "presenting", "talking", "running", "hosting", "teaching", "leading", "doing",
                 "made", "wrote", "created", "built", "organized", "organised", "organizes", "organises",
                 "gives", "presents", "runs", "hosts", "teaches", "leads", "speaks", "talks",
                 "gave", "presented", "ran", "hosted", "taught", "led", "spoke", "talked",
                 "behind"}  # "who's behind the bioinformatics poster"
# After the verb, these words start a place or a time: "who is speaking in Room 308 at two".
_PLACE_OR_TIME = {"in", "at", "on", "now", "next", "today", "tomorrow", "this", "right"}
_PEOPLE_HERE = {"you", "me", "us", "i", "we", "yourself", "myself"}
# "when does it end" is a follow-up about the last answer, not a question of its own.
_POINTERS = {"it", "that", "this", "they", "those", "these"}


def split_asked(tokens: list[str]) -> AskedSplit | None:
    """The asked thing and the plain question, or None when the question asks the usual thing
    (what is on, when, how many) and needs no rewording."""
    for rule in (_how_long, _minutes_long, _length, _how_late, _closing_time, _ends, _opens, _who, _who_does,
                 _speaker_of, _which_room, _asked_last):
        found = rule(tokens)
        if found is not None and found.plain and not set(found.plain[2:]) <= _POINTERS:
            return found
    return None


def _find(tokens: list[str], *words: str) -> int:
    for i in range(len(tokens) - len(words) + 1):
        if tuple(tokens[i:i + len(words)]) == words:
            return i
    return -1


def _how_long(tokens: list[str]) -> AskedSplit | None:
    at = _find(tokens, "how", "long")
    if at < 0:
        return None
    rest = tokens[at + 2:]
    if at >= 2 and set(rest) <= _AUX | _POINTERS | _LAST_WORDS | {"run", "runs", "last", "lasts", "going"}:
        # "cory doctorow's keynote, how long does it run": the subject was said first
        return AskedSplit(Asked.HOW_LONG, ["when", "is", *tokens[:at]])
    if rest[:1] and rest[0] in _AUX:
        rest = rest[1:]
    while rest and (rest[-1] in _LAST_WORDS or rest[-2:] in (["go", "on"], ["goes", "on"])):
        rest = rest[:-2] if rest[-1] == "on" else rest[:-1]  # "how long does the auction go on"
    return AskedSplit(Asked.HOW_LONG, ["when", "is", *rest]) if rest else None


def _minutes_long(tokens: list[str]) -> AskedSplit | None:
    """ "how many minutes is the doctorow keynote": how long it is."""
    for unit in ("minutes", "hours"):
        at = _find(tokens, "how", "many", unit)
        if at >= 0:
            rest = tokens[at + 3:]
            if rest[:1] and rest[0] in _AUX:
                rest = rest[1:]
            while rest and rest[-1] in _LAST_WORDS:
                rest = rest[:-1]
            return AskedSplit(Asked.HOW_LONG, ["when", "is", *rest]) if rest else None
    return None


_LENGTH = {"length", "duration"}


def _length(tokens: list[str]) -> AskedSplit | None:
    """ "katy huff keynote length", "the length of the polars tutorial": how long it is."""
    if len(tokens) >= 2 and tokens[-1] in _LENGTH:
        return AskedSplit(Asked.HOW_LONG, ["when", "is", *tokens[:-1]])
    for lead in (("length", "of"), ("duration", "of")):
        at = _find(tokens, *lead)
        if at >= 0 and tokens[at + 2:]:
            return AskedSplit(Asked.HOW_LONG, ["when", "is", *tokens[at + 2:]])
    return None


def _how_late(tokens: list[str]) -> AskedSplit | None:
    """ "how late does the auction go", "how late is registration open": when it ends."""
    at = _find(tokens, "how", "late")
    if at < 0:
        return None
    rest = tokens[at + 2:]
    if rest[:1] and rest[0] in _AUX:
        rest = rest[1:]
    while rest and rest[-1] in _LAST_WORDS | {"on", "open", "until", "till"}:
        rest = rest[:-1]
    return AskedSplit(Asked.ENDS, ["when", "is", *rest]) if rest else None


def _closing_time(tokens: list[str]) -> AskedSplit | None:
    """ "expo hall closing time [on friday]": when it closes."""
    at = _find(tokens, "closing", "time")
    if at < 1:
        return None
    rest = tokens[:at] + tokens[at + 2:]
    return AskedSplit(Asked.ENDS, ["when", "is", *rest])


# End verbs of two words, read as one: "what time does the auction wrap up tonight".
_TWO_WORD_ENDS = {("wrap", "up"): "end", ("wraps", "up"): "ends", ("let", "out"): "end", ("lets", "out"): "ends"}


def _ends(tokens: list[str]) -> AskedSplit | None:
    if tokens[:2] in (["until", "when"], ["till", "when"]):
        rest = tokens[2:]
        if rest[:1] and rest[0] in _MODALS:  # "until when can i pick up swag": when can i, until it ends
            return AskedSplit(Asked.ENDS, ["when", *rest]) if rest[1:] else None
        if rest[:1] and rest[0] in _AUX:
            rest = rest[1:]
        return AskedSplit(Asked.ENDS, ["when", "is", *rest]) if rest else None
    # The end verb ends the question or comes before a time: "when does registration close today".
    tokens = merge_pairs(tokens, lambda a, b: _TWO_WORD_ENDS.get((a, b)))
    verbs = [i for i, t in enumerate(tokens) if t in _END_WORDS and all(w in _AFTER_OPEN for w in tokens[i + 1:i + 2])]
    if not verbs:
        return None
    verb = verbs[-1]
    for lead in (("when",), ("what", "time"), ("at", "what", "time")):
        at = _find(tokens, *lead)
        if at >= 0 and tokens[at + len(lead):at + len(lead) + 1] and tokens[at + len(lead)] in _AUX:
            rest = tokens[at + len(lead) + 1:verb] + tokens[verb + 1:]
            return AskedSplit(Asked.ENDS, ["when", "is", *rest]) if rest else None
    return None


_OPEN_WORDS = {"open", "opens"}
_AFTER_OPEN = {"now", "today", "tomorrow", "tonight", "on", "at", "until", "till", "this", "right", "yet", "still",
               "again", "in", "early", "late", "for"}


def _opens(tokens: list[str]) -> AskedSplit | None:
    """ "when does registration open tomorrow", "is the expo hall open": when a place is open."""
    # "open" as a verb ends the question or comes before a time; "open spaces" is a kind.
    verbs = [i for i, t in enumerate(tokens) if t in _OPEN_WORDS
             and (i + 1 == len(tokens) or tokens[i + 1] in _AFTER_OPEN)]
    if not verbs or verbs[0] < 2:
        return None
    at = verbs[0]
    if tokens[0] == "when" or tokens[:2] == ["what", "time"]:
        first = 2 + (tokens[0] == "what")
        if tokens[first - 1] not in _AUX:
            return None
    elif tokens[0] in ("is", "are"):
        first = 1
    else:
        return None
    before, after = tokens[first:at], tokens[at + 1:]
    return AskedSplit(Asked.WHEN, ["when", "does", *before, "open", *after]) if before else None


def _who(tokens: list[str]) -> AskedSplit | None:
    at = tokens.index("who") if "who" in tokens else -1
    if at < 0:
        return None
    rest = tokens[at + 1:]
    if rest[:1] and rest[0] in _AUX:
        rest = rest[1:]
    if rest[:2] in (["the", "one"], ["the", "person"], ["the", "guy"], ["the", "woman"], ["the", "man"]):
        rest = rest[2:]  # "who's the one talking about the linux kernel"
    if rest[:1] == ["on"] and rest[1:2] and rest[1] in _PLACE_OR_TIME:
        # "who's on in janson at eleven": who gives what is on there then
        return AskedSplit(Asked.WHO, ["what", "is", *rest])
    if not rest or rest[0] not in _PERSON_VERBS:
        return None
    rest = rest[1:]
    if rest[:1] and rest[0] in _PEOPLE_HERE:
        return None  # "who made you": about Booth or the visitor, not an event
    if rest[:1] == ["about"]:  # "who is speaking about locals": the talk about it, then who gives it
        return AskedSplit(Asked.WHO, ["is", "there", "anything", *rest]) if rest[1:] else None
    if rest and rest[0] in _PLACE_OR_TIME:
        return AskedSplit(Asked.WHO, ["what", "is", "on", *rest] if rest[0] != "in" else ["what", "is", *rest])
    return AskedSplit(Asked.WHO, ["when", "is", *rest]) if rest else None


def _who_does(tokens: list[str]) -> AskedSplit | None:
    """ "who does the jwt talk", "who's doing the state of go": the person giving it."""
    if tokens[:1] != ["who"] or len(tokens) < 3:
        return None
    rest = tokens[1:]
    if rest[0] in ("is", "was") and rest[1:2] == ["doing"]:
        rest = rest[2:]
    elif rest[0] in ("does", "did", "do"):
        rest = rest[1:]
    else:
        return None
    if not rest or rest[0] in _PLACE_OR_TIME | _POINTERS | {"i", "you", "we"}:
        return None
    return AskedSplit(Asked.WHO, ["when", "is", *rest])


_SPEAKER_NOUNS = {"speaker", "speakers", "presenter", "presenters", "instructor", "instructors", "host", "hosts"}


def _speaker_of(tokens: list[str]) -> AskedSplit | None:
    """ "cython talk speaker", "the libreboot speaker": who gives it."""
    if len(tokens) >= 2 and tokens[-1] in _SPEAKER_NOUNS and tokens[-2] not in ("keynote", "the", "a"):
        rest = tokens[:-1]
        if rest[0] in ("who", "what", "which"):
            return None  # "who is the speaker" asks about the last answer, as a follow-up
        return AskedSplit(Asked.WHO, ["when", "is", *rest])
    return None


def _which_room(tokens: list[str]) -> AskedSplit | None:
    """ "which room is the auction in" -> where is the auction."""
    for lead in (("which", "room"), ("what", "room")):
        at = _find(tokens, *lead)
        if at >= 0 and tokens[at + 2:at + 3] and tokens[at + 2] in _AUX:
            rest = tokens[at + 3:]
            if rest[-1:] == ["in"]:
                rest = rest[:-1]
            return AskedSplit(Asked.WHERE, ["where", "is", *rest]) if rest else None
    return None


# Question words said last, the way a visitor asks in a hurry ("itertools tutorial what room",
# "fizzbuzz talk who", "mentored sprints finish when"): what they ask for. Longest first.
_LAST_ASKED = (
    (("finish", "when"), Asked.ENDS), (("finishes", "when"), Asked.ENDS), (("end", "when"), Asked.ENDS),
    (("ends", "when"), Asked.ENDS), (("over", "when"), Asked.ENDS),
    (("what", "room"), Asked.WHERE), (("which", "room"), Asked.WHERE), (("where",), Asked.WHERE),
    (("which", "day"), Asked.WHEN), (("what", "day"), Asked.WHEN), (("what", "time"), Asked.WHEN),
    (("when",), Asked.WHEN), (("who",), Asked.WHO),
)
# Words that cannot begin the thing asked about: a question of its own ("when is it where") or a
# follow-up ("and who").
_NOT_A_SUBJECT = _AUX | _POINTERS | {"when", "where", "who", "what", "which", "and", "or", "how", "i", "you", "we"}


def _asked_last(tokens: list[str]) -> AskedSplit | None:
    """ "polars tutorial which day" -> when is the polars tutorial; "fizzbuzz talk who" -> who gives it."""
    for tail, asked in _LAST_ASKED:
        if len(tokens) > len(tail) and tuple(tokens[-len(tail):]) == tail:
            rest = tokens[:-len(tail)]
            if rest[0] in _NOT_A_SUBJECT:
                return None
            return AskedSplit(asked, ["where" if asked is Asked.WHERE else "when", "is", *rest])
    return None


# Template sentences where the free text is a person: "is {topic} speaking", "a talk by {topic}".
_PERSON_POSITION = re.compile(
    r"(?:\bby|\bwith) \{topic\}|\{topic\} (?:speaking|speak|talking|talk|presenting|present|giving)"
    r"|(?:does|is) \{topic\} (?:speak|talk|present|giving|doing|have|has)|talking about|does \{topic\} \{kind\}$"
    r"|\{topic\} (?:at|coming to|attending|speaking at) (?:pycon|the conference)"
    r"|^when (?:is|does) \{topic\} on$")  # "when's Carol Willing on": a person, or an event


@lru_cache(maxsize=4096)
def names_person(sentence: str) -> bool:
    """Whether the matched sentence puts its free text where a person's name goes."""
    found = _PERSON_POSITION.search(sentence)
    return found is not None and found.group(0) != "talking about"


# Words before a name that make it a thing: nobody is "the DuckDB" ("when does the duckdb open space").
_ARTICLES = frozenset({"the", "a", "an"})


def said_as_person(sentence: str, heard: list[str], topic: str) -> bool:
    """Whether the free text ``topic`` of the matched ``sentence`` is a person in what was ``heard``:
    the sentence puts it where a name goes ("when does {topic} {kind}") and no article comes
    before it ("when does the beeware tutorial" is "is" misheard, or "... start" left off)."""
    if not names_person(sentence):
        return False
    words = topic.split()
    return not any(heard[at:at + len(words)] == words and heard[at - 1] in _ARTICLES
                   for at in range(1, len(heard) - len(words) + 1))


# Template sentences that say outright that the free text is a subject ("anything about {topic}",
# "a talk called {topic}"): a subject nothing covers there gets "I couldn't find any ... about X".
_SUBJECT_POSITION = re.compile(r"\b(?:about|called|named|titled) \{topic\}|\b(?:anything|something) on \{topic\}"
                               r"|^when (?:is|are) (?:the )?\{topic\}$|^(?:is|are) there (?:(?:a|an|any) )?\{topic\}(?: \{time\})?$")


@lru_cache(maxsize=4096)
def names_subject(sentence: str) -> bool:
    return _SUBJECT_POSITION.search(sentence) is not None
