"""Whether the best fit is good enough to answer: a matcher's last word before "no match". The
score must clear the threshold, and a free-text topic must find something on the schedule, unless
the sentence says it asks about a subject or a person (then "nothing about it" is the answer)."""

from __future__ import annotations

from collections.abc import Callable

from booth.understand.asked import names_person, names_subject
from booth.understand.intents import IntentSet
from booth.understand.tuning import Tuning
from booth.understand.wording import NOT_NAMES, NOT_OURS

__all__ = ["Acceptance"]

# A candidate: (score, intent name, slots, the template sentence it fit).
Candidate = tuple[float, str, dict, str]
TopicScore = Callable[[str], float] | None  # how well a free text finds something on the schedule


class Acceptance:
    def __init__(self, intents: IntentSet, tuning: Tuning, plain_kinds: frozenset[str], single_fillers: set[str]):
        self.intents = intents
        self.tuning = tuning
        self.plain_kinds = plain_kinds
        self._single_fillers = single_fillers

    def junk_topic(self, match, topic_score: TopicScore) -> bool:
        """A match whose free text finds nothing on the schedule: an aside may have been taken for it."""
        return "topic" in match.slots and topic_score is not None and \
            topic_score(str(match.slots["topic"])) < self.tuning.topic_found_score

    def unknown_subject(self, candidate: Candidate, topic_score: TopicScore) -> bool:
        """A sentence that says its free text is a subject ("is there a {topic}", "anything about
        {topic}") with a subject nothing on the schedule covers: answered "no" if nothing else fits."""
        _score, _name, slots, sentence = candidate
        named = {k for k in slots if k[0] != "_"}
        return ("topic" in slots and names_subject(sentence) and named - {"time", "kind"} == {"topic"}
                and topic_score is not None and topic_score(slots["topic"]) < self.tuning.topic_found_score)

    def acceptable(self, candidate: Candidate, topic_score: TopicScore, said_alone: bool = False,
                   said_name: bool = False) -> bool:
        score, name, slots, sentence = candidate
        if score < self.tuning.match_threshold:
            return False
        named = {k for k in slots if k[0] != "_"}
        if ("topic" in slots and slots.get("kind") in self.plain_kinds and topic_score is not None
                and topic_score(slots["topic"]) < self.tuning.topic_found_score):
            return False
        if named - {"time"} == {"topic"} and self.intents.intents[name].open_topic:
            if set(str(slots["topic"]).split()) <= NOT_NAMES:
                return False  # "is anyone here" names no one
            return score >= self.tuning.open_topic_threshold
        if self.unknown_subject(candidate, topic_score):
            # "anything about cobol": the question says what it is about; nothing about it is an answer,
            # unless the subject is the visitor's own or outside the venue ("my flight", "a pharmacy nearby")
            if set(str(slots["topic"]).split()) & NOT_OURS:
                return False
            return score >= self.tuning.open_topic_threshold
        if "topic" in slots and names_person(sentence):
            return True  # the sentence says a person is meant: a name not on the schedule gets "I don't see X"
        if "topic" in slots and topic_score is not None:
            found_score = topic_score(slots["topic"])
            if sentence.strip() == "{topic}":
                # A bare fragment ("job fair", "gimp"): only when it names what a title says, and
                # not a greeting or filler said alone ("hello").
                words = set(str(slots["topic"]).split())
                if said_name or (said_alone and found_score < self.tuning.topic_hit_floor):
                    return True  # nothing about it on the schedule: "I couldn't find anything about cobol"
                return found_score >= self.tuning.bare_topic_score and not words <= self._single_fillers
            if named - {"time"} == {"topic"}:
                # Only a free-text topic: accept it if the sentence is close and the topic is real.
                return score >= self.tuning.topic_only_threshold and found_score >= self.tuning.topic_found_score
            if found_score < self.tuning.topic_found_score and score < self.tuning.junk_topic_threshold:
                return False
        return True
