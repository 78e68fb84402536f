"""Names Booth offers in an answer, and the visitor's reply that takes one.

An answer may end in a question of its own: "I don't know a sponsor called mehta. Did you mean
Meta?", "There are two of them: Ballroom A or Ballroom BC. Which one?". Each offer is the words
Booth heard and the name it offers instead. The reply ("yes", "ballroom a", "the second one", "a")
takes one, and Booth answers the visitor's question again with that name in place of the words it
heard: "what is on in ballroom at three" becomes "what is on in ballroom a at three", so the
reply answers what was asked, not some other question about the room or the sponsor.
"""

from __future__ import annotations

from dataclasses import dataclass

from booth.understand.text import tokenize

__all__ = ["Offer", "YES_WORDS", "NO_WORDS", "taken", "declined", "rephrased"]

# The one table of yes and no (also for the voice's "Did you mean ...?", booth/voice/listen.py).
YES_WORDS = frozenset({"yes", "yeah", "yep", "yup", "sure", "correct", "right"})
NO_WORDS = frozenset({"no", "nope", "wrong", "neither"})
# Words a reply that names an offer may have besides the name ("the ballroom a one please", "no,
# the bc one").
_AROUND = frozenset({"the", "one", "please", "i", "mean", "meant", "that", "is", "it", "in", "room", "oh", "um",
                     "uh", "thanks", "thank", "you", "booth", "ok", "okay", "yes", "yeah", "no", "nope"})


@dataclass(frozen=True)
class Offer:
    heard: str  # the words Booth heard ("ballroom", "mehta")
    instead: str  # the name it offers ("Ballroom A", "Meta")


def _own_words(offer: Offer, offers: tuple[Offer, ...]) -> set[str]:
    """The words of an offered name that tell it from the others and from what was heard
    ("a" for Ballroom A beside Ballroom BC, both offered for "ballroom")."""
    others = {w for o in offers if o is not offer for w in tokenize(o.instead)}
    mine = set(tokenize(offer.instead))
    return (mine - others - set(tokenize(offer.heard))) or mine


def taken(reply: str, offers: tuple[Offer, ...], ordinal: int | None = None) -> Offer | None:
    """The offer ``reply`` takes: "yes" when there is one, "the second one" (``ordinal``, 1-based,
    -1 for "the last one"), or a reply of nothing but an offered name and small words ("ballroom
    a", "a please", "meta"). None when it takes none: a new question stays a new question."""
    if not offers:
        return None
    words = tokenize(reply)
    if ordinal is not None:
        if ordinal == -1:
            return offers[-1]
        return offers[ordinal - 1] if 0 < ordinal <= len(offers) else None
    if not words:
        return None
    if len(offers) == 1 and set(words) <= YES_WORDS | _AROUND and set(words) & YES_WORDS:
        return offers[0]
    named = [o for o in offers if _own_words(o, offers) <= set(words)
             and set(words) <= set(tokenize(o.instead)) | set(tokenize(o.heard)) | _AROUND]
    return named[0] if len(named) == 1 else None


def declined(reply: str) -> bool:
    """ "no", "nope, neither": the visitor takes none of the offers."""
    words = set(tokenize(reply))
    return bool(words & NO_WORDS) and words <= NO_WORDS | _AROUND | {"thanks", "of", "them"}


def rephrased(asked: str, offer: Offer) -> str | None:
    """``asked`` with the words Booth heard replaced by the offered name ("where is the mehta
    booth" -> "where is the meta booth"); None when those words are not in it."""
    said, heard, instead = tokenize(asked), tokenize(offer.heard), tokenize(offer.instead)
    if not heard:
        return None
    for i in range(len(said) - len(heard) + 1):
        if said[i:i + len(heard)] == heard:
            return " ".join([*said[:i], *instead, *said[i + len(heard):]])
    return None
