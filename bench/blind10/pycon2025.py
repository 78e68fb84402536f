"""PyCon US 2025 questions for blind set 10 (now: Saturday 2025-05-17 10:00 unless a case says).

First-time attendees and people in a hurry at a booth in a noisy expo hall, spoken aloud: hurried,
restarting or self-correcting speech ("when's the, uh, the cython talk", "where is the, no wait, who
is giving the pandas tutorial"), newcomer wording without conference jargon ("the main morning speech
tomorrow", "the spanish talks", "a meetup for game developers"), topics named by one to three key
words of a title, speakers by full name, first name or surname, rooms as people say them, times in
words, booths and sponsors, relative days and times.

Written by hand from data/pycon-us-2025/conference.json only (never from Booth's templates or earlier
blind sets' sentences). Every expected title, room, speaker, time, count, duration, booth, level and
desk fact is computed from the data; every "not on the schedule" name, topic or sponsor is asserted
absent.
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
# "What's on" over a stretch of time: the programme, without meals and breaks (a bare "lunch" in an
# answer says nothing about the afternoon's sessions).
PROGRAM = tuple(k for k in NOT_NOTICE if k not in ("meal", "break"))
FILLERS = {"um", "uh", "er", "erm", "hmm", "okay", "so", "well", "hey", "like", "sorry", "oh", "actually"}
D25 = {"fri": "2025-05-16T", "sat": "2025-05-17T", "sun": "2025-05-18T"}


# ---------------------------------------------------------------- style

def check_style(s):
    """4-14 words, at most one filler, nothing a TTS would read oddly (letters, digits, spaces,
    apostrophes, commas, a final question mark or full stop)."""
    assert re.fullmatch(r"[A-Za-z0-9 ,']+[?.]?", s), s
    ws = re.findall(r"[A-Za-z0-9']+", s)
    assert 4 <= len(ws) <= 14, (s, len(ws))
    assert sum(w.lower() in FILLERS for w in ws) <= 1, s
    return s


def checked(cases):
    bad = []
    for c in cases:
        for s in c["sentences"]:
            try:
                check_style(s)
            except AssertionError as e:
                bad.append(str(e))
    assert not bad, bad
    return cases


# ---------------------------------------------------------------- selection helpers

def dedup(evs):
    """Entries repeated with the same title, day and start count once."""
    seen, out = set(), []
    for e in evs:
        k = (norm(e["title"]), e["day"], e["start"])
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


def tk(evs):
    """Title keys of events (an answer naming any one of them will do, with any_). titles() leaves out
    events titled by their kind ("Break"); the lightning talks' block is kept ("lightning talks")."""
    lt = [key(e["title"]) for e in evs if e["kind"] == "lightning-talks"]
    rest = [e for e in evs if e["kind"] != "lightning-talks"]
    named = [e for e in rest if norm(e["title"]) != norm(e["kind"])]
    return uniq((titles(named) if named else []) + lt) or titles(evs)


def ttl(words, evs=E25, **kw):
    """Events whose normalised title has every word of ``words`` (as a word start)."""
    ws = norm(words).split()
    return sel(evs, pred=lambda e: all(re.search(r"\b" + re.escape(w), norm(e["title"])) for w in ws), **kw)


def only(words, **kw):
    """The one event matching ``words``; without filters it must be unique in the whole schedule
    (talks, posters, open spaces alike)."""
    return one(dedup(ttl(words, **kw)))


def person(name, n=1, in_title=False):
    """The events of the one 2025 speaker whose name has ``name`` as whole words; ``n`` events in all.
    Unless ``in_title`` (a keynote is titled by its speaker), the name is in no title."""
    pat = re.compile(r"\b" + re.escape(norm(name)) + r"\b")
    people = uniq([norm(s) for e in E25 for s in e["speakers"] if pat.search(norm(s))])
    assert len(people) == 1, (name, people)
    assert in_title or not any(pat.search(norm(e["title"])) for e in E25), name
    mine = dedup([e for e in E25 if any(norm(s) == people[0] for s in e["speakers"])])
    assert len(mine) == n, (name, [e["title"] for e in mine])
    return mine


def surnames(evs):
    return uniq([surname(s) for e in evs for s in e["speakers"]])


def on_at(day, hm, **kw):
    """'What's on at T': what starts at T; if nothing does, what is running then."""
    return at(E25, hm, kind=kw.pop("kind", NOT_NOTICE), day=day, **kw)


def now_on(day, hm, **kw):
    """'Right now': everything running at T, including what starts then."""
    r = running(E25, hm, kind=kw.pop("kind", NOT_NOTICE), day=day, **kw)
    assert r, (day, hm, kw)
    return r


def between(day, a, b, **kw):
    """What starts in [a, b) on ``day`` (the programme unless a kind is given)."""
    r = sel(E25, kind=kw.pop("kind", PROGRAM), day=day,
            pred=lambda e: e["start"] and a <= e["start"] < b, **kw)
    assert r, (day, a, b, kw)
    return r


def next_after(day, hm, **kw):
    """'Next' at T: what starts first after T (asserted: nothing starts exactly at T)."""
    kind = kw.pop("kind", NOT_NOTICE)
    assert not starting(E25, hm, kind=kind, day=day, **kw), (day, hm)
    later = sel(E25, kind=kind, day=day, pred=lambda e: e["start"] > hm, **kw)
    first = min(e["start"] for e in later)
    return [e for e in later if e["start"] == first]


def notice(title, day):
    return one(sel(E25, kind="info", day=day, pred=lambda e: norm(e["title"]) == norm(title)))


# ---------------------------------------------------------------- questions

def questions():
    q = []

    # -- when, by a few words of a title (times only)
    def when(s, e, cat="when", **kw):
        q.append(T(s, cat=cat, times=[e["start"]], **kw))

    when("when's the, uh, the cython talk", only("cython"))
    when("when's the talk about the new debugger for CPython", only("debugger"))
    when("where is the, no wait, when is the attestations talk", only("attestations"))
    when("when is the talk on virtual environments", only("virtual environments"))
    when("the file zoos talk tomorrow, what time is that", only("file zoos"))
    when("what time's the cheese talk tomorrow", only("cheese"))
    when("when's the talk on interruptible extension modules", only("interruptible"))
    when("when was the undoable notebook talk", only("undoable"))
    when("when was the honeybee talk, did I miss it", only("honeybee"))
    when("when is the talk on the chaotic locals thing", only("chaotic locals"))
    when("when's the, um, dependency injection talk", only("dependency injection"))

    # -- where (the room)
    def where(s, e, cat="where", **kw):
        q.append(T(s, cat=cat, answer=[e["room"]], **kw))

    where("which room is the looking at audio talk in", only("looking at audio"))
    where("where's the talk about the quechua language", only("quechua"))
    where("where do I go for the polymorphism talk", only("polymorphism"))
    where("where was the idempotency talk yesterday", only("idempotency"))
    where("where's the python in aviation meetup tomorrow", only("aviation"))
    where("where is the, uh, hypothesis testing open space", only("hypothesis"))
    where("sorry, where's the packaging summit", only("packaging summit"))
    where("I'm new, where was the newcomer orientation", only("newcomer"))
    where("where is the 3d printing meetup", only("3d printing"))
    where("where's the espresso chat this morning", only("espresso"))
    where("where's the hometown heroes hatchery thing", only("hometown"))

    # -- who
    def who(s, evs, cat="who", **kw):
        q.append(T(s, cat=cat, answer=surnames(evs), **kw))

    who("where is the, no wait, who is giving the pandas tutorial", [only("pandas", kind="tutorial")])
    who("who's running the pixi tutorial", [only("pixi")])
    who("who gave the talk on programming for yourself", [only("programming for yourself")])
    who("who's the one talking about making python listen", [only("listen")])
    who("who's giving the marimo talk", [only("marimo", kind=TALKISH)])
    who("who's behind the chess poster", [only("chess")])
    who("who did the bioinformatics poster, the cancer one", [only("bioinformatics cancer")])
    who("who's on in ballroom BC at eleven fifteen", starting(E25, "11:15", day=SAT, room="Ballroom BC"))
    who("who's in hall B, sorry, hall C at two thirty", starting(E25, "14:30", day=SAT, room="Hall C"))
    who("who taught the regressions tutorial", [only("regressions")])

    # -- speakers by name: full name, first name only, surname only
    (hy,) = person("Hynek")
    q.append(T("when did Hynek speak, was it yesterday", cat="speaker", times=[hy["start"]]))
    (gl,) = person("Glyph")
    q.append(T("when does Glyph go on", cat="speaker", times=[gl["start"]]))
    (tr,) = person("Trey")
    q.append(T("what's Trey Hunner teaching", cat="speaker", answer=tk([tr])))
    (mi,) = person("Mia")
    q.append(T("when is, um, Mia's talk", cat="speaker", times=[mi["start"]]))
    (sl,) = person("Steven Lott")
    q.append(T("which room is Steven Lott in tomorrow", cat="speaker", answer=[sl["room"]]))
    (ww,) = person("William Woodruff")
    q.append(T("where's William Woodruff speaking", cat="speaker", answer=[ww["room"]]))
    (jf,) = person("Jason Fried")
    q.append(T("when is Jason Fried's talk", cat="speaker", times=[jf["start"]]))
    (dr,) = person("Droettboom")
    q.append(T("when's Droettboom talking tomorrow", cat="speaker", times=[dr["start"]]))
    (sh,) = person("Anthony Shaw")
    q.append(T("when was Anthony Shaw's tutorial", cat="speaker", times=[sh["start"]]))
    (yu,) = person("Yury")
    q.append(T("when's Yury on today", cat="speaker", times=[yu["start"]]))
    (ta,) = person("Takanori")
    q.append(T("what's Takanori talking about", cat="speaker", answer=tk([ta])))
    (sa,) = person("Sanjana")
    q.append(T("what time is Sanjana speaking", cat="speaker", times=[sa["start"]]))
    langa = [e for e in person("Langa", n=2) if e["day"] == SAT]
    q.append(T("is Langa speaking today", cat="speaker", answer=tk(langa)))

    # -- what's on at a time (today unless said)
    def on(s, day, hm, **kw):
        q.append(T(s, cat="at_time", any_=tk(on_at(day, hm)), **kw))

    on("what's going on at three fifteen", SAT, "15:15")
    on("what's on at one pm tomorrow", SUN, "13:00")
    on("uh, what was on yesterday at quarter to three", FRI, "14:45")
    on("anything good at eleven fifteen", SAT, "11:15")
    on("what's happening at noon", SAT, "12:00")
    on("what's on tomorrow at ten", SUN, "10:00")
    on("what was on thursday at one thirty", THU, "13:30")

    # -- a room
    def room(s, evs, **kw):
        q.append(T(s, cat="room", any_=tk(evs), **kw))

    room("what's in ballroom A this afternoon", between(SAT, "12:00", "18:00", room="Ballroom A"))
    room("what's in room 308 right now", now_on(SAT, "10:00", room="Room 308"))
    room("what's happening in hall B tonight", between(SAT, "17:00", "24:00", room="Hall B"))
    room("what's on in room 316 tomorrow morning", between(SUN, "06:00", "12:00", room="Room 316"))
    room("what's in hall C at four fifteen", on_at(SAT, "16:15", room="Hall C"))
    room("what's in room 320, no, room 321 at eleven",
         uniq(starting(E25, "11:00", day=SAT, room="Room 321") + running(E25, "11:00", day=SAT, room="Room 321")))
    room("what's on in rooms 301 to 305 after lunch", between(SAT, "13:30", "24:00", room="Room 301-305"))
    room("what's in room 320 this afternoon", between(SAT, "12:00", "18:00", room="Room 320"))

    # -- now / next (each with its own now)
    q.append(T("what's happening right now", cat="now_next", any_=tk(now_on(SAT, "10:40")),
               now=D25["sat"] + "10:40"))
    q.append(T("quick, what's up next in ballroom BC", cat="now_next",
               any_=tk(next_after(SAT, "14:20", room="Ballroom BC")), now=D25["sat"] + "14:20"))
    q.append(T("okay, what's starting next", cat="now_next", any_=tk(next_after(FRI, "11:50")),
               now=D25["fri"] + "11:50"))
    q.append(T("what's on next, quick", cat="now_next", any_=tk(next_after(SUN, "13:40")),
               now=D25["sun"] + "13:40"))
    q.append(T("anything else later today", cat="now_next", any_=tk(between(SAT, "16:51", "24:00")),
               now=D25["sat"] + "16:50"))
    q.append(T("what's in hall C right now", cat="now_next", any_=tk(now_on(SAT, "12:10", room="Hall C")),
               now=D25["sat"] + "12:10"))
    q.append(T("what's going on right now, anything", cat="now_next", any_=tk(now_on(SUN, "09:10")),
               now=D25["sun"] + "09:10"))
    q.append(T("what's next in ballroom A", cat="now_next",
               any_=tk(next_after(FRI, "16:40", room="Ballroom A")), now=D25["fri"] + "16:40"))

    # -- parts of days
    q.append(T("so what's on tonight", cat="part_of_day", any_=tk(between(SAT, "17:00", "24:00"))))
    q.append(T("what did I miss yesterday morning", cat="part_of_day", any_=tk(between(FRI, "06:00", "12:00"))))
    q.append(T("what's on tomorrow afternoon", cat="part_of_day", any_=tk(between(SUN, "12:00", "18:00"))))
    q.append(T("what's happening tomorrow morning", cat="part_of_day", any_=tk(between(SUN, "06:00", "12:00"))))

    # -- keynotes, said without the word where a newcomer would
    sun_am = one(between(SUN, "06:00", "12:00", kind="keynote"))
    q.append(T("who's giving the main morning speech tomorrow", cat="keynote", answer=surnames([sun_am])))
    fri_k = one(sel(E25, kind="keynote", day=FRI))
    q.append(T("who did the keynote yesterday", cat="keynote", answer=surnames([fri_k])))
    sat_k = one(sel(E25, kind="keynote", day=SAT))
    q.append(T("did I miss the keynote this morning", cat="keynote", answer=surnames([sat_k])))
    q.append(T("how many keynotes are there", cat="keynote", any_=count_forms(len(sel(E25, kind="keynote")))))

    # -- charlas, asked as Spanish (the data never says "Spanish")
    charlas = sel(E25, kind="charla")
    assert len({e["room"] for e in charlas}) == 1
    q.append(T("is there anything in spanish this afternoon", cat="charla",
               any_=tk(between(SAT, "12:00", "18:00", kind="charla"))))
    q.append(T("where are the spanish talks", cat="charla", answer=[charlas[0]["room"]]))
    q.append(T("when's the spanish talk about rust", cat="charla", times=[only("rust", kind="charla")["start"]]))

    # -- posters
    ps = one(sel(E25, kind="poster", pred=lambda e: norm(e["title"]) == "posters session"))
    q.append(T("when are the posters up", cat="poster", times=[ps["start"]]))
    q.append(T("where do I go to see the posters", cat="poster", answer=[ps["room"]]))
    who("who did the poster on space station weather", [only("space station")], cat="poster")

    # -- open spaces
    q.append(T("what open spaces are on right now", cat="open_space",
               any_=tk(now_on(SAT, "10:00", kind="open-space"))))
    q.append(T("is there a, um, a meetup for game developers", cat="open_space", answer=tk([only("game devs")])))
    when("when's the ham radio thing", only("ham radio"), cat="open_space")
    q.append(T("is there anything for neurodivergent folks", cat="open_space", answer=tk([only("neurodivergent")])))
    when("when's the trip to the botanical garden", only("botanical"), cat="open_space")
    when("what time is the LGBTQ hangout", only("lgbtq"), cat="open_space")
    when("when's the black python devs meetup", only("black python devs"), cat="open_space")
    q.append(T("any open spaces on django tomorrow", cat="open_space",
               any_=tk(ttl("django", kind="open-space", day=SUN))))
    when("when's the vegan thing tomorrow", only("vegan"), cat="open_space")
    q.append(T("is there an ask a teenager thing", cat="open_space", answer=tk([only("teenager")])))

    # -- summits, panels, events
    where("where's the typing summit", only("typing", kind="summit"), cat="event")
    when("when's the maintainers summit", only("maintainers", kind="summit"), cat="event")
    closing = one(sel(E25, kind="event", pred=lambda e: norm(e["title"]) == "closing"))
    when("what time is the closing tomorrow", closing, cat="event")
    when("when is the pyladies auction", only("auction"), cat="event")
    jobs = ttl("job fair")
    assert len({e["room"] for e in jobs}) == 1
    where("where's the job fair", jobs[0], cat="event")
    when("when was the diversity panel", only("diversity panel"), cat="event")

    # -- lightning talks
    lts = sel(E25, kind="lightning-talks")
    sat_eve = one(between(SAT, "12:00", "24:00", kind="lightning-talks"))
    when("when are the lightning talks tonight", sat_eve, cat="lightning")
    assert len({e["room"] for e in lts}) == 1
    where("where do they do the lightning talks", lts[0], cat="lightning")
    sun_lt = one(sel(E25, kind="lightning-talks", day=SUN))
    when("are there lightning talks tomorrow morning", sun_lt, cat="lightning")

    # -- tutorials and sponsor workshops
    when("when was the comprehensions tutorial", only("comprehensions"), cat="tutorial")
    where("where was the mongodb workshop", only("mongodb"), cat="tutorial")
    who("who did the pydantic workshop", [only("pydantic", kind="sponsor-workshop")], cat="tutorial")
    q.append(T("what tutorials were on thursday morning", cat="tutorial",
               any_=tk(between(THU, "06:00", "12:00", kind="tutorial"))))
    when("when was the microsoft azure workshop", only("azure"), cat="tutorial")
    q.append(T("what was the nvidia workshop about", cat="tutorial",
               answer=tk([only("nvidia", kind="sponsor-workshop")])))

    # -- sponsors and booths (booths 301, 309 and 315 share numbers with rooms: not asked)
    def booth(s, name):
        sp = sponsor(name)
        assert sp["booth"] and str(sp["booth"]) not in ("301", "309", "315"), sp
        q.append(T(s, cat="sponsor", answer=[str(sp["booth"])]))

    booth("which booth is JetBrains at", "JetBrains")
    booth("where's the Sentry booth", "Sentry")
    booth("where do I find Duolingo", "Duolingo")
    booth("where's the python software foundation booth", "Python Software Foundation")
    an = sponsor("Anaconda")
    q.append(T("is Anaconda here at all", cat="sponsor", answer=["Anaconda", str(an["booth"])]))
    q.append(T("who's at booth 427", cat="sponsor", answer=[booth_of(427)["name"]]))
    q.append(T("what's at booth 101", cat="sponsor", answer=[booth_of(101)["name"]]))
    q.append(T("is Google one of the sponsors", cat="sponsor", answer=[sponsor("Google")["name"]]))
    q.append(T("what kind of sponsor is Bloomberg", cat="sponsor", answer=[sponsor("Bloomberg")["level"]]))
    top = [s["name"] for s in SP25 if s["level"] == "Visionary"]
    q.append(T("who are the biggest sponsors", cat="sponsor", any_=top, mn=3))

    # -- meals and breaks
    bf = one(sel(E25, kind=("meal", "break"), day=SUN, pred=lambda e: norm(e["title"]) == "breakfast"))
    q.append(T("where's breakfast tomorrow morning", cat="meal", answer=[bf["room"]]))
    nb = one(next_after(SAT, "13:00", kind="break"))
    q.append(T("when's the next coffee break", cat="meal", times=[nb["start"]], now=D25["sat"] + "13:00"))

    # -- how long, when it ends
    au = only("auction")
    q.append(T("how long is the auction tonight", cat="duration", any_=dur_forms(mins(au))))
    q.append(T("when does the humble data thing end", cat="duration", times=[only("humble data")["end"]]))
    lunch = one(sel(E25, kind="meal", day=SAT))
    q.append(T("when's lunch over today", cat="duration", times=[lunch["end"]]))
    q.append(T("when does the expo hall close today", cat="duration",
               times=[notice("Expo Hall Closes", SAT)["start"]]))

    # -- how many
    q.append(T("how many talks are there tomorrow", cat="count",
               any_=count_forms(len(dedup(sel(E25, kind=TALKISH, day=SUN))))))
    posters = dedup(sel(E25, kind="poster"))
    q.append(T("how many posters are there", cat="count",
               any_=count_forms(len(posters)) + count_forms(len(posters) - 1)))

    # -- desk facts, from the about page
    q.append(T("hey, what's the wifi password", cat="desk", answer=[about(r"Password: (\S+)")]))
    q.append(T("where do I pick up my swag", cat="desk", answer=[about(r"Swag Pickup Hours & Location (Hall \w)")]))
    q.append(T("where's registration, I just got here", cat="desk",
               answer=[about(r"Registration Hours & Location: (Concourse \w)")]))
    q.append(T("can I leave my bag somewhere", cat="desk", answer=[about(r"Luggage Check Hours & Location (Show Office \w)")]))
    q.append(T("I lost my badge, where's lost and found", cat="desk",
               answer=[about(r"Lost & Found Available at (Information Desk)")]))
    q.append(T("is there a quiet room", cat="desk", answer=[about(r"Attendee Quiet Room (Room \d+)")]))
    q.append(T("how do I report a code of conduct problem", cat="desk",
               answer=[about(r"email (pycon-us-report)@")]))
    return checked(q)


def not_on_schedule():
    # A "no" answer may say the name back ("I don't see Guido van Rossum on the schedule"): each
    # name's absence is asserted on the data, not required of the answer's wording (as in set 8).
    n = []
    for s, name in [("when's Guido van Rossum speaking", "Guido van Rossum"),
                    ("is, uh, Brett Cannon giving a talk", "Brett Cannon"),
                    ("where's Carol Willing's talk", "Carol Willing")]:
        absent_person(E25, name)  # asserts the name is absent
        n.append(T(s, expect="no", cat="absent_person"))
    for s, w in [("is there a talk on kubernetes", "kubernetes"),
                 ("anything about cobol, my boss asked", "cobol"),
                 ("is there a minecraft thing for kids", "minecraft")]:
        absent_topic(E25, w, SP25)  # asserts the topic is absent
        n.append(T(s, expect="no", cat="absent_topic"))
    for s, name in [("which booth is Apple at", "Apple"),
                    ("is Stripe here somewhere", "Stripe")]:
        absent_sponsor(name)  # asserts the sponsor is absent
        n.append(T(s, expect="no", cat="absent_sponsor"))
    return checked(n)


def out_of_domain():
    sentences = [
        "what's the weather like tomorrow morning",
        "set a timer for ten minutes",
        "book me a table for lunch somewhere nearby",
        "who won the penguins game last night",
        "play some music, something upbeat",
        "how far is the airport from here",
        "tell me a joke about snakes",
        "what time is it in Tokyo right now",
        "how do I install python on windows",
        "where's the nearest pharmacy",
        "call me a taxi to the hotel",
        "what's twelve times fifteen",
        "remind me to call my mom at four",
        "is rust faster than python in general",
        "translate where is the talk into Japanese",
        "what's the capital of Pennsylvania",
        "can you charge my phone",
        "how do I sort a dictionary by value",
        "who's the speaker of the house",
        "what's a good pizza place open tonight",
    ]
    return checked([T(s, expect="fallback", cat="out_of_domain") for s in sentences])
