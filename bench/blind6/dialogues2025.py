"""PyCon US 2025 two-turn conversations for blind set 6 (now: Saturday 2025-05-17 10:00).

Follow-ups as people say them at a booth ("what about four?", "and tomorrow?", "where is that?", "the second
one", "and after that?"); every expectation is computed from data/pycon-us-2025/conference.json.
"""
from blindkit.helpers import E25, SAT, SUN, D, by_speaker, by_title, dur_forms, mins, one, running, sel, starting, surname, turn
from pycon2025 import NOT_NOTICE, TALKISH, only, tkeys


def dialogues():
    d = []
    four = (starting(E25, "16:00", day=SAT, kind=NOT_NOTICE) + running(E25, "16:00", day=SAT, kind=NOT_NOTICE)
            + starting(E25, "16:15", day=SAT, kind=NOT_NOTICE))
    d.append(D("two thirty, then four",
               turn("what's on at two thirty?", any_=tkeys(starting(E25, "14:30", day=SAT, kind=NOT_NOTICE))),
               turn("what about four", any_=tkeys(four))))
    d.append(D("lunch today and tomorrow",
               turn("when's lunch", times=[one(sel(E25, kind="meal", day=SAT))["start"]]),
               turn("and tomorrow?", times=[one(sel(E25, kind="meal", day=SUN))["start"]])))
    jit = one(by_title(E25, "jit"))
    d.append(D("the JIT talk, where",
               turn("is there a talk about the JIT?", answer=tkeys([jit])),
               turn("where is that", answer=[jit["room"]])))
    gpu = sel(E25, kind=TALKISH, day=SAT, pred=lambda e: "gpu" in e["title"].lower())
    assert len(gpu) == 2 and gpu[0]["start"] < gpu[1]["start"]
    d.append(D("GPU talks, the second one",
               turn("any talks about GPUs today?", any_=tkeys(gpu)),
               turn("who's giving the second one", answer=[surname(gpu[1]["speakers"][0])])))
    gl = one(by_speaker(E25, "glyph"))
    d.append(D("Glyph, how long",
               turn("when's Glyph speaking?", times=[gl["start"]]),
               turn("how long is it", any_=dur_forms(mins(gl)))))
    lk = one(starting(E25, "11:15", day=SAT, room="Hall C"))
    d.append(D("hall c at eleven fifteen, who",
               turn("what's in hall c at eleven fifteen", answer=tkeys([lk])),
               turn("who's giving it?", answer=[surname(lk["speakers"][0])])))
    ba = sel(E25, kind=TALKISH, day=SAT, room="Ballroom A", pred=lambda e: e["start"] > "10:00")
    d.append(D("ballroom a, and after that",
               turn("what's the next talk in ballroom a?", answer=tkeys(ba[:1])),
               turn("and after that", answer=tkeys(ba[1:2]))))
    from blindkit.helpers import sponsor
    d.append(D("bloomberg booth, then meta",
               turn("where's the bloomberg booth", answer=[str(sponsor("bloomberg")["booth"])]),
               turn("what about meta?", answer=[str(sponsor("meta")["booth"])])))
    d.append(D("room 316 at eleven, and at one",
               turn("what's in room 316 at eleven?", answer=only(starting(E25, "11:00", day=SAT, room="Room 316"))),
               turn("and at one", answer=only(starting(E25, "13:00", day=SAT, room="Room 316")))))
    pk = one(sel(E25, kind="summit", pred=lambda e: e["title"].startswith("Packaging Summit")))
    d.append(D("packaging summit, where",
               turn("when's the packaging summit", times=[pk["start"]]),
               turn("where is it?", answer=[pk["room"]])))
    mk = one(sel(E25, kind="keynote", day=SUN, pred=lambda e: e["start"] < "12:00"))
    d.append(D("keynote tomorrow morning, what time",
               turn("who's doing the keynote tomorrow morning?", answer=[surname(mk["speakers"][0])]),
               turn("what time does it start", times=[mk["start"]])))
    te = one(by_title(sel(E25, day=SUN), "test"))
    d.append(D("testing tomorrow, where",
               turn("is there anything on testing tomorrow", answer=tkeys([te]), times=[te["start"]]),
               turn("where is it?", answer=[te["room"]])))
    return d
