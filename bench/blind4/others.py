"""FOSDEM 2026 (imported from the frab XML; now Saturday 2026-01-31 10:00) and PyCon US 2017
(now Saturday 2017-05-20 10:00) cases of blind set 4."""
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
    dur_forms,
    froom,
    key,
    mins,
    norm,
    one,
    sel,
    starting,
    titles,
    turn,
)

SAT17 = "2017-05-20"
THU17 = "2017-05-18"


def fr(e):
    """Forms a FOSDEM room may be named by: 'UB2.252A (Lameere)' -> ['ub2 252a', 'lameere']."""
    r = [froom(e)]
    if " (" in e["room"]:
        r.append(norm(e["room"].split(" (")[1]))
    return r


def fosdem():
    F, t = EF, []
    # talks at a time
    for sents, day, hm in [
        (["what talks start at 11 today", "talks at eleven o'clock"], FSAT, "11:00"),
        (["what's on at 15:30 today", "um what talks are on at half past three"], FSAT, "15:30"),
        (["talks at 2:30 on sunday", "what talks are at two thirty tomorrow"], FSUN, "14:30"),
        (["anything at 9 am sunday", "what starts at nine on sunday morning"], FSUN, "09:00"),
    ]:
        t.append(T(sents, cat="talks_at_time", any_=titles(starting(F, hm, day=day)), times=[hm]))
    # a devroom's / track's schedule
    for sents, track in [
        (["what's on in the python devroom", "python devroom schedule please", "talks on the python track"], "Python"),
        (["what's on in the rust developer room", "rust devroom talks"], "Rust"),
        (["go devroom", "what talks are in the go devroom"], "Go"),
        (["kernel devroom talks", "what is in the kernel devroom tomorrow"], "Kernel"),
        (["the databases devroom", "what's on in the databases track"], "Databases"),
        (["what's in the nix devroom", "nix and nixos talks"], "Nix and NixOS"),
        (["robotics devroom schedule", "what is on in the robotics and simulation devroom"], "Robotics and Simulation"),
    ]:
        t.append(T(sents, cat="devroom", any_=titles(sel(F, track=track)), mn=2))
    t.append(T(["main track talks today", "what's on the main track today"], cat="devroom",
               any_=titles(sel(F, track="Main Track", day=FSAT)), mn=2))
    py = sel(F, track="Python")
    t.append(T(["where is the python devroom", "which room is the python devroom in"], cat="devroom_where",
               any_=fr(py[0])))
    t.append(T(["when does the python devroom start", "what time does the python devroom begin"],
               cat="devroom_when", times=[py[0]["start"]]))
    # a room at a time, codes typed and spoken
    for sents, room, day, hm in [
        (["what's in k.1.105 at 11", "k one oh five at eleven"], "K.1.105 (La Fontaine)", FSAT, "11:00"),
        (["K.1.105 at 12:30", "what is on in k 1 105 at twelve thirty"], "K.1.105 (La Fontaine)", FSAT, "12:30"),
        (["UB2.252A at 10:30", "what's in u b two two five two a at ten thirty"], "UB2.252A (Lameere)", FSAT, "10:30"),
        (["what's on in lameere at noon tomorrow", "ub2.252a sunday 12:00"], "UB2.252A (Lameere)", FSUN, "12:00"),
        (["janson at 11", "what's happening in janson at eleven"], "Janson", FSAT, "11:00"),
        (["what's in janson at three tomorrow", "janson sunday 15:00"], "Janson", FSUN, "15:00"),
        (["what's in ua2.114 at 11 on sunday", "baudoux at eleven tomorrow"], "UA2.114 (Baudoux)", FSUN, "11:00"),
        (["what's on in ub5.132 at 10 tomorrow", "u b five one three two at ten sunday"], "UB5.132", FSUN, "10:00"),
    ]:
        t.append(T(sents, cat="room_time", any_=titles(at(F, hm, room=room, day=day))))
    # speakers
    ds = one(by_speaker(F, "Daniel Stenberg"))
    t.append(T(["when does daniel stenberg speak", "daniel stenberg's talk what time"], cat="speaker",
               times=[ds["start"]]))
    jl = one(by_speaker(F, "Julia Lawall"))
    t.append(T(["where is julia lawall's talk", "which room is julia lawall in"], cat="speaker", any_=fr(jl)))
    jc = one(by_speaker(F, "Jacob Coffee"))
    t.append(T(["what is jacob coffee talking about", "jacob coffee"], cat="speaker", answer=[key(jc["title"])]))
    ml = one(by_title(by_speaker(F, "Lemburg"), "Ducks"))
    t.append(T(["when is marc-andre lemburg's talk", "marc andre lemburg talk"], cat="speaker",
               answer=[key(ml["title"])], times=[ml["start"]]))
    t.append(T(["is james bottomley speaking", "james bottomley talks"], cat="speaker",
               any_=titles(by_speaker(F, "Bottomley"))))
    for sents, word in [(["who is giving the talk about gitoxide", "gitoxide talk speaker"], "Gitoxide"),
                        (["who does the state of go", "who gives the state of go talk"], "The state of Go"),
                        (["who is talking about libreboot", "libreboot speaker"], "Libreboot")]:
        e = one(by_title(F, word))
        t.append(T(sents, cat="who", answer=[norm(s) for s in e["speakers"]]))
    # lightning talks
    ll = by_title(F, "Lightning lightning")
    t.append(T(["when are the lightning lightning talks", "main track lightning talks"], cat="lightning",
               times=[ll[0]["start"]], any_=titles(ll)))
    pl = one(sel(F, track="Python", pred=lambda e: "Lightning" in e["title"]))
    t.append(T(["lightning talks in the python devroom", "when are the python lightning talks"], cat="lightning",
               times=[pl["start"]]))
    gl = one(by_title(F, "Go Lightning"))
    t.append(T(["go lightning talks", "when are the lightning talks in the go devroom"], cat="lightning",
               times=[gl["start"]]))
    # how long / ends
    qz = one(by_title(F, "Big FOSDEM Quiz"))
    t.append(T(["how long is the big fosdem quiz", "how long does the fosdem quiz last"], cat="how_long",
               any_=dur_forms(mins(qz))))
    cl = one(by_title(F, "Closing FOSDEM"))
    t.append(T(["when does the closing end", "what time is fosdem over on sunday"], cat="ends", times=[cl["end"]]))
    # not on the schedule
    for sents, name, near in [
        (["is linus torvalds speaking", "when does linus torvalds talk"], "Torvalds", []),
        (["is richard stallman giving a talk", "rms talk"], "Stallman", []),
        (["when does greg kroah-hartman speak", "greg kh talk"], "Kroah", []),
        (["is guido van rossum at fosdem", "guido talk"], "Guido", []),
        (["when does daniel craig speak", "is daniel craig giving a talk"], "Daniel Craig", [key(ds["title"])]),
    ]:
        absent_person(F, name)
        t.append(T(sents, expect="no", cat="absent_person", no=near))
    for sents, word in [(["is there a talk about knitting", "knitting devroom"], "knitting"),
                        (["cobol devroom", "any talks about cobol"], "cobol"),
                        (["haskell devroom", "is there a talk about haskell"], "haskell"),
                        (["is there a minecraft talk"], "minecraft")]:
        absent_topic(F, word)
        t.append(T(sents, expect="no", cat="absent_topic"))
    absent_room(F, "K.9.999")
    t.append(T(["what's in k.9.999 at 11", "room k 9 999"], expect="no", cat="absent_room"))
    assert not sel(F, day=FSAT, pred=lambda e: e["start"] <= "08:00" < e["end"] or e["start"] == "08:00")
    t.append(T(["talks at 8am today", "anything at eight this morning"], expect="no", cat="absent_time"))
    assert not sel(F, day="2026-02-02")
    t.append(T(["talks on monday", "what's on on february 2nd"], expect="no", cat="absent_time"))
    for s in ["what's the weather in brussels", "where can i buy waffles", "this beer is warm",
              "how do i get a tram ticket", "call my hotel"]:
        t.append(T([s], expect="fallback", cat="out_of_domain"))
    return t


def fosdem_dialogues():
    F = EF
    eg = one(starting(F, "11:00", room="Janson", day=FSAT))
    ds = one(by_speaker(F, "Daniel Stenberg"))
    wl = one(starting(F, "10:30", room="K.1.105 (La Fontaine)", day=FSAT))
    nx = one(starting(F, "11:00", room="K.1.105 (La Fontaine)", day=FSAT))
    ja = one(at(F, "12:00", room="UB2.252A (Lameere)", day=FSAT))
    ch = one(at(F, "12:00", room="UB2.252A (Lameere)", day=FSUN))
    return [
        D("janson who and how long", turn("what's in janson at 11", answer=[key(eg["title"])]),
          turn("who is giving it", answer=[norm(s) for s in eg["speakers"]]),
          turn("how long is it", any_=dur_forms(mins(eg)))),
        D("stenberg where", turn("when is daniel stenberg's talk", times=[ds["start"]]),
          turn("where is that", answer=["janson"])),
        D("k105 next", turn("k one oh five at ten thirty", answer=[key(wl["title"])]),
          turn("and after that", answer=[key(nx["title"])], no=[key(wl["title"])])),
        D("devroom switch", turn("python devroom talks", any_=titles(sel(F, track="Python")), mn=2),
          turn("and the go devroom", any_=titles(sel(F, track="Go")), mn=2)),
        D("lameere tomorrow", turn("what's in lameere at noon", answer=[key(ja["title"])]),
          turn("and tomorrow", answer=[key(ch["title"])])),
        D("rust devroom then weather", turn("rust devroom", any_=titles(sel(F, track="Rust")), mn=2),
          turn("is it going to rain in brussels", expect="fallback")),
    ]


def pycon2017():
    E, t = E17, []
    bc = one(by_speaker(E, "Brett Cannon"))
    t.append(T(["what's brett cannon talking about", "brett cannon talk title"], cat="speaker",
               answer=[key(bc["title"])]))
    rh = one(by_speaker(E, "Raymond Hettinger"))
    assert norm(rh["room"]).startswith("portland ballroom 251")
    t.append(T(["where is raymond hettinger speaking", "raymond's talk which room"], cat="speaker",
               answer=["portland ballroom 251"]))
    lr = one(by_speaker(E, "Lynn Root"))
    t.append(T(["when does lynn root speak", "lynn root talk time"], cat="speaker", times=[lr["start"]]))
    fz = one(by_title(E, "Fuzzy Search"))
    t.append(T(["who is giving the talk on fuzzy search", "fuzzy search algorithms speaker"], cat="who",
               answer=[norm(s) for s in fz["speakers"]]))
    r = one(starting(E, "11:30", room="Oregon Ballroom 201–202", day=SAT17))
    t.append(T(["what's in oregon ballroom 201 at 11:30", "oregon ballroom two oh one at eleven thirty"],
               cat="room_time", answer=[key(r["title"])]))
    r = one(starting(E, "14:35", room="Portland Ballroom 254–255", day=SAT17))
    t.append(T(["portland ballroom 254 at 2:35", "what's in portland ballroom two fifty four at two thirty five"],
               cat="room_time", answer=[key(r["title"])]))
    lt = [e for e in sel(E, kind="lightning-talks", day=SAT17) if e["start"] > "12:00"]
    t.append(T(["lightning talks this evening", "when are tonight's lightning talks"], cat="lightning",
               times=[lt[0]["start"]]))
    au = one(by_title(sel(E, day=SAT17), "Auction"))
    t.append(T(["when is the pyladies charity auction", "what time does the auction start tonight"], cat="event",
               times=[au["start"]]))
    kh = one(by_speaker(E, "Katy Huff"))
    t.append(T(["how long is the keynote by katy huff", "katy huff keynote length"], cat="how_long",
               any_=dur_forms(mins(kh)), now="2017-05-20T08:00"))
    r = starting(E, "16:30", kind="talk", day=SAT17)
    t.append(T(["what talks are at 4:30 today", "talks at four thirty"], cat="kind_time", any_=titles(r),
               times=["16:30"]))
    r = sel(E, kind="talk", room="Portland Ballroom 251 & 258", day=SAT17)
    t.append(T(["the last talk in portland ballroom 251 today", "last talk portland 251"], cat="position",
               answer=[key(r[-1]["title"])]))
    r = sel(E, kind="tutorial", day=THU17)
    t.append(T(["tutorials on thursday", "what tutorials are on 5/18"], cat="kind_day", any_=titles(r), mn=2,
               now="2017-05-18T08:00"))
    t.append(T(["what day are the sprints", "sprints when"], cat="sprints",
               any_=["monday", "may 22", "22nd", "twenty second", "22"]))
    absent_person(E, "Sarah Drasner")
    t.append(T(["is sarah drasner speaking", "does sarah drasner give a talk"], expect="no",
               cat="absent_person", no=[key(one(by_speaker(E, "Sarah Guido"))["title"])]))
    absent_person(E, "Wes McKinney")
    absent_person(E, "Ned Batchelder")
    t.append(T(["when is wes mckinney speaking", "is ned batchelder giving a talk"], expect="no",
               cat="absent_person"))
    absent_person(E, "Jessica McKellar")
    t.append(T(["is jessica mckellar speaking"], expect="no", cat="absent_person"))
    absent_person(E, "Beazley")
    t.append(T(["when does david beazley talk"], expect="no", cat="absent_person"))
    absent_topic(E, "knitting")
    t.append(T(["talk about knitting"], expect="no", cat="absent_topic"))
    t.append(T(["where can i get voodoo doughnuts", "this coffee is terrible"], expect="fallback",
               cat="out_of_domain"))
    return t


def dialogues_2017():
    E = E17
    rh = one(by_speaker(E, "Raymond Hettinger"))
    r = sel(E, kind="talk", room="Oregon Ballroom 203–204", day=SAT17)
    return [
        D("hettinger when how long", turn("when is raymond hettinger's talk", times=[rh["start"]]),
          turn("how long does it last", any_=dur_forms(mins(rh)))),
        D("oregon 203 next", turn("what's in oregon ballroom 203 at 10:50", answer=[key(r[0]["title"])]),
          turn("the next one", answer=[key(r[1]["title"])], no=[key(r[0]["title"])])),
    ]
