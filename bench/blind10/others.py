"""Blind set 10: no FOSDEM 2026 cases; PyCon US 2017 questions (now: Saturday 2017-05-20 10:00), every
expectation computed from data/pycon-us-2017/*.yaml (bench/blindkit/dataload.py load_2017).

Spoken as by first-time attendees in a hurry at an expo-hall booth, as for 2025. What the 2017 data
has: talks, tutorials, sponsor workshops, keynotes, lightning talks (each carrying its block's start
and end), posters (no day, time or room), meals and breaks, a few events, the sprints and the
Introduction to Sprints workshop. No open spaces were published (conference.yaml:
open_spaces_published: false).
"""
import re

import yaml
from blindkit.dataload import REPO
from blindkit.helpers import E17, T, count_forms, dur_forms, mins, norm, one, running, sel, surname, titles, uniq
from pycon2025 import checked

FRI, SAT, SUN = "2017-05-19", "2017-05-20", "2017-05-21"
WED, THU = "2017-05-17", "2017-05-18"
CONF17 = yaml.safe_load((REPO / "data/pycon-us-2017/conference.yaml").read_text())
KINDS = tuple(sorted({e["kind"] for e in E17} - {"info"}))
PROGRAM = tuple(k for k in KINDS if k not in ("meal", "break"))


def ttl(words, **kw):
    ws = norm(words).split()
    return sel(E17, pred=lambda e: all(re.search(r"\b" + re.escape(w), norm(e["title"])) for w in ws), **kw)


def only(words, **kw):
    """The one 2017 event matching ``words`` (unique in the whole 2017 schedule unless filtered)."""
    return one(ttl(words, **kw))


def person(name, n=1, in_title=False):
    """The events of the one 2017 speaker whose name has ``name`` as whole words; ``n`` events in all.
    Unless ``in_title``, the name is in no title."""
    pat = re.compile(r"\b" + re.escape(norm(name)) + r"\b")
    people = uniq([norm(s) for e in E17 for s in e["speakers"] if pat.search(norm(s))])
    assert len(people) == 1, (name, people)
    assert in_title or not any(pat.search(norm(e["title"])) for e in E17), name
    mine = [e for e in E17 if any(norm(s) == people[0] for s in e["speakers"])]
    assert len(mine) == n, (name, [e["title"] for e in mine])
    return mine


def tk(evs):
    lt = uniq([norm(e["title"]) for e in evs if e["kind"] == "lightning-talks" and norm(e["title"]) == "lightning talks"])
    rest = [e for e in evs if not (e["kind"] == "lightning-talks" and norm(e["title"]) == "lightning talks")]
    named = [e for e in rest if norm(e["title"]) != norm(e["kind"])]
    return uniq((titles(named) if named else []) + lt)


def surnames(evs):
    return uniq([surname(s) for e in evs for s in e["speakers"] if s != "?"])


def between(day, a, b, kind=PROGRAM, **kw):
    r = sel(E17, kind=kind, day=day, pred=lambda e: e["start"] and a <= e["start"] < b, **kw)
    assert r, (day, a, b)
    return r


def pycon2017():
    q = []

    def when(s, e, cat="when", **kw):
        q.append(T(s, cat=cat, times=[e["start"]], **kw))

    def where(s, e, cat="where", **kw):
        q.append(T(s, cat=cat, answer=[e["room"]], **kw))

    def who(s, evs, cat="who", **kw):
        q.append(T(s, cat=cat, answer=surnames(evs), **kw))

    # -- keynotes
    kn = running(E17, "10:00", kind="keynote", day=SAT)
    q.append(T("who's up on the big stage right now", cat="keynote", answer=surnames(kn)))
    (ks,) = sel(E17, kind="keynote", day=SUN)
    q.append(T("who's doing the keynote tomorrow", cat="keynote", answer=surnames([ks])))

    # -- talks by a few title words
    when("when's the, uh, the mightier dictionary talk", only("mightier"))
    when("what time is the datetime talk", only("datetime"))
    where("where's the command line tools talk", only("command line"))
    who("who's giving the talk on documentation", [only("documentation")])
    when("when is the hacking cars talk", only("hacking cars"))
    who("who did the gilectomy talk yesterday", [only("gilectomy")])
    where("where is the sad pandas talk", only("sad pandas"))
    when("the fizzbuzz talk, when is it", only("fizzbuzz"))
    who("who's speaking about static types", [only("static types")])
    dk = only("dask", kind="talk")
    q.append(T("how long is the dask talk", cat="duration", any_=dur_forms(mins(dk))))
    where("which room is the transpiler talk in", only("transpiler"))

    # -- speakers by name
    (ma,) = person("Mariatta")
    q.append(T("where was Mariatta's talk", cat="speaker", answer=[ma["room"]]))
    (yu,) = person("Yury")
    q.append(T("when's Yury's talk on asyncio", cat="speaker", times=[yu["start"]]))
    (hy,) = person("Hynek")
    q.append(T("when was Hynek's talk, I think I missed it", cat="speaker", times=[hy["start"]]))
    (kv,) = person("Kavya")
    q.append(T("where's Kavya speaking, the memory one", cat="speaker", answer=[kv["room"]]))

    # -- tutorials, sponsor workshops
    who("who taught the bokeh tutorial", [only("bokeh")], cat="tutorial")
    q.append(T("what tutorials were on wednesday morning", cat="tutorial",
               any_=tk(between(WED, "06:00", "12:00", kind="tutorial"))))
    q.append(T("what was in room 1 on thursday afternoon", cat="tutorial",
               any_=tk(between(THU, "12:00", "18:00", room="Room 1"))))

    # -- lightning talks and posters (posters have no slot)
    when("when's the lightning talk on python fire", only("python fire"), cat="lightning")
    who("who did the emoji lightning talk", [only("emoji")], cat="lightning")
    q.append(T("is there a poster on birdsong", cat="poster", answer=tk([only("birdsong")])))
    who("who made the raspberry pi plants poster", [only("raspberry")], cat="poster")

    # -- times, now / next
    q.append(T("what's on at eleven thirty", cat="at_time", any_=tk(sel(E17, day=SAT, pred=lambda e: e["start"] == "11:30"))))
    nx = sel(E17, kind=KINDS, day=SAT, pred=lambda e: e["start"] and e["start"] > "14:30")
    first = min(e["start"] for e in nx)
    q.append(T("what's on next, anything good", cat="now_next", any_=tk([e for e in nx if e["start"] == first]),
               now="2017-05-20T14:30"))
    q.append(T("quick, what's happening right now", cat="now_next",
               any_=tk(running(E17, "16:40", kind=KINDS, day=FRI)), now="2017-05-19T16:40"))
    q.append(T("what did I miss yesterday afternoon", cat="part_of_day", any_=tk(between(FRI, "12:00", "18:00"))))

    # -- events, counts, venue, open spaces
    au = only("charity auction")
    q.append(T("how long is the auction tonight", cat="duration", any_=dur_forms(mins(au))))
    when("when does the conference wrap up tomorrow", only("conference close"), cat="event")
    q.append(T("how many talks are there tomorrow", cat="count", any_=count_forms(len(sel(E17, kind="talk", day=SUN)))))
    q.append(T("what building is the conference in", cat="venue", answer=[CONF17["venue"].split(",")[0]]))
    assert CONF17["open_spaces_published"] is False
    q.append(T("are there any open spaces today", expect="no", cat="open_space"))
    return checked(q)


def dialogues_2017():
    return []


def fosdem():
    return []


def fosdem_dialogues():
    return []
