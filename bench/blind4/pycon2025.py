"""PyCon US 2025 questions of blind set 4 (now: Saturday 2025-05-17 10:00 unless a case says).

Sentences were written by hand from the schedule; every expected fact is computed from the data.
"""
from blindkit.helpers import (
    E25,
    FRI,
    SAT,
    SP25,
    SUN,
    THU,
    WED,
    T,
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
    norm,
    one,
    sel,
    sponsor,
    starting,
    titles,
)

E = E25
TALK = ("talk",)


def after(evs, hm, **kw):
    return sel(evs, pred=lambda e: e["start"] and e["start"] >= hm, **kw)


def between(evs, a, b, **kw):
    return sel(evs, pred=lambda e: e["start"] and a <= e["start"] < b, **kw)


def info(day, word):
    """An opening-hours notice ('Expo Hall Closes') on a day -> its time."""
    r = [e for e in E if e["kind"] == "info" and e["day"] == day and norm(word) in norm(e["title"])]
    assert len(r) == 1, (day, word, [e["title"] for e in r])
    return r[0]["start"]


def questions():
    t = []
    # --- kind at a time / day -----------------------------------------------------------------
    r = starting(E, "11:15", kind=TALK, day=SAT)
    assert len(r) == 4
    t.append(T(["what talks start at 11:15", "um so like what talks are there at eleven fifteen",
                "talks at 11:15 please"], cat="kind_time", any_=titles(r), times=["11:15"]))
    r = sel(E, kind="tutorial", day=THU, pred=lambda e: e["start"] < "12:00")
    t.append(T(["any tutorials thursday morning", "i'm looking for a tutorial on 5/15 in the morning",
                "what tutorials are on the morning of May 15th"], cat="kind_day", any_=titles(r), times=["09:00"]))
    r = at(E, "15:00", kind="open-space", day=SAT)
    t.append(T(["open spaces at 3pm", "uh what what open spaces are there at like three",
                "do you have any open spaces at 15:00"], cat="kind_time", any_=titles(r)))
    r = at(E, "11:00", kind="open-space", day=SUN)
    t.append(T(["can you tell me the open spaces at eleven tomorrow",
                "open spaces sunday 11am"], cat="kind_time", any_=titles(r)))
    r = sel(E, kind="tutorial", day=WED, pred=lambda e: e["start"] >= "12:00")
    t.append(T(["what tutorials are there wednesday afternoon", "tutorials on 5/14 in the afternoon"],
               cat="kind_day", any_=titles(r), times=["13:30"]))
    r = sel(E, kind="sponsor-workshop", day=THU)
    t.append(T(["which sponsor workshops are on thursday", "um sponsor workshops on may fifteenth"],
               cat="kind_day", any_=titles(r), mn=2))
    r = sel(E, kind="summit")
    t.append(T(["what summits are there", "are there any summits this year"], cat="kind", any_=titles(r, 3), mn=2))
    r = sel(E, kind="charla", day=SAT, pred=lambda e: e["start"] >= "13:00")
    t.append(T(["any charlas this afternoon", "charlas en espanol this afternoon"], cat="kind_day",
               any_=titles(r)))
    # --- keynotes ------------------------------------------------------------------------------
    mp = one(by_title(sel(E, kind="keynote"), "Marshall"))
    t.append(T(["who is giving the keynote tomorrow morning", "who's the keynote speaker sunday morning"],
               cat="keynote", answer=[norm(mp["speakers"][0]).replace("the ", "", 1)]))
    lr = one(by_speaker(E, "Lynn Root"))
    t.append(T(["when is lynn root's keynote", "what time is the lynn root keynote"], cat="keynote",
               times=[lr["start"]], now=f"{FRI}T10:00"))
    cd = one(by_speaker(E, "Cory Doctorow"))
    t.append(T(["cory doctorow's keynote how long does it run", "how many minutes is the doctorow keynote"],
               cat="how_long", any_=dur_forms(mins(cd)), now=f"{FRI}T08:00"))
    kj = one(by_speaker(E, "Kari L. Jordan"))
    t.append(T(["what time does the keynote on sunday afternoon end", "when does kari jordan's keynote end"],
               cat="ends", times=[kj["end"]]))
    t.append(T(["how many keynotes are there", "number of keynotes please"], cat="how_many",
               any_=count_forms(len(sel(E, kind="keynote")))))
    # --- lightning talks, posters, meals -----------------------------------------------------
    lt = sel(E, kind="lightning-talks", day=SAT, pred=lambda e: e["start"] > "10:00")
    t.append(T(["when are the lightning talks today", "lightning talks tonight what time"], cat="lightning",
               times=[one(lt)["start"]]))
    lt = one(sel(E, kind="lightning-talks", day=FRI))
    t.append(T(["lightning talks on friday", "what time are the lightning talks on 5/16"], cat="lightning",
               times=[lt["start"]], now=f"{FRI}T09:00"))
    ps = one(sel(E, kind="poster", pred=lambda e: e["title"] == "Posters Session"))
    t.append(T(["when is the poster session", "posters what time"], cat="poster", times=[ps["start"]]))
    t.append(T(["where are the posters", "which hall has the posters"], cat="poster", answer=[ps["room"]]))
    t.append(T(["is there a poster about chess", "chess poster"], cat="poster",
               answer=[key(one(by_title(sel(E, kind="poster"), "chess"))["title"])]))
    t.append(T(["when is lunch on sunday", "lunch sunday what time"], cat="meal",
               times=[one(sel(E, kind="meal", day=SUN))["start"]]))
    t.append(T(["when's lunch on 5/16", "what time is lunch on friday"], cat="meal",
               times=[one(sel(E, kind="meal", day=FRI))["start"]]))
    bk = one(sel(E, kind="break", day=SAT, pred=lambda e: e["start"] > "12:00"))
    t.append(T(["when is the afternoon break today", "is there a coffee break this afternoon"], cat="meal",
               times=[bk["start"]]))
    br = one(sel(E, kind="break", day=SUN, pred=lambda e: e["title"] == "Breakfast"))
    t.append(T(["where is breakfast tomorrow", "where do they serve breakfast on sunday"], cat="meal",
               answer=["hall b"], times=[br["start"]]))
    # --- topics --------------------------------------------------------------------------------
    for sents, word, kind in [
        (["is there a talk about duckdb", "duckdb talk"], "duckdb", TALK),
        (["any talks about webassembly", "do you have a talk on web assembly"], "webassembly", TALK),
        (["is there a vim open space on sunday", "the vim and cli power users open space"], "vim & cli", "open-space"),
        (["is there a tutorial about polars", "polars tutorial please"], "polars", "tutorial"),
        (["i'm looking for the beeware tutorial", "tutorial on beeware"], "beeware", "tutorial"),
        (["talks about free threaded python", "anything on free-threading"], "free-threaded", TALK),
        (["is there something about honeybees", "the honeybee talk"], "honeybee", TALK),
        (["the formula one talk", "talk about predicting F1 races"], "f1", TALK),
        (["is there an open space about juggling", "juggling"], "juggling", "open-space"),
        (["talk about account recovery", "when is the talk on account recovery"], "account recovery", TALK),
        (["open space about 3d printing", "3d printing open space"], "3d printing", "open-space"),
        (["is there a charla about quechua", "the quechua talk"], "quechua", "charla"),
    ]:
        r = by_title(sel(E, kind=kind), word)
        t.append(T(sents, cat="topic", any_=titles(r), times=[r[0]["start"]] if len(r) == 1 else None))
    r = one(by_title(sel(E, kind="sponsor-workshop"), "Pydantic Way"))
    t.append(T(["when is the pydantic sponsor workshop", "pydantic workshop on thursday what time"],
               cat="topic", times=[r["start"]]))
    # --- speakers ------------------------------------------------------------------------------
    for sents, name, asked in [
        (["when is hynek speaking", "when does hynek schlawack give his talk"], "Hynek Schlawack", "when"),
        (["where is glyph's talk", "which room is glyph in"], "Glyph", "where"),
        (["is zanie blue giving a talk", "zanie blue talk"], "Zanie Blue", "what"),
        (["when does trey hunner teach", "trey hunner tutorial"], "Trey Hunner", "when"),
        (["what is brandt bucher talking about", "brandt bucher"], "Brandt Bucher", "what"),
        (["when does itamar turner-trauring speak", "itamar's talk"], "Itamar Turner-Trauring", "when"),
        (["where's the talk by mia bajic", "mia bajic room"], "Mia Baji", "where"),
    ]:
        e = one([x for x in by_speaker(E, name) if x["kind"] in ("talk", "tutorial")])
        t.append(T(sents, cat="speaker", answer=[key(e["title"])] if asked == "what" else None,
                   times=[e["start"]] if asked == "when" else None,
                   any_=[e["room"], key(e["title"])] if asked == "where" else None, mn=2 if asked == "where" else None))
    sw = by_speaker(E, "Simon Willison")
    t.append(T(["what is simon willison doing", "simon willison"], cat="speaker", any_=titles(sw)))
    for sents, word, kind in [
        (["who is giving the talk about json web tokens", "who does the jwt talk"], "JSON Web Tokens", TALK),
        (["who's talking about the linux kernel", "who gives the linux kernel talk"], "Linux Kernel", TALK),
        (["who gives the cython talk", "cython talk speaker"], "Cython", TALK),
        (["who runs the synthesizer tutorial", "who teaches build a synthesizer"], "Synthesizer", "tutorial"),
    ]:
        e = one(by_title(sel(E, kind=kind), word))
        t.append(T(sents, cat="who", answer=[norm(s) for s in e["speakers"]]))
    # --- room at a time, room empty ----------------------------------------------------------------
    for sents, room, day, hm, now in [
        (["what's in hall c at 2:30 today", "hall c at two thirty"], "Hall C", SAT, "14:30", None),
        (["room 301-305 at four fifteen", "what's on in room three oh one at 4:15"], "Room 301-305", SAT, "16:15", None),
        (["what's happening in ballroom a at 11:45 on 5/16", "ballroom a friday 11:45"], "Ballroom A", FRI, "11:45", None),
        (["who is speaking in ballroom bc at one tomorrow", "ballroom b c sunday at 1pm"], "Ballroom BC", SUN, "13:00", None),
        (["what is in room 318 at 9 on wednesday", "room 318 wednesday morning at nine"], "Room 318", WED, "09:00", None),
    ]:
        r = at(E, hm, room=room, day=day)
        who = sents[0].startswith("who")
        t.append(T(sents, cat="room_time", any_=[norm(s) for e in r for s in e["speakers"]] if who else titles(r),
                   now=now))
    for sents, room, day, hm in [
        (["anything in room 316 at 3 tomorrow", "room 316 sunday at three"], "Room 316", SUN, "15:00"),
        (["what's in room 402 at 10 tomorrow", "room four oh two sunday morning at ten"], "Room 402", SUN, "10:00"),
        (["what's happening in hall c at 8 in the morning", "hall c at 8am today"], "Hall C", SAT, "08:00"),
    ]:
        assert not at(E, hm, room=room, day=day)
        t.append(T(sents, expect="no", cat="room_empty"))
    # --- positions -------------------------------------------------------------------------------
    r = sel(E, kind=TALK, room="Ballroom BC", day=SUN)
    t.append(T(["the second talk in ballroom bc on sunday", "what's the 2nd talk in ballroom b c sunday"],
               cat="position", answer=[key(r[1]["title"])], no=[key(r[0]["title"])]))
    r = sel(E, kind=TALK, room="Hall C", day=SAT)
    t.append(T(["what's the last talk in hall c today", "last talk in hall c"], cat="position",
               answer=[key(r[-1]["title"])]))
    r = sel(E, kind="tutorial", room="Room 320", day=WED)
    t.append(T(["first tutorial on wednesday in room 320", "the first tutorial in room three twenty on 5/14"],
               cat="position", answer=[key(r[0]["title"])]))
    r = sel(E, kind=TALK, room="Ballroom A", day=FRI)
    t.append(T(["the third talk in ballroom a on friday", "third talk ballroom a 5/16"], cat="position",
               answer=[key(r[2]["title"])]))
    r = sel(E, kind=TALK, day=SUN)
    t.append(T(["what's the last talk on sunday", "when is the final talk on sunday"], cat="position",
               any_=titles([e for e in r if e["start"] == r[-1]["start"]]), times=[r[-1]["start"]]))
    # --- relative to an event ----------------------------------------------------------------------
    r = sel(E, kind=TALK, day=SAT, pred=lambda e: "13:00" <= e["start"] <= "14:00")
    t.append(T(["which talks come after lunch today", "talks right after lunch"], cat="relative",
               any_=titles(r)))
    r = sel(E, kind=TALK, day=SUN, pred=lambda e: e["start"] == "13:45")
    t.append(T(["talks in hall c after lunch on sunday", "what's in hall c after lunch sunday"], cat="relative",
               any_=[key(e["title"]) for e in sel(E, kind=TALK, room="Hall C", day=SUN)
                     if e["start"] >= one(sel(E, kind="meal", day=SUN))["end"]]))
    kn = one(sel(E, kind="keynote", day=SAT))
    first = after(E, kn["end"], kind=TALK, day=SAT)[0]["start"]
    r = starting(E, first, kind=TALK, day=SAT)
    t.append(T(["which talks are after the keynote", "what talks come after the keynote this morning"],
               cat="relative", any_=titles(r), times=[first], now=f"{SAT}T09:00"))
    cl = one(by_title(sel(E, kind=TALK), "Color Theory"))
    nxt = sel(E, kind=TALK, room=cl["room"], day=cl["day"], pred=lambda e: e["start"] > cl["start"])[0]
    t.append(T(["what comes after the talk on color theory", "what's on after the color theory talk"],
               cat="relative", any_=[key(nxt["title"])] + titles(starting(E, nxt["start"], kind=TALK, day=FRI)),
               now=f"{FRI}T09:00"))
    bk = one(sel(E, kind="break", day=SAT, pred=lambda e: e["start"] > "12:00"))
    r = sel(E, kind=TALK, room="Hall C", day=SAT, pred=lambda e: e["start"] >= bk["end"])
    t.append(T(["talks in hall c after the afternoon break", "hall c after the break this afternoon"],
               cat="relative", any_=titles(r)))
    # --- ranges / parts of day ---------------------------------------------------------------------
    r = between(E, "14:00", "16:00", kind=TALK, day=SAT)
    t.append(T(["talks between two and four today", "any talks from 2 to 4 pm"], cat="range", any_=titles(r), mn=2))
    r = between(E, "12:00", "18:00", kind="open-space", day=SAT)
    t.append(T(["open spaces this afternoon", "so what open spaces are on this afternoon"], cat="range",
               any_=titles(r), mn=2))
    r = between(E, "09:00", "12:00", kind=TALK, day=FRI)
    t.append(T(["what talks are on friday morning", "talks on the morning of 5/16"], cat="range",
               any_=titles(r), mn=2))
    # --- how many / ends / where ----------------------------------------------------------------
    t.append(T(["how many tutorials are there", "how many tutorials in total"], cat="how_many",
               any_=count_forms(len(sel(E, kind="tutorial")))))
    t.append(T(["how many talks are on sunday", "number of talks on 5/18"], cat="how_many",
               any_=count_forms(len(sel(E, kind=TALK, day=SUN)))))
    for sents, word, day in [
        (["when does the pyladies lunch end", "what time is the pyladies lunch over"], "PyLadies Lunch", SUN),
        (["what time does the opening reception finish", "when does the opening reception end"], "Opening Reception", THU),
        (["when does the packaging summit end", "packaging summit end time"], "Packaging Summit", SAT),
        (["when does mentored sprints end", "mentored sprints finish time"], "Mentored Sprints", SAT),
    ]:
        e = by_title(sel(E, day=day), word)[0]
        t.append(T(sents, cat="ends", times=[e["end"]]))
    for sents, word in [
        (["which room is the steering council panel in", "where's the steering council panel"], "Steering Council"),
        (["where's the flaskcon hatchery", "flaskcon where"], "FlaskCon"),
        (["where does the fun run start", "where is the 5k fun run"], "Fun Run"),
        (["where is the typing summit", "typing summit room"], "Typing Summit"),
    ]:
        e = by_title(E, word)[0]
        t.append(T(sents, cat="where", answer=[e["room"]]))
    t.append(T(["how long is the talk design pressure", "how long is hynek's talk"], cat="how_long",
               any_=dur_forms(mins(one(by_title(E, "Design Pressure"))))))
    # --- sponsors ---------------------------------------------------------------------------------
    for sents, name in [
        (["where is the jane street booth", "jane street booth please"], "Jane Street"),
        (["bloomberg booth number", "where can i find bloomberg"], "Bloomberg"),
        (["where can i find datadog", "data dog booth"], "Datadog"),
        (["is redis here", "where is redis"], "Redis"),
        (["where's the anaconda booth", "anaconda"], "Anaconda"),
        (["hudson river booth", "where is hudson river trading"], "Hudson River"),
        (["where's capital one", "capital one booth number"], "Capital One"),
        (["where is the pydantic booth", "pydantic ai booth"], "PydanticAI"),
        (["i need the heroku booth", "heroku booth number"], "Heroku"),
        (["i'm looking for the sentry booth", "sentry"], "Sentry"),
        (["where are the carpentries", "the carpentries booth"], "Carpentries"),
    ]:
        s = sponsor(name)
        t.append(T(sents, cat="sponsor_booth", answer=[str(s["booth"])]))
    for sents, n in [(["who's at booth 421", "who has booth four twenty one"], 421),
                     (["who has booth two twenty one", "booth 221"], 221),
                     (["which company is at booth six oh eight", "booth 608 who is that"], 608),
                     (["who is at booth 100", "booth one hundred"], 100),
                     (["what's at booth 616"], 616)]:
        t.append(T(sents, cat="booth_number", answer=[norm(booth_of(n)["name"])]))
    fa = sponsor("Fastly")
    t.append(T(["what level sponsor is fastly", "is fastly a visionary sponsor"], cat="sponsor_level",
               answer=[norm(fa["level"])]))
    lv = [s for s in SP25 if s["level"] == "Sustainability"]
    t.append(T(["who are the sustainability sponsors", "sustainability level sponsors"], cat="sponsor_level",
               answer=[norm(lv[0]["name"])]))
    lv = [s for s in SP25 if s["level"] == "Partner"]
    t.append(T(["who are the partner sponsors", "list the partner level sponsors please"], cat="sponsor_level",
               any_=[norm(s["name"]) for s in lv], mn=2))
    lv = [s for s in SP25 if s["level"] == "PyCon US Startup Row"]
    t.append(T(["which startups are on startup row", "startup row companies"], cat="sponsor_level",
               any_=[norm(s["name"]) for s in lv], mn=2))
    t.append(T(["which sponsors have a booth in the expo hall", "list the sponsors with booths"], cat="sponsor_booths",
               any_=[norm(s["name"]) for s in SP25 if s["booth"]], mn=2))
    t.append(T(["does netflix have a booth", "is netflix a sponsor"], cat="sponsor_booth", answer=["netflix"]))
    # --- venue hours, rooms ----------------------------------------------------------------------
    t.append(T(["when does the expo hall close today", "expo hall closing time"], cat="venue_hours",
               times=[info(SAT, "Expo Hall Closes")]))
    t.append(T(["when does the expo hall open on friday", "what time does the expo hall open 5/16"],
               cat="venue_hours", times=[info(FRI, "Expo Hall Opens")]))
    t.append(T(["when does registration open tomorrow", "what time does the registration desk open sunday"],
               cat="venue_hours", times=[info(SUN, "Registration / Information Desks Open")]))
    t.append(T(["when does the registration desk close on 5/16", "registration closing time friday"],
               cat="venue_hours", times=[info(FRI, "Registration / Information Desks Close")]))
    t.append(T(["when does swag pickup close today", "until when can i pick up swag today"], cat="venue_hours",
               times=[info(SAT, "Swag Pickup Closes")]))
    t.append(T(["when do the open spaces rooms close", "what time do open space rooms close tonight"],
               cat="venue_hours", times=[info(SAT, "Open Spaces Rooms Close")]))
    t += speech()
    # spoken sponsor names (as a recognizer or a visitor splits them)
    for sents, name in [(["jet brains booth", "where are jet brains"], "JetBrains"),
                        (["mongo db booth please", "where's mongo d b"], "MongoDB"),
                        (["code speed booth", "where can i find codspeed"], "CodSpeed"),
                        (["dagster", "where are the dagster people"], "Dagster"),
                        (["old mission booth", "where's old mission"], "Old Mission")]:
        t.append(T(sents, cat="sponsor_spoken", answer=[str(sponsor(name)["booth"])]))
    lv = [s for s in SP25 if s["level"] == "Maintaining"]
    t.append(T(["which companies are maintaining sponsors", "maintaining level sponsors"], cat="sponsor_level",
               any_=[norm(s["name"]) for s in lv], mn=2))
    t.append(T(["how many open spaces are there tomorrow", "number of open spaces on sunday"], cat="how_many",
               any_=count_forms(len(sel(E, kind="open-space", day=SUN)))))
    t.append(T(["where is room 309", "do you know where room 309 is"], cat="room_exists", answer=["room 309"]))
    absent_room(E, "Room 777")
    absent_room(E, "Room 512")
    t.append(T(["where is room 777", "where's room 512"], expect="no", cat="room_absent"))
    return t


def speech():
    """The same kinds of query, said as people say them: fillers, repeats, typed dates and clock times."""
    t = []
    r = starting(E, "16:15", room="Hall C", day=SAT)
    t.append(T(["so so what's on in hall c at like 4:15", "um hall c uh four fifteen please"], cat="speech",
               answer=[key(one(r)["title"])]))
    ps = one(by_title(E, "Packaging Summit"))
    t.append(T(["can you tell me when the packaging summit is thanks", "uh when's the the packaging summit"],
               cat="speech", times=[ps["start"]]))
    r = at(E, "15:30", kind=TALK, day=FRI)
    t.append(T(["i'm looking for talks at 15:30 on May 16th", "do you have any talks at three thirty on 5/16"],
               cat="speech", any_=titles(r), times=["15:30"]))
    r = at(E, "12:00", kind="open-space", day=SUN)
    t.append(T(["like what open spaces are there at noon on May 18th", "open spaces 12pm 5/18 please"], cat="speech",
               any_=titles(r)))
    r = at(E, "14:00", kind="summit", day=FRI)
    t.append(T(["um are there are there any summits on friday afternoon", "summits 5/16 at 2pm"], cat="speech",
               any_=titles(r)))
    r = one(at(E, "12:30", room="Room 301-305", day=FRI))
    t.append(T(["what's in room 301-305 at 12:30 on friday thanks", "uh room three oh one at twelve thirty friday"],
               cat="speech", answer=[key(r["title"])], now=f"{FRI}T09:00"))
    kd = one(by_speaker(E, "Kari L. Jordan"))
    t.append(T(["where's the uh the keynote by kari jordan", "kari jordan keynote where please"], cat="speech",
               answer=[kd["room"]]))
    return t


def not_on_schedule():
    t = []
    for sents, name, near in [
        (["is guido van rossum speaking", "when does guido talk"], "Guido", []),
        (["is raymond hettinger giving a talk", "raymond hettinger"], "Raymond Hettinger", []),
        (["when is david beazley's talk", "is there a talk by dave beazley"], "Beazley", []),
        (["is carol willing here", "when does carol willing speak"], "Carol Willing", []),
        (["is ned batchelder speaking this year", "ned batchelder talk"], "Batchelder", []),
        (["when does armin ronacher speak", "is armin ronacher giving a talk"], "Ronacher", []),
        (["i'm looking for wes mckinney's talk", "is wes mckinney speaking"], "McKinney", []),
        (["when does mariatta speak", "is mariatta giving a talk"], "Mariatta", []),
        (["is sebastian ramirez doing a fastapi talk", "when does tiangolo speak"], "Sebastián Ramírez", []),
        (["is simon cross speaking", "when is simon cross's talk"], "Simon Cross", ["building software on top", "datasette"]),
        (["is russell crowe here", "when does russell crowe speak"], "Russell Crowe", ["cross platform"]),
        (["is jason coombs giving a talk", "when does jason coombs speak"], "Coombs", ["keeping up with python", "metaclasses demystified"]),
        (["when does alex gaynor speak", "alex gaynor talk"], "Gaynor", ["taming file zoos"]),
        (["is paul moore giving a talk", "paul moore"], "Paul Moore", ["programming for yourself"]),
        (["is michael kennedy speaking", "when is michael kennedy's talk"], "Michael Kennedy", ["detecting honeybee swarms"]),
        (["is lynn conway giving a keynote", "when is lynn conway speaking"], "Lynn Conway", ["keynote lynn root"]),
        (["when is linus torvalds speaking", "is linus torvalds here"], "Torvalds", []),
        (["does steve dower have a talk", "steve dower"], "Steve Dower", []),
    ]:
        absent_person(E, name)
        t.append(T(sents, expect="no", cat="absent_person", no=near))
    for sents, word, near in [
        (["is there a talk about crochet", "crochet open space"], "crochet", []),
        (["any open spaces about yoga", "is there yoga"], "yoga", []),
        (["is there a talk about cobol", "cobol"], "cobol", []),
        (["is there a tutorial on kotlin", "kotlin tutorial"], "kotlin", []),
        (["talks about salsa dancing", "is there a salsa dancing open space"], "salsa", []),
        (["is there an open space about surfing", "surfing meetup"], "surfing", []),
        (["is there a talk about the pickle module", "pickle module talk"], "pickle module", ["pickleball"]),
        (["is there a talk about coffee brewing", "coffee brewing open space"], "coffee brewing", ["one year in"]),
        (["is there a talk about minecraft", "minecraft"], "minecraft", []),
        (["any talks on perl", "perl talk"], "perl", []),
        (["is there a tutorial about haskell", "haskell tutorial"], "haskell", []),
        (["um is there like a sourdough baking meetup", "sourdough open space please"], "sourdough", []),
        (["talk about astrology", "astrology open space"], "astrology", []),
    ]:
        absent_topic(E, word)
        t.append(T(sents, expect="no", cat="absent_topic", no=near))
    for sents, name in [
        (["where is the oracle booth", "oracle booth"], "Oracle"),
        (["is ibm a sponsor", "where's ibm"], "IBM"),
        (["where is the stripe booth"], "Stripe"),
        (["does apple have a booth"], "Apple"),
    ]:
        absent_sponsor(name)
        t.append(T(sents, expect="no", cat="absent_sponsor"))
    for n in (999, 150, 700):
        assert not [s for s in SP25 if str(s["booth"]) == str(n)]
    t.append(T(["who has booth 999", "who is at booth one fifty", "booth 700"], expect="no", cat="absent_booth"))
    for sents, kind, day, pred in [
        (["is there a keynote on thursday", "keynotes on 5/15"], "keynote", THU, None),
        (["tutorials on saturday", "any tutorials today"], "tutorial", SAT, None),
        (["lightning talks on wednesday", "are there lightning talks on may 14th"], "lightning-talks", WED, None),
        (["is there a keynote at 2pm today", "keynote at two"], "keynote", SAT, lambda e: e["start"] <= "14:00" < e["end"]),
        (["any posters on friday", "poster session 5/16"], "poster", FRI, None),
        (["any open spaces on wednesday", "open spaces may 14"], "open-space", WED, None),
        (["talks at 3am", "are there any talks at three in the morning"], TALK, SAT, lambda e: e["start"] <= "03:00" < e["end"]),
        (["talks in room 308 today", "what talks are in room 308"], TALK, SAT, lambda e: e["room"] == "Room 308"),
    ]:
        assert not sel(E, kind=kind, day=day, pred=pred)
        t.append(T(sents, expect="no", cat="absent_kind_time"))
    return t


OOD = [
    "this coffee is cold", "ugh i had lunch way too early", "my python install is broken again",
    "it's freezing in this room", "ok brb", "what's the weather in pittsburgh tomorrow", "play some jazz",
    "set a timer for ten minutes", "wake me up at seven", "how tall is mount everest", "what's 17 times 23",
    "call my wife", "text sam that i'm running late", "turn the volume up", "sing me a song",
    "what's the score of the pirates game", "get me an uber to the airport", "book a table for two at eight",
    "do you like python or javascript better", "i love this shirt", "can you hold my bag for a sec",
    "dude that talk was amazing", "what time is it in tokyo", "convert twenty dollars to euros",
    "write me a python function that sorts a list", "what's your name", "are you listening to me",
    "who made you", "my feet hurt so much", "is the coffee any good here", "let's grab lunch after this",
    "where did you get that hoodie", "i think i left my charger in the hotel room", "how old are you",
    "what's the stock price of nvidia", "you're pretty smart for a robot", "can you dance",
    "recommend a good sci fi book", "what is the square root of 144", "how do i get to the airport",
    "remind me to drink water", "show me pictures of cats", "what's trending on twitter",
    "so um yeah anyway", "hold on my phone is ringing", "what does python mean in greek",
    "is a tomato a fruit",
]


def out_of_domain():
    return [T([s], expect="fallback", cat="out_of_domain") for s in OOD]
