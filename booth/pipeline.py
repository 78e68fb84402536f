"""The text pipeline: transcript -> intent -> answer, able to stop after any stage.

    booth = Booth(Settings())
    reply = booth.ask("what open spaces are at three")
    reply.answer   # "Six open spaces at three p.m.: ..."
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from booth.answer.answers import Answer, Context
from booth.answer.aspects import focus_on, nth
from booth.answer.basics import OUT_OF_RANGE, no_context, no_match
from booth.answer.dialogs import Dialogs, load_dialogs
from booth.answer.people import look_up
from booth.answer.phrases import compact
from booth.answer.registry import AnswerKind, AnswerSpec, check_intents, outcomes, registered
from booth.answer.replies import answer_table, check_replies, faq_intents, required_answers
from booth.answer.search import TopicIndex, nearly_titled
from booth.answer.select import timed
from booth.answer.spoken import SPEECH_BUDGET, fit_speech, fix_room_prepositions, speech_seconds
from booth.answer.tracks import narrow
from booth.errors import DateOutOfRange
from booth.schedule import cache
from booth.schedule.hours import opening_hours
from booth.schedule.kinds import KIND_TABLE, kinds_of
from booth.schedule.model import Conference, Event, no_schedule
from booth.schedule.store import ScheduleStore
from booth.settings import Settings
from booth.understand.asked import said_as_person, split_asked
from booth.understand.intents import IntentSet, load_intents
from booth.understand.matcher import IntentMatch, Matcher, NoMatch
from booth.understand.relative import after_event
from booth.understand.slotlists import add_to_lexicon
from booth.understand.slots import build_lexicon, find_ordinal
from booth.understand.text import fold, tokenize
from booth.understand.timeparse import Clock, TimeSpan, find_time, make_clock, parse_time
from booth.understand.wording import NOT_NAMES, heard_contractions
from booth.voice import grammar, listed

# Kinds whose events are only named by their kind (breaks, meals): nothing to say beyond that.
_PLAIN_KINDS = frozenset(k.name for k in KIND_TABLE if not k.has_subject)

log = logging.getLogger(__name__)

STAGES = ("transcript", "intent", "answer")


@dataclass(frozen=True)
class Reply:
    heard: str
    intent: str | None
    slots: dict[str, Any]  # JSON-ready values
    answer: str
    events: tuple[Event, ...] = ()
    outcome: str = ""
    score: float = 0.0
    match: IntentMatch | NoMatch | None = field(default=None, compare=False, repr=False)
    result: Answer | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "heard": self.heard,
            "intent": self.intent,
            "slots": self.slots,
            "answer": self.answer,
            "events": [event_json(e) for e in self.events],
        }


def event_json(event: Event) -> dict[str, Any]:
    return {
        "title": event.title,
        "kind": event.kind,
        "start": event.start.isoformat() if event.start else None,
        "end": event.end.isoformat() if event.end else None,
        "room": event.room,
    }


def public_slots(match) -> dict[str, Any]:
    """The slots as JSON shows them; "_kind_words" and the like stay inside."""
    if not isinstance(match, IntentMatch):
        return {}
    return {k: slot_json(v) for k, v in match.slots.items() if not k.startswith("_")}


def slot_json(value: Any) -> Any:
    """TimeQuery -> ISO 8601 ("start" or "start/end"); strings stay strings."""
    start = getattr(value, "start", None)
    if isinstance(start, datetime):
        end = getattr(value, "end", None)
        return f"{start.isoformat()}/{end.isoformat()}" if end else start.isoformat()
    return value


# Follow-ups name a bare time after these words ("what about four"): there a lone number is a time.
_FOLLOWUP_LEADS = (("what", "about"), ("how", "about"), ("and", "at"), ("and", "on"), ("and",), ("same", "at"))

# The templates' words for the conference itself ("is guido at pycon", "coming to the conference").
_CONFERENCE_WORDS = "the conference"
_TO_CONFERENCE = ("at", "to", "attending")
# ... and where the conference is what a question is about: "when does fosdem end". Not after "of":
# "the closing of fosdem" is the event "Closing FOSDEM 2026", found by its words.
_OF_CONFERENCE = ("does",)
# "when is fosdem", "how long is fosdem", unless the templates say the name themselves ("what is pycon"
# is the FAQ's question, not "what is the conference").
_IS_CONFERENCE = "is"


def own_name_alias(conference: Conference, intents: IntentSet) -> dict[str, str]:
    """Another conference's own name said where the templates say "at the conference" ("is guido
    van rossum at fosdem", "when does fosdem end"): the same question about this conference. Only
    after "at"/"to"/"does" (and "is" when no template says the name): "the big fosdem quiz"
    keeps the name. Nothing for a skill without it."""
    name = conference.name.split("-")[0].lower()
    sentences = [s for intent in intents.intents.values() for s in intent.sentences] + \
        [q for entry in conference.faq for q in entry.questions]
    if not name.isalpha() or not any(_CONFERENCE_WORDS in s for s in sentences):
        return {}
    leads: tuple[str, ...] = _TO_CONFERENCE + _OF_CONFERENCE
    said = re.compile(rf"(?<![a-z]){name}(?![a-z])")
    if not any(said.search(s) for s in sentences):
        leads += (_IS_CONFERENCE,)
    return {f"{lead} {name}": f"{lead} {_CONFERENCE_WORDS}" for lead in leads if f"{lead} {name}" not in intents.aliases}


def _by_start(event: Event):
    return event.start.timestamp() if event.start else 0.0


@dataclass(frozen=True)
class Skill:
    """Intents, the answers they name and the dialogs that word them, checked against each other."""

    intents: IntentSet
    answers: dict[str, AnswerSpec]
    dialogs: Dialogs


def load_skill(settings: Settings) -> Skill:
    """Raises IntentError/DialogError path:line for an intent nobody answers, a response for no
    intent or outcome, a placeholder no outcome fills, a slot no list defines."""
    # Settings.__post_init__ always fills both folders (from skill_dir or the shipped ones).
    assert settings.intents_dir is not None and settings.dialogs_dir is not None
    intents = load_intents(settings.intents_dir)
    table = answer_table(intents, registered())
    check_intents(intents, table)
    check_replies(intents, table)
    required = required_answers(intents, table, settings.data_dir is not None)
    dialogs = load_dialogs(settings.dialogs_dir, outcomes(table), required, intents)
    return Skill(intents, table, dialogs)


class Booth:
    """Loads intents, dialogs and the schedule once; answers questions; follows schedule edits."""

    def __init__(self, settings: Settings | None = None, store: ScheduleStore | None = None):
        self.settings = settings or Settings()
        skill = load_skill(self.settings)
        self._intents = self.intents = skill.intents
        self.dialogs = skill.dialogs
        self.answers = skill.answers
        # A skill without data/ (a coffee maker) runs with no schedule: no events, no days.
        if store is None and self.settings.data_dir is not None:
            store = ScheduleStore(self.settings.data_dir, self.settings.conference)
        self.store = store
        self._conference: Conference | None = None
        self._demo_told = False
        self.refresh()

    # -- schedule -------------------------------------------------------------------------
    def refresh(self) -> Conference:
        """Pick up board, FAQ edits and imports: rebuild the slot lists only when the schedule changed."""
        conference = self.store.current() if self.store is not None else (self._conference or no_schedule())
        if conference is not self._conference:
            self._conference = conference
            # The booth FAQ is intents of this conference: matched and answered like the others.
            self.intents = replace(self._intents, intents={**self._intents.intents, **faq_intents(conference.faq)},
                                   aliases=self._intents.aliases | own_name_alias(conference, self._intents))
            self.answers = answer_table(self._intents, registered(), conference.faq)
            self.lexicon = build_lexicon(conference, self.intents.kind_synonyms, self.intents.aliases)
            add_to_lexicon(self.lexicon, self.intents.slot_lists, conference)
            # Opening hours ("Expo Hall", 9:00-18:00) are searched like events: "when does the expo hall close".
            # A big schedule's topic index costs more to build than the whole rest of a `booth ask`:
            # built once, it is kept in the schedule cache for the next process.
            hours = tuple(opening_hours(conference.events))
            self.index = cache.derived(conference, "topic-index") or TopicIndex(
                conference.events + hours, self.settings.tuning,
                on_built=lambda index: cache.keep(conference, "topic-index", index))
            self._tracks = {fold(e.track): e.track for e in conference.events if e.track}
            self._lunch_ends = {e.start.date(): e.end.time() for e in sorted(conference.events, key=_by_start)
                                if e.kind == "meal" and "lunch" in e.title.lower() and e.start and e.end}
            self.matcher = Matcher(self.intents, self.lexicon, find_time=self._find_time, find_ordinal=find_ordinal,
                                   tuning=self.settings.tuning,
                                   plain_kinds=_PLAIN_KINDS,
                                   topic_count=self.index.close_count, titled_with=self.index.titled_with,
                                   places=frozenset(" ".join(tokenize(h.title)) for h in hours),
                                   conference_words=frozenset(tokenize(conference.title)))
            self.generation = getattr(self, "generation", 0) + 1
            log.debug("schedule %s loaded: %d events, %d FAQ entries", conference.name, len(conference.events),
                      len(conference.faq))
        return conference

    def _find_time(self, tokens: list[str], clock: Clock, skip: set[int]) -> TimeSpan | None:
        lunch_end = self._lunch_ends.get(clock.now.date())
        relative = after_event(tokens, clock, skip, self.intents.kind_synonyms,
                               lambda kind, said: timed(self.conference.events, kind, None,
                                                        self.intents.kind_name_in(said) or said,
                                                        bool(self.intents.kind_name_in(said))),
                               lambda rest: self._day_in(rest, clock), self._named_event)
        if relative is not None:
            return relative  # "after the keynote": when the keynote ends
        span = find_time(tokens, clock, skip, lunch_end=lunch_end, lunch_ends=self._lunch_ends)
        if span is not None and span.query.kind == "next" and tokens[span.last:span.last + 1] in (
                ["ones"], ["one"], ["page"], ["few"]):
            return None  # "the next ones" asks for more of the list, not for the next time slot
        if span is not None:
            return span
        for lead in _FOLLOWUP_LEADS:
            if tuple(tokens[:len(lead)]) == lead and len(tokens) > len(lead) and not skip & set(range(len(tokens))):
                query = parse_time(" ".join(tokens[len(lead):]), clock, lunch_end=lunch_end)
                if query is not None:
                    return TimeSpan(len(lead), len(tokens), query)
        return None

    def _named_event(self, words: str, kind: str | None) -> Event | None:
        """The one event ``words`` name well (its title's words, its speaker), or None: two events
        named alike are not guessed between ("after the django talk")."""
        hits = [h for h in self.index.search(words, kinds_of(kind), limit=5) if h.event.start and h.event.kind != "info"]
        if not hits or hits[0].score < self.settings.tuning.title_match:
            return None
        close = [h for h in hits if h.score >= hits[0].score * self.settings.tuning.topic_hit_share]
        if len({h.event.title for h in close}) == 1:
            return close[0].event
        # Several titles hold the words: the one that is nearly just those words, else no guess.
        return nearly_titled(words, [h.event for h in close])

    def _day_in(self, tokens: list[str], clock: Clock) -> TimeSpan | None:
        span = find_time(tokens, clock, set())
        return span if span is not None and span.query.kind in ("day", "range") else None

    @property
    def conference(self) -> Conference:
        assert self._conference is not None  # refresh() in __init__ always sets it
        return self._conference

    def clock(self) -> Clock:
        return make_clock(self.conference, self.settings.now)

    # -- stages ---------------------------------------------------------------------------
    def understand(self, text: str, clock: Clock | None = None,
                   allow_followups: bool | str = "fallback") -> IntentMatch | NoMatch:
        self.refresh()
        clock = clock or self.clock()
        try:
            return self._understand(text, clock, allow_followups)
        except DateOutOfRange:  # "on 9999-12-31": a one-line answer, never a crash of the batch
            return NoMatch(text, OUT_OF_RANGE)

    def _understand(self, text: str, clock: Clock, allow_followups: bool | str) -> IntentMatch | NoMatch:
        # "when is the fun run five k": the title's "5k" as heard, before "five" can be read as a time.
        text = self.index.digits_back(text)
        split = split_asked(heard_contractions(tokenize(text)))  # "whose giving ...": who is giving
        if split is not None:
            # "how long is X": find X the plain way ("when is X"), then say how long it is.
            plain = self.matcher.match(" ".join(split.plain), clock, allow_followups=False,
                                       topic_score=self.index.best_score)
            spec = self.answers.get(self.intents.intents[plain.name].answer) if isinstance(plain, IntentMatch) else None
            # Only schedule answers find events to say the asked thing about ("who runs pycon" is the FAQ's).
            if isinstance(plain, IntentMatch) and spec is not None and spec.kind is AnswerKind.SCHEDULE \
                    and (spec.asks is None or split.asked in spec.asks):
                return self._as_person(replace(plain, heard=text.strip(), slots={**plain.slots, "_asked": split.asked}))
        return self._as_person(self.matcher.match(text, clock, allow_followups=allow_followups,
                                                  topic_score=self.index.best_score))

    def _as_person(self, match: IntentMatch | NoMatch) -> IntentMatch | NoMatch:
        """ "is guido van rossum speaking": free text where a person goes is a speaker (find_speaker):
        the one of that name, or the name as said, which find_speaker answers with an honest
        "I don't see X on the schedule" (and a near name only offered)."""
        if not isinstance(match, IntentMatch) or "topic" not in match.slots or not (
                self._names_person(match) or match.slots.get("_person")):
            return match
        if set(str(match.slots["topic"]).split()) <= NOT_NAMES:
            return NoMatch(match.heard, "out of domain")  # "is anyone here", "is he speaking": nobody named
        people = look_up(self.conference, match.slots["topic"])
        if len(people.same) > 1:
            return match  # "is david speaking": find_topic names them all
        said = " ".join(w.capitalize() for w in match.slots["topic"].split())
        slots = {k: v for k, v in match.slots.items() if k != "topic"} | {"speaker": people.same[0] if people.same
                                                                             else said}
        name = "where_is" if match.name == "where_is" else "find_speaker"
        return replace(match, name=name, slots=slots)

    @staticmethod
    def _names_person(match: IntentMatch) -> bool:
        return said_as_person(match.sentence, tokenize(match.heard), str(match.slots["topic"]))

    def respond(self, match: IntentMatch | NoMatch, clock: Clock | None = None) -> Answer:
        clock = clock or self.clock()
        if isinstance(match, NoMatch):
            return no_match(match.heard, match.reason)
        intent = self.intents.intents[match.name]
        spec = self.answers[intent.answer]
        if intent.followup or spec.kind is AnswerKind.FOLLOWUP:  # a follow-up ("what about four") with nothing to follow
            return no_context()
        if spec.kind is AnswerKind.REPLY:
            return spec.handler(dict(match.slots))
        slots = dict(match.slots)
        slots["_sentence"] = match.sentence  # how it was asked: "where is hall {topic}" names a hall
        named = self.intents.kind_name_in(" ".join(str(slots.get("_kind_words", "")).split()))
        if named:  # "how long is the lunch break": lunch, not every meal
            slots["_kind_words"] = named
        slots["_kind_named"] = bool(named)
        if "topic" in slots and self._names_person(match):
            slots["_person"] = True  # "is brett cannon speaking": a name, not a subject
        track = self._tracks.get(fold(str(slots.get("topic", ""))))
        if track and slots.get("kind") and match.name in ("find_topic", "where_is"):
            # "the python lightning talks", "go lightning talks": a track's name with a kind is that
            # track's events of the kind, not events about the word.
            slots = {k: v for k, v in slots.items() if k != "topic"} | {"track": track}
            if match.name == "find_topic":
                spec = self.answers["when_is_kind"]
        # A track or devroom narrows every answer to its events ("talks in the rust devroom at eleven").
        answer = spec.handler(slots, narrow(Context(self.conference, clock.now, self.index), slots))
        if slots.get("ordinal") is not None and answer.events:
            # "the second talk in Hall C on Sunday": that one of the events the question selects.
            # "what's first in Ballroom BC": a session, not the break everyone shares.
            if not slots.get("kind"):
                sessions = tuple(e for e in answer.events if e.kind not in _PLAIN_KINDS)
                answer = replace(answer, events=sessions or answer.events)
            answer = nth(answer, int(slots["ordinal"]), clock.now)
        return focus_on(answer, match.slots.get("_asked"), clock.now)

    def say(self, answer: Answer, clock: Clock | None = None) -> str:
        text = fix_room_prepositions(self.dialogs.render(answer))
        spec = self.answers.get(answer.intent or "")
        written = answer.intent == "faq" or (spec is not None and spec.kind is AnswerKind.REPLY)
        if not written:  # staff-written replies and FAQ answers are said as written, however long
            if speech_seconds(text) > SPEECH_BUDGET and compact(answer) != answer:
                # Too long to hear: said again with the short title, without the speakers' names (on screen).
                text = fix_room_prepositions(self.dialogs.render(compact(answer)))
            text = fit_speech(text)
        clock = clock or self.clock()
        if clock.demo and not self._demo_told and text:
            self._demo_told = True
            day = clock.now.strftime("%A %-d %B")
            text = (f"Demo mode: the conference is not on today, so I answer as if it were {day}, "
                    f"{clock.now.strftime('%Y')}. " + text)
        return text

    def ask(self, text: str, stop_after: str = "answer", clock: Clock | None = None) -> Reply:
        """One question, no context. ``stop_after``: "transcript", "intent" or "answer"."""
        if stop_after not in STAGES:
            raise ValueError(f"stop_after must be one of {STAGES}")
        heard = " ".join(text.split())
        if stop_after == "transcript":
            return Reply(heard, None, {}, "")
        clock = clock or self.clock()
        # Follow-ups are matched too when nothing else fits, so "what about four" is recognized as one
        # (and answered with how to ask a full question) instead of being guessed at.
        match = self.understand(heard, clock, allow_followups="fallback")
        slots = public_slots(match)
        intent = match.name if isinstance(match, IntentMatch) else None
        score = match.score
        if stop_after == "intent":
            return Reply(heard, intent, slots, "", score=score, match=match)
        answer = self.respond(match, clock)
        return Reply(heard, intent, slots, self.say(answer, clock), answer.events, answer.outcome, score, match, answer)

    # -- for the recognizer ---------------------------------------------------------------
    def vocabulary(self) -> list[str]:
        """The phrases of a recognizer grammar with follow-ups (see booth.voice.grammar); the answers
        to Booth's own questions ("yes", "the second one") only the listener adds, right after asking."""
        return self.grammar_parts().phrases(followups=True)

    def grammar_parts(self) -> grammar.Parts:
        """Whole-sentence recognizer grammar, by when each part applies; built once per schedule."""
        self.refresh()
        if getattr(self, "_vocabulary_generation", None) != self.generation:
            self._grammar_parts = grammar.grammar_parts(self.intents, self.lexicon, self.conference)
            self._vocabulary_generation = self.generation
        return self._grammar_parts

    def listed_orders(self) -> listed.ListedOrders:
        """What the n-best re-check needs of the intents whose slots are all YAML lists (their
        values, the words their sentences end with; booth.voice.listed); built once per schedule."""
        self.refresh()
        if getattr(self, "_listed_generation", None) != self.generation:
            self._listed_orders = listed.listed_orders(self.intents, self.lexicon.forms, self.matcher.sentences)
            self._listed_generation = self.generation
        return self._listed_orders
