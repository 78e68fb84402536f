"""Blind set 9: no FOSDEM 2026 cases; PyCon US 2017 questions (now: Saturday 2017-05-20 10:00), every
expectation computed from data/pycon-us-2017/*.yaml (bench/blindkit/dataload.py load_2017).

Spoken as at an information desk, as for 2025. What the 2017 data has: talks, tutorials, sponsor
workshops, keynotes, lightning talks (each carrying its block's start and end), posters (no day, time
or room), meals and breaks, a few events, the sprints (days and first item only) and the Introduction
to Sprints workshop. No open spaces were published (conference.yaml: open_spaces_published: false).
"""
import re

import yaml
from blindkit.dataload import REPO
from blindkit.helpers import E17, T, count_forms, dur_forms, mins, norm, one, running, sel, starting, surname, titles, uniq
from pycon2025 import check_style

FRI, SAT, SUN = "2017-05-19", "2017-05-20", "2017-05-21"
THU = "2017-05-18"
CONF17 = yaml.safe_load((REPO / "data/pycon-us-2017/conference.yaml").read_text())
KINDS = tuple(sorted({e["kind"] for e in E17} - {"info"}))


def ttl(words, **kw):
    ws = norm(words).split()
    return sel(E17, pred=lambda e: all(re.search(r"\b" + re.escape(w), norm(e["title"])) for w in ws), **kw)


def only(words, **kw):
    """The one 2017 event matching ``words`` (unique in the whole 2017 schedule without filters)."""
    return one(ttl(words, **kw))


def person(name, n=1, in_title=False):
    """The events of the one 2017 speaker whose name has ``name`` as whole words; ``n`` events in all.
    Unless ``in_title`` (a keynote is titled by its speaker), the name is in no title."""
    pat = re.compile(r"\b" + re.escape(norm(name)) + r"\b")
    people = uniq([norm(s) for e in E17 for s in e["speakers"] if pat.search(norm(s))])
    assert len(people) == 1, (name, people)
    assert in_title or not any(pat.search(norm(e["title"])) for e in E17), name
    mine = [e for e in E17 if any(norm(s) == people[0] for s in e["speakers"])]
    assert len(mine) == n, (name, [e["title"] for e in mine])
    return mine


def person1(name, **kw):
    return one(person(name, **kw))


def surnames(evs):
    return uniq([surname(s) for e in evs for s in e["speakers"] if s != "?"])


def on_at(day, hm, kind=KINDS):
    return starting(E17, hm, day=day, kind=kind) or running(E17, hm, day=day, kind=kind)


def fosdem():
    return []


def fosdem_dialogues():
    return []


def dialogues_2017():
    return []


def pycon2017():
    q = []
    # -- when, by topic
    for say, words in [
        ("do you know when the requests under the hood talk was", "requests"),
        ("when was the talk about satellite imagery", "satellite"),
        ("what time is the datetime talk today", "datetime"),
        ("when's the talk on choosing licenses", "licenses"),
        ("when was the algorithmic music talk", "algorithmic music"),
        ("when is the bike speedometer talk", "speedometer"),
        ("when are the community service awards", "community service"),
    ]:
        q.append(T(say, cat="when", times=[only(words)["start"]]))
    # -- where
    for say, words in [
        ("where was the talk on pdb", "pdb"),
        ("where's the awesome command line tools talk", "command line"),
        ("could you tell me where the introduction to sprints workshop is", "introduction to sprints"),
    ]:
        q.append(T(say, cat="where", answer=uniq([e["room"] for e in ttl(words)])))
    # -- who
    for say, words in [
        ("who's doing the memory chronicles talk", "memory chronicles"),
        ("who's giving the talk on the fastest fizzbuzz", "fizzbuzz"),
        ("who's giving the talk about hacking cars", "cars"),
        ("who's speaking about classic Nintendo games", "nintendo"),
    ]:
        q.append(T(say, cat="who", answer=surnames([only(words)])))
    # -- topics and posters (posters have no slot: only "is there" and "who")
    q.append(T("is there a talk about predicting the Oscars", cat="topic", answer=titles([only("oscar")])))
    q.append(T("is there a poster about birdsong", cat="poster", answer=titles([only("birdsong")])))
    q.append(T("who made the poster on monitoring plants with a raspberry pi", cat="poster",
               answer=surnames([only("raspberry")])))
    # -- speakers by name
    q.append(T("I'd like to hear Brett Cannon, when is he on", cat="speaker", times=[person1("Brett Cannon")["start"]]))
    q.append(T("is Raymond Hettinger speaking today", cat="speaker", answer=titles([person1("Raymond Hettinger")])))
    q.append(T("what's Lynn Root's talk about", cat="speaker", answer=titles([person1("Lynn Root")])))
    q.append(T("where's Katie McLaughlin's talk", cat="speaker", answer=[person1("Katie McLaughlin")["room"]]))
    # -- keynotes
    keys = sel(E17, kind="keynote")
    q.append(T("who's the keynote speaker right now", cat="keynote",
               answer=surnames(running(keys, "10:00", day=SAT))))
    q.append(T("who gave the keynote yesterday morning", cat="keynote", answer=surnames(sel(keys, day=FRI))))
    q.append(T("when's Kelsey Hightower's keynote", cat="keynote",
               times=[person1("Kelsey Hightower", in_title=True)["start"]]))
    # -- now / next, at a time
    nxt = sel(E17, day=SAT, kind=KINDS, pred=lambda e: e["start"] > "12:00")
    q.append(T("okay, what's on next", cat="now_next", now=f"{SAT}T12:00",
               any_=titles([e for e in nxt if e["start"] == nxt[0]["start"]])))
    q.append(T("what's going on at half past four today", cat="at_time", any_=titles(on_at(SAT, "16:30"))))
    # -- tutorials, lightning talks, events, meals
    q.append(T("which tutorials ran on Thursday", cat="tutorial", any_=titles(sel(E17, kind="tutorial", day=THU))))
    lt = sel(E17, kind="lightning-talks", day=SAT, pred=lambda e: e["start"] >= "17:00")
    q.append(T("what time are this evening's lightning talks", cat="lightning", times=uniq([e["start"] for e in lt])))
    q.append(T("what time is the charity auction tonight", cat="event", times=[only("auction")["start"]]))
    q.append(T("is there breakfast tomorrow morning", cat="meal",
               times=[one(sel(E17, kind="meal", day=SUN, pred=lambda e: norm(e["title"]) == "breakfast"))["start"]]))
    # -- how long, how many
    q.append(T("how long is the static types talk", cat="duration", any_=dur_forms(mins(only("static types")))))
    q.append(T("do you know how many talks are on today", cat="count",
               any_=count_forms(len(sel(E17, kind="talk", day=SAT)))))
    # -- the venue; open spaces (none were published)
    q.append(T("where is PyCon being held this year", cat="venue", answer=[CONF17["venue"].split(",")[0]]))
    assert CONF17["open_spaces_published"] is False
    q.append(T("could you tell me what open spaces are on later", cat="open_space", expect="no"))
    return check_style(q)
