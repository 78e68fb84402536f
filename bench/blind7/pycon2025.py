"""PyCon US 2025 questions for blind set 7 (now: Saturday 2025-05-17 10:00 unless a case says).

Spoken-style sentences written by hand from data/pycon-us-2025/conference.json only (never from Booth's
templates or earlier blind sets' sentences); every expected title, room, speaker, time, count, duration,
booth, level and venue fact is computed from the data, and every "not on the schedule" name, topic or
sponsor is asserted absent.
"""

from blindkit.helpers import (
    E25,
    FRI,
    NOT_NOTICE,
    SAT,
    SP25,
    SUN,
    T,
    about,
    absent_person,
    absent_sponsor,
    absent_topic,
    at,
    booth_of,
    by_speaker,
    by_title,
    count_forms,
    dur_forms,
    mins,
    one,
    running,
    sel,
    sponsor,
    starting,
    surname,
    titles,
    uniq,
)

TALKISH = ("talk", "charla")



def tk(evs):
    """Title keys of events (an answer naming any one of them will do, with any_)."""
    return titles(evs)


def spk(name, **kw):
    evs = sel(by_speaker(E25, name), **kw)
    assert evs, name
    return evs


def win(day, lo, hi, kind=NOT_NOTICE, room=None):
    """Events of a kind starting in [lo, hi] on a day (optionally in a room)."""
    return sel(E25, kind=kind, day=day, room=room, pred=lambda e: lo <= e["start"] <= hi)


def notice(day, title):
    return one(sel(E25, kind="info", day=day, pred=lambda e: e["title"] == title))


def ttl(evs, word, **kw):
    r = sel(by_title(evs, word), **kw)
    assert r, word
    return r


def questions():
    c = []
    # ---- what's on at a time -------------------------------------------------------------------
    c.append(T("um, what's on at half past two?", cat="time",
               any_=tk(at(E25, "14:30", day=SAT, kind=NOT_NOTICE))))
    q45 = starting(E25, "15:45", day=SAT, kind=NOT_NOTICE)
    assert any(e["kind"] == "break" for e in q45)
    c.append(T("anything going on at quarter to four", cat="time", any_=tk(q45) + ["break"]))
    c.append(T("hey, what's happening at noon, anything good?", cat="time", any_=tk(starting(E25, "12:00", day=SAT, kind=NOT_NOTICE))))
    c.append(T("could you tell me what's on at three pm", cat="time", any_=tk(at(E25, "15:00", day=SAT, kind=NOT_NOTICE))))
    one_pm = starting(E25, "13:00", day=SAT, kind=NOT_NOTICE) + running(E25, "13:00", day=SAT, kind=NOT_NOTICE)
    c.append(T("so what's going on at one o'clock", cat="time", any_=tk(one_pm)))
    c.append(T("quarter past four, what's on then?", cat="time",
               any_=tk(starting(E25, "16:15", day=SAT, kind=NOT_NOTICE))))
    now = running(E25, "10:00", day=SAT, kind=NOT_NOTICE)
    c.append(T("hey, what's going on right now?", cat="now",
               any_=tk(now) + [surname(s) for e in now if e["kind"] == "keynote" for s in e["speakers"]]))
    c.append(T("sorry, um, what's the next talk going to be", cat="next", any_=tk(win(SAT, "10:01", "10:30", kind=TALKISH))))
    hc = sel(E25, kind=TALKISH, day=SAT, room="Hall C", pred=lambda e: e["start"] > "10:00")
    c.append(T("what's up next in hall c", cat="next", answer=tk(hc[:1])))
    c.append(T("I've got the afternoon free, what's on this afternoon?", cat="afternoon", any_=tk(win(SAT, "12:00", "17:59"))))
    c.append(T("what's on tomorrow morning?", cat="tomorrow", any_=tk(win(SUN, "06:00", "11:59"))))
    c.append(T("anything fun tonight", cat="tonight", any_=tk(win(SAT, "17:45", "23:59")) + ["lightning"]))
    c.append(T("what was on yesterday at five fifteen", cat="yesterday",
               any_=tk(starting(E25, "17:15", day=FRI, kind=NOT_NOTICE))))
    c.append(T("what talks are on sunday at one forty five", cat="time_day",
               any_=tk(starting(E25, "13:45", day=SUN, kind=TALKISH))))
    # ---- keynotes, kinds, events ---------------------------------------------------------------
    kn = sel(E25, kind="keynote")
    c.append(T("I missed it, who's doing the keynote this morning", cat="keynote",
               answer=[surname(one(sel(kn, day=SAT))["speakers"][0])]))
    nxt = [e for e in kn if (e["day"], e["start"]) > (SAT, "10:00")][0]
    c.append(T("when's the next keynote", cat="keynote", answer=[surname(nxt["speakers"][0])], times=[nxt["start"]]))
    last = kn[-1]
    c.append(T("who's the closing keynote speaker?", cat="keynote", answer=[surname(last["speakers"][0])]))
    c.append(T("what charlas are on today? I'd like one in Spanish", cat="charla", any_=tk(sel(E25, kind="charla", day=SAT))))
    dj = one(ttl(E25, "django", kind="charla"))
    c.append(T("is there a charla about Django?", cat="charla", answer=tk([dj]), times=[dj["start"]]))
    c.append(T("I was wondering which summits are happening today", cat="summit", any_=tk(sel(E25, kind="summit", day=SAT))))
    lt = one(sel(E25, kind="lightning-talks", day=SAT, pred=lambda e: e["start"] > "12:00"))
    c.append(T("when are the lightning talks tonight, I want to go", cat="lightning", times=[lt["start"]]))
    ps = sel(E25, kind="poster")
    c.append(T("what time's the poster session", cat="poster", times=uniq([e["start"] for e in ps])))
    ch = one(ttl(E25, "chess", kind="poster"))
    c.append(T("I play a lot of chess, is there a poster about chess?", cat="poster", any_=tk([ch]) + [surname(ch["speakers"][0])]))
    auc = one(ttl(E25, "pyladies auction", day=SAT))
    c.append(T("what time does the pyladies auction start", cat="event", times=[auc["start"]]))
    sc = one(ttl(E25, "steering council"))
    c.append(T("when's the steering council panel", cat="event", times=[sc["start"]]))
    jf = sel(E25, pred=lambda e: "job fair" in e["title"].lower())
    c.append(T("is there a job fair", cat="event", any_=tk(jf), times=uniq([e["start"] for e in jf])))
    # ---- open spaces ---------------------------------------------------------------------------
    c.append(T("any open spaces this afternoon?", cat="open_space", any_=tk(win(SAT, "12:00", "17:59", kind="open-space"))))
    c.append(T("which open spaces are running tomorrow, do you know", cat="open_space", any_=tk(sel(E25, kind="open-space", day=SUN))))
    c.append(T("is there, like, an open space on vim", cat="open_space", any_=tk(ttl(E25, "vim", kind="open-space"))))
    jg = one(ttl(E25, "juggling"))
    c.append(T("where's the juggling", cat="open_space", answer=[jg["room"]]))
    fr = one(ttl(E25, "fun run"))
    c.append(T("what time was the five K fun run", cat="open_space", times=[fr["start"]]))
    c.append(T("board games, is there anything like that?", cat="open_space", any_=tk(ttl(E25, "board"))))
    # ---- topics --------------------------------------------------------------------------------
    c.append(T("is there a talk about rust, rust the language I mean", cat="topic", any_=tk(ttl(E25, "rust"))))
    f1 = one(ttl(E25, "f1"))
    c.append(T("uh, the F1 racing talk, when is it", cat="topic", times=[f1["start"]]))
    mc = one(ttl(E25, "metaclass", day=SAT))
    c.append(T("where's the metaclasses talk today", cat="topic", answer=[mc["room"]]))
    c.append(T("anything about duckdb", cat="topic", any_=tk(ttl(E25, "duckdb"))))
    c.append(T("I do audio stuff, are there any talks about audio?", cat="topic", any_=tk(ttl(E25, "audio", kind=TALKISH))))
    ve = one(ttl(E25, "virtual environments"))
    c.append(T("when's the virtual environments talk", cat="topic", times=[ve["start"]]))
    at_ = one(ttl(E25, "attestation"))
    c.append(T("could you tell me where the talk on attestations is", cat="topic", answer=[at_["room"]]))
    fp = one(ttl(E25, "environmental footprint"))
    c.append(T("I was wondering, is there something about the environmental footprint of code?", cat="topic",
               answer=tk([fp])))
    c.append(T("I'm into art, is there a painting talk?", cat="topic", any_=tk(ttl(E25, "painting"))))
    # ---- speakers ------------------------------------------------------------------------------
    c.append(T("when's Brandt Bucher speaking", cat="speaker_when", times=[one(spk("brandt bucher"))["start"]]))
    c.append(T("where's Hynek's talk?", cat="speaker_where", answer=[one(spk("hynek"))["room"]]))
    c.append(T("what's Lukasz Langa talking about today", cat="speaker_what",
               answer=tk(spk("langa", day=SAT))))
    c.append(T("when is Pablo Galindo Salgado on, I think he has two talks", cat="speaker_when",
               times=[e["start"] for e in spk("pablo galindo salgado")]))
    sw = one(spk("simon willison", kind="poster"))
    c.append(T("when's Simon Willison's poster", cat="speaker_when", times=[sw["start"]]))
    c.append(T("my buddy's a big fan, when's Jason McDonald on?", cat="speaker_when",
               times=[one(spk("mcdonald"))["start"]]))
    c.append(T("what time is Slatkin's talk", cat="speaker_surname", times=[one(spk("slatkin"))["start"]]))
    c.append(T("so what's Zac Hatfield Dodds talking about this year", cat="speaker_what", answer=tk(spk("zac hatfield dodds"))))
    c.append(T("who's talking in hall c at half past two?", cat="speaker_who",
               answer=[surname(one(starting(E25, "14:30", day=SAT, room="Hall C"))["speakers"][0])]))
    c.append(T("when did Cory Doctorow speak, was it yesterday?", cat="speaker_when", times=[one(spk("cory doctorow"))["start"]]))
    hb = one(ttl(E25, "honeybee"))
    c.append(T("who's doing the talk about honeybee swarms", cat="speaker_who", answer=[surname(hb["speakers"][0])]))
    c.append(T("where's Russell Keith Magee speaking today", cat="speaker_where",
               answer=[one(spk("russell keith magee", day=SAT))["room"]]))
    # ---- rooms ---------------------------------------------------------------------------------
    c.append(T("what's in ballroom BC at quarter to two", cat="room",
               answer=tk(starting(E25, "13:45", day=SAT, room="Ballroom BC"))))
    r317 = sel(E25, day=SAT, room="Room 317", kind=NOT_NOTICE, pred=lambda e: e["end"] > "12:00")
    c.append(T("what's happening in room 317 this afternoon", cat="room", any_=tk(r317)))
    c.append(T("what's in room 301 at five o'clock", cat="room", answer=tk(starting(E25, "17:00", day=SAT, room="Room 301-305"))))
    c.append(T("room 308 at eleven, what's that", cat="room", answer=tk(starting(E25, "11:00", day=SAT, room="Room 308"))))
    # ---- sponsors ------------------------------------------------------------------------------
    c.append(T("hi, where's the JetBrains booth? I want a sticker", cat="sponsor_booth", answer=[str(sponsor("jetbrains")["booth"])]))
    c.append(T("um, which booth is Anaconda", cat="sponsor_booth", answer=[str(sponsor("anaconda")["booth"])]))
    c.append(T("where can I find the Python Software Foundation booth?", cat="sponsor_booth",
               answer=[str(sponsor("python software foundation")["booth"])]))
    c.append(T("who's at booth one hundred", cat="booth_owner", answer=[booth_of(100)["name"]]))
    c.append(T("what's at booth six twenty four", cat="booth_owner", answer=[booth_of(624)["name"]]))
    c.append(T("I was wondering what level sponsor Microsoft is", cat="sponsor_level", answer=[sponsor("microsoft")["level"]]))
    sf = sponsor("snowflake")
    c.append(T("is Snowflake a sponsor?", cat="sponsor_level", any_=[sf["level"], str(sf["booth"])]))
    vis = [s["name"] for s in SP25 if s["level"] == "Visionary"]
    c.append(T("who are the visionary sponsors this year", cat="sponsor_level", any_=vis, mn=3))
    c.append(T("Hudson River Trading, what booth are they at?", cat="sponsor_booth",
               answer=[str(sponsor("hudson river")["booth"])]))
    # ---- venue and desk facts ------------------------------------------------------------------
    c.append(T("hey sorry, what's the wifi password again?", cat="venue", answer=[about(r"Password: (\S+)")]))
    c.append(T("is there a quiet room somewhere?", cat="venue", answer=[about(r"Attendee Quiet Room (Room \d+)")]))
    c.append(T("I just got here, where do I pick up my swag?", cat="venue", answer=[about(r"Swag Pickup Hours & Location (Hall \w)")]))
    c.append(T("I need to leave my suitcase somewhere, is there a luggage check?", cat="venue",
               answer=[about(r"Luggage Check Hours & Location (Show Office \w)")]))
    c.append(T("I lost my water bottle, where's lost and found", cat="venue", answer=[about(r"Lost & Found Available at (Information Desk)")]))
    c.append(T("what's the address of the convention center", cat="venue", answer=[about(r"(\d+ Fort Duquesne)")]))
    c.append(T("how do I report a code of conduct problem", cat="venue", answer=[about(r"email (pycon-us-report)@")]))
    c.append(T("my colleague still needs a badge, when does registration close today", cat="venue",
               times=[notice(SAT, "Registration / Information Desks Close")["start"]]))
    c.append(T("what time does the expo hall close today", cat="venue", times=[notice(SAT, "Expo Hall Closes")["start"]]))
    # ---- how long, when it ends, how many ------------------------------------------------------
    c.append(T("how long is lunch today", cat="how_long", any_=dur_forms(mins(one(sel(E25, kind="meal", day=SAT))))))
    pk = one(sel(E25, kind="summit", pred=lambda e: e["title"].startswith("Packaging Summit")))
    c.append(T("how long's the packaging summit", cat="how_long", any_=dur_forms(mins(pk))))
    c.append(T("so when does the pyladies auction finish", cat="ends", times=[auc["end"]]))
    nt, nc = len(sel(E25, kind="talk", day=SAT)), len(sel(E25, kind="charla", day=SAT))
    c.append(T("just curious, how many talks are there today?", cat="count", any_=count_forms(nt) + count_forms(nt + nc)))
    c.append(T("how many open spaces are there tomorrow", cat="count",
               any_=count_forms(len(sel(E25, kind="open-space", day=SUN)))))
    cl = one(sel(E25, day=SUN, pred=lambda e: e["title"] == "Closing"))
    c.append(T("when's the closing session", cat="event", times=[cl["start"]]))
    c.append(T("when does the keynote finish", cat="ends", times=[one(sel(kn, day=SAT))["end"]]))
    return c


def not_on_schedule():
    c = []
    absent_person(E25, "Guido van Rossum")  # asserted absent; the honest "no" may say the name
    c.append(T("is Guido van Rossum speaking this year", expect="no", cat="absent_person"))
    absent_person(E25, "Linus Torvalds")  # asserted absent; the honest "no" may say the name
    c.append(T("when's Linus Torvalds on", expect="no", cat="absent_person"))
    absent_person(E25, "Raymond Hettinger")  # asserted absent; the honest "no" may say the name
    c.append(T("what time is Raymond Hettinger's talk", expect="no", cat="absent_person"))
    absent_topic(E25, "kotlin", SP25)  # asserted absent; the honest "no" may say the name
    c.append(T("is there a talk about Kotlin", expect="no", cat="absent_topic"))
    absent_topic(E25, "cobol", SP25)  # asserted absent; the honest "no" may say the name
    c.append(T("anything on COBOL?", expect="no", cat="absent_topic"))
    absent_topic(E25, "knitting", SP25)  # asserted absent; the honest "no" may say the name
    c.append(T("is there a session on knitting", expect="no", cat="absent_topic"))
    absent_sponsor("Apple")  # asserted absent; the honest "no" may say the name
    c.append(T("where's the Apple booth", expect="no", cat="absent_sponsor"))
    absent_sponsor("IBM")  # asserted absent; the honest "no" may say the name
    c.append(T("um, is IBM here", expect="no", cat="absent_sponsor"))
    return c


def out_of_domain():
    s = [
        "who won the penguins game last night",
        "what's the weather going to be like this afternoon",
        "do you have a phone charger I could borrow",
        "I'm waiting for my friend Sarah",
        "that talk was great",
        "okay I'll be back later",
        "tell me a joke",
        "what's your favorite programming language",
        "where can I buy sunglasses around here",
        "how bad is the traffic to the airport",
        "that keynote was amazing, wow",
        "hey, nice booth",
        "are you a robot",
        "sorry, I was talking to my friend, not you",
        "how much did these shoes cost",
        "what's the score of the pirates game",
        "is it gonna rain later",
        "you should totally come to my meetup",
        "thanks, bye",
        "my talk went really well, I think",
    ]
    for w in ["penguins", "pirates", "charger", "sunglasses", "airport", "shoes", "joke"]:
        absent_topic(E25, w, SP25, titles_only=True)
    return [T(x, expect="fallback", cat="out_of_domain") for x in s]
