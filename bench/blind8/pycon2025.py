"""PyCon US 2025 questions for blind set 8 (now: Saturday 2025-05-17 10:00 unless a case says).

Short, direct sentences as people say them to a kiosk in a noisy hall, written by hand from
data/pycon-us-2025/conference.json only (never from Booth's templates or earlier blind sets' sentences).
Every expected title, room, speaker, time, count, duration, booth, level and venue fact is computed from
the data; every "not on the schedule" name, topic or sponsor is asserted absent.
"""
import re

from blindkit.helpers import (
    E25,
    FRI,
    NOT_NOTICE,
    SAT,
    SP25,
    SUN,
    THU,
    T,
    about,
    absent_person,
    absent_sponsor,
    absent_topic,
    at,
    booth_of,
    by_speaker,
    count_forms,
    dur_forms,
    key,
    mins,
    norm,
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
    """Title keys of events (an answer naming any one of them will do, with any_). titles() leaves out
    events titled by their kind ("Break"); the lightning talks' block is kept ("lightning talks")."""
    lt = [key(e["title"]) for e in evs if e["kind"] == "lightning-talks"]
    rest = [e for e in evs if e["kind"] != "lightning-talks"]
    return uniq((titles(rest) if rest else []) + lt) or titles(evs)


def ttl(words, evs=E25, **kw):
    """Events whose normalised title has every word of ``words`` (as a word start)."""
    ws = norm(words).split()
    return sel(evs, pred=lambda e: all(re.search(r"\b" + re.escape(w), norm(e["title"])) for w in ws), **kw)


def only(words, **kw):
    """The one event matching ``words``; with no kind/day filter it must be unique in the whole schedule
    (entries repeated with the same title, day and start count once)."""
    evs = ttl(words, **kw)
    seen = {}
    for e in evs:
        seen.setdefault((e["title"], e["day"], e["start"]), e)
    return one(list(seen.values()))


def spk(name, **kw):
    evs = sel(by_speaker(E25, name), **kw)
    assert evs, name
    return evs


def on_at(day, hm, kind=NOT_NOTICE, room=None):
    """What a visitor asking 'what's on at T' may be told: what starts at T, and what is running then."""
    return uniq(starting(E25, hm, day=day, kind=kind, room=room) + running(E25, hm, day=day, kind=kind, room=room))


def win(day, lo, hi, kind=NOT_NOTICE, room=None):
    """Events of a kind starting in [lo, hi] on a day (optionally in a room)."""
    return sel(E25, kind=kind, day=day, room=room, pred=lambda e: lo <= e["start"] <= hi)


def notice(day, title):
    return one(sel(E25, kind="info", day=day, pred=lambda e: e["title"] == title))


def surnames(evs):
    return uniq([surname(s) for e in evs for s in e["speakers"]])


def questions():
    q = []

    # ---- when: a topic named by one or two words of its title ----
    for say, words, kw in [
        ("when is flaskcon", "flaskcon", {}),
        ("when is the talk about type hints", "type hints", {}),
        ("asyncio talk what time", "asyncio", {}),
        ("when's the jit compiler talk", "jit compiler", {}),
        ("what time is the f1 racing talk", "f1 races", {}),
        ("honeybee talk when", "honeybee", {}),
        ("when's the sky alarm talk", "sky alarm", {}),
        ("when is the talk on virtual environments", "virtual environments", {}),
        ("what time is the pypi attestations talk", "attestations", {}),
        ("when's the talk about learning japanese", "japanese", {}),
        ("polymorphism talk when", "polymorphism", {}),
        ("um when is the talk on idempotency", "idempotency", {}),
    ]:
        q.append(T(say, cat="when", times=[only(words, **kw)["start"]]))

    # ---- where: rooms ----
    rust = ttl("rust", kind=TALKISH)
    assert len(rust) == 2
    q.append(T("where's the rust talk", cat="where", any_=[e["room"] for e in rust]))
    q.append(T("what room is the pandas tutorial in", cat="where", answer=[only("pandas", kind="tutorial")["room"]]))
    q.append(T("where is the webassembly summit", cat="where", answer=[only("webassembly", kind="summit")["room"]]))
    q.append(T("packaging summit where", cat="where", answer=[only("packaging summit")["room"]]))
    q.append(T("where's the pyxl talk", cat="where", answer=[only("pyxl")["room"]]))
    q.append(T("which room is the steering council panel", cat="where", answer=[only("steering council")["room"]]))
    q.append(T("where is the pyladies auction", cat="where", answer=[only("pyladies auction")["room"]]))
    q.append(T("where's the talk about weird strings", cat="where", answer=[only("strings", kind="talk")["room"]]))

    # ---- who ----
    q.append(T("who's giving the metaprogramming talk", cat="who",
               answer=[surname(s) for s in only("metaprogramming")["speakers"]]))
    q.append(T("who's doing the cupynumeric talk", cat="who", any_=surnames([only("cupynumeric")])))
    q.append(T("who runs the decorators tutorial", cat="who",
               answer=[surname(only("decorators", kind="tutorial")["speakers"][0])]))
    q.append(T("who's presenting the woven bands poster", cat="who", answer=[surname(only("woven")["speakers"][0])]))
    q.append(T("who's doing the large language models tutorial", cat="who",
               answer=[surname(only("large language models")["speakers"][0])]))
    q.append(T("who's speaking at quarter past eleven", cat="who",
               any_=surnames(starting(E25, "11:15", day=SAT, kind=TALKISH))))
    q.append(T("who's on in hall c at eleven fifteen", cat="who",
               answer=surnames(starting(E25, "11:15", day=SAT, kind=TALKISH, room="Hall C"))))
    q.append(T("who's giving the talk on bizarre bugs", cat="who", answer=[surname(only("bizarre bugs")["speakers"][0])]))

    # ---- speakers by name: when, where, what ----
    hy = one(spk("hynek"))
    q.append(T("when is hynek speaking", cat="speaker", times=[hy["start"]]))
    gl = one(spk("glyph"))
    q.append(T("where's glyph's talk", cat="speaker", answer=[gl["room"]]))
    pg = one(spk("ganssle"))
    q.append(T("what is paul ganssle talking about", cat="speaker", answer=tk([pg])))
    zb = one(spk("zanie blue"))
    q.append(T("when does zanie blue speak", cat="speaker", times=[zb["start"]]))
    bs = one(spk("slatkin"))
    q.append(T("slatkin what time", cat="speaker", times=[bs["start"]]))
    asw = one(spk("al sweigart"))
    q.append(T("is al sweigart giving a talk", cat="speaker", answer=tk([asw])))
    ww = one(spk("woodruff"))
    q.append(T("where is woodruff speaking", cat="speaker", answer=[ww["room"]]))
    one(spk("hatfield"))
    pgs = spk("pablo galindo", day=SAT)
    assert len(pgs) == 2
    q.append(T("when is pablo galindo speaking", cat="speaker", times=[e["start"] for e in pgs]))
    one(spk("brandt bucher"))
    one(spk("catherine nelson"))
    one(spk("monica oyugi"))
    one(spk("riva quiroga"))
    one(spk("jacob coffee"))
    sl = one(spk("larson", kind="talk"))
    q.append(T("when's seth larson's talk", cat="speaker", times=[sl["start"]]))

    # ---- what's on at a time (today, Saturday) ----
    q.append(T("anything on at two", cat="at-time", any_=tk(on_at(SAT, "14:00"))))
    q.append(T("what's on at half past three", cat="at-time", any_=tk(on_at(SAT, "15:30"))))
    q.append(T("what's at four fifteen", cat="at-time", any_=tk(on_at(SAT, "16:15"))))
    q.append(T("what talks are at noon", cat="at-time", any_=tk(starting(E25, "12:00", day=SAT, kind=TALKISH))))
    q.append(T("anything at five pm", cat="at-time", any_=tk(on_at(SAT, "17:00"))))
    q.append(T("what's in ballroom a at half past one", cat="at-time",
               answer=tk(at(E25, "13:30", day=SAT, room="Ballroom A", kind=NOT_NOTICE))))
    q.append(T("what's in room 301 at four fifteen", cat="at-time",
               answer=tk(at(E25, "16:15", day=SAT, room="Room 301-305", kind=NOT_NOTICE))))
    q.append(T("what's on in room 310 at noon", cat="at-time",
               answer=tk(at(E25, "12:00", day=SAT, room="Room 310/311", kind=NOT_NOTICE))))
    q.append(T("what's on friday at three thirty", cat="at-time", any_=tk(on_at(FRI, "15:30"))))
    q.append(T("what's on sunday at one", cat="at-time", any_=tk(on_at(SUN, "13:00"))))

    # ---- now / next ----
    q.append(T("what's on right now", cat="now-next", any_=tk(on_at(SAT, "10:00"))))
    q.append(T("what's happening now", cat="now-next", now="2025-05-16T15:40", any_=tk(on_at(FRI, "15:40"))))
    kn_next = sel(E25, kind="keynote", pred=lambda e: (e["day"], e["start"]) > (SAT, "11:00"))[0]
    q.append(T("next keynote?", cat="now-next", now="2025-05-17T11:00", answer=[surname(kn_next["speakers"][0])]))
    hc_next = sel(E25, kind=NOT_NOTICE, day=SAT, room="Hall C", pred=lambda e: e["start"] > "10:00")[0]
    q.append(T("what's next in hall c", cat="now-next", answer=tk([hc_next])))
    bc_next = sel(E25, kind=NOT_NOTICE, day=SAT, room="Ballroom BC", pred=lambda e: e["start"] > "12:50")[0]
    q.append(T("next talk in ballroom bc", cat="now-next", now="2025-05-17T12:50", answer=tk([bc_next])))
    q.append(T("what's coming up", cat="now-next", now="2025-05-17T10:10",
               any_=tk(starting(E25, "10:30", day=SAT, kind=NOT_NOTICE))))
    q.append(T("okay what's the next talk", cat="now-next", now="2025-05-17T14:20",
               any_=tk(starting(E25, "14:30", day=SAT, kind=TALKISH))))

    # ---- parts of the day, other days ----
    assert not sel(E25, kind="tutorial", day=SUN)
    q.append(T("any tutorials tomorrow", cat="day-part", expect="no"))
    q.append(T("what's on tonight", cat="day-part", any_=tk(win(SAT, "17:00", "23:59"))))
    typ_aft = [e for e in win(SAT, "12:00", "17:59", kind=TALKISH) if re.search(r"\btyp", norm(e["title"]))]
    assert len(typ_aft) == 2
    q.append(T("any typing talks this afternoon", cat="day-part", any_=tk(typ_aft)))
    q.append(T("what's on tomorrow afternoon", cat="day-part", any_=tk(win(SUN, "12:00", "17:59"))))
    q.append(T("what was the keynote yesterday", cat="day-part",
               answer=[surname(one(sel(E25, kind="keynote", day=FRI))["speakers"][0])]))
    q.append(T("any charlas this afternoon", cat="day-part", any_=tk(win(SAT, "12:00", "17:59", kind="charla"))))

    # ---- keynotes ----
    q.append(T("who's the keynote this morning", cat="keynote",
               answer=[surname(one(sel(E25, kind="keynote", day=SAT))["speakers"][0])]))
    mp = one(spk("marshall project", kind="keynote"))
    q.append(T("when is the marshall project keynote", cat="keynote", times=[mp["start"]]))
    kj = one(spk("jordan", kind="keynote"))
    q.append(T("when's kari jordan's keynote", cat="keynote", times=[kj["start"]]))
    one(spk("doctorow"))
    q.append(T("how many keynotes are there", cat="keynote", any_=count_forms(len(sel(E25, kind="keynote")))))
    q.append(T("keynotes tomorrow?", cat="keynote",
               any_=[surname(e["speakers"][0]) for e in sel(E25, kind="keynote", day=SUN)]))

    # ---- charlas ----
    q.append(T("any spanish talks today", cat="charla", any_=tk(sel(E25, kind="charla", day=SAT))))
    q.append(T("when's the charla about quechua", cat="charla", times=[only("quechua")["start"]]))
    q.append(T("django async charla when", cat="charla", times=[only("django", kind="charla")["start"]]))
    rooms_ch = uniq([e["room"] for e in sel(E25, kind="charla")])
    assert len(rooms_ch) == 1
    q.append(T("where are the charlas", cat="charla", answer=rooms_ch))
    q.append(T("who gives the keyboard charla", cat="charla", answer=[surname(only("teclados")["speakers"][0])]))

    # ---- posters ----
    ps = sel(E25, kind="poster")
    assert len({(e["day"], e["start"], e["room"]) for e in ps}) == 1
    q.append(T("when's the poster session", cat="poster", times=[ps[0]["start"]]))
    q.append(T("where are the posters", cat="poster", answer=[ps[0]["room"]]))
    q.append(T("is there a poster about chess", cat="poster", answer=tk([only("chess")])))
    cl = only("downscaling")
    q.append(T("who did the climate downscaling poster", cat="poster", answer=[cl["speakers"][0].split()[0]]))
    q.append(T("how many posters", cat="poster",
               any_=count_forms(len(ps)) + count_forms(len([e for e in ps if norm(e["title"]) != "posters session"]))))

    # ---- open spaces ----
    uv = only("uv")
    q.append(T("when is the uv open space", cat="open-space", times=[uv["start"]]))
    q.append(T("where is the juggling", cat="open-space", answer=[only("juggling")["room"]]))
    bg = only("board games")
    q.append(T("is there a board games meetup today", cat="open-space", times=[bg["start"]]))
    q.append(T("when's the fun run", cat="open-space", times=[only("fun run")["start"]]))
    q.append(T("open spaces at three", cat="open-space", any_=tk(starting(E25, "15:00", day=SAT, kind="open-space"))))
    q.append(T("how many open spaces today", cat="open-space", any_=count_forms(len(sel(E25, kind="open-space", day=SAT)))))
    q.append(T("when's the phipps conservatory trip", cat="open-space", times=[only("phipps")["start"]]))
    q.append(T("hypothesis open space where", cat="open-space", answer=[only("hypothesis")["room"]]))

    # ---- summits and hatchery ----
    q.append(T("when is the typing summit", cat="summit", times=[only("typing summit", kind="summit")["start"]]))
    ls = only("language summit")
    q.append(T("how long is the language summit", cat="summit", any_=dur_forms(mins(ls))))
    q.append(T("education summit where", cat="summit", answer=[only("education summit")["room"]]))
    q.append(T("what summits are there", cat="summit", any_=tk(sel(E25, kind="summit"))))
    q.append(T("when does hometown heroes end", cat="summit", times=[only("hometown")["end"]]))

    # ---- lightning talks ----
    lt = sel(E25, kind="lightning-talks")
    q.append(T("lightning talks tomorrow when", cat="lightning", times=[one(sel(lt, day=SUN))["start"]]))
    assert len({e["room"] for e in lt}) == 1
    q.append(T("where are lightning talks", cat="lightning", answer=[lt[0]["room"]]))
    lt_tonight = one(sel(lt, day=SAT, pred=lambda e: e["start"] > "12:00"))
    q.append(T("how long are the lightning talks tonight", cat="lightning", any_=dur_forms(mins(lt_tonight))))

    # ---- tutorials ----
    q.append(T("when's the pixi tutorial", cat="tutorial", times=[only("pixi")["start"]]))
    q.append(T("itertools tutorial what room", cat="tutorial", answer=[only("itertools", kind="tutorial")["room"]]))
    q.append(T("when is the spreadsheets tutorial", cat="tutorial", times=[only("spreadsheets")["start"]]))
    q.append(T("how long is the parsers tutorial", cat="tutorial", any_=dur_forms(mins(only("parsers")))))
    q.append(T("how many tutorials are there", cat="tutorial", any_=count_forms(len(sel(E25, kind="tutorial")))))
    q.append(T("polars tutorial which day", cat="tutorial", any_=["thursday", "may 15", "15th"]))
    assert only("polars", kind="tutorial")["day"] == THU

    # ---- sponsors ----
    for say, name in [("where's the jetbrains booth", "JetBrains"), ("sentry booth number", "Sentry"),
                      ("where can i find datadog", "Datadog"), ("where's the black python devs booth", "Black Python Devs")]:
        q.append(T(say, cat="sponsor", answer=[str(sponsor(name)["booth"])]))
    q.append(T("what level sponsor is fastly", cat="sponsor", answer=[sponsor("Fastly")["level"]]))
    q.append(T("who's at booth 509", cat="sponsor", answer=[booth_of(509)["name"]]))
    q.append(T("what kind of sponsor is anaconda", cat="sponsor", answer=[sponsor("Anaconda")["level"]]))
    q.append(T("is duolingo here", cat="sponsor", answer=[str(sponsor("Duolingo")["booth"])]))
    q.append(T("who's on startup row", cat="sponsor",
               any_=[s["name"] for s in SP25 if s["level"] == "PyCon US Startup Row"]))
    q.append(T("visionary sponsors?", cat="sponsor", any_=[s["name"] for s in SP25 if s["level"] == "Visionary"]))

    # ---- rooms ----
    q.append(T("what's in room 402 today", cat="room", answer=tk(sel(E25, kind=NOT_NOTICE, day=SAT, room="Room 402"))))
    q.append(T("what's going on in room 317 today", cat="room", any_=tk(sel(E25, kind=NOT_NOTICE, day=SAT, room="Room 317"))))
    q.append(T("what's in hall b tonight", cat="room", answer=tk(win(SAT, "17:00", "23:59", room="Hall B"))))

    # ---- meals and breaks ----
    lunch = one(sel(E25, kind="meal", day=SAT))
    q.append(T("when is lunch", cat="meal-break", times=[lunch["start"]]))
    q.append(T("how long is lunch", cat="meal-break", any_=dur_forms(mins(lunch))))
    brk = sel(E25, kind="break", day=SAT, pred=lambda e: e["title"] == "Break")
    q.append(T("when's the next break", cat="meal-break", times=[[e for e in brk if e["start"] > "10:00"][0]["start"]]))
    q.append(T("is there an afternoon break", cat="meal-break", times=[[e for e in brk if e["start"] >= "12:00"][0]["start"]]))
    bf = one(sel(E25, kind=("meal", "break"), day=SUN, pred=lambda e: e["title"] == "Breakfast"))
    q.append(T("breakfast tomorrow what time", cat="meal-break", times=[bf["start"]]))
    q.append(T("where's lunch", cat="meal-break", answer=[lunch["room"]]))

    # ---- how long / when it ends ----
    q.append(T("how long is the glyph talk", cat="how-long", any_=dur_forms(mins(gl))))
    q.append(T("how long is the steering council panel", cat="how-long", any_=dur_forms(mins(only("steering council")))))
    q.append(T("how long does the auction go", cat="how-long", any_=dur_forms(mins(only("pyladies auction")))))
    q.append(T("when does the auction finish", cat="ends", times=[only("pyladies auction")["end"]]))
    q.append(T("what time is closing", cat="ends", times=[only("closing")["start"]]))
    q.append(T("when does the expo hall close today", cat="ends", times=[notice(SAT, "Expo Hall Closes")["start"]]))
    jf = ttl("job fair")
    assert len({e["end"] for e in jf}) == 1
    q.append(T("when does the job fair end", cat="ends", times=[jf[0]["end"]]))
    q.append(T("mentored sprints finish when", cat="ends", times=[only("mentored sprints")["end"]]))

    # ---- how many ----
    nt = len(sel(E25, kind="talk", day=SAT))
    q.append(T("how many talks today", cat="how-many",
               any_=count_forms(nt) + count_forms(nt + len(sel(E25, kind="charla", day=SAT)))))
    q.append(T("how many open spaces tomorrow", cat="how-many", any_=count_forms(len(sel(E25, kind="open-space", day=SUN)))))
    q.append(T("how many summits", cat="how-many", any_=count_forms(len(sel(E25, kind="summit")))))
    q.append(T("how many sponsors are there", cat="how-many", any_=count_forms(len(SP25))))

    # ---- venue and desk facts ----
    q.append(T("wifi password", cat="venue", answer=[about(r"Password: (\S+)")]))
    q.append(T("where's the quiet room", cat="venue", answer=[about(r"Attendee Quiet Room (Room \d+)")]))
    q.append(T("where do i check my bag", cat="venue", answer=[about(r"Luggage Check Hours & Location (Show Office \w)")]))
    q.append(T("where's registration", cat="venue", answer=[about(r"Registration Hours & Location: (Concourse \w)")]))
    sw = notice(SAT, "Swag Pickup Closes")
    assert about(r"May 17: 9am - (\d+:\d+)pm") == "1:30" and sw["start"] == "13:30"
    q.append(T("when does swag pickup close today", cat="venue", times=[sw["start"]]))
    q.append(T("lost and found?", cat="venue", answer=[about(r"Lost & Found Available at (Information Desk)")]))
    return q


def not_on_schedule():
    # A "no" answer may say the name back ("I don't see Guido on the schedule"): the absence of each
    # name, topic or sponsor is asserted on the data, not required of the answer's wording.
    q = []
    q.append(T("is guido speaking", cat="not-on-schedule", expect="no"))
    absent_person(E25, "Guido")  # asserts the name is absent
    q.append(T("when's raymond hettinger's talk", cat="not-on-schedule", expect="no"))
    absent_person(E25, "Hettinger")  # asserts the name is absent
    q.append(T("is brett cannon here this year", cat="not-on-schedule", expect="no"))
    absent_person(E25, "Brett Cannon")  # asserts the name is absent
    q.append(T("kubernetes talk when", cat="not-on-schedule", expect="no"))
    absent_topic(E25, "kubernetes", SP25)  # asserts the name is absent
    q.append(T("anything on cobol", cat="not-on-schedule", expect="no"))
    absent_topic(E25, "cobol", SP25)  # asserts the name is absent
    q.append(T("is there a talk about minecraft", cat="not-on-schedule", expect="no"))
    absent_topic(E25, "minecraft", SP25)  # asserts the name is absent
    q.append(T("where's the apple booth", cat="not-on-schedule", expect="no"))
    absent_sponsor("Apple")  # asserts the name is absent
    q.append(T("is oracle a sponsor", cat="not-on-schedule", expect="no"))
    absent_sponsor("Oracle")  # asserts the name is absent
    return q


def out_of_domain():
    says = [
        "is it raining outside",
        "okay talk to you later",
        "can i buy the keynote speaker a beer somewhere",
        "order me an uber",
        "tell me a joke about snakes",
        "what's the penguins score",
        "how do i reverse a list in python",
        "what time is it in tokyo",
        "set an alarm for four pm",
        "i need a taxi to the airport at five",
        "what's the capital of pennsylvania",
        "this room is way too cold",
        "who won the super bowl",
        "sing me a song",
        "my laptop battery died",
        "book me a table for lunch",
        "is rust faster than python",
        "how old are you",
        "my talk went really well today",
        "what's the best pizza in pittsburgh",
    ]
    return [T(s, cat="out-of-domain", expect="fallback") for s in says]
