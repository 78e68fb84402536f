"""PyCon US 2025 two-turn conversations for blind set 8 (now: Saturday 2025-05-17 10:00).

Short follow-ups as said at a noisy booth ("and at four?", "what about tomorrow", "where is that",
"who's giving it", "how long", "more"); every expectation is computed from
data/pycon-us-2025/conference.json.
"""
from blindkit.helpers import E25, SAT, SUN, D, dur_forms, mins, one, sel, starting, turn
from pycon2025 import TALKISH, on_at, only, surnames, tk, ttl


def dialogues():
    d = []
    d.append(D("two thirty, then four",
               turn("anything at two thirty", any_=tk(on_at(SAT, "14:30"))),
               turn("and at four?", any_=tk(on_at(SAT, "16:00")))))
    lt = sel(E25, kind="lightning-talks")
    tonight = one(sel(lt, day=SAT, pred=lambda e: e["start"] > "12:00"))
    d.append(D("lightning talks today, then tomorrow",
               turn("lightning talks today?", times=[tonight["start"]]),
               turn("what about tomorrow", times=[one(sel(lt, day=SUN))["start"]])))
    wm = only("water management")
    d.append(D("water management talk, where",
               turn("is there a talk about water management", answer=tk([wm])),
               turn("where is that", answer=[wm["room"]])))
    lo = only("chaotic locals")
    d.append(D("locals talk, who",
               turn("when's the chaotic locals talk", times=[lo["start"]]),
               turn("who's giving it", answer=surnames([lo]))))
    mt = one(ttl("marimo", kind="talk"))
    d.append(D("marimo talk, how long",
               turn("marimo talk when", times=[mt["start"]]),
               turn("how long", any_=dur_forms(mins(mt)))))
    os13 = starting(E25, "13:00", day=SAT, kind="open-space")
    assert len(os13) > 3
    d.append(D("open spaces at one, more",
               turn("open spaces at one today", any_=tk(os13)),
               turn("more", any_=tk(os13))))
    gpu = one([e for e in ttl("gpu", kind="talk", day=SAT) if e["start"] == "12:00"])
    d.append(D("gpu talk at noon, where",
               turn("what's the gpu talk at noon", answer=tk([gpu])),
               turn("where is that", answer=[gpu["room"]])))
    hc = one(starting(E25, "14:30", day=SAT, kind=TALKISH, room="Hall C"))
    d.append(D("hall c at half past two, then quarter past three",
               turn("who's speaking in hall c at half past two", answer=surnames([hc])),
               turn("and at quarter past three?", any_=surnames(starting(E25, "15:15", day=SAT, kind=TALKISH)))))
    return d
