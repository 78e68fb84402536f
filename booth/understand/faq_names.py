"""The booth FAQ's entries by name: "how do i report a code of conduct problem", "is there quiet
room some more" (a quiet room, as heard), "i need to leave my suitcase somewhere, is there a
luggage check". An FAQ entry is one thing, and staff name it in a sentence of its own with no
question word ("quiet room", "lost and found", "luggage check"). A question that fits no sentence
of any intent but says one entry's name, and asks something, is asked about that entry.
"""

from __future__ import annotations

from collections.abc import Iterable

from booth.understand.text import has_phrase

__all__ = ["FaqNames"]

# A sentence that begins with one of these asks something; the others name the entry.
_ASKING = frozenset({"what", "where", "when", "who", "whom", "how", "which", "why", "is", "are", "was", "can",
                     "could", "do", "does", "did", "has", "have", "will", "would", "i", "tell", "show"})
# A question has one of these somewhere ("... where is lost and found"); a remark need not.
_QUESTION_WORDS = frozenset({"what", "where", "when", "who", "how", "which", "is", "are", "can", "could", "do",
                             "does", "any", "need", "want", "looking"})


class FaqNames:
    """The names of FAQ entries (their sentences that ask nothing), each naming one entry."""

    def __init__(self, sentences: dict[str, list[str]], faq_intents: Iterable[str]):
        named: dict[tuple[str, ...], set[str]] = {}
        self._sentence: dict[tuple[str, ...], str] = {}
        for intent in faq_intents:
            for sentence in sentences[intent]:
                words = tuple(sentence.split())
                if words and words[0] not in _ASKING and "{" not in sentence:
                    named.setdefault(words, set()).add(intent)
                    self._sentence.setdefault(words, sentence)
        # A name two entries share names neither.
        self._names = {phrase: next(iter(intents)) for phrase, intents in named.items() if len(intents) == 1}

    def entry_in(self, tokens: list[str], vocabulary: set[str], most_unknown: int) -> tuple[str, str] | None:
        """(FAQ intent, its name as written) when the question asks something, says the name of
        exactly one entry and has at most ``most_unknown`` words no intent uses ("what is the wifi
        speed in my hotel" asks about something else); None otherwise."""
        if not _QUESTION_WORDS & set(tokens) or sum(1 for t in tokens if t not in vocabulary) > most_unknown:
            return None
        hits = {(intent, phrase) for phrase, intent in self._names.items() if has_phrase(tokens, phrase)}
        if len({intent for intent, _ in hits}) != 1:
            return None
        intent, phrase = max(hits, key=lambda h: len(h[1]))
        return intent, self._sentence[phrase]
