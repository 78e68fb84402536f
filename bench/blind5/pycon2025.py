"""PyCon US 2025 questions for blind set 5 (now: Saturday 2025-05-17 10:00 unless a case says).

Hand-written sentences; every expectation is computed from data/pycon-us-2025/conference.json.
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
    mins,
    one,
    running,
    sel,
    sponsor,
    starting,
    surname,
    titles,
)

TALKISH = ("talk", "charla")
NOT_NOTICE = tuple({e["kind"] for e in E25} - {"info"})  # "what's on": any event, not a desk notice


def topic(word, kind=None, day=None):
    """Every event whose title names the topic (optionally of a kind / on a day): any one is a right answer."""
    evs = [e for e in by_title(E25, word) if (not day or e["day"] == day)
           and (not kind or e["kind"] in ((kind,) if isinstance(kind, str) else kind))]
    return titles(evs)


def between(day, lo, hi, kind):
    return sel(E25, kind=kind, day=day, pred=lambda e: lo <= e["start"] < hi)


def spk(name):
    evs = by_speaker(E25, name)
    assert evs, name
    return evs


def booth_case(sentences, name):
    return T(sentences, cat="sponsor_booth", answer=[str(sponsor(name)["booth"])])


def kinds():
    wed_tut = sel(E25, kind="tutorial", day=WED)
    keyn = sel(E25, kind="keynote")
    sat_summits = sel(E25, kind="summit", day=SAT)
    sun_os_morning = sel(E25, kind="open-space", day=SUN, pred=lambda e: e["start"] < "12:00")
    posters = sel(E25, kind="poster")
    workshops = sel(E25, kind="sponsor-workshop")
    lunch_sat = one(sel(E25, kind="meal", day=SAT))
    lt_sat = sel(E25, kind="lightning-talks", day=SAT)
    charlas_fri = sel(E25, kind="charla", day=FRI)
    return [
        T(["um are there any tutorials on wednesday", "what tutorials do you have on wednesday",
           "tutorials on the fourteenth"], cat="kind_day", any_=titles(wed_tut)),
        T(["who are the keynote speakers", "who's giving keynotes this year", "list the keynotes please"],
          cat="kind", any_=[surname(e["speakers"][0]) for e in keyn], mn=2),
        T(["what summits are on today", "any summits today", "are there summits happening today"],
          cat="kind_day", any_=titles(sat_summits)),
        T(["are there open spaces tomorrow morning", "what open spaces are on sunday morning"],
          cat="kind_time", any_=titles(sun_os_morning)),
        T(["where are the posters", "where's the poster session", "uh where can i see the posters"],
          cat="kind_where", answer=[one(sel(posters, pred=lambda e: e["title"] == "Posters Session"))["room"]]),
        T(["when is the poster session", "what time are the posters up"], cat="kind_when",
          times=[posters[0]["start"]]),
        T(["are there any sponsor workshops", "what sponsor workshops are there"], cat="kind",
          any_=titles(workshops)),
        T(["what time is lunch today", "when's lunch", "lunch today what time"], cat="meal",
          times=[lunch_sat["start"]]),
        T(["when does lunch end today", "what time is lunch over"], cat="meal", times=[lunch_sat["end"]]),
        T(["where is lunch served today", "where do i get lunch"], cat="meal", answer=[lunch_sat["room"]]),
        T(["is there breakfast tomorrow", "what time is breakfast on sunday"], cat="meal",
          times=[one(sel(E25, kind="break", day=SUN))["start"]]),
        T(["when is the next break", "when's the coffee break"], cat="break",
          times=[sel(E25, kind="break", day=SAT, pred=lambda e: e["start"] >= "10:00")[0]["start"]]),
        T(["when is the afternoon break today", "what time is the afternoon coffee break"], cat="break",
          times=[sel(E25, kind="break", day=SAT, pred=lambda e: e["start"] >= "12:00")[0]["start"]]),
        T(["when are the lightning talks tonight", "what time do lightning talks start this evening"],
          cat="kind_when", times=[lt_sat[-1]["start"]]),
        T(["where are the lightning talks", "which room has the lightning talks"], cat="kind_where",
          answer=[lt_sat[0]["room"]]),
        T(["are there talks in spanish on friday", "what charlas are on friday"], cat="kind_day",
          any_=titles(charlas_fri)),
        T(["are there any sprints", "when are the mentored sprints"], cat="kind_when",
          any_=["mentored sprints"], times=[one(by_title(E25, "mentored sprints"))["start"]]),
        T(["where are the mentored sprints", "which room for the mentored sprints"], cat="kind_where",
          answer=[one(by_title(E25, "mentored sprints"))["room"]]),
        T(["when is the pyladies auction", "what time does the pyladies auction start"], cat="event",
          times=[one(by_title(E25, "pyladies auction"))["start"]]),
        T(["when does the pyladies auction end", "how late does the auction go"], cat="event_end",
          times=[one(by_title(E25, "pyladies auction"))["end"]]),
        T(["when is the opening reception", "what time's the opening reception"], cat="event",
          times=["17:00"], answer=["hall a"]),
        T(["when is the closing session", "what time does the conference close on sunday"], cat="event",
          times=[one(sel(E25, kind="event", day=SUN, pred=lambda e: e["title"] == "Closing"))["start"]]),
        T(["when is the steering council panel", "what time's the steering council panel"], cat="event",
          times=[one(by_title(E25, "steering council"))["start"]]),
        T(["when is the newcomer orientation", "what time is newcomer orientation"], cat="event",
          times=[one(by_title(E25, "newcomer orientation"))["start"]]),
        T(["where is the newcomer orientation", "where do newcomers meet for orientation"], cat="event_where",
          answer=[one(by_title(E25, "newcomer orientation"))["room"]]),
        T(["when is the job fair", "what time is the job fair on sunday"], cat="event",
          times=[sel(by_title(E25, "job fair"), day=SUN)[0]["start"]]),
        T(["when is flaskcon", "what time does flask con start"], cat="event",
          times=[one(by_title(E25, "flaskcon"))["start"]]),
        T(["where is flaskcon", "where's the flaskcon hatchery"], cat="event_where",
          answer=[one(by_title(E25, "flaskcon"))["room"]]),
        T(["when is the packaging summit", "what time does the packaging summit start"], cat="event",
          times=[one(by_title(E25, "packaging summit"))["start"]]),
        T(["where is the typing summit", "which room is the typing summit in"], cat="kind_where",
          answer=[one(by_title(E25, "typing summit"))["room"]]),
        T(["when is the python language summit", "when does the language summit start"], cat="event",
          times=[one(by_title(E25, "language summit"))["start"]]),
    ]


def times_and_ranges():
    lunch_end = one(sel(E25, kind="meal", day=SAT))["end"]
    after_lunch = between(SAT, "13:30", "15:00", TALKISH)
    afternoon = between(SAT, "12:00", "18:00", TALKISH)
    two_to_four = between(SAT, "14:00", "16:00", TALKISH) + running(E25, "14:00", kind=TALKISH, day=SAT)
    fri_1145 = starting(E25, "11:45", kind="talk", day=FRI)
    sat_three_os = at(E25, "15:00", kind="open-space", day=SAT)
    sun_four_os = at(E25, "16:00", kind="open-space", day=SUN)
    sat_1215 = at(E25, "12:15", kind=NOT_NOTICE, day=SAT)
    thu_afternoon_tut = between(THU, "12:00", "18:00", "tutorial")
    assert lunch_end == "13:45"
    return [
        T(["what talks are after lunch", "uh what's on after lunch today", "any talks after lunch"],
          cat="range", any_=titles(after_lunch)),
        T(["what talks are this afternoon", "talks this afternoon please"], cat="range", any_=titles(afternoon)),
        T(["what talks are between 2 and 4", "talks between two and four today"], cat="range",
          any_=titles(two_to_four)),
        T(["what talks start at 11:45 on friday", "friday at eleven forty five what talks"], cat="time",
          any_=titles(fri_1145)),
        T(["what open spaces are at three", "open spaces at 3 pm", "any open spaces at three o'clock"],
          cat="time", any_=titles(sat_three_os)),
        T(["what open spaces are on sunday at four", "open spaces at four on sunday"], cat="time",
          any_=titles(sun_four_os)),
        T(["what talk is on at 12:15", "anything happening at twelve fifteen"], cat="time",
          any_=titles(sat_1215)),
        T(["what tutorials are on thursday afternoon", "thursday afternoon tutorials"], cat="range",
          any_=titles(thu_afternoon_tut)),
        T(["who is the keynote on 5/16", "what keynote is on 5/16"], cat="date",
          any_=[surname(one(sel(E25, kind="keynote", day=FRI))["speakers"][0])]),
        T(["who gives the keynote on may 17th", "who's the keynote speaker may seventeenth"], cat="date",
          any_=[surname(one(sel(E25, kind="keynote", day=SAT))["speakers"][0])]),
        T(["what's the keynote tomorrow morning", "who is speaking at the keynote tomorrow morning"], cat="date",
          any_=[surname(sel(E25, kind="keynote", day=SUN)[0]["speakers"][0])]),
        T(["what talks are on 5/18", "talks on may 18th"], cat="date", any_=titles(sel(E25, kind="talk", day=SUN))),
        T(["what's next", "what is coming up next"], cat="next",
          any_=["break"] + titles(sel(E25, day=SAT, pred=lambda e: "10:00" <= e["start"] <= "10:30"
                                      and e["kind"] not in ("info",)))),
        T(["what talks are on now", "is there a talk going on right now"], cat="now", expect="handled"),
        T(["what talks are before lunch today", "talks this morning"], cat="range",
          any_=titles(between(SAT, "10:00", "12:30", TALKISH))),
        T(["what's on at half past four on friday", "talks friday at four thirty"], cat="time",
          any_=titles(at(E25, "16:30", day=FRI, kind=NOT_NOTICE))),
        T(["what tutorials are on the first day", "tutorials on day one"], cat="date",
          any_=titles(sel(E25, kind="tutorial", day=WED))),
    ]


def topics():
    return [
        T(["is there a talk about rust", "any rust talks", "i'm looking for something on rust"], cat="topic",
          any_=topic("rust")),
        T(["is there anything on polars", "polars tutorial when"], cat="topic", any_=topic("polars")),
        T(["anything about duckdb", "is there a duckdb talk"], cat="topic", any_=topic("duckdb")),
        T(["is there a talk on asyncio", "when is the asyncio talk"], cat="topic", any_=topic("asyncio")),
        T(["do you have anything about pyscript", "pyscript tutorial"], cat="topic", any_=topic("pyscript")),
        T(["talks about django", "is there uh something on django"], cat="topic", any_=topic("django")),
        T(["where's the talk about packaging", "anything on python packaging"], cat="topic",
          any_=topic("packaging")),
        T(["is there a talk about audio", "audio in python talk"], cat="topic", any_=topic("audio")),
        T(["any talks on gpus", "gpu talks today"], cat="topic", any_=topic("gpu")),
        T(["when is the jit compiler talk", "talk about building a jit"], cat="topic", any_=topic("jit")),
        T(["is there a talk about json", "json talk"], cat="topic", any_=topic("json")),
        T(["is there a poster about chess", "the chess poster where is it"], cat="topic", any_=topic("chess")),
        T(["talks about pypi", "anything about pypi please"], cat="topic", any_=topic("pypi")),
        T(["is there an open space on llms", "open spaces about llm"], cat="topic", any_=topic("llm")),
        T(["is there a talk about notebooks", "notebook talks"], cat="topic", any_=topic("notebook")),
        T(["anything on free threading", "talks on free threaded python"], cat="topic",
          any_=topic("free-thread")),
        T(["is there an open space about mcp", "mcp stuff"], cat="topic", any_=topic("mcp")),
        T(["talks about fastapi", "is there a fast api talk"], cat="topic", any_=topic("fastapi")),
        T(["is there a talk about pandas", "pandas talks please"], cat="topic", any_=topic("pandas")),
        T(["anything on webassembly", "web assembly talks"], cat="topic", any_=topic("webassembly")),
        T(["is there a talk about formula one", "the f1 talk"], cat="topic", any_=topic("f1")),
        T(["something about honeybees", "the talk about bee swarms"], cat="topic", any_=topic("honeybee")),
        T(["is there an open space on vim", "vim meetup"], cat="topic", any_=topic("vim")),
        T(["is there a juggling open space", "when is juggling"], cat="topic", any_=topic("juggling")),
        T(["board games?", "is there a board game open space"], cat="topic", any_=topic("board games")),
        T(["is there a talk on virtual environments", "virtual env talk"], cat="topic",
          any_=topic("virtual environments")),
        T(["is there a talk about metaclasses", "metaclasses talk when"], cat="topic", any_=topic("metaclasses")),
        T(["anything about the linux kernel", "linux kernel talk"], cat="topic", any_=topic("linux kernel")),
        T(["is there a talk on debugging", "debugger talk"], cat="topic", any_=topic("debug")),
        T(["what open spaces about testing are there", "hypothesis testing open space"], cat="topic",
          any_=topic("testing")),
        T(["is there a talk on accessibility", "accessible docs talk"], cat="topic",
          any_=topic("accessib") + topic("a11y")),
        T(["the talk about sql", "unlearning sql when is it"], cat="topic", any_=topic("sql")),
    ]


def speakers():
    def case(sentences, name, cat="speaker", what="title", **kw):
        evs = spk(name)
        if what == "title":
            return T(sentences, cat=cat, any_=titles(evs), **kw)
        if what == "time":
            return T(sentences, cat=cat, times=[one(evs)["start"]], **kw)
        return T(sentences, cat=cat, answer=[one(evs)["room"]], **kw)
    assert len({s for e in spk("ukasz") for s in e["speakers"]}) == 1
    assert len({s for e in spk("trey") for s in e["speakers"]}) == 1
    assert len({s for e in spk("slatkin") for s in e["speakers"]}) == 1
    assert len({s for e in spk("hynek") for s in e["speakers"]}) == 1
    assert len({s for e in spk("glyph") for s in e["speakers"]}) == 1
    assert len({s for e in spk("zanie") for s in e["speakers"]}) == 1
    venv = one(by_title(E25, "virtual environments"))
    return [
        case(["when is hynek speaking", "when's hynek's talk", "what time does hynek schlawack talk"], "hynek",
             what="time"),
        case(["where is brett slatkin's talk", "which room is slatkin in", "where does brett slatkin speak"],
             "slatkin", what="room"),
        case(["when does lukasz langa speak", "what is łukasz langa doing", "is lukasz giving a talk"],
             "langa"),
        case(["what is simon willison doing", "simon willison's tutorial", "when is simon willison"],
             "willison"),
        case(["is glyph giving a talk", "when is glyph's talk"], "glyph"),
        case(["what is russell keith-magee talking about", "russell keith magee's talk",
              "when is russell keith magee"], "keith-magee"),
        case(["pablo galindo's talks", "when is pablo galindo salgado speaking"], "pablo galindo"),
        case(["when is zanie blue's talk", "what time does zanie speak"], "zanie", what="time"),
        case(["when is trey's tutorial", "trey hunner's tutorial when is it", "um when does trey hunner teach"],
             "trey"),
        case(["when does lynn root speak", "what time is lynn root's keynote"], "lynn root", what="time"),
        case(["where is al sweigart talking", "al sweigart's room"], "sweigart", what="room"),
        case(["what is reuven lerner presenting", "reuven lerner talk"], "reuven"),
        case(["when is brandt bucher's talk", "brandt bucher when"], "bucher", what="time"),
        case(["what's seth larson talking about", "seth michael larson"], "seth michael larson"),
        case(["is pamela fox speaking", "what does pamela fox have"], "pamela fox"),
        case(["where's cory doctorow", "which room is cory doctorow's keynote in"], "doctorow", what="room"),
        case(["when does marie roald speak", "marie roald's talk"], "marie roald"),
        T(["who is giving the talk on virtual environments", "who's speaking about virtual environments"],
          cat="who", answer=[venv["speakers"][0]]),
        T(["who is giving the talk about the linux kernel", "who talks about the linux kernel from python"],
          cat="who", answer=[one(by_title(E25, "linux kernel"))["speakers"][0]]),
        T(["who is teaching the decorators tutorial", "who does decorators demystified"], cat="who",
          answer=[one(by_title(E25, "decorators demystified"))["speakers"][0]]),
        T(["who is the keynote on sunday afternoon", "who gives the last keynote"], cat="who",
          answer=["kari"]),
    ]


def rooms_and_positions():
    hallc_sun = sel(E25, kind="talk", day=SUN, room="Hall C")
    r301_fri = sel(E25, kind="talk", day=FRI, room="Room 301-305")
    bbc_sat = sel(E25, kind="talk", day=SAT, room="Ballroom BC")
    sat_talks = sel(E25, kind="talk", day=SAT)
    sun_talks = sel(E25, kind="talk", day=SUN)
    wed_tut = sel(E25, kind="tutorial", day=WED)
    ba_two = at(E25, "14:00", day=SAT, room="Ballroom A", kind=TALKISH)
    r308_three = at(E25, "15:00", day=SAT, room="Room 308")
    hallc_next = sel(E25, day=SAT, room="Hall C", pred=lambda e: e["start"] > "10:00")
    first_tut_320_thu = sel(E25, kind="tutorial", day=THU, room="Room 320")
    return [
        T(["the second talk in hall c on sunday", "what's the second talk in hall c sunday"], cat="position",
          any_=titles([hallc_sun[1]])),
        T(["what's the third talk in room 301-305 on friday", "third talk friday in room three oh one"],
          cat="position", any_=titles([r301_fri[2]])),
        T(["first talk in ballroom bc today", "what's first in ballroom b c today"], cat="position",
          any_=titles([bbc_sat[0]])),
        T(["what's the last talk today", "the last talks of the day"], cat="position",
          any_=titles([e for e in sat_talks if e["start"] == sat_talks[-1]["start"]])),
        T(["first talk tomorrow", "what's the first talk on sunday"], cat="position",
          any_=titles([e for e in sun_talks if e["start"] == sun_talks[0]["start"]])),
        T(["the last tutorial on wednesday", "what's the last tutorial on the fourteenth"], cat="position",
          any_=titles([e for e in wed_tut if e["start"] == wed_tut[-1]["start"]])),
        T(["what's in ballroom a at two", "ballroom a at 2 pm"], cat="room_time", any_=titles(ba_two)),
        T(["what is in room 308 at three", "room 308 at three o'clock"], cat="room_time",
          any_=titles(r308_three)),
        T(["what's next in hall c", "next thing in hall c"], cat="room_next", any_=titles(hallc_next[:1])),
        T(["where is room 308", "how do i find room 308"], cat="room", answer=["308"]),
        T(["what tutorial is in room 320 on thursday morning", "thursday morning room three twenty tutorial"],
          cat="room_time", any_=titles(first_tut_320_thu[:1])),
        T(["what's in room 310/311 this afternoon", "room 310 311 this afternoon"], cat="room_range",
          any_=titles(sel(E25, day=SAT, room="Room 310/311", pred=lambda e: "12:00" <= e["start"] < "18:00"))),
        T(["what's on in hall b tomorrow", "hall b on sunday"], cat="room_day",
          any_=titles(sel(E25, day=SUN, room="Hall B", pred=lambda e: e["kind"] != "info"))),
    ]


def relative_and_asked():
    kn_sat = one(sel(E25, kind="keynote", day=SAT))
    after_kn = sel(E25, kind=TALKISH, day=SAT, pred=lambda e: e["start"] == "10:30")
    doct = one(sel(E25, kind="keynote", day=FRI))
    pk = one(by_title(E25, "packaging summit"))
    trey = one(spk("trey hunner"))
    glyph = one(spk("glyph"))
    sat_talks = sel(E25, kind="talk", day=SAT)
    sat_os = sel(E25, kind="open-space", day=SAT)
    tut = sel(E25, kind="tutorial")
    kn = sel(E25, kind="keynote")
    posters = sel(E25, kind="poster")
    auction = one(by_title(E25, "pyladies auction"))
    assert kn_sat["end"] < "10:30"
    return [
        T(["what talks are after the keynote", "what's on right after the keynote today"], cat="relative",
          any_=titles(after_kn)),
        T(["what talks are after lunch on sunday", "sunday after lunch talks"], cat="relative",
          any_=titles(between(SUN, "13:00", "14:30", "talk"))),
        T(["how long is cory doctorow's keynote", "how long does the doctorow keynote last"], cat="how_long",
          any_=dur_forms(mins(doct))),
        T(["how long is the packaging summit", "how many hours is the packaging summit"], cat="how_long",
          any_=dur_forms(mins(pk))),
        T(["how long is trey hunner's tutorial", "how long is decorators demystified"], cat="how_long",
          any_=dur_forms(mins(trey))),
        T(["how long is glyph's talk", "glyph's talk how long"], cat="how_long", any_=dur_forms(mins(glyph))),
        T(["when does glyph's talk end", "what time is glyph done"], cat="end", times=[glyph["end"]]),
        T(["when does the keynote end today", "what time is the keynote over"], cat="end", times=[kn_sat["end"]]),
        T(["which room is the auction in", "where is the pyladies auction"], cat="where",
          answer=[auction["room"]]),
        T(["how many talks are there today", "how many talks today"], cat="count",
          any_=count_forms(len(sat_talks)) + count_forms(len(sel(E25, kind=TALKISH, day=SAT)))),
        T(["how many tutorials are there", "how many tutorials in total"], cat="count",
          any_=count_forms(len(tut))),
        T(["how many keynotes are there", "number of keynotes"], cat="count", any_=count_forms(len(kn))),
        T(["how many open spaces are there today", "how many open spaces today"], cat="count",
          any_=count_forms(len(sat_os))),
        T(["how many posters are there", "how many posters on sunday"], cat="count",
          any_=count_forms(len(posters)) + count_forms(len(posters) - 1)),
        T(["who is speaking in ballroom a at two", "who's talking in ballroom a at 2"], cat="who",
          any_=[s.split()[-1] for e in at(E25, "14:00", day=SAT, room="Ballroom A") for s in e["speakers"]]),
        T(["where is the first talk after the break", "where's the talk after the morning break"],
          cat="relative", any_=[e["room"] for e in after_kn]),
    ]


def sponsors_and_venue():
    vis = [s["name"] for s in SP25 if s["level"] == "Visionary"]
    with_booth = [s["name"] for s in SP25 if s["booth"]]
    startup = [s["name"] for s in SP25 if s["level"] == "PyCon US Startup Row"]

    def notice(title, day):
        return one(sel(E25, kind="info", day=day, pred=lambda e: e["title"] == title))["start"]
    return [
        booth_case(["where is the jetbrains booth", "jet brains booth number", "which booth is jetbrains"],
                   "JetBrains"),
        booth_case(["which booth is sentry at", "where can i find sentry"], "Sentry"),
        booth_case(["where's heroku", "heroku booth please"], "Heroku"),
        booth_case(["where is the qube booth", "qube research booth"], "Qube"),
        booth_case(["anaconda's booth", "where's anaconda"], "Anaconda"),
        booth_case(["where is posit", "posit booth number"], "Posit"),
        booth_case(["hudson river trading booth", "where is hudson river trading"], "Hudson River"),
        booth_case(["where's the psf booth", "python software foundation booth"], "Python Software Foundation"),
        booth_case(["numfocus booth", "where is num focus"], "NumFOCUS"),
        booth_case(["where is pydantic's booth", "pydantic ai booth"], "PydanticAI"),
        booth_case(["where can i find microsoft", "microsoft booth"], "Microsoft"),
        booth_case(["uh the bloomberg booth", "where is bloomberg"], "Bloomberg"),
        booth_case(["where is the pyladies booth", "pyladies booth number"], "PyLadies"),
        booth_case(["where is mongodb", "mongo db booth"], "MongoDB"),
        T(["who has booth 100", "who is at booth one hundred"], cat="booth_owner", answer=[booth_of(100)["name"]]),
        T(["who is at booth five oh one", "booth 501"], cat="booth_owner", answer=[booth_of(501)["name"]]),
        T(["who's at booth 608", "booth six oh eight who is that"], cat="booth_owner",
          answer=[booth_of(608)["name"]]),
        T(["who has booth 221", "what company is at booth two twenty one"], cat="booth_owner",
          answer=["heroku"]),
        T(["who are the visionary sponsors", "visionary level sponsors"], cat="sponsor_level", any_=vis, mn=2),
        T(["what level is bloomberg", "what kind of sponsor is bloomberg"], cat="sponsor_level",
          answer=["visionary"]),
        T(["what level sponsor is jetbrains", "jetbrains sponsor level"], cat="sponsor_level",
          answer=[sponsor("JetBrains")["level"]]),
        T(["which sponsors have booths", "what sponsors have a booth"], cat="sponsor_list", any_=with_booth, mn=2),
        T(["who is on startup row", "startup row companies"], cat="sponsor_level", any_=startup, mn=2),
        T(["when does the expo hall open today", "what time does the expo hall open"], cat="hours",
          times=[notice("Expo Hall Opens", SAT)]),
        T(["when does the expo hall close", "what time does the expo hall close today"], cat="hours",
          times=[notice("Expo Hall Closes", SAT)]),
        T(["when does the expo hall close on friday", "expo hall closing time friday"], cat="hours",
          times=[notice("Expo Hall Closes", FRI)]),
        T(["when does registration close today", "what time does the registration desk close"], cat="hours",
          times=[notice("Registration / Information Desks Close", SAT)]),
        T(["is registration open tomorrow", "registration hours on sunday"], cat="hours",
          times=[notice("Registration / Information Desks Open", SUN)]),
        T(["when does registration open on wednesday", "what time does registration open on the fourteenth"],
          cat="hours", times=[notice("Registration / Information Desks Open", WED)]),
        T(["when does swag pickup close today", "until when can i pick up swag"], cat="hours",
          times=[notice("Swag Pickup Closes", SAT)]),
        T(["when do the open spaces rooms close", "how late are the open space rooms open"], cat="hours",
          times=[notice("Open Spaces Rooms Close", SAT)]),
    ]


def spoken():
    """Questions as visitors say them: fillers, repeats, politeness, numbers as words."""
    kari = one(sel(E25, kind="keynote", day=SUN, pred=lambda e: e["start"] >= "12:00"))
    ariza = one(at(E25, "14:30", day=SAT, room="Room 301-305"))
    linux = one(at(E25, "11:15", day=SAT, room="Hall C"))
    return [
        T(["can you tell me when the the keynote is tomorrow afternoon",
           "um what time is the sunday afternoon keynote"], cat="spoken", times=[kari["start"]]),
        T(["i'm looking for the the talk on unlearning sql", "uh unlearning sql where is that"], cat="spoken",
          any_=[e["room"] for e in by_title(E25, "unlearning sql")]),
        T(["like where is the uh duolingo booth", "duolingo booth please"], cat="spoken",
          answer=[str(sponsor("Duolingo")["booth"])]),
        T(["um um what's in hall c at eleven fifteen", "hall c eleven fifteen please"], cat="spoken",
          any_=titles([linux])),
        T(["do you have like anything on hypothesis", "hypothesis open space?"], cat="spoken",
          any_=topic("hypothesis")),
        T(["thanks and when is the pyladies lunch", "what time's the pyladies lunch on sunday"], cat="spoken",
          times=[one(by_title(E25, "pyladies lunch"))["start"]]),
        T(["can you tell me who's speaking in room 301-305 at two thirty",
           "who is talking in room 301-305 at half past two"], cat="spoken",
          any_=[x.split()[-1] for x in ariza["speakers"]]),
        T(["uh i'm looking for the talk by amethyst reese", "amethyst reese talk please"], cat="spoken",
          any_=titles(by_speaker(E25, "amethyst reese"))),
        T(["is there a talk by sev leonard", "sev leonard when"], cat="spoken",
          any_=titles(by_speaker(E25, "sev leonard"))),
        T(["when is the psf members lunch", "the p s f members lunch what time"], cat="spoken",
          times=[one(by_title(E25, "psf members lunch"))["start"]]),
        T(["i'm looking for the talk on the sky alarm", "the xkcd sky alarm talk"], cat="spoken",
          any_=topic("sky alarm")),
        T(["where is the datadog booth please", "datadog where are they"], cat="spoken",
          answer=[str(sponsor("Datadog")["booth"])]),
        T(["who's at booth six twenty four", "booth 624 who is that"], cat="spoken",
          answer=[booth_of(624)["name"]]),
        T(["which booth is the django software foundation", "django foundation booth"], cat="spoken",
          answer=[str(sponsor("Django Software Foundation")["booth"])]),
        T(["where are the carpentries", "the carpentries booth number please"], cat="spoken",
          answer=[str(sponsor("Carpentries")["booth"])]),
        T(["what open spaces are at eleven tomorrow", "sunday eleven am open spaces"], cat="spoken",
          any_=titles(at(E25, "11:00", kind="open-space", day=SUN))),
    ]


def questions():
    return kinds() + times_and_ranges() + topics() + speakers() + rooms_and_positions() + relative_and_asked() \
        + sponsors_and_venue() + spoken()


def not_on_schedule():
    people = ["Guido van Rossum", "Raymond Hettinger", "Linus Torvalds", "Ada Lovelace", "Kenneth Reitz",
              "Jessica McKellar", "Carol Willing", "Barack Obama", "Grace Hopper", "Mariatta", "David Beazley",
              "Jacob Kaplan-Moss"]
    more_people = ["Katy Huff", "Kelsey Hightower", "Yehuda Katz", "Tim Peters", "Armin Ronacher"]
    for p in people + more_people:
        absent_person(E25, p)
    topics_ = ["knitting", "kubernetes", "cobol", "kotlin", "haskell", "terraform", "gardening", "minecraft",
               "lisp", "cryptocurrency", "origami", "perl", "sourdough", "ansible", "jupyterlab"]
    more_topics = ["pottery", "salsa", "esports", "astrology", "unreal engine"]
    for w in topics_ + more_topics:
        absent_topic(E25, w, SP25)
    for s_ in ("Tesla", "Samsung", "Netscape"):
        absent_sponsor(s_)
    absent_room(E25, "Room 1001")
    absent_room(E25, "Ballroom D")
    assert not any(str(x["booth"]) in ("1000", "313") for x in SP25)
    assert not sel(E25, kind="talk", day=FRI, pred=lambda e: e["start"] <= "07:00" < e["end"] or e["start"] == "07:00")
    assert not sel(E25, kind="tutorial", day=SUN)
    spons = ["Apple", "Oracle", "IBM", "Intel", "Stripe", "Spotify", "Dropbox", "Twilio", "Cloudflare",
             "Vercel"]
    for s in spons:
        absent_sponsor(s)
    rooms = ["Room 999", "Ballroom Z", "Room 512", "Hall F", "Room 207"]
    for r in rooms:
        absent_room(E25, r)
    booths = [999, 150, 700, 42, 888]
    for b in booths:
        assert not any(str(s["booth"]) == str(b) for s in SP25), b
    for k in ("concert", "hackathon", "karaoke", "yoga", "film", "movie", "dance"):
        absent_topic(E25, k, titles_only=True)
    assert not sel(E25, kind="tutorial", day=SAT) and not sel(E25, kind="keynote", day=THU)
    assert not sel(E25, day="2025-05-19") and not sel(E25, day="2025-05-13")
    assert not sel(E25, kind="poster", day=FRI)
    assert not running(E25, "03:00") and not sel(E25, kind="talk", day=SAT, pred=lambda e: e["start"] >= "19:00")
    c = "not_on_schedule"
    p = [f"is {people[0].lower()} giving a talk", f"when does {people[1].lower()} speak",
         f"where is {people[2].lower()}'s talk", "um is ada lovelace speaking", f"{people[4].lower()} talk",
         "when is jessica mckellar's keynote", "is carol willing here", "barack obama talk when",
         "where can i see grace hopper speak", "is mariatta giving a talk", "david beazley's tutorial",
         "what is jacob kaplan-moss talking about"]
    t = [f"is there a talk about {topics_[0]}", "anything on kubernetes", "is there a cobol talk",
         "kotlin talks please", "any haskell open spaces", "is there a talk on terraform",
         "anything about gardening", "is there a minecraft open space", "i'm looking for a lisp tutorial",
         "anything about cryptocurrency", "origami open space", "is there a perl talk",
         "sourdough baking open space", "anything about ansible", "is there a jupyterlab tutorial"]
    s = ["where is the apple booth", "is oracle a sponsor", "which booth is ibm", "where's intel",
         "stripe booth", "is spotify here", "where can i find dropbox", "twilio booth number",
         "where is cloudflare", "is vercel sponsoring"]
    r = ["what's in room 999", "what's on in ballroom z", "room 512 at three", "what is in hall f today",
         "where is room 207"]
    b = ["who has booth 999", "who is at booth one fifty", "booth 700", "who's at booth forty two",
         "who has booth eight eight eight"]
    k = ["is there a concert tonight", "when is the hackathon", "is there karaoke", "when is yoga",
         "is there a film screening", "movie night when", "when is the dance party"]
    d = ["what tutorials are on today", "is there a keynote on thursday", "what talks are on monday",
         "talks on may 13th", "are there posters on friday", "what's on at 3 am",
         "any talks tonight at nine", "what tutorials are on saturday", "talks on the nineteenth"]
    p += ["when is katy huff's keynote", "kelsey hightower talk", "is yehuda katz speaking", "tim peters talk when",
          "where is armin ronacher speaking"]
    t += ["is there a pottery open space", "salsa lessons", "esports talk", "anything about astrology",
          "unreal engine talks"]
    s += ["where's the tesla booth", "is samsung here", "netscape booth"]
    r += ["what's in room 1001", "ballroom d schedule"]
    b += ["who has booth one thousand", "booth 313"]
    d += ["any talks on friday at 7 am", "tutorials on sunday"]
    return [T(p, "no", c + "/person"), T(t, "no", c + "/topic"), T(s, "no", c + "/sponsor"),
            T(r, "no", c + "/room"), T(b, "no", c + "/booth"), T(k, "no", c + "/kind"), T(d, "no", c + "/time")]


def out_of_domain():
    return [T([
        "what's the weather like", "tell me a joke", "order me a pizza", "what's the capital of france",
        "play some music", "how do i reverse a list in python", "what's two plus two", "who won the game last night",
        "can you call a taxi", "set an alarm for seven", "what's your favorite color", "sing me a song",
        "translate hello into german", "how tall is mount everest", "what's the stock price of apple today",
        "are you a robot", "i like your shirt", "my feet hurt", "book me a flight to boston",
        "what's the meaning of life", "recommend a good restaurant downtown", "how old are you",
        "do you dream", "turn off the lights", "send an email to my boss", "what year did the titanic sink",
        "i'm so tired", "write me a poem", "who is the president", "what's the score of the penguins game",
        "how do you make pancakes", "is it going to rain tomorrow", "what's the exchange rate for euros",
        "what rhymes with orange", "explain quantum physics to me", "who invented the telephone",
        "what's a good name for a cat", "do you like pizza", "tell me something interesting",
        "what is the square root of nine hundred",
    ], "fallback", "out_of_domain")]
