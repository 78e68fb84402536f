"""The skeleton of a question: its words with the slots found put in braces ("what {kind} are
at {time}", "when is the {topic} {kind}"), the form the matcher compares with the intents'
sentences. Free text becomes {topic}: the longest run of words no intent uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from booth.understand.slots import Found
from booth.understand.title_span import longer_title
from booth.understand.tuning import Tuning
from booth.understand.wording import TOPIC_GLUE, back_over_number, back_to_marker, glue_letters

__all__ = ["Skeleton", "Skeletons"]


@dataclass
class Skeleton:
    text: str
    slots: dict[str, Any]
    has_topic: bool
    tie_break: float = 0.0  # on equal scores, names found in the schedule beat free text


class Skeletons:
    """Makes skeletons for one schedule and one set of intents."""

    def __init__(self, places: list[list[str]], topic_stop: set[str], tuning: Tuning,
                 topic_count: Callable[[str], int] | None = None,
                 titled_with: Callable[[str, str], bool] | None = None):
        self._places = places  # places with opening hours named with a kind's word ("open spaces rooms")
        self._topic_stop = topic_stop  # words a topic cannot be made of
        self._topic_count = topic_count
        self._titled_with = titled_with
        self.tuning = tuning

    def make(self, tokens: list[str], found: list[Found], demote: set[str], topic: bool,
             topic_score: Callable[[str], float] | None = None) -> Skeleton:
        """The question with its slots in braces ("what {kind} are at {time}"); ``demote``: slots
        read as free text instead; ``topic``: the longest run of words no intent uses is {topic}."""
        by_first = {f.first: f for f in found if f.slot not in demote}
        covered = {i for f in by_first.values() for i in range(f.first, f.last)}
        topic_span = self.topic_span(tokens, covered) if topic else None
        if topic_span is not None and topic_score is not None:
            topic_span = longer_title(tokens, covered, topic_span, topic_score, self._topic_count,
                                      self._titled_with, self.tuning)
        words: list[str] = []
        slots: dict[str, Any] = {}
        i = 0
        while i < len(tokens):
            if topic_span and i == topic_span[0]:
                words.append("{topic}")
                slots["topic"] = glue_letters(tokens[topic_span[0]:topic_span[1]])
                i = topic_span[1]
            elif i in by_first:
                f = by_first[i]
                words.append("{" + f.slot + "}")
                if f.slot not in slots:
                    slots[f.slot] = f.value
                    slots[f"_{f.slot}_words"] = " ".join(tokens[f.first:f.last])  # as said, for answers
                i = f.last
            else:
                words.append(tokens[i])
                i += 1
        return Skeleton(" ".join(words), slots, topic_span is not None)

    def place_at(self, tokens: list[str]) -> tuple[int, int] | None:
        """The span of a place's whole name as the schedule writes it ("open spaces rooms"); said
        otherwise ("the astral open space room") the words are a kind and a room as usual."""
        for place in self._places:
            for i in range(len(tokens) - len(place) + 1):
                said = tokens[i:i + len(place)]
                # The words before the last may drop a plural "s" ("open space rooms"); the last, the
                # place itself, is said as written ("the astral open space room" is one room).
                if said[-1] == place[-1] and all(a.removesuffix("s") == b.removesuffix("s")
                                                 for a, b in zip(said[:-1], place[:-1])):
                    return i, i + len(place)
        return None

    def topic_span(self, tokens: list[str], covered: set[int]) -> tuple[int, int] | None:
        """The longest run of words the intents do not use: that is what the visitor asks about."""
        place = self.place_at(tokens)
        if place is not None and not covered & set(range(*place)):
            return place  # a place named with the intents' words ("open spaces rooms") is the topic
        runs: list[tuple[int, int]] = []
        start = None
        for i, token in enumerate(tokens + ["{end}"]):
            unknown = i < len(tokens) and i not in covered and token not in self._topic_stop
            # Single letters belong to the topic: a recognizer spells "asyncio" as "async i o".
            glue = (i < len(tokens) and i not in covered and start is not None
                    and (token in TOPIC_GLUE or len(token) == 1))
            if unknown:
                if start is None:
                    start = i
                last = i + 1
            elif glue:
                continue
            elif start is not None:
                runs.append((start, last))
                start = None
        if not runs:
            return None
        # After "about" the rest is the subject, question words too: "the talk about time zones".
        runs = [(back_to_marker(tokens, covered, first), last) for first, last in runs]
        # A number said in words is one topic ("booth one fifty"), though "one" alone is an intent word.
        runs = [(back_over_number(tokens, covered, first), last) for first, last in runs]
        return max(runs, key=lambda r: (r[1] - r[0], r[0]))
