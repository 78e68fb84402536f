"""FOSDEM 2026 (imported frab XML; now Saturday 2026-01-31 10:00) and PyCon US 2017 (now Saturday
2017-05-20 10:00) questions and dialogues for blind set 5; expectations computed from the data."""
from blindkit.helpers import (
    E17,
    EF,
    FSAT,
    FSUN,
    D,
    T,
    absent_person,
    absent_room,
    absent_topic,
    at,
    by_speaker,
    by_title,
    count_forms,
    dur_forms,
    froom,
    mins,
    norm,
    one,
    sel,
    starting,
    titles,
    turn,
)


def _trk(track, day=None):
    return sel(EF, track=track, day=day)


def _fsp(name):
    evs = by_speaker(EF, name)
    assert evs, name
    return evs


def fosdem():
    py = _trk("Python")
    rust, go = _trk("Rust"), _trk("Go")
    janson11 = at(EF, "11:00", day=FSAT, room="Janson")
    k1105_sat = sel(EF, day=FSAT, room="K.1.105 (La Fontaine)")
    lameere_sat = sel(EF, day=FSAT, room="UB2.252A (Lameere)")
    guill = sel(EF, day=FSAT, room="UA2.220 (Guillissen)")
    quiz = one(by_title(EF, "big fosdem quiz"))
    closing = one(by_title(EF, "closing fosdem"))
    welcome = one(by_title(EF, "welcome to fosdem"))
    coffee = one(_fsp("jacob coffee"))
    stenberg = one(_fsp("stenberg"))
    steinhardt = one(_fsp("steinhardt"))
    lemburg = _fsp("lemburg")
    leah = one(_fsp("leah rowe"))
    ledru = one(_fsp("ledru"))
    mcquaid = _fsp("mcquaid")
    jarmul = one(_fsp("jarmul"))
    potiuk = one(_fsp("potiuk"))
    eyskens = _fsp("eyskens")
    hooshyari = one(_fsp("hooshyari"))
    lawall = one(_fsp("julia lawall"))
    brauner = one(_fsp("brauner"))
    at11 = at(EF, "11:00", day=FSAT)
    at3_sun = at(EF, "15:00", day=FSUN)
    c = "fosdem"
    tests = [
        T(["what's on in the rust devroom", "rust devroom schedule", "what talks are in the rust track"],
          cat=c + "/track", any_=titles(rust)),
        T(["what's in the python track", "the python devroom please", "python talks at fosdem"],
          cat=c + "/track", any_=titles(py)),
        T(["what's on in the go devroom", "go devroom talks", "the go track on sunday"], cat=c + "/track",
          any_=titles(go)),
        T(["databases devroom", "what's in the database track today"], cat=c + "/track",
          any_=titles(_trk("Databases"))),
        T(["what's on in the kernel devroom", "kernel track tomorrow"], cat=c + "/track",
          any_=titles(_trk("Kernel"))),
        T(["nix and nixos devroom", "what's in the nix track"], cat=c + "/track",
          any_=titles(_trk("Nix and NixOS"))),
        T(["what's on in the security devroom", "security track talks"], cat=c + "/track",
          any_=titles(_trk("Security"))),
        T(["main track today", "what's on the main track on saturday"], cat=c + "/track",
          any_=titles(_trk("Main Track", FSAT))),
        T(["what's on the main track this morning", "main track talks before lunch"], cat=c + "/track",
          any_=titles([e for e in _trk("Main Track", FSAT) if e["start"] < "12:00"])),
        T(["when does the python devroom start", "first talk in the python track"], cat=c + "/track_when",
          times=[py[0]["start"]]),
        T(["how many talks are in the rust devroom", "how many rust talks are there"], cat=c + "/count",
          any_=count_forms(len(rust))),
        T(["what's in janson at eleven", "janson at 11", "what is on in janson at eleven o'clock"],
          cat=c + "/room_time", any_=titles(janson11)),
        T(["what's in k.1.105 today", "what's on in k 1 105", "la fontaine room today"], cat=c + "/room",
          any_=titles(k1105_sat)),
        T(["what is in k.1.105 at two", "k one one oh five at 2 pm"], cat=c + "/room_time",
          any_=titles(at(EF, "14:00", day=FSAT, room="K.1.105 (La Fontaine)"))),
        T(["what's in ub2.252a this afternoon", "lameere this afternoon"],
          cat=c + "/room", any_=titles([e for e in lameere_sat if e["start"] >= "12:00"])),
        T(["what's on in lameere today", "ub2.252a schedule"], cat=c + "/room", any_=titles(lameere_sat)),
        T(["what's in ub2.252a (lameere) at four", "lameere at 4"], cat=c + "/room_time",
          any_=titles(at(EF, "16:00", day=FSAT, room="UB2.252A (Lameere)"))),
        T(["what's in guillissen at five", "ua2.220 at five pm"], cat=c + "/room_time",
          any_=titles(at(EF, "17:00", day=FSAT, room="UA2.220 (Guillissen)"))),
        T(["what's on in ua2.220 today", "guillissen room today"], cat=c + "/room", any_=titles(guill)),
        T(["what's in h.2215 at noon", "ferrer at twelve"], cat=c + "/room_time",
          any_=titles(at(EF, "12:00", day=FSAT, room="H.2215 (Ferrer)"))),
        T(["what's in ua2.114 tomorrow at eleven", "baudoux room sunday at 11"], cat=c + "/room_time",
          any_=titles(at(EF, "11:00", day=FSUN, room="UA2.114 (Baudoux)"))),
        T(["what talks are at eleven", "anything at 11 am", "talks at eleven o'clock"], cat=c + "/time",
          any_=titles(at11)),
        T(["what's on tomorrow at three", "talks on sunday at 3 pm"], cat=c + "/time", any_=titles(at3_sun)),
        T(["when is the fosdem quiz", "what time is the big fosdem quiz"], cat=c + "/when", times=[quiz["start"]]),
        T(["where is the quiz", "which room is the fosdem quiz in"], cat=c + "/where", answer=[quiz["room"]]),
        T(["when is the closing of fosdem", "what time does fosdem close on sunday"], cat=c + "/when",
          times=[closing["start"]]),
        T(["when was welcome to fosdem 2026", "what time is the welcome to fosdem"], cat=c + "/when",
          times=[welcome["start"]]),
        T(["when is jacob coffee speaking", "jacob coffee's talk"], cat=c + "/speaker", times=[coffee["start"]]),
        T(["when does daniel stenberg speak", "what time is stenberg's talk"], cat=c + "/speaker",
          times=[stenberg["start"]]),
        T(["where is patrick steinhardt's talk", "which room is steinhardt in"], cat=c + "/speaker_where",
          answer=[steinhardt["room"]]),
        T(["what is marc-andré lemburg doing", "marc andre lemburg talks"], cat=c + "/speaker",
          any_=titles(lemburg)),
        T(["when is leah rowe's talk", "leah rowe libreboot when"], cat=c + "/speaker", times=[leah["start"]]),
        T(["where does sylvestre ledru speak", "sylvestre ledru room"], cat=c + "/speaker_where",
          answer=[froom(ledru)]),
        T(["what's mike mcquaid talking about", "mike mcquaid's talk"], cat=c + "/speaker", any_=titles(mcquaid)),
        T(["when is katharine jarmul", "katharine jarmul's talk time"], cat=c + "/speaker",
          times=[jarmul["start"]]),
        T(["when is jarek potiuk speaking", "what is jarek potiuk talking about"], cat=c + "/speaker",
          any_=titles([potiuk])),
        T(["what is maartje eyskens presenting", "maartje eyskens talks"], cat=c + "/speaker",
          any_=titles(eyskens)),
        T(["when is the talk about ty", "type checking python in rust talk"], cat=c + "/topic",
          times=[hooshyari["start"]]),
        T(["where is julia lawall's talk", "julia lawall room"], cat=c + "/speaker_where", answer=[froom(lawall)]),
        T(["when is vfs news", "christian brauner's talk when"], cat=c + "/when", times=[brauner["start"]]),
        T(["is there a talk about duckdb", "anything on duck db"], cat=c + "/topic",
          any_=titles(by_title(EF, "duckdb"))),
        T(["any talks about mastodon", "mastodon talk"], cat=c + "/topic", any_=titles(by_title(EF, "mastodon"))),
        T(["is there a talk about libreoffice", "anything on office suites"], cat=c + "/topic",
          any_=titles(by_title(EF, "office suites") + by_title(EF, "libreoffice"))),
        T(["talks about postgres", "anything about postgresql"], cat=c + "/topic",
          any_=titles(by_title(EF, "postgres"))),
        T(["is there a talk on risc-v", "risc v talks"], cat=c + "/topic", any_=titles(by_title(EF, "risc"))),
        T(["how long is the fosdem quiz", "how long does the quiz last"], cat=c + "/how_long",
          any_=dur_forms(mins(quiz))),
        T(["how long is daniel stenberg's talk", "stenberg talk length"], cat=c + "/how_long",
          any_=dur_forms(mins(stenberg))),
        T(["who is speaking in janson at eleven", "who's on in janson at 11"], cat=c + "/who",
          any_=[s.split()[-1] for e in janson11 for s in e["speakers"]]),
        T(["who gives the talk about gitoxide", "who talks about taming git complexity"], cat=c + "/who",
          answer=[one(by_title(EF, "gitoxide"))["speakers"][0]]),
        T(["what's next in janson", "next talk in janson"], cat=c + "/next",
          any_=titles(sel(EF, day=FSAT, room="Janson", pred=lambda e: e["start"] >= "10:00")[:2])),
        T(["what's the last talk in the python devroom", "last python talk today"], cat=c + "/position",
          any_=titles(py[-1:]), times=[py[-1]["start"]]),
        T(["what's the second talk in the rust devroom", "second rust talk"], cat=c + "/position",
          any_=titles(rust[1:2])),
    ]
    for p in ("Guido van Rossum", "Linus Torvalds", "Ada Lovelace"):
        absent_person(EF, p)
    for w in ("knitting", "cobol", "sourdough"):
        absent_topic(EF, w, titles_only=True)
    assert not any(e["track"] and norm(e["track"]) == "php" for e in EF)
    absent_room(EF, "K.9.999")
    assert not sel(EF, day="2026-02-02")
    tests.append(T(["is guido van rossum speaking at fosdem", "when does linus torvalds talk",
                    "is ada lovelace giving a talk", "is there a talk about knitting", "cobol talks",
                    "anything on sourdough", "what's in room k.9.999", "what talks are on monday"],
                   "no", c + "/not_on_schedule"))
    return tests


def fosdem_dialogues():
    rust = _trk("Rust")
    py = _trk("Python")
    k1105 = sel(EF, day=FSAT, room="K.1.105 (La Fontaine)")
    j11 = at(EF, "11:00", day=FSAT, room="Janson")
    j12 = at(EF, "12:00", day=FSAT, room="Janson")
    coffee = one(_fsp("jacob coffee"))
    ld = at(EF, "14:00", day=FSAT, room="UB2.252A (Lameere)")
    return [
        D("fosdem: janson at eleven then twelve",
          turn("what's in janson at eleven", any_=titles(j11)),
          turn("what about twelve?", any_=titles(j12))),
        D("fosdem: jacob coffee where and how long",
          turn("when is jacob coffee's talk", times=[coffee["start"]]),
          turn("where is that?", answer=[froom(coffee)]),
          turn("how long is it?", any_=dur_forms(mins(coffee)))),
        D("fosdem: rust devroom and when it starts",
          turn("what's on in the rust devroom", any_=titles(rust)),
          turn("when does it start", times=[rust[0]["start"]])),
        D("fosdem: lameere at two, then python track",
          turn("what's in lameere at two", any_=titles(ld)),
          turn("and the python devroom?", any_=titles(py))),
        D("fosdem: main track tomorrow",
          turn("what's in janson tomorrow morning",
               any_=titles(sel(EF, day=FSUN, room="Janson", pred=lambda e: e["start"] < "12:00"))),
          turn("and after that?", any_=titles(sel(EF, day=FSUN, room="Janson",
                                                   pred=lambda e: "10:00" <= e["start"] <= "13:00")))),
        D("fosdem: first talk in la fontaine, then who",
          turn("first talk in k.1.105 today", any_=titles(k1105[:1])),
          turn("who is giving it", any_=[s.split()[-1] for s in k1105[0]["speakers"]])),
    ]


def pycon2017():
    sat = "2017-05-20"
    at1050 = starting(E17, "10:50", kind="talk", day=sat)
    kn = sel(E17, kind="keynote")
    auction = one(by_title(E17, "charity auction"))
    cannon = one(by_speaker(E17, "brett cannon"))
    hett = one(by_speaker(E17, "hettinger"))
    rhodes = one(by_speaker(E17, "brandon rhodes"))
    root = one(by_speaker(E17, "lynn root"))
    sweig = one(sel(by_speaker(E17, "sweigart"), kind="talk"))
    vdp = one(sel(by_speaker(E17, "vanderplas"), kind="talk"))
    hightower = one(by_speaker(E17, "hightower"))
    trey = by_speaker(E17, "trey hunner")
    tut_wed = sel(E17, kind="tutorial", day="2017-05-17")
    sat_talks = sel(E17, kind="talk", day=sat)
    sprints = sel(E17, kind="sprint")
    at3 = at(E17, "15:15", kind="talk", day=sat)
    sun_113 = starting(E17, "13:10", kind="talk", day="2017-05-21")
    c = "pycon2017"
    for p in ("Linus Torvalds", "Ada Lovelace", "Grace Hopper"):
        absent_person(E17, p)
    for w in ("knitting", "kotlin", "webassembly"):
        absent_topic(E17, w, titles_only=True)
    absent_room(E17, "Room 999")
    assert not sel(E17, day="2017-06-03")
    return [
        T(["what talks are at ten fifty", "talks at 10:50", "anything at ten fifty"], cat=c + "/time",
          any_=titles(at1050)),
        T(["who are the keynote speakers", "keynotes this year"], cat=c + "/kind",
          any_=[s.split()[-1] for e in kn for s in e["speakers"]], mn=2),
        T(["who is the keynote tomorrow", "sunday keynote"], cat=c + "/kind", answer=["hightower"]),
        T(["when is the pyladies auction", "what time is the charity auction"], cat=c + "/when",
          times=[auction["start"]]),
        T(["when is brett cannon speaking", "brett cannon's talk"], cat=c + "/speaker", times=[cannon["start"]]),
        T(["what is raymond hettinger talking about", "raymond hettinger's talk"], cat=c + "/speaker",
          any_=titles([hett])),
        T(["where is brandon rhodes's talk", "which room is brandon rhodes in"], cat=c + "/speaker_where",
          answer=[norm(rhodes["room"])]),
        T(["when is lynn root speaking", "lynn root talk time"], cat=c + "/speaker", times=[root["start"]]),
        T(["when is al sweigart's talk", "the regular expressions talk"], cat=c + "/speaker",
          times=[sweig["start"]]),
        T(["when does jake vanderplas talk", "visualization landscape talk"], cat=c + "/speaker",
          times=[vdp["start"]]),
        T(["what is trey hunner doing", "trey hunner's tutorials and talks"], cat=c + "/speaker",
          any_=titles(trey)),
        T(["how long is kelsey hightower's keynote", "hightower keynote how long"], cat=c + "/how_long",
          any_=dur_forms(mins(hightower))),
        T(["what tutorials are on wednesday", "wednesday tutorials"], cat=c + "/kind_day", any_=titles(tut_wed)),
        T(["how many talks are there today", "number of talks today"], cat=c + "/count",
          any_=count_forms(len(sat_talks))),
        T(["when are the sprints", "what days are the development sprints"], cat=c + "/kind",
          any_=["development sprints"], times=[sprints[0]["start"]]),
        T(["what talks are at three fifteen", "talks at quarter past three"], cat=c + "/time", any_=titles(at3)),
        T(["what talks are on sunday at one ten", "sunday 1:10 talks"], cat=c + "/time", any_=titles(sun_113)),
        T(["is there a talk about datetime", "anything on datetime"], cat=c + "/topic",
          any_=titles(by_title(E17, "datetime"))),
        T(["talks about cython", "is there a cython talk"], cat=c + "/topic", any_=titles(by_title(E17, "cython"))),
        T(["anything on asyncio", "asyncio talks"], cat=c + "/topic",
          any_=titles(by_title(E17, "asyncio") + by_title(E17, "async"))),
        T(["is lukasz langa speaking", "when is lukasz langa's talk"], cat=c + "/speaker",
          times=[one(by_speaker(E17, "ukasz langa"))["start"]]),
        T(["is there a talk about unicode", "unicode talks"], cat=c + "/topic",
          any_=titles(by_title(E17, "unicode"))),
        T(["is linus torvalds speaking", "is ada lovelace giving a talk", "grace hopper keynote",
           "is there a talk about knitting", "kotlin talks", "webassembly talk", "what's in room 999",
           "what talks are on june 3rd"], "no", c + "/not_on_schedule"),
    ]


def dialogues_2017():
    sat = "2017-05-20"
    return [
        D("2017: ten fifty then eleven thirty",
          turn("what talks are at ten fifty", any_=titles(starting(E17, "10:50", kind="talk", day=sat))),
          turn("what about eleven thirty?", any_=titles(starting(E17, "11:30", kind="talk", day=sat)))),
    ]
