"""Sponsors as a whole: who sponsors at a level ("who are the visionary sponsors") and a short
summary of who has a booth ("which sponsors have booths"). A single sponsor's booth is
``sponsor_booth`` in answers.py."""

from __future__ import annotations

from booth.answer.answers import Answer, Context
from booth.answer.registry import answer
from booth.answer.spoken import join_words, number_words, say_list
from booth.schedule.model import Sponsor

# Named aloud before "and N more": enough to recognise a level, short enough to hear.
SPOKEN_SPONSORS = 4


def _booth_number(sponsor: Sponsor) -> int:
    return int(sponsor.booth) if sponsor.booth and sponsor.booth.isdigit() else 10**6


@answer("sponsor_list", {"level": {"level", "count", "names"}, "no_level": {"level"},
                         "booths": {"count", "low", "high", "names"}, "no_booths": set(), "no_sponsors": set()})
def sponsor_list(slots: dict, ctx: Context) -> Answer:
    sponsors = list(ctx.conference.sponsors)
    if not sponsors:
        return Answer("sponsor_list", "no_sponsors")
    level = slots.get("sponsor_level")
    if level:
        at_level = [s.name for s in sponsors if s.level == level]
        if not at_level:
            return Answer("sponsor_list", "no_level", {"level": level})
        return Answer("sponsor_list", "level", {"level": level, "count": number_words(len(at_level)),
                                                "names": say_list(at_level, SPOKEN_SPONSORS)})
    with_booth = sorted((s for s in sponsors if s.booth), key=_booth_number)
    if not with_booth:
        return Answer("sponsor_list", "no_booths")
    # The highest levels first: the names a visitor most likely looks for.
    order = {level: i for i, level in enumerate(dict.fromkeys(s.level for s in sponsors))}
    best = sorted(with_booth, key=lambda s: order.get(s.level, 99))
    return Answer("sponsor_list", "booths", {
        "count": number_words(len(with_booth)), "low": with_booth[0].booth or "", "high": with_booth[-1].booth or "",
        "names": join_words([s.name for s in best[:2]])})
