"""PyCon US 2025 two-turn conversations for blind set 9 (now: Saturday 2025-05-17 10:00).

A question as asked at an information desk, then the follow-up people add without repeating
themselves ("what about at four", "and tomorrow?", "where is it", "who's giving it", "how long is
it", "more"); every expectation is computed from data/pycon-us-2025/conference.json.
"""
from blindkit.helpers import E25, SAT, SUN, D, dur_forms, mins, one, sel, turn
from pycon2025 import between, dedup, on_at, only, surnames, tk


def dialogues():
    d = []
    d.append(D("quarter past three, then four",
               turn("anything interesting around quarter past three", any_=tk(on_at(SAT, "15:15"))),
               turn("what about at four", any_=tk(on_at(SAT, "16:00")))))
    lunch = {day: one(sel(E25, kind="meal", day=day)) for day in (SAT, SUN)}
    d.append(D("lunch today, then tomorrow",
               turn("do you know when lunch is today", times=[lunch[SAT]["start"]]),
               turn("and tomorrow?", times=[lunch[SUN]["start"]])))
    lk = only("linux kernel")
    d.append(D("linux kernel talk, where",
               turn("is there a talk about the linux kernel", answer=tk([lk])),
               turn("where is it", answer=[lk["room"]])))
    px = only("pyxl")
    d.append(D("chip talk, who",
               turn("could you tell me when the PyXL chip talk is", times=[px["start"]]),
               turn("who's giving it", answer=surnames([px]))))
    os16 = dedup(sel(E25, kind="open-space", day=SAT, pred=lambda e: e["start"] == "16:00"))
    assert len(os16) > 3
    d.append(D("open spaces at four, more",
               turn("what open spaces are there at four today", any_=tk(os16)),
               turn("more", any_=tk(os16))))
    ph = only("phantom dependencies")
    d.append(D("phantom dependencies, how long",
               turn("when is the phantom dependencies talk", times=[ph["start"]]),
               turn("how long is it", any_=dur_forms(mins(ph)))))
    ag = only("agriculture")
    d.append(D("agriculture talk, who",
               turn("I'm into farming, when's the talk on sustainable agriculture", times=[ag["start"]]),
               turn("and who's giving it", answer=surnames([ag]))))
    # The second turn accepts all of Sunday's Room 315: "this afternoon" may or may not carry over.
    d.append(D("room 315 this afternoon, then tomorrow",
               turn("what's on in room 315 this afternoon",
                    any_=tk(between(SAT, "12:00", "23:59", room="Room 315"))),
               turn("and tomorrow?", any_=tk(sel(E25, day=SUN, room="Room 315")))))
    return d
