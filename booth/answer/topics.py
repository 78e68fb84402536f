"""What and who: a topic or a person -> the events about it or by them (``find_topic``,
``find_speaker``), and the searches other answers build on (``topic_hits``, ``speaker_events``)."""

from __future__ import annotations

from dataclasses import replace

from booth.answer.answers import COMMON, UNTIMED, Answer, Context, no_board, say_hits
from booth.answer.offers import Offer
from booth.answer.people import look_up
from booth.answer.phrases import kind_word, room_of, when_of, when_phrase
from booth.answer.registry import answer
from booth.answer.search import clean_topic, nearly_titled, same_or_clipped
from booth.answer.select import CATCH_ALL, kinds_of, singular, upcoming_first
from booth.answer.spoken import number_words, short_title
from booth.schedule.hours import end_of, is_hours
from booth.schedule.kinds import is_of
from booth.schedule.model import Event
from booth.understand.text import fold

__all__ = ["find_person", "find_speaker", "find_topic", "speaker_events", "topic_hits"]


def topic_hits(ctx: Context, topic: str, kind: str | None, notices: bool = False, time=None) -> list[Event]:
    """Events about ``topic``; ``notices``: venue notices too ("Registration desk opens" says where
    registration is). ``time``: a day or range asked for narrows them when any fall in it."""
    hits = [h for h in ctx.index.search(topic, kinds_of(kind))
            if notices or h.event.kind != "info" or is_hours(h.event)]
    if not hits:
        return []
    top, tuning = hits[0].score, ctx.index.tuning
    if top < tuning.topic_hit_floor:
        return []
    # The floor is the best hit's only: "opening remarks" half-matches Final Remarks (55) and
    # Opening Reception (45) alike, and naming one of them alone would be a wrong answer.
    keep = [h.event for h in hits if h.score >= top * tuning.topic_hit_share]
    if time is not None and time.kind in ("day", "range"):
        # Hours are open over the range ("open tonight" at 8:00-20:00); an event starts in it.
        within = [e for e in keep if e.start and (time.start <= e.start < time.end or
                                                  (is_hours(e) and e.start < time.end and end_of(e) > time.start))]
        # Hours are per day: none that day means closed then, not another day's hours.
        keep = within or ([] if any(is_hours(e) for e in keep) else keep)
    titled = nearly_titled(topic, keep) if len({e.title for e in keep}) > 1 else None
    if titled is not None:  # "when is the state of go": The state of Go, not every talk on Go's state
        keep = [e for e in keep if e.title == titled.title]
    keep = upcoming_first(sorted(keep, key=lambda e: (e.start is None, e.start or ctx.now)), ctx.now)
    if any(is_hours(e) for e in keep):
        # A place's hours say it all: one day's (the next still open), not its notices too.
        places = [e for e in keep if is_hours(e)]
        keep = [e for e in places if e.title == places[0].title][:1]
    return keep


def find_person(name: str, kind: str | None, ctx: Context, time=None) -> Answer:
    """A name the lexicon did not know, said where a person goes ("is brett cannon speaking"):
    the speaker it names, or an honest "not on the schedule", with a near name only offered."""
    people = look_up(ctx.conference, name)
    if len(people.same) == 1:
        return find_speaker({"speaker": people.same[0], "kind": kind, "time": time}, ctx)
    events = [e for s in people.same for e in speaker_events(ctx, s, kind, time)]
    spoken = " ".join(w.capitalize() for w in name.split())
    if not events:
        values = {"speaker": spoken, "near": people.near or ""}
        offers = (Offer(name, people.near),) if people.near else ()
        return Answer("find_speaker", "near" if people.near else "none", values, offers=offers)
    values = {"speaker": spoken, "what": kind_word(kind, len(events)), "when": "", "count": number_words(len(events))}
    return say_hits("find_speaker", upcoming_first(sorted(set(events), key=lambda e: e.start or ctx.now), ctx.now),
                     values, ctx)


@answer("find_topic", {"found": COMMON | {"topic", "items"}, "found_other": COMMON | {"topic", "items"},
                      "found_one": COMMON | {"topic", "title", "room", "by"}, "found_untimed": UNTIMED,
                      "none": COMMON | {"topic"}, "no_board": COMMON | {"topic"}, "closed": COMMON | {"topic"}})
def find_topic(slots: dict, ctx: Context) -> Answer:
    topic, kind = clean_topic(slots["topic"]), slots.get("kind")
    if slots.get("_person"):
        return find_person(topic, kind, ctx, slots.get("time"))
    events = topic_hits(ctx, topic, kind, time=slots.get("time"))
    said = slots.get("_kind_words", "")
    kind_named = kind == CATCH_ALL and bool(said) and singular(said) not in ("event", "")
    if kind_named:
        # "the closing party": an event that says it is a party, not the closing session.
        events = [e for e in events if set(singular(said).split()) <= set(singular(e.title).split())]
    if not events and slots.get("time") is not None:
        other_days = topic_hits(ctx, topic, kind)
        if other_days and all(is_hours(e) for e in other_days):  # "is the expo hall open on sunday"
            return Answer("find_topic", "closed", {"topic": other_days[0].title, "count": "no", "what": "",
                                                   "when": when_phrase(slots["time"], ctx.now.date())})
    values = {"topic": topic, "what": kind_word(kind, len(events) or 2), "when": "", "count": number_words(len(events))}
    if not events and no_board(ctx, kind, events):
        return Answer("find_topic", "no_board", values)
    if not events and kind and said:
        # "the opening reception": the kind word is part of a title, not only a kind
        # ("PyLadies Lunch"): the title has the kind word and the topic's words, not only "Lunch"
        topic_words = set(singular(topic).split())
        titled = [e for e in topic_hits(ctx, f"{topic} {said}", None) if singular(said) in singular(e.title)
                  and any(same_or_clipped(w, t) for w in topic_words for t in singular(e.title).split())]
        if titled:
            events = titled
            values.update({"what": kind_word(kind, len(events)), "count": number_words(len(events))})
    # Another kind only on a strong match: a guess across kinds ("pottery" ~ "poetry") is no answer.
    if not events and kind and not kind_named and ctx.index.best_score(topic) >= ctx.index.tuning.other_kind_score:
        others = topic_hits(ctx, topic, None)
        if others:  # no talk about Flask, but FlaskCon is an event: say so rather than "nothing"
            first = others[0]
            noun = kind_word(first.kind, 1)
            text = f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}: {short_title(first.title)} " \
                   f"{when_of(first, ctx.now.date())} in {room_of(first)}"
            if len(others) > 1:
                text += f", and {number_words(len(others) - 1)} more"
            values.update({"what": kind_word(kind, 2), "count": number_words(len(others)), "items": text})
            return Answer("find_topic", "found_other", values, tuple(others), 1)
    if not events:
        outcome = "no_board" if kind == "open-space" and not ctx.conference.has_open_spaces_data else "none"
        return Answer("find_topic", outcome, values)
    return say_hits("find_topic", events, values, ctx)


def _on(time, events: list[Event]) -> list[Event]:
    """Those of ``events`` that start on the day or part of a day ``time`` names; [] for another
    kind of time ("at four"), which a speaker's events are not narrowed by."""
    if time is None or time.kind not in ("day", "range"):
        return []
    return [e for e in events if e.start and time.start <= e.start < time.end]


def speaker_events(ctx: Context, speaker: str, kind: str | None, time=None) -> list[Event]:
    """A speaker's events; names compare folded ("Jake VanderPlas" is "Jake Vanderplas")."""
    kinds = kinds_of(kind)
    wanted = fold(speaker)
    events = [e for e in ctx.conference.events if any(fold(s) == wanted for s in e.speakers)
              and is_of(e, kinds)]
    events = _on(time, events) or events
    return upcoming_first(sorted(events, key=lambda e: (e.start is None, e.start or ctx.now)), ctx.now)


@answer("find_speaker", {"found": COMMON | {"speaker", "items"},
                        "found_one": COMMON | {"speaker", "title", "room"}, "found_untimed": UNTIMED,
                        "other_day": COMMON | {"speaker", "title", "room", "asked"},
                        "other_days": COMMON | {"speaker", "items", "asked"},
                        "none": {"speaker"},
                        "near": {"speaker", "near"}})
def find_speaker(slots: dict, ctx: Context) -> Answer:
    speaker, kind, time = slots["speaker"], slots.get("kind"), slots.get("time")
    events = speaker_events(ctx, speaker, kind, time) or speaker_events(ctx, speaker, None, time)
    values = {"speaker": speaker, "what": kind_word(kind, len(events)), "when": "", "count": number_words(len(events))}
    if not events:  # a name not on the schedule (said where a person goes): a near one is only offered
        near = look_up(ctx.conference, speaker).near
        return Answer("find_speaker", "near" if near else "none", {"speaker": speaker, "near": near or ""},
                      offers=(Offer(speaker, near),) if near else ())
    found = say_hits("find_speaker", events, values, ctx)
    if time is None or time.kind not in ("day", "range") or _on(time, events) \
            or found.outcome not in ("found_one", "found"):
        return found
    # "is Zac on tomorrow" when he speaks today: say so, not today's talk as if it were tomorrow's
    today = ctx.now.date()
    values = {**found.values, "asked": when_phrase(time, today)}
    if found.outcome == "found_one" and events[0].start and events[0].start.date() == today:
        values["when"] = f"{values['when']} today"
    return replace(found, outcome="other_day" if found.outcome == "found_one" else "other_days", values=values)
