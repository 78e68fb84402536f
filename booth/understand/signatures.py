"""The last resort for a question worded like no template: its question word and its slots.

"where is brett slatkin going to give his talk" is close to no sentence the intents allow
("where is {speaker} {kind}" is too short beside it), yet "where" with a speaker and a kind is
what where_is's sentences ask and no other intent's. A question that fits nothing, begins with
a question word and names things the schedule knows is read by that signature: the intent whose
sentences have the same question word and slots, when one intent has the most of them. Few words
may stand beside the slots and at most one that no intent uses ("gave", "taught"): a question with
a subject of its own ("who won the election") has no signature to go by.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from booth.understand.intents import IntentSet
from booth.understand.tuning import Tuning

__all__ = ["HEADS", "Signatures", "signature"]

# The words a signature starts with: what they ask is not in the slots ("where" a place, "who" a
# person, "is" yes or no). "what" is not one: "what is X" asks anything about X.
HEADS = frozenset({"where", "when", "who", "is", "are", "does"})
# A time narrows any question that takes one; it says nothing about which question it is.
_UNSIGNED = frozenset({"time"})


def signature(words: list[str]) -> str | None:
    """ "where is {speaker} going to give his {kind} {time}" -> "where kind speaker"; None without a
    leading question word or without a slot."""
    if not words or words[0] not in HEADS:
        return None
    slots = sorted({w[1:-1] for w in words if w.startswith("{") and w.endswith("}")} - _UNSIGNED)
    return " ".join([words[0], *slots]) if slots else None


class Signatures:
    """Each signature's intent (the one with the most sentences of it) and a sentence of it."""

    def __init__(self, sentences: dict[str, list[str]], eligible: Iterable[str]):
        counts: dict[str, Counter[str]] = {}
        self._example: dict[tuple[str, str], str] = {}
        for intent in eligible:
            for sentence in sentences[intent]:
                sign = signature(sentence.split())
                if sign is None:
                    continue
                counts.setdefault(sign, Counter())[intent] += 1
                self._example.setdefault((sign, intent), sentence)
        self._intent: dict[str, str] = {}
        for sign, by_intent in counts.items():
            ranked = by_intent.most_common(2)
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                self._intent[sign] = ranked[0][0]  # a tie says nothing: no intent for it

    def intent_for(self, words: list[str]) -> tuple[str, str] | None:
        """(intent, one of its sentences with that signature) for a skeleton's words, or None."""
        sign = signature(words)
        intent = self._intent.get(sign) if sign is not None else None
        if intent is None or sign is None:
            return None
        return intent, self._example[(sign, intent)]

    def reading(self, skeletons, vocabulary: set[str], intents: IntentSet, tuning: Tuning,
                acceptable: Callable[[tuple[float, str, dict[str, Any], str]], bool],
                topic_score: Callable[[str], float] | None = None) -> tuple[float, str, dict[str, Any], str] | None:
        """(score, intent, slots, sentence) for the first of a question's skeletons
        (``skeleton.Skeleton``: ``text`` and ``slots``) that its signature reads as an intent's, with few
        other words (``tuning.signature_words``, of which ``signature_unknown`` no intent uses)
        and slots that intent takes, a topic only one the schedule knows (``topic_score``);
        ``acceptable`` is the matcher's own check of a candidate."""
        for skeleton in skeletons:
            words = skeleton.text.split()
            unknown = [w for w in words if w[0] != "{" and w not in vocabulary]
            if sum(1 for w in words if w[0] != "{") > tuning.signature_words or len(unknown) > tuning.signature_unknown:
                continue
            if topic_score is not None and any(topic_score(w) >= tuning.topic_found_score for w in unknown):
                continue  # "who is giving the asyncio {kind}": the word left out is what it is about
            found = self.intent_for(words)
            if found is None:
                continue
            name, sentence = found
            intent = intents.intents[name]
            if any(s not in intent.slots for s in skeleton.slots if s[0] != "_") or not all(
                    any(slot in skeleton.slots for slot in alternatives) for alternatives in intent.requires):
                continue  # a time said to an intent that takes none: another question
            kept = {k: v for k, v in skeleton.slots.items()
                    if k in intent.slots or (k[0] == "_" and k[1:].removesuffix("_words") in intent.slots)}
            if "topic" in kept and (topic_score is None or topic_score(str(kept["topic"])) < tuning.topic_found_score):
                continue  # free text the schedule does not know: the signature is no evidence of it
            candidate = (tuning.signature_score, name, kept, sentence)
            if acceptable(candidate):
                return candidate
        return None
