"""PyCon US 2025 questions for blind set 9 (now: Saturday 2025-05-17 10:00 unless a case says).

How attendees talk to a person at an information desk, spoken aloud: indirect questions ("do you know
when ...", "could you tell me where ..."), a reason first ("I'm into testing, ..."), "I'm looking for
...", casual forms ("what's up next", "anything good at three"), relative days and times in words.
Written by hand from data/pycon-us-2025/conference.json only (never from Booth's templates or earlier
blind sets' sentences). Every expected title, room, speaker, time, count, duration, booth, level and
venue fact is computed from the data; every "not on the schedule" name, topic or sponsor is asserted
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
FILLERS = {"um", "uh", "okay", "so", "well", "hey", "like", "sorry", "oh", "actually", "hi"}


# ---------------------------------------------------------------- selection helpers

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


def dedup(evs):
    """Entries repeated with the same title, day and start count once."""
    seen = {}
    for e in evs:
        seen.setdefault((norm(e["title"]), e["day"], e["start"]), e)
    return list(seen.values())


def only(words, evs=E25, **kw):
    """The one event matching ``words``. Without a kind/day filter it must be unique in the whole
    schedule (talks, tutorials, posters, open spaces, events); with one, unique among those."""
    r = dedup(ttl(words, evs, **kw))
    assert len(r) == 1, (words, [e["title"] for e in r])
    return r[0]


def person(name, evs=E25, n=1, **kw):
    """The events of the one speaker whose name contains ``name`` as whole words. Asserts one person
    matches, that the name is in no title (no "Tea with Cheuk" confusion) and that the person has
    ``n`` events in the whole schedule."""
    pat = re.compile(r"\b" + re.escape(norm(name)) + r"\b")
    people = uniq([s for e in evs for s in e["speakers"] if pat.search(norm(s))])
    assert len(people) == 1, (name, people)
    assert not any(pat.search(norm(e["title"])) for e in evs), name
    mine = dedup([e for e in evs if people[0] in e["speakers"]])
    assert len(mine) == n, (name, [e["title"] for e in mine])
    return sel(mine, **kw)


def person1(name, **kw):
    return one(person(name, **kw))


def surnames(evs):
    return uniq([surname(s) for e in evs for s in e["speakers"]])


def on_at(day, hm, kind=NOT_NOTICE, room=None):
    """'At T': what starts at T; if nothing does, what is running then (notices left out)."""
    return at(E25, hm, day=day, kind=kind, room=room)


def now_on(day, hm, kind=NOT_NOTICE, room=None):
    """'Right now': what is running at T (which includes what starts at T)."""
    return running(E25, hm, day=day, kind=kind, room=room)


def next_on(day, hm, kind=NOT_NOTICE, room=None):
    """'Next': what starts at the first start time after T."""
    later = sel(E25, day=day, kind=kind, room=room, pred=lambda e: e["start"] > hm)
    assert later, (day, hm, room)
    return [e for e in later if e["start"] == later[0]["start"]]


def between(day, lo, hi, kind=NOT_NOTICE, room=None):
    """What starts in [lo, hi) on ``day``."""
    return sel(E25, day=day, kind=kind, room=room, pred=lambda e: lo <= e["start"] < hi)


def rooms(evs):
    return uniq([e["room"] for e in evs])


def hm24(s):
    """'1:30pm' / '5pm' / '11am' -> '13:30' / '17:00' / '11:00' (the about page's clock)."""
    m = re.fullmatch(r"(\d{1,2})(?::(\d\d))?\s*(am|pm)", s.strip().lower())
    assert m, s
    h, mm, ap = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    h = h % 12 + (12 if ap == "pm" else 0)
    return f"{h:02d}:{mm:02d}"


def notice(title, day):
    """A desk notice of the schedule ("Expo Hall Closes") on ``day``."""
    return one(dedup(sel(E25, kind="info", day=day, pred=lambda e: norm(e["title"]) == norm(title))))


def check_style(cases):
    """The set's own style rules: 4-14 words, at most one filler, no symbols a TTS would read oddly."""
    for c in cases:
        for s in c["sentences"]:
            w = s.replace(",", " ").replace("?", " ").split()
            assert 4 <= len(w) <= 14, s
            assert sum(x.lower() in FILLERS for x in w) <= 1, s
            assert re.fullmatch(r"[A-Za-z0-9 ,'?.-]+", s), s
    return cases


# ---------------------------------------------------------------- the questions

def questions():
    q = []

    # -- when, by a topic word or two (the talk's day is not asked: times only)
    for say, words in [
        ("do you know when the apache iceberg talk was", "iceberg"),
        ("I'd like to know when the talk on web tokens is", "web tokens"),
        ("when is the one about obscure control flow", "obscure control"),
        ("when is the talk about predicting formula one races", "races"),
        ("when's the talk on the environmental footprint of python", "environmental footprint"),
        ("what time is the cython talk today", "cython"),
        ("when is the talk about building a jit compiler", "jit compiler"),
        ("what time is the pep talk about account recovery", "account recovery"),
        ("I care about ethics, when is the AI with a conscience talk", "conscience"),
        ("when's the talk about why python upgrades are hard", "upgrades"),
    ]:
        q.append(T(say, cat="when", times=[only(words)["start"]]))

    # -- is there a talk on ..., said with a reason first (the title must be named)
    for say, words in [
        ("I'm learning Japanese, is there a talk about that", "japanese"),
        ("I'm into testing, is there anything on fuzzing", "fuzzing"),
        ("is there a talk about secure signatures on PyPI", "attestations"),
    ]:
        q.append(T(say, cat="topic", answer=tk([only(words)])))
    # "carbon" is also in the environmental-footprint talk's description: either will do.
    q.append(T("I work on websites, anything about low carbon web design", cat="topic",
               any_=tk([only("carbon"), only("environmental footprint")])))

    # -- where
    for say, words in [
        ("could you tell me where the scale smarter talk is", "scale smarter"),
        ("where's the talk on polymorphism", "polymorphism"),
        ("I'm looking for the asyncio introspection talk", "asyncio introspection"),
        ("which room is the AST parsing talk in", "ast parsing"),
        ("where is the debugger talk this afternoon", "debugger"),
        ("where was the architect's secret weapon talk", "secret weapon"),
        ("where's the talk about taming file zoos", "zoos"),
        ("where can I find the woven bands poster", "woven"),
        ("where's the Spanish talk about the Quechua language", "quechua"),
        ("where's the 3D printing meetup", "3d printing"),
    ]:
        q.append(T(say, cat="where", answer=[only(words)["room"]]))

    # -- who
    for say, words in [
        ("who's giving the talk on geospatial datasets", "geospatial"),
        ("who's doing the nogil load balancer talk", "load balancer"),
        ("who presented make python talk, make python listen", "listen"),
        ("who did the talk about 503 days working on foss", "503 days"),
        ("who's giving the tech debt talk", "debt"),
        ("who ran the pre-commit tutorial on Thursday", "commit"),
        ("who taught the synthesizer tutorial", "synthesizer"),
        ("who made the conformal prediction poster", "conformal"),
        ("who's behind the bioinformatics poster about cancer", "bioinformatics"),
    ]:
        q.append(T(say, cat="who", answer=surnames([only(words)])))
    q.append(T("who is speaking in ballroom A at half past ten", cat="who",
               answer=surnames([one(starting(E25, "10:30", day=SAT, room="Ballroom A", kind=TALKISH))])))
    q.append(T("who's on in ballroom BC at noon", cat="who",
               answer=surnames([one(starting(E25, "12:00", day=SAT, room="Ballroom BC", kind=TALKISH))])))

    # -- speakers by name (each has one event in the whole schedule)
    for say, name in [
        ("do you know when Bucher is speaking", "Bucher"),
        ("I'd like to see Trey Hunner, when is he on", "Trey Hunner"),
        ("when does Itamar give his talk", "Itamar"),
        ("when is Zanie's talk", "Zanie"),
        ("when's Zack Weinberg on", "Zack Weinberg"),
        ("is Jacob Coffee speaking, and when", "Jacob Coffee"),
    ]:
        q.append(T(say, cat="speaker", times=[person1(name)["start"]]))
    for say, name in [
        ("is Barry Warsaw speaking this year", "Barry Warsaw"),
        ("what's Allen Downey's tutorial about", "Allen Downey"),
        ("is Samuel Colvin doing anything at PyCon", "Samuel Colvin"),
        ("what's Kaashif's talk about", "Kaashif"),
        ("what is Mia Bajic talking about", "Mia"),
    ]:
        q.append(T(say, cat="speaker", answer=tk([person1(name)])))
    for say, name in [
        ("where is Geoffrey Thomas speaking", "Geoffrey Thomas"),
        ("where was Dawn Cooper's talk", "Dawn Cooper"),
    ]:
        q.append(T(say, cat="speaker", answer=[person1(name)["room"]]))

    # -- what's on at a time (what starts then, else what is running)
    for say, day, hm in [
        ("anything good at three today", SAT, "15:00"),
        ("what's going on at half past two", SAT, "14:30"),
        ("what's happening at quarter to two", SAT, "13:45"),
        ("anything on at noon tomorrow", SUN, "12:00"),
        ("what was on yesterday at half past four", FRI, "16:30"),
        ("what's on at eleven fifteen this morning", SAT, "11:15"),
    ]:
        q.append(T(say, cat="at_time", any_=tk(on_at(day, hm))))

    # -- a room
    lunch_sat = one(sel(E25, kind="meal", day=SAT))
    q.append(T("what's on in hall C after lunch", cat="room",
               any_=tk(between(SAT, lunch_sat["end"], "23:59", room="Hall C"))))
    q.append(T("what's going on in room 308 this afternoon", cat="room",
               any_=tk(between(SAT, "12:00", "18:00", room="Room 308"))))
    q.append(T("what was in ballroom A at five fifteen yesterday", cat="room",
               answer=tk([one(on_at(FRI, "17:15", room="Ballroom A"))])))
    q.append(T("what's happening in room 316 at one pm", cat="room",
               answer=tk([one(on_at(SAT, "13:00", room="Room 316"))])))
    q.append(T("what's on in hall B tomorrow at nine", cat="room",
               answer=surnames([one(on_at(SUN, "09:00", room="Hall B"))])))

    # -- now / next
    q.append(T("what's going on right now", cat="now_next", any_=tk(now_on(SAT, "10:00"))))
    q.append(T("okay, what's up next", cat="now_next", now=f"{SAT}T11:50", any_=tk(next_on(SAT, "11:50"))))
    # at 10:10 the morning break (in Ballroom A among others) is already running
    q.append(T("what's on next in ballroom A", cat="now_next", now=f"{SAT}T10:10",
               answer=tk([one(next_on(SAT, "10:10", room="Ballroom A"))])))
    q.append(T("is anything starting soon", cat="now_next", now=f"{FRI}T13:35",
               any_=tk(next_on(FRI, "13:35"))))
    q.append(T("what can I catch right now", cat="now_next", now=f"{SUN}T11:20",
               any_=tk(now_on(SUN, "11:20"))))
    q.append(T("so what's on in room 309 at the moment", cat="now_next", now=f"{SAT}T16:30",
               any_=tk(now_on(SAT, "16:30", room="Room 309"))))

    # -- relative days and parts of days
    q.append(T("what's on this evening", cat="relative_day", any_=tk(between(SAT, "17:00", "23:59"))))
    q.append(T("what's happening tomorrow morning", cat="relative_day", any_=tk(between(SUN, "00:00", "12:00"))))
    q.append(T("what did I miss yesterday afternoon", cat="relative_day", any_=tk(between(FRI, "12:00", "18:00"))))
    q.append(T("what was going on Thursday afternoon", cat="relative_day", any_=tk(between(THU, "12:00", "23:59"))))

    # -- keynotes
    keys = sel(E25, kind="keynote")
    q.append(T("when is the last keynote of the conference", cat="keynote", times=[keys[-1]["start"]]))
    q.append(T("who's doing the keynote this morning", cat="keynote", answer=surnames(sel(keys, day=SAT))))
    q.append(T("who's the keynote speaker on Sunday morning", cat="keynote",
               answer=surnames(between(SUN, "00:00", "12:00", kind="keynote"))))
    q.append(T("who gave yesterday's keynote", cat="keynote", answer=surnames(sel(keys, day=FRI))))

    # -- charlas (the Spanish track)
    ch = sel(E25, kind="charla")
    q.append(T("anything in Spanish this afternoon", cat="charla",
               any_=tk(between(SAT, "12:00", "23:59", kind="charla"))))
    q.append(T("what's the Spanish session at half past two", cat="charla",
               answer=tk([one(starting(ch, "14:30", day=SAT))])))
    q.append(T("when is the Spanish talk on async django", cat="charla",
               times=[only("django async", kind="charla")["start"]]))
    assert not sel(ch, day=SUN)
    q.append(T("are there any talks in Spanish tomorrow", cat="charla", expect="no"))

    # -- posters
    posters = sel(E25, kind="poster")
    umbrella = [p for p in posters if not p["speakers"]]
    assert len(umbrella) == 1
    q.append(T("do you know when the poster session is", cat="poster", times=uniq([p["start"] for p in posters])))
    q.append(T("where are the posters going to be", cat="poster", answer=rooms(posters)))

    # -- open spaces and other gatherings
    q.append(T("are there open spaces this afternoon", cat="open_space",
               any_=tk(between(SAT, "12:00", "18:00", kind="open-space"))))
    for say, words in [
        ("is the juggling thing happening today", "juggling"),
        ("what time is pickleball", "pickleball"),
        ("I heard there's a lightsaber thing, when is it", "lightsaber"),
        ("when do people meet up for ice cream tomorrow", "ice cream"),
        ("when was the fun run this morning", "fun run"),
    ]:
        q.append(T(say, cat="open_space", times=[only(words)["start"]]))
    q.append(T("is there a board games meetup today", cat="open_space",
               times=[only("board games", day=SAT)["start"]]))
    q.append(T("is there an open space about vim today", cat="open_space",
               times=[only("vim", day=SAT, kind="open-space")["start"]]))
    q.append(T("where's the LGBTQ hangout", cat="open_space", answer=[only("lgbtq")["room"]]))

    # -- summits, the Hatchery and other events
    for say, words in [
        ("when's the packaging summit", "packaging summit"),
        ("do you know when the language summit was", "language summit"),
        ("when does the steering council panel start", "steering council"),
        ("when are the PSF awards", "awards"),
    ]:
        q.append(T(say, cat="summit", times=[only(words)["start"]]))
    q.append(T("where was the typing summit", cat="summit", answer=[only("typing summit")["room"]]))
    q.append(T("what's the Hatchery doing this afternoon", cat="summit",
               answer=tk([one([e for e in ttl("hatchery", day=SAT) if e["start"] >= "12:00"])])))

    # -- lightning talks
    lt = sel(E25, kind="lightning-talks")
    q.append(T("what time do the lightning talks start this evening", cat="lightning",
               times=[one(sel(lt, day=SAT, pred=lambda e: e["start"] >= "17:00"))["start"]]))
    q.append(T("are there lightning talks tomorrow morning", cat="lightning",
               times=[one(sel(lt, day=SUN))["start"]]))

    # -- tutorials
    q.append(T("what tutorials were on Thursday", cat="tutorial", any_=tk(sel(E25, kind="tutorial", day=THU))))
    q.append(T("where was the regressions tutorial", cat="tutorial", answer=[only("regressions")["room"]]))
    q.append(T("is there a tutorial on writing parsers", cat="tutorial", answer=tk([only("parsers")])))
    q.append(T("I missed the jax tutorial, when was it", cat="tutorial", times=[only("jax")["start"]]))

    # -- sponsors: booths, levels, booth owners (booths 301, 309 and 315 share numbers with rooms)
    for say, name in [
        ("where's the JetBrains booth", "JetBrains"),
        ("what booth is Sentry at", "Sentry"),
        ("is Datadog here, what's their booth", "Datadog"),
        ("could you tell me where the Python Software Foundation booth is", "Python Software Foundation"),
        ("where's the PyLadies booth", "PyLadies"),
        ("I'm job hunting, where's the Jane Street booth", "Jane Street"),
    ]:
        b = sponsor(name)["booth"]
        assert b and str(b) not in ("301", "309", "315"), name
        q.append(T(say, cat="sponsor", answer=[str(b)]))
    for say, name in [
        ("what level of sponsor is Bloomberg", "Bloomberg"),
        ("what sponsor level is Google", "Google"),
    ]:
        q.append(T(say, cat="sponsor", answer=[sponsor(name)["level"]]))
    for say, number in [
        ("who has booth 534", 534),
        ("which company is at booth 119", 119),
    ]:
        q.append(T(say, cat="sponsor", answer=[booth_of(number)["name"]]))

    # -- meals and breaks
    q.append(T("where's lunch served today", cat="meal", answer=[lunch_sat["room"]]))
    q.append(T("is there breakfast tomorrow", cat="meal",
               times=[one(sel(E25, day=SUN, pred=lambda e: norm(e["title"]) == "breakfast"))["start"]]))
    q.append(T("when's the afternoon coffee break", cat="meal",
               times=[one(sel(E25, kind="break", day=SAT, pred=lambda e: e["start"] >= "12:00"))["start"]]))

    # -- how long, when it ends
    for say, words, kw in [
        ("how long is the cython talk", "cython", {}),
        ("how long does the PyLadies auction go on", "auction", {}),
        ("how long was the polars tutorial", "polars", {"kind": "tutorial"}),
    ]:
        q.append(T(say, cat="duration", any_=dur_forms(mins(only(words, **kw)))))
    q.append(T("when does lunch end today", cat="end_time", times=[lunch_sat["end"]]))
    q.append(T("what time does the auction wrap up tonight", cat="end_time", times=[only("auction")["end"]]))
    q.append(T("when does the poster session end", cat="end_time", times=uniq([p["end"] for p in posters])))

    # -- how many
    talks_sat = dedup(sel(E25, kind="talk", day=SAT))
    charlas_sat = dedup(sel(E25, kind="charla", day=SAT))
    q.append(T("how many talks are there today", cat="count",
               any_=count_forms(len(talks_sat)) + count_forms(len(talks_sat) + len(charlas_sat))))
    q.append(T("how many tutorials were there", cat="count", any_=count_forms(len(dedup(sel(E25, kind="tutorial"))))))
    q.append(T("do you know how many posters there are", cat="count",
               any_=count_forms(len(posters)) + count_forms(len(posters) - len(umbrella))))
    q.append(T("how many keynotes are there in total", cat="count", any_=count_forms(len(keys))))
    q.append(T("how many Spanish talks are on today", cat="count", any_=count_forms(len(charlas_sat))))

    # -- desk and venue facts (the about page; the expo hall from the schedule's notices)
    q.append(T("sorry, how do I get on the wifi here", cat="desk", answer=[about(r"Password: (\S+)")]))
    q.append(T("where do I pick up my swag", cat="desk", answer=[about(r"Swag Pickup Hours & Location (Hall \w)")]))
    q.append(T("until when is swag pickup open today", cat="desk",
               times=[hm24(about(r"Swag Pickup.*?Sa\w*day, May 17: \w+ - ([\d:]+[ap]m)"))]))
    q.append(T("is there somewhere quiet I can sit for a while", cat="desk",
               answer=[about(r"Attendee Quiet Room (Room \d+)")]))
    q.append(T("can I leave my suitcase somewhere", cat="desk",
               answer=[about(r"Luggage Check Hours & Location (Show Office \w)")]))
    q.append(T("I just arrived, where do I register", cat="desk",
               answer=[about(r"Registration Hours & Location: (Concourse \w)")]))
    q.append(T("what's the address of the convention center", cat="desk", answer=[about(r"(1000 Fort Duquesne)")]))
    q.append(T("what time does the information desk close today", cat="desk",
               times=[hm24(about(r"Information Desk Hours.*?Saturday, May 17: \w+ - (\w+)"))]))
    q.append(T("I found someone's phone, where should I take it", cat="desk",
               answer=[about(r"Lost & Found Available at (Information Desk)")]))
    q.append(T("what time zone is the schedule in", cat="desk", answer=[about(r"All times US/(\w+)")]))
    q.append(T("who do I talk to about a code of conduct problem", cat="desk",
               any_=[about(r"find a PyCon US (Staff) member"), about(r"email (pycon-us-report)@")]))
    q.append(T("when does the expo hall close today", cat="desk", times=[notice("Expo Hall Closes", SAT)["start"]]))
    return check_style(q)


def not_on_schedule():
    """Names, topics and sponsors that are not in the 2025 data (asserted here); expect no."""
    q = []
    for say, name in [
        ("is Wes McKinney giving a talk this year", "Wes McKinney"),
        ("I was hoping to see Travis Oliphant, is he here", "Travis Oliphant"),
        ("could you tell me when Kenneth Reitz is speaking", "Kenneth Reitz"),
    ]:
        absent_person(E25, name)
        q.append(T(say, expect="no", cat="absent_person"))
    for say, word in [
        ("I write Android apps, is there anything on Kotlin", "Kotlin"),
        ("do you have any talks about Perl", "Perl"),
        ("is there a session on Haskell anywhere", "Haskell"),
    ]:
        absent_topic(E25, word, SP25)
        q.append(T(say, expect="no", cat="absent_topic"))
    for say, name in [
        ("is IBM exhibiting here this year", "IBM"),
        ("does Spotify have a booth", "Spotify"),
    ]:
        absent_sponsor(name)
        q.append(T(say, expect="no", cat="absent_sponsor"))
    return check_style(q)


def out_of_domain():
    """Twenty things said at the desk that the schedule does not answer; several share words with
    schedule questions (when, where, how long, how many, tonight, lunch, room, book, Spanish)."""
    return check_style([T(s, expect="fallback", cat="out_of_domain") for s in [
        "can you call me a taxi to the airport",
        "what's the weather going to be like tomorrow",
        "tell me a joke about snakes",
        "how do I reverse a list in python",
        "play some music while I wait",
        "who won the hockey game last night",
        "what's a good place for dinner around here",
        "could you charge my phone for a bit",
        "translate good morning into Spanish",
        "what's the square root of two hundred",
        "my laptop won't turn on, can you fix it",
        "how do I get to the Andy Warhol museum",
        "write me a short poem about lunch",
        "what's the stock price of Microsoft today",
        "can you recommend a good python book for kids",
        "I need a hotel room for tonight near here",
        "how long does it take to walk to the airport",
        "what time is sunset tonight",
        "how many people live in Pittsburgh",
        "do you like working at this booth",
    ]])
