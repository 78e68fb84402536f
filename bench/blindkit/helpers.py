"""The blind writers' helpers (blind sets 4 and 5; set 3 uses the ones its titles and durations did
not change): selection, absence checks and answer forms over the schedules as plain dicts."""
import json
import re
import unicodedata

from blindkit.dataload import REPO, _plain, load_2017, load_2025, load_fosdem, sponsors_2025

E25, SP25, E17, EF = load_2025(), sponsors_2025(), load_2017(), load_fosdem()
SAT, FRI, SUN, THU, WED = "2025-05-17", "2025-05-16", "2025-05-18", "2025-05-15", "2025-05-14"
FSAT, FSUN = "2026-01-31", "2026-02-01"
TALKY = ("talk", "charla")
# PyCon 2025 "what's on": any kind but the desk notices; its "about" page as plain text (venue facts).
NOT_NOTICE = tuple(sorted({e["kind"] for e in E25} - {"info"}))
ABOUT = _plain(json.loads((REPO / "data/pycon-us-2025/conference.json").read_text())["conference"]["content"]["about"])


def about(pattern):
    """The first group of ``pattern`` in PyCon 2025's about page (asserted found)."""
    m = re.search(pattern, ABOUT)
    assert m, pattern
    return m.group(1)


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def key(title, words=5):
    """A recognisable, normalisation-proof part of a title: its first words, up to `words` words
    of three letters or more ("what s new in the linux" rather than "what s new in the")."""
    out, real = [], 0
    for w in norm(title).split():
        out.append(w)
        real += len(w) >= 3
        if real >= min(words, 4) and len(out) >= 3 or len(out) >= words + 3:
            break
    return " ".join(out)


def uniq(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def sel(evs, kind=None, day=None, room=None, track=None, pred=None):
    kinds = (kind,) if isinstance(kind, str) else kind
    r = []
    for e in evs:
        if kinds and e["kind"] not in kinds:
            continue
        if day and e["day"] != day:
            continue
        if room and e["room"] != room:
            continue
        if track and e["track"] != track:
            continue
        if pred and not pred(e):
            continue
        r.append(e)
    r.sort(key=lambda e: (e["day"] or "", e["start"] or "", e["room"] or ""))
    return r


def starting(evs, hm, **kw):
    return sel(evs, pred=lambda e: e["start"] == hm, **kw)


def running(evs, hm, **kw):
    return sel(evs, pred=lambda e: e["start"] and e["start"] <= hm < e["end"], **kw)


def at(evs, hm, **kw):
    """'At T': what starts at T; if nothing does, what is running then."""
    return starting(evs, hm, **kw) or running(evs, hm, **kw)


def titles(evs, words=5):
    r = uniq([key(e["title"], words) for e in evs if norm(e["title"]) != norm(e["kind"])])
    assert r, "expected events, found none"
    return r


def by_speaker(evs, name):
    n = norm(name)
    return [e for e in evs if any(n in norm(s) for s in e["speakers"])]


def by_title(evs, word):
    return [e for e in evs if re.search(r"\b" + re.escape(word.lower()), e["title"].lower())]


def one(evs):
    assert len(evs) == 1, [e["title"] for e in evs]
    return evs[0]


def absent_person(evs, name):
    n = norm(name)
    assert not any(n in norm(s) for e in evs for s in e["speakers"]), name
    assert not any(n in norm(e["title"]) for e in evs), name
    return name


def absent_topic(evs, word, sponsors=(), titles_only=False):
    w = norm(word)
    pat = re.compile(r"\b" + re.escape(w))
    for e in evs:
        assert not pat.search(norm(e["title"])), (word, e["title"])
        assert titles_only or not pat.search(norm(e["descr"])), (word, e["title"])
    for s in sponsors:
        assert not pat.search(norm(s["name"])), word
    return word


def absent_sponsor(name):
    n = norm(name)
    assert not any(re.search(r"\b" + n + r"\b", norm(s["name"])) for s in SP25), name
    return name


def absent_room(evs, room):
    n = norm(room)
    assert not any(norm(e["room"] or "") == n or n in norm(e["room"] or "") for e in evs), room
    return room


def sponsor(name):
    r = [s for s in SP25 if norm(name) in norm(s["name"])]
    assert len(r) == 1, (name, r)
    return r[0]


def booth_of(number):
    r = [s for s in SP25 if str(s["booth"]) == str(number)]
    assert len(r) == 1, (number, r)
    return r[0]


NUMW = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def words(n):
    if n < 20:
        return NUMW[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + NUMW[n % 10])
    return NUMW[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))


def count_forms(n):
    return [str(n), words(n)]


def mins(e):
    h1, m1 = map(int, e["start"].split(":"))
    h2, m2 = map(int, e["end"].split(":"))
    return (h2 * 60 + m2) - (h1 * 60 + m1)


def dur_forms(n):
    """Ways an answer may say a duration of n minutes ("45 minutes", "3 hours and 45 minutes", ...)."""
    f = [f"{n} minutes", f"{words(n)} minutes", f"{n} min", f"{n} mins"]
    h, m = divmod(n, 60)
    if h:
        hw = [str(h), words(h)] + (["an"] if h == 1 else [])
        unit = "hour" if h == 1 else "hours"
        if m == 0:
            f += [f"{x} {unit}" for x in hw]
        else:
            for x in hw:
                for y in (str(m), words(m)):
                    f += [f"{x} {unit} {y}", f"{x} {unit} and {y}"]
            f.append(f"{h}h{m:02d}")
            if m == 30:
                f += [f"{x} and a half hours" for x in (str(h), words(h))] + (["an hour and a half"] if h == 1 else [])
    if n == 30:
        f += ["half an hour", "half hour"]
    if n == 45:
        f += ["three quarters of an hour"]
    return f


def T(sentences, expect="answer", cat="misc", answer=None, any_=None, times=None, no=None, now=None, mn=None):
    if isinstance(sentences, str):
        sentences = [sentences]
    c = {"sentences": sentences, "expect": expect}
    if now:
        c["now"] = now
    if answer:
        c["answer"] = uniq(answer)
    if any_:
        c["answer_any"] = uniq(any_)
        if mn:
            c["answer_min"] = mn
    if times:
        c["times"] = uniq(times)
    if no:
        c["not_answer"] = uniq(no)
    c["category"] = cat
    return c


def turn(say, expect="answer", answer=None, any_=None, times=None, no=None, mn=None):
    t = {"say": say, "expect": expect}
    if answer:
        t["answer"] = uniq(answer)
    if any_:
        t["answer_any"] = uniq(any_)
        if mn:
            t["answer_min"] = mn
    if times:
        t["times"] = uniq(times)
    if no:
        t["not_answer"] = uniq(no)
    return t


def D(name, *turns, now=None):
    d = {"name": name, "turns": list(turns)}
    if now:
        d["now"] = now
    return d


def froom(e):
    """A FOSDEM room without its nickname: 'UA2.220 (Guillissen)' -> 'ua2 220'."""
    return norm(e["room"].split(" (")[0])



def surname(name):
    """What any answer naming this speaker must contain: 'Cory Doctorow' -> 'Doctorow', 'Dr. Kari L. Jordan' ->
    'Jordan', 'The Marshall Project' -> 'Marshall Project' (an answer may drop first names, titles, 'The')."""
    w = name.split()
    return " ".join(w[1:]) if w[0] == "The" else w[-1]
