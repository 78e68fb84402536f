"""PyCon US 2025 dialogues of blind set 4 (`booth chat`, now Saturday 10:00 unless a dialogue says)."""
from blindkit.helpers import (
    E25,
    FRI,
    SAT,
    SUN,
    THU,
    WED,
    D,
    at,
    booth_of,
    by_speaker,
    by_title,
    dur_forms,
    key,
    mins,
    norm,
    one,
    sel,
    sponsor,
    starting,
    titles,
    turn,
)

E = E25
TALK = ("talk",)


def dialogues():
    d = []
    r1 = starting(E, "14:30", kind=TALK, day=SAT)
    r2 = starting(E, "16:15", kind=TALK, day=SAT)
    d.append(D("talks at 2:30 then quarter past four",
               turn("what talks are at 2:30 today", any_=titles(r1), times=["14:30"]),
               turn("what about quarter past four", any_=titles(r2), times=["16:15"])))
    lr = one(by_speaker(E, "Lynn Root"))
    d.append(D("lynn root keynote where how long", turn("when is the keynote by lynn root", times=[lr["start"]]),
               turn("where is that", answer=[lr["room"]]), turn("how long is it", any_=dur_forms(mins(lr)))))
    dk = one(by_title(sel(E, kind=TALK), "DuckDB"))
    d.append(D("duckdb who ends", turn("is there a talk about duckdb", answer=[key(dk["title"])]),
               turn("who is giving it", answer=[norm(s) for s in dk["speakers"]]),
               turn("what time does it finish", times=[dk["end"]])))
    o1 = at(E, "13:00", kind="open-space", day=SAT)
    o2 = at(E, "13:00", kind="open-space", day=SUN)
    d.append(D("open spaces at one, and tomorrow", turn("open spaces at 1 today", any_=titles(o1)),
               turn("and tomorrow", any_=titles(o2), no=[k for k in titles(o1) if k not in titles(o2)][:3])))
    ft = [e for e in E if e["kind"] in ("talk", "open-space", "sponsor-workshop") and "free threaded" in norm(e["title"])]
    dh = one(by_speaker(E, "David Hewitt"))
    d.append(D("free threaded clarification by name", turn("when is the talk about free threaded python", expect="handled",
                                                            any_=titles(ft)),
               turn("the one by david hewitt", answer=[key(dh["title"])], times=[dh["start"]]),
               turn("where is that", answer=[dh["room"]])))
    ba = sel(E, kind=TALK, room="Ballroom A", day=SAT)
    d.append(D("ballroom a now next after", turn("what's on in ballroom a now", answer=[key(ba[1]["title"])]),
               turn("the next one", answer=[key(ba[2]["title"])], no=[key(ba[0]["title"])]),
               turn("and after that", answer=[key(ba[3]["title"])], no=[key(ba[0]["title"]), key(ba[1]["title"])]),
               now=f"{SAT}T11:20"))
    hc = sel(E, kind=TALK, room="Hall C", day=SAT, pred=lambda e: e["start"] > "15:00")
    past = [key(e["title"]) for e in sel(E, kind=TALK, room="Hall C", day=SAT, pred=lambda e: e["start"] < "15:00")]
    d.append(D("hall c next never the past", turn("what's next in hall c", answer=[key(hc[0]["title"])], no=past[-2:]),
               turn("and after that", answer=[key(hc[1]["title"])], no=past[-2:]), now=f"{SAT}T15:00"))
    d.append(D("booth 100 then 101", turn("who has booth 100", answer=[norm(booth_of(100)["name"])]),
               turn("and booth 101", answer=[norm(booth_of(101)["name"])])))
    ls, lu = one(sel(E, kind="meal", day=SAT)), one(sel(E, kind="meal", day=SUN))
    d.append(D("lunch today tomorrow where", turn("when is lunch today", times=[ls["start"]]),
               turn("and tomorrow", times=[lu["start"]]), turn("where is it", answer=[lu["room"]])))
    tw = sel(E, kind="tutorial", day=WED, pred=lambda e: e["start"] >= "12:00")
    tt = sel(E, kind="tutorial", day=THU, pred=lambda e: e["start"] >= "12:00")
    d.append(D("tutorials wednesday then thursday afternoon",
               turn("tutorials on wednesday afternoon", any_=titles(tw)),
               turn("what about thursday", any_=titles(tt), no=titles(tw)[:3]), now=f"{WED}T08:00"))
    rr = [one(at(E, h, room="Room 316", day=SAT, kind="open-space")) for h in ("14:00", "15:00")]
    r16 = at(E, "16:00", room="Room 316", day=SAT)
    d.append(D("room 316 at 2 then 3 then 4", turn("what's happening in room 316 at 2 today", answer=[key(rr[0]["title"])]),
               turn("what about 3", answer=[key(rr[1]["title"])]), turn("and at 4", any_=titles(r16))))
    jg = one(by_title(E, "Juggling"))
    d.append(D("juggling where ends", turn("is there an open space about juggling", answer=[key(jg["title"])]),
               turn("where is it", answer=[jg["room"]]), turn("when is it over", times=[jg["end"]])))
    at1115 = starting(E, "11:15", day=SAT)
    d.append(D("11:15 then more", turn("what's on at 11:15", any_=titles(at1115)),
               turn("more", expect="handled")))
    hy = one(by_speaker(E, "Hynek"))
    d.append(D("hynek when where how long", turn("when does hynek speak", times=[hy["start"]]),
               turn("where", answer=[hy["room"]]), turn("how long", any_=dur_forms(mins(hy)))))
    gl = one(at(E, "12:00", room="Hall C", day=SAT))
    bc = one(at(E, "12:00", room="Ballroom BC", day=SAT))
    d.append(D("who in hall c then ballroom bc", turn("who is speaking in hall c at 12", answer=[norm(s) for s in gl["speakers"]]),
               turn("what about ballroom bc", any_=[key(bc["title"])] + [norm(s) for s in bc["speakers"]])))
    jw = one(by_title(E, "JSON Web Tokens"))
    se = sponsor("Sentry")
    d.append(D("jwt then a sponsor question", turn("when is the talk about jwts", times=[jw["start"]]),
               turn("where is the sentry booth", answer=[str(se["booth"])], no=[jw["room"]])))
    ll = by_speaker(E, "Łukasz Langa")
    d.append(D("absent guido then langa", turn("is guido speaking", expect="no"),
               turn("what about lukasz langa", any_=titles(ll))))
    r3 = sel(E, kind=TALK, room="Room 301-305", day=SUN)
    d.append(D("room 301-305 sunday last one", turn("talks in room 301-305 tomorrow", any_=titles(r3)),
               turn("the last one", answer=[key(r3[-1]["title"])])))
    ts = one(by_title(E, "Typing Summit"))
    d.append(D("typing summit where ends", turn("when is the typing summit", times=[ts["start"]]),
               turn("where is that", answer=[ts["room"]]), turn("when does it end", times=[ts["end"]])))
    mp = one(at(E, "09:30", room="Hall B", day=SUN))
    d.append(D("hall b sunday 9:30 who", turn("what's in hall b at 9:30 tomorrow", answer=[key(mp["title"])]),
               turn("who is giving it", answer=["marshall project"])))
    past_os = [key(e["title"]) for e in at(E, "10:00", kind="open-space", day=SAT)]
    nxt = sel(E, kind="open-space", day=SAT, pred=lambda e: e["start"] > "10:00")
    d.append(D("next open spaces then after that, never the past",
               turn("what open spaces are next", any_=titles([e for e in nxt if e["start"] == nxt[0]["start"]]),
                    no=past_os),
               turn("and after that", expect="handled", no=past_os)))
    au = one(by_title(E, "PyLadies Auction"))
    d.append(D("auction how long where", turn("when is the pyladies auction", times=[au["start"]]),
               turn("how many hours is that", any_=dur_forms(mins(au))), turn("which room", answer=[au["room"]])))
    jb = sponsor("JetBrains")
    r4 = starting(E, "16:15", kind=TALK, day=SAT)
    d.append(D("jetbrains thanks then talks", turn("where can i find jetbrains", answer=[str(jb["booth"])]),
               turn("thanks", expect="handled"), turn("what talks are at 4:15", any_=titles(r4))))
    ms = one(at(E, "14:00", room="Room 402", day=SAT))
    d.append(D("room 402 now ends", turn("anything in room 402 right now", answer=[key(ms["title"])]),
               turn("when does it end", times=[ms["end"]]), now=f"{SAT}T14:00"))
    gp = one(at(E, "12:00", room="Ballroom BC", day=SAT))
    d.append(D("ballroom bc then wifi", turn("what's in ballroom bc at 12", answer=[key(gp["title"])]),
               turn("what's the wifi password", answer=["pyconus25"], no=[key(gp["title"])])))
    pc = one(by_title(sel(E, kind=TALK), "Painting with Python"))
    d.append(D("painting talk then bathroom", turn("when is the painting with python talk", times=[pc["start"]]),
               turn("um where's the nearest restroom", expect="fallback")))
    d.append(D("quiet room after a keynote", turn("who gives the keynote this afternoon", answer=["kari"]),
               turn("is there a quiet room", answer=["room 405"]), now=f"{SUN}T12:00"))
    close = {day: one([e for e in E if e["day"] == day and e["title"] == "Expo Hall Closes"])["start"] for day in (SAT, FRI)}
    d.append(D("expo hours today then friday", turn("what time does the expo hall shut", times=[close[SAT]]),
               turn("and on friday", times=[close[FRI]]), now=f"{SAT}T10:00"))
    ps = one(by_title(sel(E, kind="poster"), "Chess"))
    d.append(D("chess poster where when", turn("is there a poster about chess", answer=[key(ps["title"])]),
               turn("where is it", answer=[ps["room"]]), turn("what time", times=[ps["start"]])))
    zk = one(by_title(E, "Zoom, Enhance"))
    d.append(D("asyncio talk speakers and length", turn("the talk about asyncio introspection", answer=[key(zk["title"])]),
               turn("who is speaking", any_=[norm(s) for s in zk["speakers"]]),
               turn("how long is it", any_=dur_forms(mins(zk)))))
    hb = one(at(E, "09:00", room="Hall B", day=FRI))
    d.append(D("friday hall b 9 then 9:45", turn("what's in hall b at 9 on friday", answer=[key(hb["title"])], times=[hb["start"]]),
               turn("what about 9:45", answer=["cory doctorow"]), now=f"{FRI}T08:00"))
    re = one(by_title(sel(E, kind=TALK), "Reinventing the Wheel"))
    d.append(D("packaging roadmap then coffee chatter", turn("when is reinventing the wheel", times=[re["start"]]),
               turn("ugh this coffee is cold", expect="fallback"),
               turn("who is giving it", any_=[norm(s) for s in re["speakers"]])))
    return d
