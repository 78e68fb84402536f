"""PyCon US 2025 dialogues for blind set 5 (booth chat; now Saturday 2025-05-17 10:00).

Each turn's expectation is computed from the data; a follow-up is judged on what it must mean in context.
"""
from blindkit.helpers import (
    E25,
    FRI,
    SAT,
    SUN,
    THU,
    WED,
    D,
    absent_person,
    at,
    booth_of,
    by_speaker,
    by_title,
    dur_forms,
    mins,
    one,
    sel,
    sponsor,
    starting,
    surname,
    titles,
    turn,
)

TALKISH = ("talk", "charla")


def _after(e, room):
    """The next event in the same room on the same day after e."""
    return sel(E25, day=e["day"], room=room, pred=lambda x: x["start"] >= e["end"] and x["kind"] != "info")[0]


def dialogues():
    os3, os4 = at(E25, "15:00", kind="open-space", day=SAT), at(E25, "16:00", kind="open-space", day=SAT)
    os12, os13 = at(E25, "12:00", kind="open-space", day=SAT), at(E25, "13:00", kind="open-space", day=SAT)
    hynek = one(by_speaker(E25, "hynek"))
    kn_sat, kn_fri = one(sel(E25, kind="keynote", day=SAT)), one(sel(E25, kind="keynote", day=FRI))
    kn_sun = sel(E25, kind="keynote", day=SUN)
    hallc_two = at(E25, "14:00", day=SAT, room="Hall C", kind=TALKISH)
    asyncio = one(by_title(E25, "asyncio"))
    slatkin = one(by_speaker(E25, "slatkin"))
    auction = one(by_title(E25, "pyladies auction"))
    ba_sat = sel(E25, kind="talk", day=SAT, room="Ballroom A")
    pk = one(by_title(E25, "packaging summit"))
    maint = one(by_title(E25, "maintainers summit"))
    hallc_315 = one(starting(E25, "15:15", day=SAT, room="Hall C"))
    willison_tut = one(sel(by_speaker(E25, "willison"), kind="tutorial"))
    wheel = one(sel(by_title(E25, "packaging"), kind="talk"))
    r301_sun = sel(E25, kind="talk", day=SUN, room="Room 301-305")
    lunch = {d: one(sel(E25, kind="meal", day=d)) for d in (SAT, SUN)}
    reg_sun = sel(E25, kind="info", day=SUN, pred=lambda e: e["title"].startswith("Registration"))
    expo = {d: one(sel(E25, kind="info", day=d, pred=lambda e: e["title"] == "Expo Hall Closes")) for d in (SAT, FRI)}
    bbc_five = at(E25, "17:00", day=SAT, room="Ballroom BC", kind="talk")
    thu_ws_930 = starting(E25, "09:30", kind="sponsor-workshop", day=THU)
    thu_ws_1130 = starting(E25, "11:30", kind="sponsor-workshop", day=THU)
    absent_person(E25, "Guido van Rossum")
    d = []
    d.append(D("open spaces at three then four",
               turn("what open spaces are at three", any_=titles(os3)),
               turn("what about four?", any_=titles(os4), no=[k for k in titles(os3) if k not in titles(os4)][:2])))
    d.append(D("sunday talks at one then half past two",
               turn("what talks are on sunday at one", any_=titles(starting(E25, "13:00", kind="talk", day=SUN))),
               turn("and at two thirty?", any_=titles(starting(E25, "14:30", kind="talk", day=SUN)))))
    d.append(D("hynek: when, where, how long",
               turn("when is hynek's talk", times=[hynek["start"]]),
               turn("where is that?", answer=[hynek["room"]]),
               turn("how long is it?", any_=dur_forms(mins(hynek)))))
    d.append(D("today's keynote and its end",
               turn("who is the keynote today", answer=[kn_sat["speakers"][0]]),
               turn("when does it end?", times=[kn_sat["end"]])))
    d.append(D("hall c at two and after that",
               turn("what's in hall c at two", any_=titles(hallc_two)),
               turn("and after that?", any_=titles([_after(hallc_two[0], "Hall C")]))))
    d.append(D("eleven fifteen talks, pick the second",
               turn("talks at eleven fifteen", any_=titles(starting(E25, "11:15", kind=TALKISH, day=SAT))),
               turn("tell me about the second one", any_=titles(starting(E25, "11:15", kind=TALKISH, day=SAT)))))
    d.append(D("asyncio talk: who and when",
               turn("is there a talk about asyncio", any_=titles([asyncio])),
               turn("who is giving it?", any_=[s.split()[-1] for s in asyncio["speakers"]]),
               turn("when is it", times=[asyncio["start"]])))
    d.append(D("wednesday tutorials morning then afternoon",
               turn("what tutorials are on wednesday morning",
                    any_=titles(starting(E25, "09:00", kind="tutorial", day=WED))),
               turn("and in the afternoon?", any_=titles(starting(E25, "13:30", kind="tutorial", day=WED)))))
    d.append(D("room 308 at eleven then room 309",
               turn("what's on in room 308 at eleven", any_=titles(at(E25, "11:00", day=SAT, room="Room 308"))),
               turn("what about room 309?", any_=titles(at(E25, "11:00", day=SAT, room="Room 309")))))
    d.append(D("lunch today and tomorrow",
               turn("when is lunch", times=[lunch[SAT]["start"]]),
               turn("and tomorrow?", times=[lunch[SUN]["start"]])))
    sat_415 = starting(E25, "16:15", kind=TALKISH, day=SAT)
    d.append(D("four fifteen talks and more",
               turn("what talks are at four fifteen", any_=titles(sat_415)),
               turn("more", any_=titles(sat_415))))
    d.append(D("jetbrains booth then sentry",
               turn("where is the jetbrains booth", answer=[str(sponsor("JetBrains")["booth"])]),
               turn("and sentry?", answer=[str(sponsor("Sentry")["booth"])])))
    d.append(D("expo hall closing today and friday",
               turn("when does the expo hall close", times=[expo[SAT]["start"]]),
               turn("and on friday?", times=[expo[FRI]["start"]])))
    d.append(D("booth 100 then 501",
               turn("who has booth 100", answer=[booth_of(100)["name"]]),
               turn("what about booth five oh one", answer=[booth_of(501)["name"]])))
    d.append(D("slatkin: what, end, where",
               turn("what is brett slatkin talking about", any_=titles([slatkin])),
               turn("when does it end?", times=[slatkin["end"]]),
               turn("where is that", answer=[slatkin["room"]])))
    d.append(D("sunday afternoon ballroom a then hall c",
               turn("what's on in ballroom a tomorrow afternoon",
                    any_=titles(sel(E25, kind="talk", day=SUN, room="Ballroom A"))),
               turn("and in hall c?", any_=titles(sel(E25, kind="talk", day=SUN, room="Hall C")))))
    d.append(D("two thirty today then sunday",
               turn("what talks are at two thirty", any_=titles(starting(E25, "14:30", kind=TALKISH, day=SAT))),
               turn("what about on sunday?", any_=titles(starting(E25, "14:30", kind="talk", day=SUN)))))
    d.append(D("hall c at three fifteen: who and how long",
               turn("who is speaking in hall c at three fifteen", any_=[s.split()[-1] for s in hallc_315["speakers"]]),
               turn("how long is it", any_=dur_forms(mins(hallc_315))),
               turn("thanks", expect="handled")))
    d.append(D("pyladies auction: when, where, end",
               turn("when is the pyladies auction", times=[auction["start"]]),
               turn("where is it?", answer=[auction["room"]]),
               turn("when does it end?", times=[auction["end"]])))
    d.append(D("second talk in ballroom a, then who",
               turn("what's the second talk in ballroom a today", any_=titles([ba_sat[1]])),
               turn("who is giving it", answer=[ba_sat[1]["speakers"][0]])))
    d.append(D("open spaces at noon then one",
               turn("what are the open spaces at noon", any_=titles(os12)),
               turn("and at one?", any_=titles(os13))))
    d.append(D("packaging summit: how long, where",
               turn("tell me about the packaging summit", answer=["packaging summit"]),
               turn("how long is it", any_=dur_forms(mins(pk))),
               turn("where is it", answer=[pk["room"]])))
    d.append(D("typing summit then maintainers summit",
               turn("when is the typing summit", times=[one(by_title(E25, "typing summit"))["start"]]),
               turn("and the maintainers summit?", answer=["maintainers summit"], times=[maint["start"]])))
    d.append(D("room 316 this afternoon, then tomorrow",
               turn("what's in room 316 this afternoon",
                    any_=titles(sel(E25, day=SAT, room="Room 316", pred=lambda e: "12:00" <= e["start"] < "18:00"))),
               turn("and tomorrow?", any_=titles(sel(E25, day=SUN, room="Room 316")))))
    d.append(D("friday at noon then half past twelve",
               turn("what talks are on friday at noon", any_=titles(at(E25, "12:00", kind=TALKISH, day=FRI))),
               turn("what about half past twelve", any_=titles(starting(E25, "12:30", kind=TALKISH, day=FRI)))))
    d.append(D("sunday keynotes, when is the second",
               turn("is there a keynote tomorrow", any_=[surname(e["speakers"][0]) for e in kn_sun]),
               turn("when is the second one", times=[kn_sun[1]["start"]])))
    d.append(D("first talk in 301-305 sunday and the next",
               turn("what's the first talk in room 301-305 tomorrow", any_=titles(r301_sun[:1])),
               turn("and the one after that?", any_=titles(r301_sun[1:2]))))
    d.append(D("registration tomorrow: open, close",
               turn("when does registration open tomorrow", times=[reg_sun[0]["start"]]),
               turn("and when does it close?", times=[reg_sun[-1]["start"]])))
    d.append(D("thursday sponsor workshops",
               turn("what sponsor workshops are on thursday morning", any_=titles(thu_ws_930 + thu_ws_1130)),
               turn("and at eleven thirty", any_=titles(thu_ws_1130))))
    d.append(D("friday keynote: where and how long",
               turn("who is the keynote on friday", answer=[kn_fri["speakers"][0]]),
               turn("where is it?", answer=[kn_fri["room"]]),
               turn("how long?", any_=dur_forms(mins(kn_fri)))))
    d.append(D("duckdb then polars",
               turn("is there anything about duckdb", any_=titles(by_title(E25, "duckdb"))),
               turn("what about polars", any_=titles(by_title(E25, "polars")))))
    d.append(D("willison tutorial: when, where",
               turn("when is simon willison's tutorial", times=[willison_tut["start"]]),
               turn("where is that", answer=[willison_tut["room"]])))
    d.append(D("packaging talk tomorrow, who speaks",
               turn("any talks about packaging tomorrow", any_=titles([wheel])),
               turn("who is speaking", any_=[s.split()[-1] for s in wheel["speakers"]])))
    d.append(D("room 317 today then sunday",
               turn("what's on in room 317 today", any_=titles(sel(E25, day=SAT, room="Room 317"))),
               turn("and on sunday", any_=titles(sel(E25, day=SUN, room="Room 317")))))
    d.append(D("talks at five, then ballroom bc",
               turn("talks at five", any_=titles(starting(E25, "17:00", kind=TALKISH, day=SAT))),
               turn("and in ballroom bc?", any_=titles(bbc_five))))
    d.append(D("absent speaker then a real one",
               turn("is guido van rossum giving a talk", expect="no"),
               turn("what about lynn root", answer=["keynote"], times=[kn_sat["start"]])))
    return d
