"""PyCon US 2025 questions for blind set 6 (now: Saturday 2025-05-17 10:00 unless a case says).

Spoken-style sentences written by hand from data/pycon-us-2025/conference.json only (never from Booth's
templates); every expected title, room, speaker, time, count, duration, booth and venue fact is computed
from the data, and every "not on the schedule" name, topic, sponsor, room or day is asserted absent.
"""
import re

from blindkit.helpers import (
    ABOUT,
    E25,
    FRI,
    NOT_NOTICE,
    SAT,
    SP25,
    SUN,
    WED,
    T,
    about,
    absent_person,
    absent_room,
    absent_sponsor,
    absent_topic,
    at,
    booth_of,
    by_speaker,
    by_title,
    count_forms,
    dur_forms,
    key,
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



def spk(name):
    evs = by_speaker(E25, name)
    assert evs, name
    return evs


def win(day, lo, hi, kind=NOT_NOTICE, room=None):
    """Events of a kind starting in [lo, hi] on a day (optionally in a room)."""
    return sel(E25, kind=kind, day=day, room=room, pred=lambda e: lo <= e["start"] <= hi)


def tkeys(evs):
    """Title keys of events; a bare kind-named entry ("Break", "Lightning Talks") by its own name."""
    out = []
    for e in evs:
        out += titles([e]) if key(e["title"]) != key(e["kind"]) else [key(e["title"])]
    return uniq(out)


def only(evs):
    return tkeys([one(evs)])


def rx(pattern, day=None, kind=None):
    return sel(E25, day=day, kind=kind, pred=lambda e: re.search(pattern, e["title"], re.I))


def times_now():
    c = []
    # what is on at a time, said the way people say times (today = Saturday)
    c.append(T("what's on at two thirty?", cat="time", any_=tkeys(at(E25, "14:30", day=SAT, kind=NOT_NOTICE))))
    c.append(T("um, anything going on around three?", cat="time",
               any_=tkeys(starting(E25, "15:00", day=SAT, kind=NOT_NOTICE) + starting(E25, "15:15", day=SAT, kind=NOT_NOTICE))))
    c.append(T("hey, what's happening at noon today, anything good?", cat="time", any_=tkeys(at(E25, "12:00", day=SAT, kind=NOT_NOTICE))))
    c.append(T("um so what's on at 11 this morning", cat="time",
               any_=tkeys(starting(E25, "11:00", day=SAT, kind=NOT_NOTICE) + running(E25, "11:00", day=SAT, kind=NOT_NOTICE))))
    c.append(T("which talks are on at four fifteen?", cat="time",
               any_=tkeys(starting(E25, "16:15", day=SAT, kind=TALKISH))))
    c.append(T("so what's on right now, anything I can walk into?", cat="time", any_=tkeys(running(E25, "10:00", day=SAT, kind=NOT_NOTICE))))
    c.append(T("okay what's next", cat="time",
               any_=tkeys(starting(E25, "10:05", day=SAT, kind=NOT_NOTICE) + starting(E25, "10:30", day=SAT, kind=NOT_NOTICE))))
    lunch = one(sel(E25, kind="meal", day=SAT))
    c.append(T("what's on after lunch, anything interesting I should see?", cat="time",
               any_=tkeys([e for e in win(SAT, "13:30", lunch["end"]) if e is not lunch])))
    c.append(T("anything good this evening?", cat="time", any_=tkeys(win(SAT, "17:00", "23:00"))))
    c.append(T("is there anything going on tonight after the talks", cat="time", any_=tkeys(win(SAT, "17:45", "23:00"))))
    c.append(T("what's on at quarter past three", cat="time", any_=tkeys(starting(E25, "15:15", day=SAT, kind=NOT_NOTICE))))
    c.append(T("what's on at 5 pm, I've got a free hour", cat="time", any_=tkeys(starting(E25, "17:00", day=SAT, kind=NOT_NOTICE))))
    c.append(T("so what's on at nine tomorrow morning?", cat="time_day",
               answer=[surname(one(starting(E25, "09:00", day=SUN, kind=NOT_NOTICE))["speakers"][0])]))
    c.append(T("what was on yesterday at three thirty", cat="time_day",
               any_=tkeys(starting(E25, "15:30", day=FRI, kind=NOT_NOTICE))))
    c.append(T("and what's happening on sunday at one?", cat="time_day", any_=tkeys(starting(E25, "13:00", day=SUN, kind=NOT_NOTICE))))
    c.append(T("what's on on Sunday May 18th at two thirty", cat="time_day",
               any_=tkeys(starting(E25, "14:30", day=SUN, kind=NOT_NOTICE))))
    c.append(T("what time's the very last talk today?", cat="time_day",
               times=[max(e["start"] for e in sel(E25, kind=TALKISH, day=SAT))]))
    return c


def kinds():
    c = []
    lunch_sat = one(sel(E25, kind="meal", day=SAT))
    lunch_sun = one(sel(E25, kind="meal", day=SUN))
    c.append(T("what time's lunch?", cat="meal", times=[lunch_sat["start"]]))
    c.append(T("sorry, when's lunch tomorrow?", cat="meal", times=[lunch_sun["start"]]))
    c.append(T("where's lunch", cat="meal", answer=[lunch_sat["room"]]))
    c.append(T("when's the next coffee break, I really need one", cat="break",
               times=[sel(E25, kind="break", day=SAT, pred=lambda e: e["start"] > "10:00")[0]["start"]]))
    c.append(T("what time is the afternoon coffee break today", cat="break",
               times=[sel(E25, kind="break", day=SAT, pred=lambda e: e["start"] >= "12:00")[0]["start"]]))
    keys = sel(E25, kind="keynote")
    c.append(T("who's doing the keynote that's on right now?", cat="keynote",
               answer=[surname(one(running(E25, "10:00", day=SAT, kind="keynote"))["speakers"][0])]))
    c.append(T("um, who gave the keynote yesterday morning", cat="keynote",
               answer=[surname(one(sel(E25, kind="keynote", day=FRI))["speakers"][0])]))
    c.append(T("who's the keynote speaker on sunday afternoon?", cat="keynote",
               answer=[surname(one(sel(E25, kind="keynote", day=SUN, pred=lambda e: e["start"] >= "12:00"))["speakers"][0])]))
    c.append(T("how many keynotes are there this year?", cat="count", any_=count_forms(len(keys))))
    lt = sel(E25, kind="lightning-talks", day=SAT, pred=lambda e: e["start"] > "10:00")
    c.append(T("what time do the lightning talks start tonight?", cat="lightning", times=[one(lt)["start"]]))
    c.append(T("where do they hold the lightning talks", cat="lightning", answer=[one(lt)["room"]]))
    posters = sel(E25, kind="poster")
    c.append(T("when's the poster session, is it tomorrow?", cat="poster", times=[posters[0]["start"]]))
    c.append(T("where are the posters?", cat="poster", answer=[one(uniq([e["room"] for e in posters]))]))
    real = [e for e in posters if e["title"] != "Posters Session"]
    c.append(T("how many posters are there going to be", cat="count", any_=count_forms(len(real)) + count_forms(len(posters))))
    c.append(T("I missed wednesday, what tutorials were there?", cat="tutorial", any_=titles(sel(E25, kind="tutorial", day=WED))))
    tut = sel(E25, kind="tutorial")
    c.append(T("how long are the tutorials?", cat="how_long", any_=dur_forms(one(uniq([mins(e) for e in tut])))))
    sw = sel(E25, kind="sponsor-workshop")
    c.append(T("which sponsor workshops were there on thursday", cat="sponsor_workshop", any_=titles(sw)))
    c.append(T("are there any open spaces this afternoon I could join?", cat="open_space",
               any_=titles(win(SAT, "12:00", "17:59", kind="open-space"))))
    c.append(T("what open spaces are going on right now", cat="open_space",
               any_=titles(running(E25, "10:00", day=SAT, kind="open-space"))))
    c.append(T("are there any talks in spanish today?", cat="charla", any_=titles(sel(E25, kind="charla", day=SAT))))
    c.append(T("are there any summits happening today", cat="summit", any_=titles(sel(E25, kind="summit", day=SAT))))
    pk = one(rx(r"^Packaging Summit"))
    c.append(T("hi, when's the packaging summit?", cat="summit", times=[pk["start"]]))
    c.append(T("what time does the packaging summit end", cat="when_end", times=[pk["end"]]))
    auc = one(rx(r"PyLadies Auction"))
    c.append(T("what time does the pyladies auction start?", cat="event", times=[auc["start"]]))
    c.append(T("where is the pyladies auction being held tonight", cat="event", answer=[auc["room"]]))
    jf = rx(r"^Job Fair")
    c.append(T("when's the job fair, I'm kind of looking", cat="event", times=[one(uniq([e["start"] for e in jf]))]))
    ms = one(rx(r"^Mentored Sprints"))
    c.append(T("where are the mentored sprints this afternoon", cat="event", answer=[ms["room"]]))
    return c


def topics():
    c = []
    c.append(T("anything about rust?", cat="topic", any_=titles(by_title(E25, "rust"))))
    c.append(T("is there a talk on testing anywhere", cat="topic", any_=titles(by_title(E25, "test"))))
    c.append(T("um, anything on asyncio?", cat="topic", answer=only(by_title(E25, "asyncio"))))
    c.append(T("talks about GPUs", cat="topic", any_=titles(by_title(E25, "gpu"))))
    c.append(T("I'm a django person, is there anything on django?", cat="topic", any_=titles(by_title(E25, "django"))))
    c.append(T("is there anything about type hints or typing", cat="topic", any_=titles(rx(r"\btyp(e|es|ing)\b"))))
    c.append(T("so is there anything about python packaging this year?", cat="topic", any_=titles(by_title(E25, "packag"))))
    c.append(T("anything on security, like supply chain stuff?", cat="topic", any_=titles(by_title(E25, "secur"))))
    c.append(T("are there any talks about data visualization?", cat="topic", any_=titles(by_title(E25, "visuali"))))
    c.append(T("is there a talk about working with audio", cat="topic", any_=titles(by_title(E25, "audio"))))
    c.append(T("anything on LLMs?", cat="topic", any_=titles(by_title(E25, "llm"))))
    c.append(T("are there any talks on free threading or the GIL", cat="topic", any_=titles(rx(r"free.?thread|gil\b"))))
    c.append(T("my kid loves chess, is there anything about chess?", cat="topic", answer=only(by_title(E25, "chess"))))
    c.append(T("I heard there's a talk about honeybees, is that right?", cat="topic", answer=only(by_title(E25, "honeybee"))))
    c.append(T("is there anything on webassembly this year", cat="topic", any_=titles(by_title(E25, "webassembly"))))
    c.append(T("is there a rust talk or anything like that today?", cat="topic_day", any_=titles(by_title(sel(E25, day=SAT), "rust"))))
    te = one(by_title(sel(E25, day=SUN), "test"))  # a bare "Testing!": its time too, or "testing" alone would pass
    c.append(T("anything about testing tomorrow?", cat="topic_day", answer=titles([te]), times=[te["start"]]))
    return c


def speakers():
    c = []
    la = [e for e in spk("langa") if e["day"] >= SAT]
    c.append(T("when is lukasz langa speaking today, do you know?", cat="speaker_when", times=[one(la)["start"]]))
    hy = one(spk("hynek"))
    c.append(T("where can I see Hynek's talk", cat="speaker_where", answer=[hy["room"]]))
    gl = one(spk("glyph"))
    c.append(T("when's Glyph's talk?", cat="speaker_when", times=[gl["start"]]))
    bs = one(spk("brett slatkin"))
    c.append(T("where's Brett Slatkin giving his talk this afternoon", cat="speaker_where", answer=[bs["room"]]))
    c.append(T("what's Pablo Galindo talking about this year?", cat="speaker_what", any_=titles(spk("pablo galindo"))))
    c.append(T("what time does Brandt Bucher speak today", cat="speaker_when", times=[one(spk("brandt bucher"))["start"]]))
    c.append(T("is Simon Willison giving anything this year?", cat="speaker_what", any_=titles(spk("simon willison"))))
    rk = [e for e in spk("russell keith") if e["day"] == SAT]
    c.append(T("when's russell keith magee on today", cat="speaker_when", times=[one(rk)["start"]]))
    c.append(T("hi, when's zac hatfield dodds giving his talk?", cat="speaker_when", times=[one(spk("hatfield"))["start"]]))
    c.append(T("what's Pamela Fox presenting at the conference", cat="speaker_what", any_=titles(spk("pamela fox"))))
    c.append(T("what time is William Woodruff's talk?", cat="speaker_when", times=[one(spk("woodruff"))["start"]]))
    c.append(T("is Al Sweigart speaking this year, I love his books", cat="speaker_what", answer=only(spk("sweigart"))))
    # who
    c.append(T("who's talking in hall c at two thirty?", cat="who",
               answer=[surname(one(starting(E25, "14:30", day=SAT, room="Hall C"))["speakers"][0])]))
    asy = one(by_title(E25, "asyncio"))
    c.append(T("who's giving the asyncio talk this afternoon", cat="who", any_=[surname(s) for s in asy["speakers"]]))
    c.append(T("who's doing the JIT talk?", cat="who", answer=[surname(one(by_title(E25, "jit"))["speakers"][0])]))
    c.append(T("who's the one talking about the linux kernel", cat="who",
               answer=[surname(one(by_title(E25, "what's new in the linux"))["speakers"][0])]))
    c.append(T("who's doing the F1 talk?", cat="who", answer=[surname(one(rx(r"\bF1\b"))["speakers"][0])]))
    return c


def rooms():
    c = []
    c.append(T("what's in room 317 right now?", cat="room", now="2025-05-17T10:45",
               answer=only(running(E25, "10:45", day=SAT, room="Room 317"))))
    c.append(T("what's happening in hall c this afternoon?", cat="room",
               any_=tkeys(win(SAT, "12:00", "18:00", room="Hall C"))))
    c.append(T("what's in ballroom a at one thirty?", cat="room",
               answer=only(starting(E25, "13:30", day=SAT, room="Ballroom A"))))
    c.append(T("what's on next in room 308, please", cat="room",
               any_=tkeys(starting(E25, "10:00", day=SAT, room="Room 308") + starting(E25, "11:00", day=SAT, room="Room 308"))))
    c.append(T("what's in room 316 at eleven?", cat="room", answer=only(starting(E25, "11:00", day=SAT, room="Room 316"))))
    c.append(T("what's going on in hall b tonight", cat="room", any_=tkeys(win(SAT, "17:00", "23:00", room="Hall B"))))
    c.append(T("can you tell me what's in room 320 at one?", cat="room", answer=only(starting(E25, "13:00", day=SAT, room="Room 320"))))
    c.append(T("what's on in ballroom BC right after lunch", cat="room",
               answer=only(starting(E25, "13:45", day=SAT, room="Ballroom BC"))))
    c.append(T("what's going on in room 310 today? is it the spanish track?", cat="room", any_=tkeys(sel(E25, day=SAT, room="Room 310/311"))))
    c.append(T("what's going on in room 321 at four o'clock?", cat="room", answer=only(starting(E25, "16:00", day=SAT, room="Room 321"))))
    c.append(T("what's happening in ballroom A tonight", cat="room", answer=only(win(SAT, "18:00", "23:00", room="Ballroom A"))))
    return c


def asked():
    c = []
    c.append(T("where's the PyXL talk?", cat="where", answer=[one(by_title(E25, "pyxl"))["room"]]))
    f1 = one(rx(r"\bF1\b"))
    c.append(T("where's the F1 talk", cat="where", answer=[f1["room"]]))
    c.append(T("where's the selenium talk with robot framework?", cat="where", answer=[one(by_title(E25, "selenium with"))["room"]]))
    c.append(T("where's that talk on account recovery and PEP 541?", cat="where", answer=[one(rx(r"Account Recovery"))["room"]]))
    jit = one(by_title(E25, "jit"))
    c.append(T("how long is the JIT compiler talk", cat="how_long", any_=dur_forms(mins(jit))))
    c.append(T("and when does the JIT talk end?", cat="when_end", times=[jit["end"]]))
    c.append(T("how long's Glyph's talk, I need to leave early", cat="how_long", any_=dur_forms(mins(one(spk("glyph"))))))
    c.append(T("how long is the lunch break today?", cat="how_long", any_=dur_forms(mins(one(sel(E25, kind="meal", day=SAT))))))
    c.append(T("when does this keynote end", cat="when_end",
               times=[one(running(E25, "10:00", day=SAT, kind="keynote"))["end"]]))
    talks = sel(E25, kind="talk", day=SAT)
    both = sel(E25, kind=TALKISH, day=SAT)
    c.append(T("how many talks are there in total today?", cat="count", any_=count_forms(len(talks)) + count_forms(len(both))))
    c.append(T("how many open spaces are there today", cat="count",
               any_=count_forms(len(sel(E25, kind="open-space", day=SAT)))))
    c.append(T("when's the talk about predicting F1 races?", cat="when", times=[f1["start"]]))
    return c


def sponsors():
    c = []
    for s, name in [("excuse me, where's the bloomberg booth?", "bloomberg"), ("where can I find JetBrains in the expo hall?", "jetbrains"), ("where's the PSF booth?", "python software foundation"), ("um, where's the pyladies booth", "pyladies"),
                    ("is mongodb here? what booth?", "mongodb"), ("where do I find the django software foundation?", "django software foundation"),
                    ("where's AWS", "aws")]:
        c.append(T(s, cat="sponsor_booth", answer=[str(sponsor(name)["booth"])]))
    c.append(T("what company is at booth 509 in the expo hall?", cat="sponsor_booth_owner", answer=[booth_of(509)["name"]]))
    c.append(T("who's at booth 100", cat="sponsor_booth_owner", answer=[booth_of(100)["name"]]))
    vis = [s["name"] for s in SP25 if s["level"] == "Visionary"]
    c.append(T("who are the visionary sponsors this year?", cat="sponsor_level", any_=vis, mn=3))
    c.append(T("what level of sponsor is jetbrains this year", cat="sponsor_level", answer=[sponsor("jetbrains")["level"]]))
    return c


def venue():
    c = []
    c.append(T("hey, what's the wifi password?", cat="venue", answer=[about(r"Password:\s+(\S+)")]))
    c.append(T("is there a quiet room somewhere? where is it?", cat="venue", answer=[about(r"Quiet Room\s+(Room \d+)")]))
    assert "Lost & Found Available at Information Desk" in ABOUT
    c.append(T("um, I lost my badge, where's lost and found?", cat="venue",
               any_=["information desk", about(r"Staff Office \((Room [\d/]+)\)")]))
    c.append(T("where can I check my bag for the day", cat="venue", answer=[about(r"Luggage Check Hours & Location:?\s+(Show Office \w)")]))
    c.append(T("where's registration?", cat="venue", answer=[about(r"Registration Hours & Location:\s+(Concourse \w)")]))
    assert "Lawrence Convention Center" in ABOUT and "Fort Duquesne" in ABOUT
    c.append(T("what time does the expo hall close today?", cat="venue_hours",
               times=[one(sel(E25, kind="info", day=SAT, pred=lambda e: e["title"] == "Expo Hall Closes"))["start"]]))
    c.append(T("what time does the registration desk close today", cat="venue_hours",
               times=[one(sel(E25, kind="info", day=SAT, pred=lambda e: e["title"].startswith("Registration") and "Close" in e["title"]))["start"]]))
    c.append(T("when does swag pickup close, I haven't got my bag yet", cat="venue_hours",
               times=[one(sel(E25, kind="info", day=SAT, pred=lambda e: e["title"] == "Swag Pickup Closes"))["start"]]))
    c.append(T("when can I buy an extra t-shirt", cat="venue_hours",
               times=[one(sel(E25, kind="info", pred=lambda e: "T-shirt Sales" in e["title"] and "Opens" in e["title"]))["start"]]))
    return c


def questions():
    return times_now() + kinds() + topics() + speakers() + rooms() + asked() + sponsors() + venue()


def not_on_schedule():
    c = []
    for s, n in [("when is Guido van Rossum speaking?", "guido van rossum"), ("where's Raymond Hettinger's talk", "hettinger"),
                 ("is Brett Cannon giving a talk?", "brett cannon"), ("when's Carol Willing on", "carol willing")]:
        absent_person(E25, n)
        c.append(T(s, expect="no", cat="absent_person"))
    for s, w in [("anything about kubernetes?", "kubernetes"), ("is there a talk on cobol", "cobol"),
                 ("anything on haskell?", "haskell"), ("is there a kotlin talk", "kotlin"),
                 ("any talks about minecraft?", "minecraft"), ("anything about terraform", "terraform"),
                 ("is there anything on kafka?", "kafka")]:
        absent_topic(E25, w, SP25)
        c.append(T(s, expect="no", cat="absent_topic"))
    for s, n in [("where's the apple booth?", "apple"), ("is IBM here", "ibm"), ("where's the OpenAI booth", "openai")]:
        absent_sponsor(n)
        c.append(T(s, expect="no", cat="absent_sponsor"))
    absent_room(E25, "hall d")
    c.append(T("what's in hall D right now?", expect="no", cat="absent_room"))
    assert not sel(E25, pred=lambda e: e["day"] in ("2025-05-13", "2025-05-20"))  # the Tuesdays either side
    c.append(T("what's on on tuesday", expect="no", cat="absent_day"))
    return c


def out_of_domain():
    s = [
        "what's the weather like in pittsburgh",
        "tell me a joke",
        "can you order me a pizza?",
        "what's two plus two",
        "who won the super bowl?",
        "play some music",
        "how do I reverse a list in python?",
        "what's the stock price of nvidia today",
        "set a timer for five minutes",
        "do you know a good recipe for pierogies?",
        "what's the capital of australia",
        "how tall is mount everest?",
        "translate good morning into french",
        "can you call me an uber",
        "what's the meaning of life?",
        "are you single",
        "sing me a song",
        "how many calories are in a bagel?",
        "who's the president of france",
        "uh can you recommend a good movie?",
    ]
    return [T(x, expect="fallback", cat="out_of_domain") for x in s]
