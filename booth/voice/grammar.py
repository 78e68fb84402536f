"""What a recognizer should expect to hear: whole sentences for Vosk's runtime grammar, made from
the intents' sentence templates with their slots filled from the schedule.

Vosk turns a phrase list into a bigram model with backoff, so fragments and lone words let the
decoder string together words no sentence allows ("when is the bee were tutorial"). On real
recorded voices (../shared/voices/picovoice-coffee, README there) whole template sentences took
the small model from 95% to 99.8% right clean and from 70% to 94% at 6 dB. So every template
sentence is given whole, several times with different slot values, balanced so that every value
of every slot (each speaker, room, sponsor, kind, time, and each title as a topic) appears in
some sentence; only an open topic (a sponsor or subject the schedule does not know) stays a
fragment. Sentences are drawn with a fixed seed: the grammar is the same on every run.

Follow-up sentences ("what about four", "where is that") and the answers to a question Booth
asked ("yes", "the second one") are separate parts, put in only while they make sense
(:class:`Parts`, chosen by the listener).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from booth.answer.offers import NO_WORDS, YES_WORDS
from booth.answer.spoken import digits_said, number_words, short_title
from booth.schedule.model import Conference
from booth.understand.intents import IntentSet
from booth.understand.slots import Lexicon
from booth.understand.text import CONTRACTIONS, tokenize
from booth.voice import balanced
from booth.voice.listed import listed_only

PAIRED_SLOTS = ("sponsor", "room", "kind")  # values that meet every word that may follow them
SAMPLES_PER_SENTENCE = 6  # filled copies of each expanded template sentence (before the coverage top-up)
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_DIGIT = re.compile(r"\d")
_TOPIC_STOP = set("""a an the and or of for in on at to is are be by with about from your you how what why
    when where which who we our my it its into not no yes do does can this that these those as vs using
    use into out up new more all any get make one two three part""".split())
ORDINALS = ("first", "second", "third", "fourth", "fifth", "last", "next")
# Every yes and no the conversation takes (booth/answer/offers.py), and a few ways of saying them.
CONFIRMATIONS = (*sorted(YES_WORDS | NO_WORDS), "yes please", "that's right", "no thanks")


@dataclass(frozen=True)
class Parts:
    """The phrases of a grammar, by when they belong in it."""

    questions: tuple[str, ...]  # always
    followups: tuple[str, ...]  # while a conversation lives
    answers: tuple[str, ...]  # right after Booth asked ("Did you mean ...?", "which one?")

    def phrases(self, followups: bool = False, answers: bool = False) -> list[str]:
        return [*self.questions, *(self.followups if followups else ()), *(self.answers if answers else ())]


def time_phrases(conference: Conference) -> list[str]:
    """Times as people say them at a conference: "three thirty", "half past two", "saturday at four"."""
    phrases = {"now", "right now", "next", "noon", "today", "tomorrow", "this morning", "this afternoon",
               "this evening", "tonight", "after lunch", "in half an hour", "in an hour", "the first day"}
    # Yesterday too: without it the decoder had only "us today" to offer for "yesterday" ("who did
    # the keynote us today" answered with today's keynote; blind sets 7-10, clean).
    phrases.update(f"{day}{part}" for day in ("yesterday", "tomorrow")
                   for part in ("", " morning", " afternoon", " evening"))
    for hour in range(1, 13):
        h = number_words(hour)
        phrases.update({h, f"{h} thirty", f"{h} fifteen", f"{h} forty five", f"half past {h}", f"quarter to {h}",
                        f"quarter past {h}", f"{h} p m", f"{h} a m", f"{h} o'clock"})
    for day in sorted({d.strftime("%A").lower() for d in conference.days.all}):
        phrases.update({day, f"{day} morning", f"{day} afternoon", f"on {day}"})
        phrases.update(f"{day} at {number_words(h)}" for h in (9, 10, 11, 1, 2, 3, 4, 5))
    return sorted(phrases)


def topic_phrases(conference: Conference) -> list[str]:
    """What visitors call an event: its short title, and each telling word of a title."""
    phrases: set[str] = set()
    for event in conference.events:
        short = " ".join(tokenize(short_title(event.title)))
        if short:
            phrases.add(short)
        phrases.update(w for w in tokenize(event.title) if w not in _TOPIC_STOP and len(w) > 2 and not w.isdigit())
    return sorted(phrases)


def slot_values(lexicon: Lexicon, conference: Conference) -> dict[str, list[str]]:
    fills = {slot: sorted(p for p in forms if not re.search(r"\d", p)) for slot, forms in lexicon.forms.items()}
    fills["time"] = time_phrases(conference)
    fills["ordinal"] = list(ORDINALS)
    fills["topic"] = topic_phrases(conference)
    return fills


class _Cycle:
    """Values of one slot in a shuffled round: every value comes up before any comes up twice."""

    def __init__(self, values: list[str], rng: random.Random):
        self.values, self.rng = list(values), rng
        self.seen: set[str] = set()
        self._it: Iterator[str] = iter(())

    def __next__(self) -> str:
        try:
            value = next(self._it)
        except StopIteration:
            order = self.values[:]
            self.rng.shuffle(order)
            self._it = iter(order)
            value = next(self._it)
        self.seen.add(value)
        return value


def _fill(sentence: str, cycles: dict[str, _Cycle], forced: tuple[str, str] | None = None) -> str:
    def value(m: re.Match[str]) -> str:
        slot = m.group(1)
        if forced and forced[0] == slot:
            return forced[1]
        return next(cycles[slot])
    return " ".join(_SLOT.sub(value, sentence).split())


def _bare_topic(sentence: str) -> bool:
    """A sentence that is a free topic and nothing else ("{topic}"): as a grammar sentence it is a
    lone title word, the fragment babble fits best ("down" heard in a hall and answered). The
    matcher still reads such a question typed; the recognizer hears only topics said in a sentence."""
    return set(_SLOT.findall(sentence)) == {"topic"} and not _SLOT.sub(" ", sentence).split()


def whole_sentences(templates: Iterable[str], fills: dict[str, list[str]], samples: int = SAMPLES_PER_SENTENCE,
                    seed: int = 0, open_topic: bool = False) -> list[str]:
    """Every template sentence filled ``samples`` times (once when it has no slot), then topped up
    until every value of every slot it uses has appeared at least once."""
    rng = random.Random(seed)
    templates = [t for t in dict.fromkeys(templates) if all(fills.get(s) for s in _SLOT.findall(t))
                 and not _bare_topic(t)]
    cycles = {slot: _Cycle(values, rng) for slot, values in fills.items() if values}
    out: dict[str, None] = {}
    by_slot: dict[str, list[str]] = {}
    for template in templates:
        slots = _SLOT.findall(template)
        if open_topic and "{topic}" in template:
            # A name the schedule does not know ("the acme booth", "room 999"): the words around
            # it, as fragments of two words or more (a lone "is" or "here" is what babble fits).
            # Filled with title words it would be nonsense ("is love sponsoring") that the matcher
            # cannot read and that gives babble word pairs to wander along. Neural-voice bench:
            # wrong answers 8.1 -> 2.9% at 6 dB babble, 8.1 -> 6.6% at 10 dB (right 29.4 vs
            # 30.9% there, and 84.6 vs 86.8% clean: two "pypi" clips heard as "pi p" differently).
            out.update(dict.fromkeys(p.strip() for p in _SLOT.sub("{}", template).split("{}") if len(p.split()) >= 2))
            continue
        for slot in slots:
            by_slot.setdefault(slot, []).append(template)
        for _ in range(samples if slots else 1):
            out.setdefault(_fill(template, cycles), None)
    # Vosk keeps word pairs, not sentences: each value must also meet each word that can follow
    # it ("microsoft booth", "microsoft located"), or the decoder reaches for another value that has.
    for slot, users in by_slot.items():
        cycle = cycles[slot]
        by_next: dict[str, list[str]] = {}
        for template in users:
            for after in re.findall(r"\{" + slot + r"\}\s*([a-z']*)", template):
                by_next.setdefault(after, []).append(template)
        for value in cycle.values:
            # Names meet every next word; a topic or a time (over a thousand values) once, if not yet drawn.
            groups = list(by_next.values()) if slot in PAIRED_SLOTS else [users] if value not in cycle.seen else []
            for group in groups:
                out.setdefault(_fill(rng.choice(group), cycles, (slot, value)), None)
            cycle.seen.add(value)
    return list(out)


def _digit_free(phrases: Iterable[str]) -> list[str]:
    """The phrases in words only: a title's "3d printing" or "fun run 5k" said as people say it
    (dropped here before, so no question about them could be heard)."""
    return sorted({digits_said(p) if _DIGIT.search(p) else p for p in phrases if p})


# The contractions the tokenizer reads (booth/understand/text.py) that people say more often than
# not after these words ("what's on at two thirty"; the model has each as one word). Without them a
# voice's "what's on" was heard "what summit" (blind set 6, clean). "time's" ("what time's the
# keynote") was tried too: 399 sentences more, and in babble "what time is slatkin's talk" was
# answered as "what time's lectures" (blind set 7, 10 dB).
CONTRACTED_AFTER = ("what", "where", "when", "who", "there", "that", "it", "i")
_CONTRACTED = {tuple(whole.split()): short for short, whole in CONTRACTIONS.items()
               if "'" in short and len(whole.split()) == 2 and whole.split()[0] in CONTRACTED_AFTER
               and whole.split()[1] in ("is", "am")}  # not "what're": the model lacks it
# The second words, each with the first word when it is the only one ("i am"): one cheap test per
# sentence, as " am " alone is in every "a m" time.
_SEEN_IN = tuple({f" {second} " if sum(s == second for _f, s in _CONTRACTED) > 1 else f" {first} {second} "
                  for first, second in _CONTRACTED})


def contracted(sentences: Iterable[str]) -> list[str]:
    """Sentences that say "what is" etc. contracted, one for each word pair the contraction makes
    (Vosk keeps word pairs: "<s> what's" and "what's on" are all it needs; the rest of the sentence
    it has already). The matcher reads "what's" as "what is"."""
    out: list[str] = []
    pairs: set[tuple[str, str, str]] = set()
    for sentence in sentences:
        padded = f" {sentence} "
        for part in _SEEN_IN:  # most sentences: a substring test or two instead of a walk over their words
            if part in padded:
                break
        else:
            continue
        words = sentence.split()
        for i in range(len(words) - 1):
            short = _CONTRACTED.get((words[i], words[i + 1]))
            if short is None:
                continue
            pair = (words[i - 1] if i else "<s>", short, words[i + 2] if i + 2 < len(words) else "</s>")
            if pair not in pairs:
                pairs.add(pair)
                out.append(" ".join([*words[:i], short, *words[i + 2:]]))
    return out


def grammar_parts(intents: IntentSet, lexicon: Lexicon, conference: Conference,
                  samples: int = SAMPLES_PER_SENTENCE) -> Parts:
    """The whole-sentence grammar of these intents over this schedule."""
    fills = slot_values(lexicon, conference)
    listed = intents.slot_lists.names()
    questions: list[str] = []
    followups: list[str] = []
    for n, intent in enumerate(intents.intents.values()):
        if listed_only(intent, listed):
            # Slots all listed in YAML (a skill's sizes, roasts): few values, so every word pair of
            # every template is covered (booth.voice.balanced), as on the coffee recordings.
            sentences = [p for template in intent.templates for p in balanced.sample(template, fills, seed=n)]
        else:
            sentences = whole_sentences(intent.sentences, fills, samples, seed=n, open_topic=intent.open_topic)
        (followups if intent.followup else questions).extend(sentences)
    # "Which one?" is answered by a name or an ordinal alone.
    answers = [*CONFIRMATIONS, *(f"the {o} one" for o in ORDINALS), *ORDINALS]
    questions += contracted(questions)
    followups += contracted(followups)
    return Parts(tuple(_digit_free(questions)), tuple(_digit_free(followups)), tuple(_digit_free(answers)))


def vocabulary(intents: IntentSet, lexicon: Lexicon, conference: Conference) -> list[str]:
    """Every phrase any grammar part may hold (for a free-standing grammar)."""
    return grammar_parts(intents, lexicon, conference).phrases(followups=True, answers=True)


def words_to_hear(conference: Conference, intents: IntentSet, lexicon: Lexicon) -> dict[str, list[str]]:
    """Per kind of thing (titles, speakers, sponsors, rooms, kinds, templates), the names whose
    every word the recognizer must be able to say."""
    templates = [_SLOT.sub(" ", s) for intent in intents.intents.values() for s in intent.sentences]
    return {
        "titles": sorted({e.title for e in conference.events if e.title}),
        "speakers": sorted({s for e in conference.events for s in e.speakers if s.strip()}),
        "sponsors": sorted({s.name for s in conference.sponsors}),
        "rooms": sorted({r for r in lexicon.forms.get("room", {}).values()}),
        "kinds": sorted(set(lexicon.forms.get("kind", {}))),
        "templates": sorted(set(templates)),
    }
