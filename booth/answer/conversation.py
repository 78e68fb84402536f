"""A conversation: follow-ups ("what about four", "more", "the second one", "where is that"),
repeat, stop, and clarification when a topic matches several events. The last intent, its slots
and its results are kept for ``context_seconds`` after Booth stops speaking, then forgotten so the
next visitor starts fresh."""

from __future__ import annotations

import logging
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from rapidfuzz import fuzz

from booth.answer.answers import Answer
from booth.answer.aspects import detail
from booth.answer.basics import no_context
from booth.answer.offers import Offer, declined, rephrased, taken
from booth.answer.phrases import SPOKEN_LIMIT, item
from booth.answer.registry import AnswerKind, answer
from booth.answer.spoken import (
    join_words,
    list_title,
    number_words,
    said_count,
    say_clock,
    say_list,
    short_title,
)
from booth.pipeline import Booth, Reply, public_slots
from booth.schedule.model import Event
from booth.understand.matcher import IntentMatch, NoMatch
from booth.understand.text import tokenize
from booth.understand.timeparse import TimeQuery

log = logging.getLogger(__name__)

_DAY_WORDS = {"today", "tomorrow", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday", "day", "may", "june", "december", "tonight",
              "this"}  # "this afternoon" is today's, whatever day the conversation was on
_CLARIFY_INTENTS = {"find_topic", "where_is", "find_speaker"}
_CLARIFY_MAX = 3


@dataclass
class _Context:
    intent: str
    slots: dict[str, Any]
    events: list[Event]
    offset: int  # how many of `events` have been spoken
    answer: str
    focus: Event | None = None
    choices: list[Event] = field(default_factory=list)  # a clarification question is pending
    done_at: float = 0.0
    offers: tuple[Offer, ...] = ()  # the answer offered names instead of words heard ("Did you mean Meta?")
    asked: str = ""  # the question those words were heard in


class Conversation:
    def __init__(self, booth: Booth, monotonic: Callable[[], float] = _time.monotonic,
                 context_seconds: float | None = None):
        self.booth = booth
        self.monotonic = monotonic
        self.context_seconds = booth.settings.context_seconds if context_seconds is None else context_seconds
        self.context: _Context | None = None

    # -- context lifetime ------------------------------------------------------------------
    def spoken_done(self) -> None:
        """Booth finished speaking: the follow-up window starts now."""
        if self.context:
            self.context.done_at = self.monotonic()

    def alive(self) -> bool:
        if self.context is None:
            return False
        if self.monotonic() - self.context.done_at > self.context_seconds:
            log.debug("context expired")
            self.context = None
        return self.context is not None

    def vocabulary(self) -> list[str]:
        """Extra phrases for the recognizer while a context lives: titles of the last list."""
        if not self.alive():
            return []
        assert self.context is not None  # alive() returned True, so a context lives
        words = set()
        for event in self.context.events:
            words.update(tokenize(short_title(event.title)))
        return sorted(words)

    # -- a turn ----------------------------------------------------------------------------
    def turn(self, text: str) -> Reply:
        clock = self.booth.clock()
        alive = self.alive()
        match = self.booth.understand(text, clock, allow_followups=True if alive else "fallback")
        if alive and self.context is not None and self.context.offers:
            offered = self._take_offer(text, match)
            if offered is not None:
                return offered
        if alive and self.context is not None and self.context.choices and isinstance(match, (IntentMatch, NoMatch)):
            picked = self._pick_choice(text, match)
            if picked is not None:
                self.context.choices = []
                self.context.focus = picked  # "where is that" next is about the one chosen
                if isinstance(match, NoMatch):  # picked by name ("the one by david hewitt"): a detail of it
                    match = IntentMatch("detail", {}, 100.0, match.heard)
                return self._finish(text, match, self._detail("when", picked, clock.now), [picked])
        if isinstance(match, IntentMatch) and self.booth.intents.intents[match.name].followup:
            if not alive:
                return self._reply(text, match, no_context(), [], keep=False)
            return self._followup(text, match, clock)
        if isinstance(match, IntentMatch) and match.name == "stop":
            self.context = None
            return self._reply(text, match, self.booth.respond(match, clock), [], keep=False)
        if isinstance(match, NoMatch):
            return self._reply(text, match, self.booth.respond(match, clock), [], keep=False)
        answer = self.booth.respond(match, clock)
        return self._new_context(text, match, answer)

    def _take_offer(self, text: str, match: IntentMatch | NoMatch) -> Reply | None:
        """The reply to an answer that offered names ("Did you mean Meta?", "Ballroom A or Ballroom
        BC. Which one?"): "yes", "the second one" or the name answers the question asked with the
        name in it; "no" ends it; anything else is a new question (None)."""
        ctx = self.context
        assert ctx is not None  # asked only while a context lives
        offers, asked, ctx.offers = ctx.offers, ctx.asked, ()
        ordinal = match.slots.get("ordinal") if isinstance(match, IntentMatch) else None
        offer = taken(text, offers, ordinal if isinstance(ordinal, int) else None)
        again = rephrased(asked, offer) if offer is not None else None
        if again is not None:
            log.debug("offer taken: %r -> %r", text, again)
            return replace(self.turn(again), heard=" ".join(text.split()))
        if declined(text):
            self.context = None
            stop = IntentMatch("stop", {}, 100.0, text)
            return self._reply(text, stop, self.booth.respond(stop, self.booth.clock()), [], keep=False)
        return None

    def _new_context(self, text: str, match: IntentMatch, answer: Answer) -> Reply:
        events = list(answer.events)
        if match.name in _CLARIFY_INTENTS and answer.outcome == "found" and len(events) > 1:
            # Several events fit: ask which one rather than reading out a list; "more" still pages on.
            question = clarify(events)
            reply = self._reply(text, match, question, events, keep=True, slots=match.slots, offset=question.spoken)
            assert self.context is not None  # _reply(keep=True) has just made it
            self.context.choices = events[:question.spoken]
            return reply
        if answer.intent in ("thanks", "help"):
            return self._reply(text, match, answer, events, keep=False)
        return self._reply(text, match, answer, events, keep=True, slots=match.slots, offset=answer.spoken)

    def _reply(self, text, match, answer: Answer, events, keep: bool, slots=None, offset=0) -> Reply:
        spoken = self.booth.say(answer)
        if keep:
            focus = events[0] if len(events) == 1 else None
            self.context = _Context(match.name, dict(slots or {}), list(events), offset, spoken, focus,
                                    done_at=self.monotonic(), offers=answer.offers, asked=text)
        elif self.context is not None:
            self.context.done_at = self.monotonic()
        return self._as_reply(text, match, answer, spoken, events)

    def _finish(self, text, match, answer: Answer, events: list[Event]) -> Reply:
        spoken = self.booth.say(answer)
        if self.context is not None:
            self.context.answer = spoken
            self.context.done_at = self.monotonic()
        return self._as_reply(text, match, answer, spoken, events)

    def _as_reply(self, text, match, answer: Answer, spoken: str, events) -> Reply:
        intent = match.name if isinstance(match, IntentMatch) else None
        slots = public_slots(match)
        return Reply(" ".join(text.split()), intent, slots, spoken, tuple(events), answer.outcome,
                     match.score, match, answer)

    # -- follow-ups: answered through the registry like every other intent -----------------
    def _followup(self, text: str, match: IntentMatch, clock) -> Reply:
        spec = self.booth.answers[self.booth.intents.intents[match.name].answer]
        if spec.kind is AnswerKind.REPLY:
            return self._reply_followup(text, match, spec)
        return spec.handler(self, text, match, clock)

    def _reply_followup(self, text: str, match: IntentMatch, spec) -> Reply:
        """A follow-up written in YAML: answered by its own responses, or, when it names another
        intent as its answer ("and in medium" answered as tshirt), by that intent again with this
        turn's slots put into the last question's. After any other question it refers to nothing."""
        ctx = self.context
        assert ctx is not None  # follow-ups are answered only while a context lives
        intents = self.booth.intents.intents
        if spec.name == match.name:
            answer = spec.handler(dict(match.slots))
            return self._reply(text, match, answer, [], keep=True, slots=match.slots)
        if intents[ctx.intent].answer != spec.name:
            return self._reply(text, match, no_context(), [], keep=False)
        slots = {**ctx.slots, **match.slots}
        refined = IntentMatch(spec.name, slots, match.score, match.heard, match.sentence)
        reply = self._reply(text, refined, spec.handler(slots), [], keep=True, slots=slots)
        return replace(reply, intent=match.name, slots=public_slots(match))

    @answer("repeat", {}, AnswerKind.FOLLOWUP)
    def _repeat(self, text: str, match: IntentMatch, clock) -> Reply:
        # The words as they were said, not re-rendered: the clock or the variant may have moved on.
        ctx = self.context
        assert ctx is not None  # follow-ups are answered only while a context lives
        return self._as_reply(text, match, Answer("repeat", "again"), ctx.answer, ctx.events[:max(ctx.offset, 1)])

    @answer("detail", {"about": {"title", "when", "room", "by", "summary"}, "where": {"title", "room", "when"},
                       "who": {"title", "speakers"}, "nobody": {"title"}, "when": {"title", "when", "room"},
                       "end": {"title", "end", "duration"}, "each_lasts": {"what", "duration"},
                       "lengths": {"what", "shortest", "longest"},
                       "speakers_of": {"when", "items"},
                       "no_item": {"count"},
                       "hours": {"title", "day", "open", "close", "room"},
                       "closes": {"title", "day", "open", "close", "room"}}, AnswerKind.FOLLOWUP)
    def _about_item(self, text: str, match: IntentMatch, clock) -> Reply:
        ctx = self.context
        assert ctx is not None  # follow-ups are answered only while a context lives
        name = match.name
        target = self._target(match)
        if target is None:
            answer = Answer("detail", "no_item", {"count": number_words(max(1, min(ctx.offset, len(ctx.events))))})
            return self._finish(text, match, answer, [])
        ctx.focus = target
        aspect = {"detail_where": "where", "detail_who": "who", "detail_when": "when", "detail_end": "end",
                  "detail_about": "about"}.get(name)
        if aspect is None:
            words = set(tokenize(text))
            aspect = "where" if "where" in words else "who" if "who" in words else "about"
        return self._finish(text, match, self._detail(aspect, target, clock.now), [target])

    @answer("more", {"found": {"items", "count"}, "end": set()}, AnswerKind.FOLLOWUP)
    def _more(self, text, match, clock) -> Reply:
        ctx = self.context
        assert ctx is not None  # follow-ups are answered only while a context lives
        now = clock.now
        rest = ctx.events[ctx.offset:]
        if not rest and "next" in tokenize(text):
            # "the next one" once all are said: what comes after them (in the same room, of the same kind)
            return self._refine(text, replace(match, name="after_that"), clock)
        if not rest:
            return self._finish(text, match, Answer("more", "end"), [])
        with_day = len({e.start.date() for e in ctx.events if e.start}) > 1
        # The time the list began with was said with it: an item says its time only when it differs.
        first = ctx.events[0].start
        items = [item(e, now.date(), with_time=e.start != first, with_day=with_day, with_room=len(rest) == 1)
                 for e in rest]
        page = rest[:said_count(items, SPOKEN_LIMIT)]
        items = items[:len(page)]
        ctx.offset += len(page)
        left = len(ctx.events) - ctx.offset
        text_items = say_list(items, SPOKEN_LIMIT) + (f", and {number_words(left)} more after that" if left else "")
        answer = Answer("more", "found", {"items": text_items, "count": number_words(len(page))}, tuple(page), len(page))
        return self._finish(text, match, answer, page)

    # Outcomes are those of the answer it asks again (or more.end, followup.no_context).
    @answer("refine", {}, AnswerKind.FOLLOWUP)
    def _refine(self, text: str, match: IntentMatch, clock) -> Reply:
        ctx = self.context
        assert ctx is not None  # follow-ups are answered only while a context lives
        slots = dict(ctx.slots)
        if match.name == "after_that":
            base = ctx.events[:max(ctx.offset, 1)]
            if not base or base[0].end is None:
                return self._finish(text, match, Answer("more", "end"), [])
            # What starts next once these are over (the next slot may begin later than they end).
            end = min(e.end for e in base if e.end)
            if end < clock.now:  # "and after that" after a list of past events: from now on, never back
                end = clock.now
            slots["time"] = TimeQuery(end - timedelta(minutes=1), None, "next", say_clock(end))
        elif "topic" in match.slots:
            # "what about polars" after "anything about duckdb": the same question about another subject
            slots = {k: v for k, v in slots.items() if k in ("kind", "_kind_words")} | {"topic": match.slots["topic"]}
            answer = self.booth.respond(IntentMatch("find_topic", slots, match.score, match.heard, match.sentence), clock)
            reply = self._reply(text, match, answer, list(answer.events), keep=True, slots=slots, offset=answer.spoken)
            return replace(reply, intent=match.name)
        else:
            new = dict(match.slots)
            if "time" in new and "time" in slots and not (_DAY_WORDS & set(tokenize(text))):
                new["time"] = _same_day(new["time"], slots["time"])
            elif "time" in new and "time" in slots:
                new["time"] = _same_clock(new["time"], slots["time"])
            slots.update(new)
        intent = ctx.intent if ctx.intent in ("events_at_time", "room_schedule", "count_events", "when_is_kind") \
            else "events_at_time"
        if ctx.intent == "find_speaker" and "speaker" in slots and getattr(match.slots.get("time"), "kind", "") in (
                "day", "range"):
            # "is Zac on today" / "what about tomorrow": the same person on another day, not everything
            # then; "what about at four" is still what is on at four
            intent = "find_speaker"
        if intent == "events_at_time" and "time" not in slots:
            intent = "when_is_kind" if "kind" in slots else intent
        if intent in ("room_schedule",) and "room" not in slots:
            intent = "events_at_time"
        if intent == "events_at_time" and "time" not in slots:
            return self._reply(text, match, no_context(), [], keep=False)
        refined = IntentMatch(intent, slots, match.score, match.heard, match.sentence)
        answer = self.booth.respond(refined, clock)
        reply = self._reply(text, refined, answer, list(answer.events), keep=True, slots=slots, offset=answer.spoken)
        return replace(reply, intent=match.name)

    # -- items -----------------------------------------------------------------------------
    def _target(self, match: IntentMatch) -> Event | None:
        ctx = self.context
        assert ctx is not None  # items are picked only from a live context (follow-ups, clarifications)
        listed = ctx.choices or ctx.events
        ordinal = match.slots.get("ordinal")
        if ordinal is not None:
            if ordinal == -1:
                return listed[min(len(listed), max(ctx.offset, 1)) - 1] if listed else None
            return listed[ordinal - 1] if 0 < ordinal <= len(listed) else None
        topic = match.slots.get("topic")
        if topic:
            return self._by_name(topic, listed)
        return ctx.focus or (listed[0] if listed else None)

    @staticmethod
    def _by_name(words: str, events: list[Event]) -> Event | None:
        # "the one by david hewitt": a speaker's name picks too
        scored = [(max(fuzz.partial_ratio(words.lower(), e.title.lower()),
                       fuzz.token_set_ratio(words.lower(), " ".join(e.speakers).lower()) if e.speakers else 0), e)
                  for e in events]
        scored = [s for s in scored if s[0] >= 70]
        return max(scored, key=lambda s: s[0])[1] if scored else None

    def _pick_choice(self, text: str, match) -> Event | None:
        """The answer to "Did you mean A or B?": "the second one", or a name."""
        assert self.context is not None  # asked only while a clarification is pending in a live context
        choices = self.context.choices
        if isinstance(match, IntentMatch) and match.name == "detail":
            return self._target(match)
        if isinstance(match, IntentMatch) and not self.booth.intents.intents[match.name].followup:
            return None  # a new question
        return self._by_name(" ".join(tokenize(text)), choices)

    def _detail(self, aspect: str, event: Event, now: datetime) -> Answer:
        return detail(aspect, event, now)


@answer("clarify", {"choices": {"choices", "count"}}, AnswerKind.INTERNAL)
def clarify(events: list[Event]) -> Answer:
    """Several events fit: ask which one (at most three named)."""
    choices = events[:_CLARIFY_MAX]
    # Choices are a list: said with list titles, so the question fits 8 s with all of them.
    return Answer("clarify", "choices", {"choices": join_words([list_title(e.title) for e in choices], "or"),
                                         "count": number_words(len(events))}, tuple(events), len(choices))


def _same_clock(new, old):
    """ "and tomorrow" / "on sunday" after "at three" means three o'clock on that day."""
    if getattr(new, "kind", "") != "day" or getattr(old, "kind", "") not in ("instant", "range"):
        return new
    shift = timedelta(days=(new.start.date() - old.start.date()).days)
    return replace(old, start=old.start + shift, end=old.end + shift if old.end else None,
                   spoken=f"{new.spoken} {old.spoken}".strip() if old.kind == "range" else old.spoken)


def _same_day(new, old):
    """ "what about four" after a question about Saturday means Saturday at four."""
    if getattr(new, "kind", "") not in ("instant", "range") or getattr(old, "start", None) is None:
        return new
    shift = old.start.date() - new.start.date()
    if not shift:
        return new
    delta = timedelta(days=shift.days)
    try:
        return replace(new, start=new.start + delta, end=new.end + delta if new.end else None)
    except TypeError:
        return new
