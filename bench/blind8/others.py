"""Blind set 8: no FOSDEM 2026 cases; PyCon US 2017 questions (now: Saturday 2017-05-20 10:00), every
expectation computed from data/pycon-us-2017/*.yaml (bench/blindkit/dataload.py load_2017).

Short spoken questions, as for 2025. What the 2017 data has: talks, tutorials, sponsor workshops,
keynotes, lightning talks (each carrying its block's start and end), posters (no day, time or room),
meals and breaks, a few events, the sprints (days and first item only) and the Introduction to Sprints
workshop. No open spaces were published (conference.yaml: open_spaces_published: false).
"""
import re

import yaml
from blindkit.dataload import REPO
from blindkit.helpers import E17, T, by_speaker, count_forms, dur_forms, mins, norm, one, running, sel, starting, surname, titles, uniq

FRI, SAT, SUN = "2017-05-19", "2017-05-20", "2017-05-21"
THU = "2017-05-18"
CONF17 = yaml.safe_load((REPO / "data/pycon-us-2017/conference.yaml").read_text())
KINDS = tuple(sorted({e["kind"] for e in E17} - {"info"}))


def ttl(words, **kw):
    ws = norm(words).split()
    return sel(E17, pred=lambda e: all(re.search(r"\b" + re.escape(w), norm(e["title"])) for w in ws), **kw)


def only(words, **kw):
    return one(ttl(words, **kw))


def spk(name, **kw):
    evs = sel(by_speaker(E17, name), **kw)
    assert evs, name
    return evs


def surnames(evs):
    return uniq([surname(s) for e in evs for s in e["speakers"] if s != "?"])


def on_at(day, hm, kind=KINDS):
    return uniq(starting(E17, hm, day=day, kind=kind) + running(E17, hm, day=day, kind=kind))


def fosdem():
    return []


def fosdem_dialogues():
    return []


def dialogues_2017():
    return []


def pycon2017():
    q = []
    q.append(T("when's the datetime talk", cat="when", times=[only("datetime")["start"]]))
    rh = one(spk("hettinger"))
    q.append(T("where's raymond hettinger's talk", cat="speaker", answer=[rh["room"]]))
    q.append(T("brandon rhodes when", cat="speaker", times=[one(spk("brandon rhodes"))["start"]]))
    q.append(T("who's doing the regular expressions talk", cat="who",
               answer=surnames([only("regular expressions", kind="talk")])))
    q.append(T("keynote this morning?", cat="keynote", any_=surnames(sel(E17, kind="keynote", day=SAT))))
    q.append(T("who's the keynote tomorrow", cat="keynote", answer=surnames(sel(E17, kind="keynote", day=SUN))))
    q.append(T("when is kelsey hightower on", cat="keynote", times=[one(spk("hightower"))["start"]]))
    q.append(T("what's on at eleven thirty", cat="at-time", any_=titles(on_at(SAT, "11:30"))))
    q.append(T("what's on now", cat="now-next", any_=titles(on_at(SAT, "10:00"))))
    nxt = sel(E17, kind="talk", day=SAT, pred=lambda e: e["start"] > "10:00")
    q.append(T("next talks?", cat="now-next", any_=titles([e for e in nxt if e["start"] == nxt[0]["start"]])))
    bf = one(sel(E17, kind="meal", day=SUN, pred=lambda e: e["title"] == "Breakfast"))
    q.append(T("breakfast tomorrow when", cat="meal-break", times=[bf["start"]]))
    q.append(T("when's the pyladies auction", cat="when", times=[only("pyladies auction")["start"]]))
    q.append(T("which tutorials were on thursday", cat="tutorial", any_=titles(sel(E17, kind="tutorial", day=THU))))
    q.append(T("who taught the luigi tutorial", cat="tutorial", answer=surnames([only("luigi")])))
    first_sprint = sel(E17, kind="sprint")[0]
    assert first_sprint["day"] == CONF17["days"]["sprints"][0].isoformat() == "2017-05-22"
    q.append(T("when do the sprints start", cat="sprint", any_=["monday", "may 22", "22nd"]))
    q.append(T("intro to sprints workshop when", cat="sprint",
               times=[only("introduction to sprints workshop", day=SUN)["start"]]))
    q.append(T("how long is the static types talk", cat="how-long", any_=dur_forms(mins(only("static types")))))
    q.append(T("when are the final remarks", cat="ends", times=[only("final remarks")["start"]]))
    lt = one(uniq([e for e in sel(E17, kind="lightning-talks", day=SAT) if e["start"] > "12:00"][:1]))
    q.append(T("lightning talks tonight?", cat="lightning", times=[lt["start"]]))
    q.append(T("how many tutorials", cat="how-many", any_=count_forms(len(sel(E17, kind="tutorial")))))
    q.append(T("is there a poster on chess", cat="poster", answer=titles([only("chess", kind="poster")])))
    q.append(T("who made the yellowbrick poster", cat="poster", any_=surnames([only("yellowbrick")])))
    q.append(T("where's the cython talk", cat="where", answer=[only("cython")["room"]]))
    q.append(T("talks about unicode", cat="topic", any_=titles(ttl("unicode", kind="talk"))))
    q.append(T("what's in portland ballroom 252 at four thirty", cat="room",
               answer=titles(starting(E17, "16:30", day=SAT, kind="talk", room="Portland Ballroom 252–253"))))
    q.append(T("fizzbuzz talk who", cat="who", answer=surnames([only("fizzbuzz")])))
    q.append(T("where is pycon this year", cat="venue", answer=[CONF17["venue"].split(",")[0]]))
    assert CONF17["open_spaces_published"] is False
    q.append(T("any open spaces today", cat="open-space", expect="no"))
    gil = only("gilectomy")
    assert gil["day"] == FRI
    q.append(T("how long was the gilectomy talk", cat="how-long", any_=dur_forms(mins(gil))))
    q.append(T("when was the gilectomy", cat="when", times=[gil["start"]]))
    q.append(T("mariatta when", cat="speaker", times=[one(spk("mariatta"))["start"]]))
    q.append(T("anything on time zones", cat="topic", any_=titles(ttl("time zone"))))
    q.append(T("what's on sunday afternoon", cat="day-part",
               any_=titles(sel(E17, kind=KINDS, day=SUN, pred=lambda e: "12:00" <= e["start"] < "18:00"))))
    q.append(T("who's talking about reinforcement learning", cat="who", answer=surnames([only("reinforcement")])))
    return q
