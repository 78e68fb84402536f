"""PyCon US 2025 two-turn conversations for blind set 7 (now: Saturday 2025-05-17 10:00).

Follow-ups as people say them at a booth ("and at four fifteen?", "and on sunday?", "where is that",
"who is giving it", "how long is it", "more"); every expectation is computed from
data/pycon-us-2025/conference.json.
"""
from blindkit.helpers import E25, SAT, SUN, D, by_speaker, dur_forms, mins, one, sel, starting, surname, turn
from pycon2025 import NOT_NOTICE, tk, ttl


def dialogues():
    d = []
    d.append(D("three fifteen, then four fifteen",
               turn("so what's on at three fifteen", any_=tk(starting(E25, "15:15", day=SAT, kind=NOT_NOTICE))),
               turn("and at four fifteen?", any_=tk(starting(E25, "16:15", day=SAT, kind=NOT_NOTICE)))))
    kn = sel(E25, kind="keynote")
    d.append(D("keynote today, and on sunday",
               turn("is there a keynote today", answer=[surname(one(sel(kn, day=SAT))["speakers"][0])]),
               turn("and on sunday?", any_=[surname(e["speakers"][0]) for e in sel(kn, day=SUN)])))
    lk = one(ttl(E25, "linux kernel"))
    d.append(D("linux kernel talk, where",
               turn("is there a talk about the linux kernel", answer=tk([lk])),
               turn("where is that", answer=[lk["room"]])))
    se = one(ttl(E25, "selenium", kind="talk"))
    d.append(D("selenium talk, who",
               turn("when's the selenium talk?", times=[se["start"]]),
               turn("who is giving it", answer=[surname(se["speakers"][0])])))
    tg = one(by_speaker(E25, "tian gao"))
    d.append(D("Tian Gao, how long",
               turn("what time is Tian Gao speaking", times=[tg["start"]]),
               turn("how long is it?", any_=dur_forms(mins(tg)))))
    os11 = starting(E25, "11:00", day=SAT, kind="open-space")
    assert len(os11) > 3
    d.append(D("open spaces at eleven, more",
               turn("which open spaces are on at eleven", any_=tk(os11)),
               turn("more", any_=tk(os11))))
    return d
