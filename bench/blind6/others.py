"""Blind set 6 is about PyCon US 2025: no FOSDEM 2026 cases, and five PyCon US 2017 questions
(now: Saturday 2017-05-20 10:00), computed from data/pycon-us-2017/*.yaml."""
from blindkit.helpers import E17, T, by_speaker, one, running, sel, starting, surname, titles

SAT17 = "2017-05-20"


def fosdem():
    return []


def fosdem_dialogues():
    return []


def pycon2017():
    c = []
    c.append(T("who's giving the keynote right now?", cat="keynote",
               answer=[surname(one(running(E17, "10:00", day=SAT17, kind="keynote"))["speakers"][0])]))
    c.append(T("when is Raymond Hettinger's talk", cat="speaker_when", times=[one(by_speaker(E17, "hettinger"))["start"]]))
    c.append(T("where's Brandon Rhodes talking?", cat="speaker_where", answer=[one(by_speaker(E17, "brandon rhodes"))["room"]]))
    c.append(T("what's on at four thirty", cat="time", any_=titles(starting(E17, "16:30", day=SAT17, kind="talk"))))
    auc = one(sel(E17, day=SAT17, pred=lambda e: "PyLadies" in e["title"]))
    c.append(T("when's the pyladies auction tonight?", cat="event", times=[auc["start"]]))
    return c


def dialogues_2017():
    return []
