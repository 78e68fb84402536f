"""What a recognizer should expect to hear: phrases for Vosk's runtime grammar, made from the
intents' sentence templates and the schedule's own words.

Vosk decodes a grammar as any sequence of its phrases, so the longer the phrases, the more they
constrain: "at four" as one phrase keeps the decoder from "at for". Besides every template
fragment and every slot's spoken forms, each template sentence is therefore also given whole,
with its slots filled by a few values drawn from the schedule (seeded, so the grammar is the same
on every run). Measured on 64 synthesized questions (clean, grammar mode), over several runs:
fragments alone 61-64% right, with 8 filled sentences per template 73-77%; more samples cost
compile time (25k phrases: 0.5 s; 85k: 1.6 s) for no further gain.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

from booth.answer.spoken import number_words, short_title
from booth.schedule.model import Conference
from booth.understand.numbers import ORDINAL_UNITS
from booth.understand.slots import Lexicon
from booth.understand.text import tokenize
from booth.voice import balanced

SAMPLES_PER_SENTENCE = 8
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SPELLED = re.compile(r"\b[a-z] [a-z] [a-z]\b")  # "m l j a r": letters are cheap paths for the decoder
_TIME_WORDS = ("oh a.m. p.m. am pm noon midnight half past quarter to o'clock now next today tomorrow morning "
               "afternoon evening tonight monday tuesday wednesday thursday friday saturday sunday first second "
               "third fourth last day after before lunch in an hour minutes").split()


def time_phrases(conference: Conference) -> list[str]:
    """Times as people say them at a conference: "three thirty", "half past two", "saturday at four"."""
    phrases = {"now", "right now", "next", "noon", "today", "tomorrow", "this morning", "this afternoon",
               "this evening", "tonight", "after lunch", "in half an hour", "in an hour", "the first day"}
    for hour in range(1, 13):
        h = number_words(hour)
        phrases.update({h, f"{h} thirty", f"{h} fifteen", f"{h} forty five", f"half past {h}", f"quarter to {h}",
                        f"quarter past {h}", f"{h} p m", f"{h} a m", f"{h} o'clock"})
    for day in sorted({d.strftime("%A").lower() for d in conference.days.all}):
        phrases.update({day, f"{day} morning", f"{day} afternoon", f"on {day}"})
        phrases.update(f"{day} at {number_words(h)}" for h in (9, 10, 11, 1, 2, 3, 4, 5))
    return sorted(phrases)


def vocabulary(sentences: Iterable[str], lexicon: Lexicon, conference: Conference,
               fillers: Iterable[str], whole: Iterable[str] = (), uses: set[str] | None = None) -> list[str]:
    """``sentences``: expanded sentences, given as fragments plus a few filled samples each;
    ``whole``: templates whose slots are all YAML lists, given only as whole sentences sampled to
    cover every word pair (booth.voice.balanced); ``uses``: the slots any intent uses (None: all),
    so that a skill without times gets no time words."""
    sentences = list(sentences)
    whole = list(whole)
    fills = {slot: sorted(p for p in forms if not re.search(r"\d", p)) for slot, forms in lexicon.forms.items()}
    # Whole names in the sample sentences: "where is matt" as a sentence would out-shout "where is that".
    fills["speaker"] = [p for p in fills.get("speaker", []) if " " in p]
    fills["time"] = time_phrases(conference)
    fills["ordinal"] = [*ORDINAL_UNITS[:4], "last"]
    phrases: set[str] = set()
    for index, template in enumerate(whole):
        values = {slot: sorted(f for f in forms if not re.search(r"\d", f)) for slot, forms in lexicon.forms.items()}
        phrases.update(balanced.sample(template, values, seed=index))
    if not sentences:  # only whole sentences: fragments and lone values would let the decoder wander
        return sorted(p for p in phrases if p)
    if uses is not None:
        fills = {slot: forms for slot, forms in fills.items() if slot in uses}
    rng = random.Random(0)
    for sentence in sentences:
        for part in _SLOT.split(sentence)[::2]:  # the fragments between slots
            if part.strip():
                phrases.add(part.strip())
        # The whole sentence with sample values; a free-text topic stays a gap (its words are below).
        for piece in sentence.split("{topic}"):
            slots = _SLOT.findall(piece)
            if not slots or any(not fills.get(s) for s in slots):
                continue
            for _ in range(SAMPLES_PER_SENTENCE):
                phrases.add(_SLOT.sub(lambda m: rng.choice(fills[m.group(1)]), piece).strip())
    for forms in fills.values():
        phrases.update(forms)
    if uses is None or "time" in uses:
        phrases.update(number_words(n) for n in range(0, 60))
        phrases.update(_TIME_WORDS)
    phrases.update(fillers)
    for event in conference.events:
        words = tokenize(event.title)
        phrases.update(words)
        phrases.add(" ".join(tokenize(short_title(event.title))))  # "the duckdb love python one"
    # A lone letter is a cheap path for the decoder ("hey booth" -> "j booth"): letters only inside phrases.
    return sorted(p for p in phrases if p and not re.search(r"\d", p) and (len(p) > 1 or p in "ai")
                  and not _SPELLED.search(p))
