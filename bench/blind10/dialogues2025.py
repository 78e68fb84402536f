"""PyCon US 2025 two- and three-turn conversations for blind set 10 (now: Saturday 2025-05-17 10:00).

A hurried question at a booth in the expo hall, then the follow-ups people add without repeating
themselves ("what about four o'clock", "and where is that", "who's giving that
one", "more", "the second one", "and tomorrow's lunch"); every expectation is computed from data/pycon-us-2025/conference.json.
"""
from blindkit.helpers import E25, SAT, SUN, D, dur_forms, mins, one, sel, sponsor, turn
from pycon2025 import check_style, dedup, on_at, only, person, surnames, tk


def dialogues():
    d = []
    r11 = on_at(SAT, "11:00", room="Room 315")
    r16 = on_at(SAT, "16:00", room="Room 315")
    d.append(D("room 315 at eleven, then four",
               turn("what's in room 315 at eleven", any_=tk(r11)),
               turn("what about four o'clock", any_=tk(r16))))
    sky = only("sky alarm")
    d.append(D("sky alarm talk, where",
               turn("when's the, uh, the sky alarm talk", times=[sky["start"]]),
               turn("and where is that", answer=[sky["room"]])))
    ng = only("nogil")
    d.append(D("nogil talk: who, when, where",
               turn("who did the talk on the nogil load balancer", answer=surnames([ng])),
               turn("when was it", times=[ng["start"]]),
               turn("and where", answer=[ng["room"]])))
    os15 = dedup(sel(E25, kind="open-space", day=SAT, pred=lambda e: e["start"] == "15:00"))
    assert len(os15) > 3
    d.append(D("open spaces at three, more",
               turn("which open spaces are at three today", any_=tk(os15)),
               turn("more", any_=tk(os15))))
    os18 = dedup(sel(E25, kind="open-space", day=SAT, pred=lambda e: e["start"] == "18:00"))
    assert len(os18) == 2
    d.append(D("open spaces at six, the second one, where",
               turn("any open spaces at six tonight", any_=tk(os18)),
               turn("the second one", any_=tk(os18)),
               turn("where's that one", any_=[e["room"] for e in os18])))
    kj = one(sel(E25, kind="keynote", day=SUN, pred=lambda e: e["start"] >= "12:00"))
    d.append(D("afternoon keynote tomorrow, who",
               turn("when's the last keynote tomorrow", times=[kj["start"]]),
               turn("who's giving that one", answer=surnames([kj]))))
    lunch = {day: one(sel(E25, kind="meal", day=day)) for day in (SAT, SUN)}
    d.append(D("lunch today, then tomorrow",
               turn("lunch, what time is lunch", times=[lunch[SAT]["start"]]),
               turn("and tomorrow's lunch", times=[lunch[SUN]["start"]])))
    (zh,) = person("Hatfield Dodds")
    assert zh["day"] == SAT
    d.append(D("Zac today, then tomorrow (nothing)",
               turn("is Zac Hatfield Dodds on today", answer=tk([zh])),
               turn("what about tomorrow", expect="no")))
    sc = only("steering council")
    d.append(D("steering council panel, how long",
               turn("when's the steering council panel", times=[sc["start"]]),
               turn("how long does it go", any_=dur_forms(mins(sc)))))
    dd, tp = sponsor("Datadog"), sponsor("Temporal")
    d.append(D("Datadog's booth, then Temporal's",
               turn("which booth is Datadog at", answer=[str(dd["booth"])]),
               turn("and Temporal", answer=[str(tp["booth"])])))
    for x in d:
        for t in x["turns"]:
            if len(t["say"].split()) >= 4:
                check_style(t["say"])
    return d
