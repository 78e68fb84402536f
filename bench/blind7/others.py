"""Blind set 7: no FOSDEM 2026 cases; PyCon US 2017 questions and dialogues (now: Saturday 2017-05-20 10:00),
every expectation computed from data/pycon-us-2017/*.yaml (bench/blindkit/dataload.py load_2017).

What the 2017 data has: talks, tutorials, sponsor workshops, keynotes, lightning talks (each one carries
its block's start and end), posters (no day, time or room), meals and breaks, a few events, the sprints
(days and first item only, no end) and the Introduction to Sprints workshop. No open spaces were ever
published (conference.yaml: open_spaces_published: false) and faq.yaml has no active entry, so the only
venue fact asked is the venue named in conference.yaml.
"""
from datetime import date

import yaml
from blindkit.dataload import REPO
from blindkit.helpers import (
    E17,
    D,
    T,
    by_speaker,
    by_title,
    count_forms,
    dur_forms,
    key,
    mins,
    one,
    running,
    sel,
    starting,
    surname,
    titles,
    turn,
    uniq,
)

WED, THU, FRI, SAT, SUN = "2017-05-17", "2017-05-18", "2017-05-19", "2017-05-20", "2017-05-21"
MON, TUE, WED2 = "2017-05-22", "2017-05-23", "2017-05-24"
CONF17 = yaml.safe_load((REPO / "data/pycon-us-2017/conference.yaml").read_text())
KINDS = tuple(sorted({e["kind"] for e in E17} - {"info"}))
TALKY = ("talk", "lightning-talks")


def fosdem():
    return []


def fosdem_dialogues():
    return []


def tk(evs):
    return titles(evs)


def weekday(iso):
    return date.fromisoformat(str(iso)).strftime("%A")


def spk(name, **kw):
    evs = sel(by_speaker(E17, name), **kw)
    assert evs, name
    return evs


def ttl(word, **kw):
    r = sel(by_title(E17, word), **kw)
    assert r, word
    return r


def win(day, lo, hi, kind=KINDS, room=None):
    return sel(E17, kind=kind, day=day, room=room, pred=lambda e: e["start"] and lo <= e["start"] <= hi)


def pycon2017():
    c = []
    # ---- times ---------------------------------------------------------------------------------
    c.append(T("what's on at eleven thirty, in any room", cat="time", any_=tk(starting(E17, "11:30", day=SAT, kind=KINDS))))
    c.append(T("um, what talks are there at half past four?", cat="time",
               any_=tk(starting(E17, "16:30", day=SAT, kind="talk"))))
    c.append(T("anything at ten past twelve", cat="time", any_=tk(starting(E17, "12:10", day=SAT, kind=KINDS))))
    three = running(E17, "15:00", day=SAT, kind=TALKY) + starting(E17, "15:15", day=SAT, kind=TALKY)
    c.append(T("what's on at 3 pm", cat="time", any_=tk(three)))
    c.append(T("what's on this afternoon, anything worth seeing?", cat="afternoon", any_=tk(win(SAT, "12:00", "17:59"))))
    c.append(T("I'm leaving sunday night, what's on tomorrow afternoon?", cat="tomorrow", any_=tk(win(SUN, "12:00", "17:59"))))
    now = running(E17, "10:00", day=SAT, kind=KINDS)
    c.append(T("what's going on at the moment", cat="now",
               any_=tk(now) + [surname(s) for e in now for s in e["speakers"]]))
    nxt = win(SAT, "10:01", "10:50")
    assert any(e["kind"] == "break" for e in nxt)
    c.append(T("what's next?", cat="next", any_=tk(nxt) + ["break"]))
    c.append(T("anything on tonight", cat="tonight", any_=tk(win(SAT, "17:40", "23:59")) + ["lightning"]))
    c.append(T("what was on yesterday at quarter past three", cat="yesterday",
               any_=tk(starting(E17, "15:15", day=FRI, kind=KINDS))))
    c.append(T("what's on sunday at ten to two", cat="time_day", any_=tk(starting(E17, "13:50", day=SUN, kind=KINDS))))
    # ---- keynotes ------------------------------------------------------------------------------
    kn = sel(E17, kind="keynote")
    kh = one(sel(kn, day=SUN))
    c.append(T("how long is Kelsey Hightower's keynote going to be", cat="how_long", any_=dur_forms(mins(kh))))
    c.append(T("I missed it, who gave the keynote yesterday?", cat="keynote", answer=[surname(one(sel(kn, day=FRI))["speakers"][0])]))
    first = sel(kn, day=SAT)[0]
    c.append(T("who did the first keynote this morning?", cat="keynote", answer=[surname(first["speakers"][0])]))
    c.append(T("how many keynotes are there in total", cat="count", any_=count_forms(len(kn))))
    c.append(T("when does Katy Huff finish", cat="ends", times=[one(spk("katy huff"))["end"]]))
    # ---- topics --------------------------------------------------------------------------------
    c.append(T("is there a talk about asyncio, async await, that kind of thing", cat="topic", any_=tk(ttl("asyncio", kind="talk"))))
    c.append(T("when's the pandas talk", cat="topic", times=[one(ttl("pandas", kind="talk"))["start"]]))
    c.append(T("anything about unicode today?", cat="topic", any_=tk(ttl("unicode", day=SAT))))
    rl = one(ttl("reinforcement learning"))
    c.append(T("I was wondering, is there something on reinforcement learning", cat="topic", answer=tk([rl]), times=[rl["start"]]))
    gil = ttl("gil", kind="talk")
    assert len(gil) == 2
    c.append(T("when were the talks about the GIL", cat="topic", times=uniq([e["start"] for e in gil])))
    ng = one(ttl("nintendo"))
    c.append(T("who's doing the talk on hacking nintendo games?", cat="speaker_who", answer=[surname(ng["speakers"][0])]))
    c.append(T("any talks on microservices", cat="topic", any_=tk(ttl("microservice"))))
    c.append(T("what time is the talk on regular expressions", cat="topic",
               times=[one(ttl("regular expressions", kind="talk"))["start"]]))
    c.append(T("dictionaries, is there a talk on dictionaries", cat="topic", any_=tk(ttl("dictionar"))))
    c.append(T("when's the one about satellite imagery from space", cat="topic", times=[one(ttl("satellite"))["start"]]))
    doc = one(ttl("documentation"))
    c.append(T("where's the talk about writing documentation", cat="topic", answer=[doc["room"]]))
    c.append(T("is there a tutorial on django", cat="tutorial", any_=tk(ttl("django", kind="tutorial"))))
    # ---- speakers ------------------------------------------------------------------------------
    c.append(T("when's Brett Cannon speaking today", cat="speaker_when", times=[one(spk("brett cannon"))["start"]]))
    c.append(T("where's Lukasz Langa's talk?", cat="speaker_where", answer=[one(spk("langa"))["room"]]))
    c.append(T("so what's Trey Hunner talking about", cat="speaker_what", any_=tk(spk("trey hunner"))))
    c.append(T("when is Jake VanderPlas on today, not the keynote", cat="speaker_when",
               times=[one(spk("jake vanderplas", day=SAT))["start"]]))
    c.append(T("my friend Kavya is speaking, when's Kavya Joshi on?", cat="speaker_when",
               times=[one(spk("kavya joshi"))["start"]]))
    c.append(T("where is Russell Keith Magee talking today", cat="speaker_where",
               answer=[one(spk("russell keith magee", day=SAT))["room"]]))
    c.append(T("what time is Sweigart on today", cat="speaker_surname", times=[one(spk("sweigart", day=SAT))["start"]]))
    c.append(T("what's Mariatta's talk about? she's my friend", cat="speaker_what", answer=tk(spk("mariatta"))))
    c.append(T("who's speaking in oregon ballroom 203 at half past eleven", cat="speaker_who",
               answer=[surname(one(starting(E17, "11:30", day=SAT, room="Oregon Ballroom 203–204"))["speakers"][0])]))
    c.append(T("um, who's giving the talk about open source licenses", cat="speaker_who", answer=[surname(one(ttl("licens"))["speakers"][0])]))
    c.append(T("what is Glyph doing at this pycon", cat="speaker_what", any_=tk(spk("glyph"))))
    c.append(T("when's Lynn Root's talk", cat="speaker_when", times=[one(spk("lynn root"))["start"]]))
    c.append(T("is Miguel Grinberg speaking?", cat="speaker_when", any_=tk(spk("miguel grinberg"))))
    pan = one(ttl("panel", day=SUN))
    assert "Guido" in pan["title"]
    c.append(T("is there a panel with Guido van Rossum", cat="event", answer=[key(pan["title"])], times=[pan["start"]]))
    # ---- rooms ---------------------------------------------------------------------------------
    c.append(T("what's in portland ballroom 251 at two thirty five", cat="room",
               answer=tk(starting(E17, "14:35", day=SAT, room="Portland Ballroom 251 & 258"))))
    c.append(T("what's in oregon ballroom 201 at one fifty five?", cat="room",
               answer=tk(starting(E17, "13:55", day=SAT, room="Oregon Ballroom 201–202"))))
    c.append(T("what was in room 3 on thursday morning", cat="room",
               answer=tk(sel(E17, day=THU, room="Room 3", pred=lambda e: e["start"] < "12:00"))))
    c.append(T("what was in B110 on wednesday at eleven", cat="room",
               answer=tk(starting(E17, "11:00", day=WED, room="B110-111"))))
    # ---- tutorials -----------------------------------------------------------------------------
    tut = sel(E17, kind="tutorial")
    c.append(T("I missed them, when were the tutorials", cat="tutorial",
               any_=[weekday(d) for d in CONF17["days"]["tutorials"]] + tk(tut)))
    c.append(T("how many tutorials were there?", cat="count", any_=count_forms(len(tut))))
    c.append(T("who taught the bokeh tutorial", cat="speaker_who", answer=[surname(one(ttl("bokeh"))["speakers"][0])]))
    c.append(T("how long was the beginning python bootcamp", cat="how_long",
               any_=dur_forms(mins(one(ttl("beginning python bootcamp"))))))
    # ---- sprints -------------------------------------------------------------------------------
    sp = sel(E17, kind="sprint")
    c.append(T("I'm staying for the sprints, when do they start", cat="sprints", any_=[weekday(sp[0]["day"])]))
    c.append(T("where are the sprints", cat="sprints", any_=sp[0]["room"].split(", ")))
    isw = one(sel(E17, pred=lambda e: e["title"] == "Introduction to Sprints workshop"))
    c.append(T("is there an intro to sprints workshop?", cat="sprints", times=[isw["start"]]))
    c.append(T("how many days of sprints are there", cat="count", any_=count_forms(len(CONF17["days"]["sprints"]))))
    c.append(T("what time's lunch at the sprints on wednesday", cat="sprints",
               times=[one(sel(E17, kind="meal", day=WED2))["start"]]))
    cof = one(sel(E17, kind="meal", day=MON, pred=lambda e: "coffee" in e["title"]))
    c.append(T("where's the sprint coffee on monday morning", cat="sprints", answer=[cof["room"].split(" on ")[0].replace("By the ", "")]))
    # ---- open spaces: none were published ------------------------------------------------------
    assert CONF17["open_spaces_published"] is False and not sel(E17, kind="open-space")
    c.append(T("what open spaces are there today", expect="no", cat="open_space_none"))
    c.append(T("any open spaces tomorrow?", expect="no", cat="open_space_none"))
    # ---- lightning talks -----------------------------------------------------------------------
    ltb = one(sel(E17, kind="lightning-talks", day=SAT, pred=lambda e: e["title"] == "Lightning Talks" and e["start"] > "12:00"))
    c.append(T("when are the lightning talks this evening", cat="lightning", times=[ltb["start"]]))
    tz = ttl("time zone", kind="lightning-talks")
    c.append(T("who did a lightning talk on time zones", cat="lightning", any_=[surname(e["speakers"][0]) for e in tz]))
    c.append(T("when's Allen Downey's lightning talk", cat="lightning",
               times=[one(spk("allen downey", kind="lightning-talks"))["start"]]))
    # ---- posters -------------------------------------------------------------------------------
    bs = one(ttl("birdsong"))
    c.append(T("my sister studies birds, is there a poster about birdsong", cat="poster", any_=tk([bs]) + [surname(bs["speakers"][0])]))
    psn = one(sel(E17, kind="event", pred=lambda e: e["title"].startswith("Poster Session")))
    c.append(T("when's the poster session?", cat="poster", times=[psn["start"]]))
    kc = one(ttl("chess"))
    c.append(T("who's presenting the chess poster", cat="poster", answer=[surname(kc["speakers"][0])]))
    c.append(T("how many posters are there", cat="count", any_=count_forms(len(sel(E17, kind="poster")))))
    c.append(T("is Carol Willing presenting a poster", cat="poster", answer=tk(spk("carol willing"))))
    # ---- meals, breaks, events -----------------------------------------------------------------
    lunch = sel(E17, kind="meal", day=SAT, pred=lambda e: e["title"] == "Lunch")
    c.append(T("where's lunch today", cat="lunch", any_=uniq([e["room"] for e in lunch])))
    assert len({mins(e) for e in lunch}) == 1
    c.append(T("how long is lunch", cat="how_long", any_=dur_forms(mins(lunch[0]))))
    pmb = sel(E17, kind="break", day=SAT, pred=lambda e: e["start"] > "12:00")
    c.append(T("how long's the afternoon break", cat="how_long", any_=uniq(sum((dur_forms(mins(e)) for e in pmb), []))))
    c.append(T("when's breakfast tomorrow, is it early", cat="lunch",
               times=[one(sel(E17, kind="meal", day=SUN, pred=lambda e: e["title"] == "Breakfast"))["start"]]))
    c.append(T("I need coffee, when's the next break", cat="lunch", times=[sel(E17, kind="break", day=SAT, pred=lambda e: e["start"] > "10:00")[0]["start"]]))
    c.append(T("when was the opening reception", cat="event",
               times=[one(ttl("opening reception"))["start"]]))
    c.append(T("what time are the community service awards", cat="event",
               times=[one(ttl("community service awards"))["start"]]))
    c.append(T("what time does the pyladies auction end", cat="ends", times=[one(ttl("pyladies"))["end"]]))
    # ---- how long, counts, venue ---------------------------------------------------------------
    nt, nl = len(sel(E17, kind="talk", day=SAT)), sel(E17, kind="lightning-talks", day=SAT)
    nlt = len([e for e in nl if e["title"] != "Lightning Talks"])
    c.append(T("how many talks are there today, roughly", cat="count",
               any_=count_forms(nt) + count_forms(nt + nlt) + count_forms(nt + len(nl))))
    c.append(T("how many sponsor workshops were there", cat="count",
               any_=count_forms(len(sel(E17, kind="sponsor-workshop")))))
    c.append(T("where's the conference being held, which building", cat="venue", answer=[CONF17["venue"].split(",")[0]]))
    return c


def dialogues_2017():
    d = []
    d.append(D("sunday one ten, then two thirty",
               turn("what's on at one ten tomorrow", any_=tk(starting(E17, "13:10", day=SUN, kind=KINDS))),
               turn("what about two thirty", any_=tk(starting(E17, "14:30", day=SUN, kind=KINDS)))))
    kh = one(sel(E17, kind="keynote", day=SUN))
    d.append(D("keynote tomorrow, who",
               turn("when's the keynote tomorrow?", times=[kh["start"]]),
               turn("who's giving it", answer=[surname(kh["speakers"][0])])))
    car = one(ttl("cars"))
    d.append(D("hacking cars, how long",
               turn("is there a talk about hacking cars", answer=tk([car])),
               turn("how long is it", any_=dur_forms(mins(car)))))
    gi = one(ttl("gilectomy"))
    d.append(D("gilectomy, where",
               turn("who did the gilectomy talk", answer=[surname(gi["speakers"][0])]),
               turn("where was that?", answer=[gi["room"]])))
    tut = sel(E17, kind="tutorial", day=WED)
    d.append(D("wednesday tutorials, morning then afternoon",
               turn("what tutorials were on wednesday morning", any_=tk([e for e in tut if e["start"] < "12:00"])),
               turn("and in the afternoon?", any_=tk([e for e in tut if e["start"] >= "12:00"]))))
    r = "Oregon Ballroom 203–204"
    ob = sel(E17, kind="talk", day=SAT, room=r, pred=lambda e: e["start"] >= "16:30")
    d.append(D("oregon ballroom 203 at four thirty, and after that",
               turn("what's in oregon ballroom 203 at four thirty", answer=tk(ob[:1])),
               turn("and after that", answer=tk(ob[1:2]))))
    return d
