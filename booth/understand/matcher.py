"""Transcript -> intent. Slots are found first (rooms, times, kinds, names from the schedule), the
question is reduced to a skeleton such as "what {kind} are at {time}", and rapidfuzz compares the
skeleton with every sentence the intents' templates allow. Out-of-domain questions come back as
NoMatch, a value, never a guess."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz, process

from booth.understand.acceptance import Acceptance
from booth.understand.asides import question_spans, referent_spans
from booth.understand.asked import names_subject
from booth.understand.dayparse import part_before_kind
from booth.understand.faq_names import FaqNames
from booth.understand.framing import either_kind, tracks_before_kinds, without_scope
from booth.understand.intents import IntentSet
from booth.understand.signatures import Signatures
from booth.understand.skeleton import Skeleton, Skeletons
from booth.understand.slots import Found, Lexicon, find_rooms, find_slots, ordinal_in_title
from booth.understand.speakers import other_person, subject_kinds
from booth.understand.text import tokenize
from booth.understand.tuning import TUNING, Tuning
from booth.understand.wording import (
    agreed,
    heard_contractions,
    no_stutter,
    sentence_tokens,
    trailing_thanks,
)

log = logging.getLogger(__name__)

# The slot that marks a match close to no sentence, read by its signature or an FAQ entry's name:
# heard in noise such a reading is babble made to fit (booth/voice/decide.py).
READ_BY = "_read_by"
# Set on a match found only once an aside before or after the question was left out.
ASIDE = "_aside"
_SLOT_IN_SENTENCE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class IntentMatch:
    name: str
    slots: dict[str, Any]
    score: float
    heard: str
    sentence: str = ""  # the template sentence that matched best

    @property
    def matched(self) -> bool:
        return True


@dataclass(frozen=True)
class NoMatch:
    heard: str
    reason: str  # "nothing heard" | "out of domain"
    best_intent: str | None = None
    score: float = 0.0
    slots: dict[str, Any] = field(default_factory=dict)

    @property
    def matched(self) -> bool:
        return False


def _time_around(skeleton: str) -> str | None:
    """The skeleton without a time said before or after the rest of it ("{time} what talks are
    on", "anything about {topic} {time}"), when there is such a time and more besides."""
    words = skeleton.split()
    if len(words) >= 3 and words[-1] == "{time}" and "{time}" not in words[:-1]:
        return " ".join(words[:-1])
    if len(words) >= 3 and words[0] == "{time}" and "{time}" not in words[1:]:
        return " ".join(words[1:])
    return None


class Matcher:
    def __init__(self, intents: IntentSet, lexicon: Lexicon,
                 find_time: Callable[[list[str], Any, set[int]], Any] | None = None,
                 find_ordinal: Callable[[list[str], set[int]], Any] | None = None, tuning: Tuning = TUNING,
                 plain_kinds: frozenset[str] = frozenset(), topic_count: Callable[[str], int] | None = None,
                 places: frozenset[str] = frozenset(), conference_words: frozenset[str] = frozenset(),
                 titled_with: Callable[[str, str], bool] | None = None):
        self.intents = intents
        self._topic_count = topic_count  # how many events a topic names (TopicIndex.close_count)
        self._titled_with = titled_with  # whether a topic's best event has a word in its title
        # Places with opening hours named with a kind's word ("Open Spaces Rooms"): the name is the topic.
        self._places = [p.split() for p in places if len(p.split()) > 1]
        self._given_names = {str(name).split()[0].lower() for name in lexicon.forms.get("speaker", {}).values()
                             if len(str(name).split()) > 1}
        # Kinds whose events are only named by their kind ("Break", "Lunch"): nothing is about a subject
        # there, so a subject the schedule lacks beside them is chatter ("brb getting coffee").
        self.plain_kinds = plain_kinds
        self._conference_words = conference_words  # its title's words: "fosdem", "2026"
        self._kind_words = frozenset(form.split()[-1] for form in lexicon.forms.get("kind", {}) if form)
        self._kind_forms = frozenset(form for form in lexicon.forms.get("kind", {}) if form)
        self.tuning = tuning
        self.lexicon = lexicon
        self._find_time = find_time
        self._find_ordinal = find_ordinal
        aliases = sorted(intents.aliases, key=len, reverse=True)
        self._alias_re = re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![a-z0-9])") \
            if aliases else None
        fillers = sorted(intents.fillers, key=lambda f: len(f.split()), reverse=True)
        self._filler_re = re.compile(r"(?:^| )(?:" + "|".join(re.escape(f) for f in fillers) + r")(?= |$)") \
            if fillers else None
        self._single_fillers = {f for f in intents.fillers if " " not in f}
        self.vocabulary: set[str] = set()
        # Words a topic cannot be made of: the FAQ's are not among them ("where is registration"
        # still asks the schedule about registration).
        self._topic_stop: set[str] = set()
        self._uses = {slot for intent in intents.intents.values() for slot in intent.slots}
        # Rooms and YAML-listed values are closed lists of exact phrases: they go before times, so
        # "room three oh eight" and "twelve ounce" are not read as 3:08 and noon.
        self._listed = ("room", *(s for s in intents.slot_lists.names() if s in self._uses))
        self._sentences: dict[str, list[str]] = {}
        self._sorted: dict[str, list[str]] = {}
        self._agreed: dict[str, list[str]] = {}  # the sentences with is/are, was/were, does/do alike
        for intent in intents.intents.values():
            cleaned = []
            for sentence in intent.sentences:
                words = self._drop_fillers(sentence_tokens(sentence))
                self.vocabulary.update(w for w in words if not w.startswith("{"))
                if not intent.faq:
                    self._topic_stop.update(w for w in words if not w.startswith("{"))
                cleaned.append(" ".join(words))
            self._sentences[intent.name] = list(dict.fromkeys(s for s in cleaned if s))
            # Word-sorted twins for the any-order comparison, sorted once here rather than per question.
            self._agreed[intent.name] = [agreed(s) for s in self._sentences[intent.name]]
            self._sorted[intent.name] = [" ".join(sorted(s.split())) for s in self._agreed[intent.name]]
        # The slots each sentence wants, found once here rather than for every question it is compared with.
        # Words no title begins with after an ordinal ("the last talk"): the intents' and the kinds'.
        self._question_words = self._topic_stop | set(self.lexicon.forms.get("kind", {}))
        self._wants = {s: _SLOT_IN_SENTENCE.findall(s) for sentences in self._sentences.values() for s in sentences}
        self._faq_names = FaqNames(self._sentences, [i.name for i in intents.intents.values() if i.faq])
        self._skeletons = Skeletons(self._places, self._topic_stop, tuning, topic_count, titled_with)
        self._accept = Acceptance(intents, tuning, plain_kinds, self._single_fillers)
        self._signatures = Signatures(self._sentences, [i.name for i in intents.intents.values()
                                                        if not i.followup and not i.faq])

    def sentences(self, intents: Iterable[str] | None = None) -> list[str]:
        """Every sentence the templates (of ``intents``; None: all) allow, fillers out, for a
        recognizer grammar."""
        names = self._sentences if intents is None else intents
        return [s for name in names for s in self._sentences[name]]

    def _drop_fillers(self, tokens: list[str]) -> list[str]:
        if self._filler_re is None:
            return tokens
        text = " ".join(tokens)
        kept = self._filler_re.sub(" ", text).split()
        # Repeated because a match consumes the space the next filler would start at.
        kept = self._filler_re.sub(" ", " ".join(kept)).split()
        return kept or tokens  # a filler alone ("okay", "thanks") is still what was said

    # -- slots ------------------------------------------------------------------------------
    def find(self, tokens: list[str], clock) -> list[Found]:
        rooms = find_rooms(self.lexicon, tokens, self._listed, self._listed[1:], self.tuning)
        taken = {i for f in rooms for i in range(f.first, f.last)}
        found = list(rooms)
        if self._find_time is not None and clock is not None and "time" in self._uses:
            span = self._find_time(tokens, clock, taken)
            if span is not None:
                found.append(Found("time", span.query, span.first, span.last, 100.0))
                taken |= set(range(span.first, span.last))
        if self._find_ordinal is not None and "ordinal" in self._uses:
            ordinal = self._find_ordinal(tokens, taken)
            if ordinal is not None and self._titled_with is not None and ordinal_in_title(
                    tokens, ordinal.first, taken, self._question_words, self._titled_with):
                ordinal = None
            if ordinal is not None:
                found.append(ordinal)
                taken |= set(range(ordinal.first, ordinal.last))
        names = [f for f in find_slots(self.lexicon, tokens, taken, self.vocabulary, self.tuning)
                 if f.slot not in self._listed]
        place = self._skeletons.place_at(tokens)
        if place is not None:  # "when do the open spaces rooms close": the place, not a kind or a room
            found = [f for f in found if not (f.slot == "room" and place[0] <= f.first and f.last <= place[1])]
            names = [f for f in names if not (f.slot == "kind" and place[0] <= f.first and f.last <= place[1])]
        found += [f for f in subject_kinds(self.vocabulary, names, tokens) if not other_person(self.vocabulary, f, tokens, names)]
        found = tracks_before_kinds(tokens, either_kind(tokens, found), self.lexicon.bare_tracks,
                                    self.vocabulary, self._listed)
        return sorted(found, key=lambda f: f.first)

    # -- matching ---------------------------------------------------------------------------
    def _closest(self, skeleton: str, intent: str) -> tuple[str, float] | None:
        """The intent's sentence closest to the skeleton. Letters forgive recognizer slips
        ("want" for "what"); whole words keep "what is X" from passing for "when is X"."""
        sentences = self._sentences[intent]
        if not sentences:
            return None
        # Compared with is/are, was/were, does/do alike: "when are the final remarks" asks what
        # "when is the {topic}" asks.
        skeleton, agreed_sentences = agreed(skeleton), self._agreed[intent]
        candidates = [c[2] for c in process.extract(skeleton, agreed_sentences, scorer=fuzz.ratio, limit=5,
                                                     score_cutoff=self.tuning.match_threshold - 25)]
        words = skeleton.split()
        best: tuple[str | None, float] = (None, 0.0)
        for index in candidates:
            sentence = agreed_sentences[index]
            word_score = fuzz.ratio(words, sentence.split())
            score = 0.6 * fuzz.ratio(skeleton, sentence) + 0.4 * word_score
            if score > best[1]:
                best = (sentences[index], score)
        # People say it in another order too ("the vim open space", "at two, what talks are on").
        # Only a reordered sentence that beats the best so far matters: asking for no less lets
        # rapidfuzz skip the others early (the margin keeps rounding from hiding an equal one).
        cutoff = max(min(100.0, self.tuning.match_threshold / self.tuning.reorder_factor - 5),
                     best[1] / self.tuning.reorder_factor - 0.01)
        closest = None if cutoff > 100.0 else process.extractOne(
            " ".join(sorted(words)), self._sorted[intent], scorer=fuzz.ratio, score_cutoff=cutoff)
        if closest and closest[1] * self.tuning.reorder_factor > best[1]:
            best = (sentences[closest[2]], closest[1] * self.tuning.reorder_factor)
        if best[0] is None:
            return None
        return best[0], best[1]

    def match(self, text: str, clock=None, allow_followups: bool | str = False,
              topic_score: Callable[[str], float] | None = None) -> IntentMatch | NoMatch:
        """``allow_followups``: False (a lone question), True (a conversation with context), or
        "fallback" (no context: a follow-up counts only when no fresh question fits, so that
        "room 310 at eleven" is a question, but "what about four" is known as a follow-up).
        A question that fits nothing as a whole is tried without an aside before or after it
        (booth/understand/asides.py); a span that fits counts ``aside_penalty`` less."""
        tokens = [t for t in tokenize(text) if t != "unk"]
        whole = self._match_tokens(text, tokens, clock, allow_followups, topic_score)
        junk = isinstance(whole, IntentMatch) and self._accept.junk_topic(whole, topic_score)
        if whole.matched and not junk:
            return whole
        referents = referent_spans(tokens)
        spans = [*referents, *question_spans(tokens)]
        for span in spans:
            inner = self._match_tokens(" ".join(span), span, clock, allow_followups, topic_score)
            # (A question with the name it pointed back at put in is the whole question, no aside left out.)
            if isinstance(inner, IntentMatch) and junk and span not in referents and len(
                    str(inner.slots.get("topic", "")).split()) >= len(str(whole.slots["topic"]).split()):
                continue  # "i missed them, when were the tutorials": not about "missed them" either
            if isinstance(inner, IntentMatch):
                log.debug("%r matched without its aside, as %r", text, " ".join(span))
                return replace(inner, heard=text.strip(), score=round(inner.score - self.tuning.aside_penalty, 1),
                               slots={**inner.slots, ASIDE: True})
        if junk:
            return whole
        # Last, the question's signature (signatures.py): whole, then without its aside.
        for words in (tokens, *spans):
            signed = self._match_tokens(" ".join(words), words, clock, allow_followups, topic_score, by_signature=True)
            if isinstance(signed, IntentMatch):
                penalty = 0.0 if words is tokens else self.tuning.aside_penalty
                return replace(signed, heard=text.strip(), score=round(signed.score - penalty, 1))
        named = self._faq_names.entry_in(tokens, self.vocabulary, self.tuning.signature_unknown)  # "how do i report a code of conduct problem"
        if named is not None:
            return IntentMatch(named[0], {READ_BY: "faq name"}, self.tuning.faq_name_score, text.strip(), named[1])
        return whole

    def _match_tokens(self, text: str, tokens: list[str], clock, allow_followups: bool | str,
                      topic_score: Callable[[str], float] | None, by_signature: bool = False) -> IntentMatch | NoMatch:
        """``by_signature``: when no sentence fits, try the question's signature (signatures.py)."""
        if self._alias_re is not None:
            tokens = self._alias_re.sub(lambda m: self.intents.aliases[m.group(0)], " ".join(tokens)).split()
        tokens = heard_contractions(tokens)
        said = tokens
        tokens = without_scope(trailing_thanks(no_stutter(self._drop_fillers(tokens), self.vocabulary)),
                               self._conference_words, self.vocabulary, self._kind_words)
        tokens = part_before_kind(tokens, self._kind_forms)  # "the afternoon break": the break in the afternoon
        # A name or a term said alone, nothing around it ("cobol", "paul moore"): a look-up, not chatter.
        said_alone = tokens == said and 1 <= len(tokens) <= 2 and all(
            len(t) >= 4 and t.isalpha() and t not in self.vocabulary for t in tokens)
        # ... and of those, a first name of the schedule's speakers with another surname ("paul moore"):
        # a person, who gets "I don't see Paul Moore", not a subject half covered by Paul Everitt.
        said_name = said_alone and len(tokens) == 2 and tokens[0] in self._given_names
        heard = text.strip()
        if not tokens:
            return NoMatch(heard, "nothing heard")
        found = self.find(tokens, clock)
        plain = self._skeletons.make(tokens, found, set(), topic=False)
        topical = self._skeletons.make(tokens, found, {"speaker", "sponsor", "room"}, topic=True, topic_score=topic_score)
        topical.tie_break = 0.5
        topical_kept = self._skeletons.make(tokens, found, set(), topic=True, topic_score=topic_score)
        topical_kept.tie_break = 0.25
        ranked: list[tuple[float, str, dict, str]] = []
        as_said = Skeleton(" ".join(tokens), {}, False)
        unknown_words = {sk.text: sum(1 for w in sk.text.split() if w not in self.vocabulary and w[0] != "{")
                         for sk in (plain, topical, topical_kept, as_said)}
        for intent in self.intents.intents.values():
            if intent.followup and not allow_followups:
                continue
            options = [plain]
            if intent.small_talk and plain.slots:
                # An intent without slots hears the words as said: "talk to you later" is a farewell,
                # not "{kind} to you {time}" (which fit "count {kind} at {time}" better).
                options.append(as_said)
            if "topic" in intent.slots:
                # Concrete slots first: on a tie, "{sponsor}" beats the same words taken as a topic.
                options = [plain] + [s for s in (topical_kept, topical) if s.has_topic]
            best = None
            unique: dict[str, Skeleton] = {}
            for option in options:
                unique.setdefault(option.text, option)  # the same words: score them once
            for skeleton in unique.values():
                if not all(any(slot in skeleton.slots for slot in alternatives) for alternatives in intent.requires):
                    continue
                hit = self._closest(skeleton.text, intent.name)
                if "time" in intent.slots and (around := _time_around(skeleton.text)) is not None:
                    # "anything about testing tomorrow", "where is brett slatkin giving his talk this
                    # afternoon": a whole question with a time said before or after it, the rest
                    # nearly word for word (not "what talks are booth four lunch {time}"). Free text
                    # only where the sentence says it is a subject ("anything about {topic}"): "what
                    # is the {topic}" takes "the news today" as well.
                    timeless = self._closest(around, intent.name)
                    if timeless is not None and timeless[1] >= self.tuning.time_around_fit \
                            and ("{topic}" not in around or names_subject(timeless[0])) \
                            and (hit is None or timeless[1] - self.tuning.time_around_penalty > hit[1]):
                        hit = (timeless[0], timeless[1] - self.tuning.time_around_penalty)
                if hit is None or (skeleton is as_said and hit[1] < self.tuning.as_said_fit):
                    continue
                dropped = [s for s in skeleton.slots if s not in intent.slots and s[0] != "_"]
                # A sentence wanting a slot the question lacks ("where is {sponsor}" for "where is the
                # bathroom") is a worse fit than its letters suggest.
                missing = [s for s in self._wants[hit[0]] if s not in skeleton.slots]
                unknown = unknown_words[skeleton.text]
                if intent.followup and unknown and "topic" not in skeleton.slots:
                    # "where is the bathroom" is a new question, not "where is that" about the last answer.
                    continue
                if intent.faq:
                    # An FAQ entry is one short question about one thing: a word it does not know in its
                    # place ("where can i buy a charger" for "... a shirt") asks about something else.
                    unknown_cost = self.tuning.unknown_word_penalty * unknown * self.tuning.faq_unknown_factor
                else:
                    unknown_cost = self.tuning.unknown_word_penalty * unknown
                score = (hit[1] - self.tuning.dropped_slot_penalty * len(dropped) - unknown_cost
                         - self.tuning.missing_slot_penalty * len(missing) - skeleton.tie_break)
                if best is None or score > best[0]:
                    # "_kind_words" (how a slot was said) goes along with its slot.
                    kept = {k: v for k, v in skeleton.slots.items()
                            if k in intent.slots or (k[0] == "_" and k[1:].removesuffix("_words") in intent.slots)}
                    best = (score, intent.name, kept, hit[0])
            if best is not None:
                ranked.append(best)
        ranked.sort(key=lambda r: -r[0])
        accepted = [r for r in ranked if self._accept.acceptable(r, topic_score, said_alone, said_name)]
        if any(self.intents.intents[r[1]].faq for r in accepted):
            # The booth's FAQ knows things the schedule does not ("is there a code of conduct"): it beats
            # a "no" about a subject the schedule lacks.
            accepted.sort(key=lambda r: self._accept.unknown_subject(r, topic_score))
        if allow_followups == "fallback":
            fresh = [r for r in accepted if not self.intents.intents[r[1]].followup]
            accepted = fresh or [r for r in accepted if r[0] >= self.tuning.followup_alone_threshold]
        if not accepted and by_signature:
            signed = self._signatures.reading((plain, topical_kept, topical), self.vocabulary, self.intents,
                                              self.tuning, lambda c: self._accept.acceptable(c, topic_score, said_alone,
                                                                                      said_name), topic_score)
            if signed is not None:
                log.debug("%r matched by its signature as %s", heard, signed[1])
                return IntentMatch(signed[1], {**signed[2], READ_BY: "signature"}, signed[0], heard, signed[3])
        if not accepted:
            top = ranked[0] if ranked else None
            log.debug("no match for %r (%r, %r); best %s", heard, plain.text, topical.text, [(round(r[0], 1), r[1], r[3]) for r in ranked[:3]])
            return NoMatch(heard, "out of domain", top[1] if top else None, top[0] if top else 0.0,
                           top[2] if top else {})
        score, name, slots, sentence = accepted[0]
        if said_name and sentence.strip() == "{topic}":
            slots = {**slots, "_person": True}
        log.debug("best %s %.1f for %r via %r", name, score, heard, sentence)
        return IntentMatch(name, slots, round(score, 1), heard, sentence)
