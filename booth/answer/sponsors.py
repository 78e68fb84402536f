"""Sponsors as a whole: who sponsors at a level ("who are the visionary sponsors") and a short
summary of who has a booth ("which sponsors have booths"), and one sponsor's booth ("where is
the heroku booth", "who has booth 221"), a near spelling only offered."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from booth.answer.answers import Answer, Context
from booth.answer.offers import Offer
from booth.answer.registry import answer
from booth.answer.search import clean_topic
from booth.answer.spoken import join_words, number_words, say_list
from booth.schedule.model import Sponsor
from booth.understand.lexicon import sound_key
from booth.understand.numbers import cardinal_at
from booth.understand.text import fold, tokenize

# Named aloud before "and N more": enough to recognise a level, short enough to hear.
SPOKEN_SPONSORS = 4


def _booth_number(sponsor: Sponsor) -> int:
    return int(sponsor.booth) if sponsor.booth and sponsor.booth.isdigit() else 10**6


@answer("sponsor_list", {"level": {"level", "count", "names"}, "no_level": {"level"},
                         "booths": {"count", "low", "high", "names"}, "some_booths": {"total", "count", "low", "high", "names"},
                         "no_booths": {"total"}, "no_sponsors": set()})
def sponsor_list(slots: dict, ctx: Context) -> Answer:
    sponsors = list(ctx.conference.sponsors)
    if not sponsors:
        return Answer("sponsor_list", "no_sponsors")
    level = slots.get("sponsor_level")
    if not level and slots.get("topic"):  # "the gold sponsors" at a conference with no Gold level
        return Answer("sponsor_list", "no_level", {"level": clean_topic(str(slots["topic"])).title()})
    if level:
        at_level = [s.name for s in sponsors if s.level == level]
        if not at_level:
            return Answer("sponsor_list", "no_level", {"level": level})
        return Answer("sponsor_list", "level", {"level": level, "count": number_words(len(at_level)),
                                                "names": say_list(at_level, SPOKEN_SPONSORS)})
    with_booth = sorted((s for s in sponsors if s.booth), key=_booth_number)
    total = number_words(len(sponsors))
    if not with_booth:
        return Answer("sponsor_list", "no_booths", {"total": total})
    # The highest levels first: the names a visitor most likely looks for.
    order = {level: i for i, level in enumerate(dict.fromkeys(s.level for s in sponsors))}
    best = sorted(with_booth, key=lambda s: order.get(s.level, 99))
    # "how many sponsors are there" asks for all of them, not only those with a booth.
    return Answer("sponsor_list", "booths" if len(with_booth) == len(sponsors) else "some_booths", {
        "total": total, "count": number_words(len(with_booth)), "low": with_booth[0].booth or "",
        "high": with_booth[-1].booth or "", "names": join_words([s.name for s in best[:2]])})


@answer("sponsor_booth", {"found": {"sponsor", "booth", "level"}, "no_booth": {"sponsor", "level"},
                         "unknown": {"sponsor"}, "no_sponsors": {"sponsor"}, "no_such_booth": {"booth"},
                         "near": {"sponsor", "near"}})
def sponsor_booth(slots: dict, ctx: Context) -> Answer:
    name = slots.get("sponsor") or clean_topic(slots.get("topic", ""))
    sponsors = {s.name: s for s in ctx.conference.sponsors}
    if not sponsors:
        return Answer("sponsor_booth", "no_sponsors", {"sponsor": name})
    sponsor = sponsors.get(name) or sponsors.get(_one_sponsor_named(name, sponsors) or "") or _sounds_like(name, sponsors)
    number = booth_number(name)
    if sponsor is None and number is not None:  # "booth 221" said as a number the lexicon missed
        sponsor = next((s for s in sponsors.values() if s.booth == number), None)
    if sponsor is None and number is not None:
        # "who has booth 999": the booths sponsors have are in the lexicon, so this one is no one's
        return Answer("sponsor_booth", "no_such_booth", {"booth": number})
    if sponsor is None:  # a sponsor spelled alike is offered, never answered for ("Did you mean Redis?")
        near = process.extractOne(fold(name), {n: fold(n) for n in sponsors}, scorer=fuzz.ratio, score_cutoff=75)
        if near:
            return Answer("sponsor_booth", "near", {"sponsor": name, "near": near[2]}, offers=(Offer(name, near[2]),))
        return Answer("sponsor_booth", "unknown", {"sponsor": name})
    values = {"sponsor": sponsor.name, "level": sponsor.level, "booth": sponsor.booth or ""}
    return Answer("sponsor_booth", "found" if sponsor.booth else "no_booth", values)


def _sounds_like(said: str, sponsors: dict) -> Sponsor | None:
    """ "code speed" for CodSpeed: the one sponsor whose name sounds the same (the lexicon's sound key)."""
    key = sound_key(said)
    same = [s for n, s in sponsors.items() if len(key) >= 4 and sound_key(n) == key]
    return same[0] if len(same) == 1 else None


def _one_sponsor_named(said: str, sponsors) -> str | None:
    """The one sponsor whose name has every word said, or words they begin ("hudson river" is Hudson
    River Trading, "mongo" MongoDB); None when no sponsor or several do."""
    words = [w for w in tokenize(said) if w not in ("the", "booth")]
    if not words:
        return None
    named = [n for n in sponsors if all(any(part == w or (len(w) >= 4 and part.startswith(w)) for part in tokenize(n))
                                        for w in words)]
    return named[0] if len(named) == 1 else None


def booth_number(words: str) -> str | None:
    """ "999", "booth number nine hundred" -> the number; None if ``words`` is not a number."""
    tokens = [t for t in tokenize(words) if t not in ("booth", "number")]
    if len(tokens) == 1 and tokens[0].isdigit():
        return tokens[0]
    found = cardinal_at(tokens, 0)
    return str(found[0]) if found is not None and found[1] == len(tokens) else None
