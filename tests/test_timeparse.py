"""The time resolver on the shipped conferences (PyCon US 2025 and 2017), read from data/."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from booth.answer.spoken import say_clock
from booth.errors import ConfigError
from booth.schedule.store import load_conference
from booth.understand.text import tokenize
from booth.understand.timeparse import Clock, TimeQuery, TimeSpan, find_time, make_clock, parse_time

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def pycon2025():
    return load_conference(DATA, "pycon-us-2025")


@pytest.fixture(scope="module")
def pycon2017():
    return load_conference(DATA, "pycon-us-2017")


@pytest.fixture(scope="module")
def clock(pycon2025) -> Clock:
    return make_clock(pycon2025, "2025-05-17T10:00")  # Saturday, the second main day


@pytest.fixture(scope="module")
def clock2017(pycon2017) -> Clock:
    return make_clock(pycon2017, "2017-05-20T10:00")  # Saturday, the second main day


def _when(moment: datetime | None) -> str | None:
    return None if moment is None else f"{moment:%m-%d %H:%M}"


# (sentence, the words of the span, start, end, kind, spoken); 2025 clock: Sat 17 May 10:00.
CASES_2025 = [
    ("what open spaces are at three", "three", "05-17 15:00", None, "instant", "three p.m."),
    ("at three", "three", "05-17 15:00", None, "instant", "three p.m."),
    ("what is on at seven", "seven", "05-17 19:00", None, "instant", "seven p.m."),
    ("what is on at eight", "eight", "05-17 08:00", None, "instant", "eight a.m."),
    ("what is on at 9", "9", "05-17 09:00", None, "instant", "nine a.m."),
    ("at twelve", "twelve", "05-17 12:00", None, "instant", "noon"),
    ("at 8 pm", "8 pm", "05-17 20:00", None, "instant", "eight p.m."),
    ("at eight p.m.", "eight pm", "05-17 20:00", None, "instant", "eight p.m."),
    ("at eight p m", "eight pm", "05-17 20:00", None, "instant", "eight p.m."),
    ("at 3 am", "3 am", "05-17 03:00", None, "instant", "three a.m."),
    ("at 12 am", "12 am", "05-17 00:00", None, "instant", "midnight"),
    ("three thirty", "three thirty", "05-17 15:30", None, "instant", "three thirty p.m."),
    ("half past two", "half past two", "05-17 14:30", None, "instant", "two thirty p.m."),
    ("quarter to four", "quarter to four", "05-17 15:45", None, "instant", "three forty five p.m."),
    ("quarter past ten", "quarter past ten", "05-17 10:15", None, "instant", "ten fifteen a.m."),
    ("at a quarter after ten", "a quarter after ten", "05-17 10:15", None, "instant", "ten fifteen a.m."),
    ("at quarter to one", "quarter to one", "05-17 12:45", None, "instant", "twelve forty five p.m."),
    ("what is on at ten to four", "ten to four", "05-17 15:50", None, "instant", "three fifty p.m."),
    ("four fifteen", "four fifteen", "05-17 16:15", None, "instant", "four fifteen p.m."),
    ("three oh five", "three oh five", "05-17 15:05", None, "instant", "three oh five p.m."),
    ("at ten forty five", "ten forty five", "05-17 10:45", None, "instant", "ten forty five a.m."),
    ("twelve thirty", "twelve thirty", "05-17 12:30", None, "instant", "twelve thirty p.m."),
    ("3 pm", "3 pm", "05-17 15:00", None, "instant", "three p.m."),
    ("what talks are at 3pm", "3 pm", "05-17 15:00", None, "instant", "three p.m."),
    ("at 3 o'clock", "3 oclock", "05-17 15:00", None, "instant", "three p.m."),
    ("15:00", "15:00", "05-17 15:00", None, "instant", "three p.m."),
    ("3:30", "3:30", "05-17 15:30", None, "instant", "three thirty p.m."),
    ("07:30", "07:30", "05-17 07:30", None, "instant", "seven thirty a.m."),
    ("see you at 4:15 pm", "4:15 pm", "05-17 16:15", None, "instant", "four fifteen p.m."),
    ("fifteen hundred", "fifteen hundred", "05-17 15:00", None, "instant", "three p.m."),
    # A recognizer's "at three hundred" for "at three": no 3 a.m. at a conference.
    ("at three hundred", "three hundred", "05-17 15:00", None, "instant", "three p.m."),
    ("at twenty thirty", "twenty thirty", "05-17 20:30", None, "instant", "eight thirty p.m."),
    ("at seven in the morning", "seven in the morning", "05-17 07:00", None, "instant", "seven a.m."),
    ("noon", "noon", "05-17 12:00", None, "instant", "noon"),
    ("what is on at midday", "midday", "05-17 12:00", None, "instant", "noon"),
    ("at midnight", "midnight", "05-18 00:00", None, "instant", "midnight"),
    ("is there anything at about four", "four", "05-17 16:00", None, "instant", "four p.m."),
    ("what is on now", "now", "05-17 10:00", None, "now", "now"),
    ("what is happening right now", "right now", "05-17 10:00", None, "now", "now"),
    ("what is currently on", "currently", "05-17 10:00", None, "now", "now"),
    ("what is on at the moment", "the moment", "05-17 10:00", None, "now", "now"),
    ("what is next", "next", "05-17 10:00", None, "next", "next"),
    ("what is coming up", "coming up", "05-17 10:00", None, "next", "next"),
    ("what is up next", "up next", "05-17 10:00", None, "next", "next"),
    ("anything later", "later", "05-17 10:00", None, "next", "next"),
    ("what is on in half an hour", "in half an hour", "05-17 10:30", None, "instant", "ten thirty a.m."),
    ("in twenty minutes", "in twenty minutes", "05-17 10:20", None, "instant", "ten twenty a.m."),
    ("in an hour", "in an hour", "05-17 11:00", None, "instant", "eleven a.m."),
    ("in an hour and a half", "in an hour and a half", "05-17 11:30", None, "instant", "eleven thirty a.m."),
    ("in 90 minutes", "in 90 minutes", "05-17 11:30", None, "instant", "eleven thirty a.m."),
    ("what is on after lunch", "after lunch", "05-17 13:30", None, "instant", "after lunch"),
    ("sunday after lunch", "sunday after lunch", "05-18 13:30", None, "instant", "tomorrow after lunch"),
    ("what is on this morning", "this morning", "05-17 08:00", "05-17 12:00", "range", "this morning"),
    ("this afternoon", "this afternoon", "05-17 12:00", "05-17 17:00", "range", "this afternoon"),
    ("this evening", "this evening", "05-17 17:00", "05-17 22:00", "range", "this evening"),
    ("what is on in the morning", "the morning", "05-17 08:00", "05-17 12:00", "range", "this morning"),
    ("tonight", "tonight", "05-17 17:00", "05-18 00:00", "range", "tonight"),
    ("tomorrow night", "tomorrow night", "05-18 17:00", "05-19 00:00", "range", "tomorrow night"),
    ("what is on today", "today", "05-17 00:00", "05-18 00:00", "day", "today"),
    ("what is on tomorrow", "tomorrow", "05-18 00:00", "05-19 00:00", "day", "tomorrow"),
    ("what was on yesterday", "yesterday", "05-16 00:00", "05-17 00:00", "day", "yesterday"),
    ("on saturday at four", "saturday at four", "05-17 16:00", None, "instant", "four p.m."),
    ("what about saturday 4", "saturday 4", "05-17 16:00", None, "instant", "four p.m."),
    ("monday at four", "monday at four", "05-19 16:00", None, "instant", "Monday at four p.m."),
    ("at four on monday", "four on monday", "05-19 16:00", None, "instant", "Monday at four p.m."),
    ("friday at 3 in the afternoon", "friday at 3 in the afternoon", "05-16 15:00", None, "instant",
     "yesterday at three p.m."),
    ("tomorrow at ten thirty", "tomorrow at ten thirty", "05-18 10:30", None, "instant",
     "tomorrow at ten thirty a.m."),
    ("at three tomorrow", "three tomorrow", "05-18 15:00", None, "instant", "tomorrow at three p.m."),
    ("a talk at two thirty tomorrow afternoon", "two thirty tomorrow afternoon", "05-18 14:30", None,
     "instant", "tomorrow at two thirty p.m."),
    ("at eight tonight", "eight tonight", "05-17 20:00", None, "instant", "eight p.m."),
    ("this morning at 7", "this morning at 7", "05-17 07:00", None, "instant", "seven a.m."),
    ("monday evening at seven", "monday evening at seven", "05-19 19:00", None, "instant",
     "Monday at seven p.m."),
    # Thursday occurs twice (tutorials 15th, sprints 22nd): the tutorial day, said with its date.
    ("thursday morning", "thursday morning", "05-15 08:00", "05-15 12:00", "range",
     "Thursday morning, May fifteenth"),
    ("monday", "monday", "05-19 00:00", "05-20 00:00", "day", "Monday"),
    ("on wednesday", "wednesday", "05-14 00:00", "05-15 00:00", "day", "Wednesday May fourteenth"),
    ("next saturday", "next saturday", "05-24 00:00", "05-25 00:00", "day", "Saturday May twenty fourth"),
    ("the first day", "the first day", "05-16 00:00", "05-17 00:00", "day", "yesterday"),
    ("the second day", "the second day", "05-17 00:00", "05-18 00:00", "day", "today"),
    ("what is on day two", "day two", "05-17 00:00", "05-18 00:00", "day", "today"),
    ("the last day", "the last day", "05-18 00:00", "05-19 00:00", "day", "tomorrow"),
    ("the first day of the conference", "the first day of the conference", "05-16 00:00", "05-17 00:00",
     "day", "yesterday"),
    ("the first day of the talks", "the first day of the talks", "05-16 00:00", "05-17 00:00", "day",
     "yesterday"),
    ("the first day of the tutorials", "the first day of the tutorials", "05-14 00:00", "05-15 00:00",
     "day", "Wednesday May fourteenth"),
    ("the second tutorial day", "the second tutorial day", "05-15 00:00", "05-16 00:00", "day",
     "Thursday May fifteenth"),
    ("the first day of sprints", "the first day of sprints", "05-19 00:00", "05-20 00:00", "day", "Monday"),
    ("the last day of the sprints", "the last day of the sprints", "05-22 00:00", "05-23 00:00", "day",
     "Thursday May twenty second"),
    ("may seventeenth", "may seventeenth", "05-17 00:00", "05-18 00:00", "day", "today"),
    ("on may 16 at 2", "may 16 at 2", "05-16 14:00", None, "instant", "yesterday at two p.m."),
    ("the seventeenth", "the seventeenth", "05-17 00:00", "05-18 00:00", "day", "today"),
    ("what is happening on the 16th", "the 16", "05-16 00:00", "05-17 00:00", "day", "yesterday"),
    ("17 may", "17 may", "05-17 00:00", "05-18 00:00", "day", "today"),
    ("the 18th of may", "the 18 of may", "05-18 00:00", "05-19 00:00", "day", "tomorrow"),
    ("2025-05-17", "2025 05 17", "05-17 00:00", "05-18 00:00", "day", "today"),
    ("2025-05-18 15:00", "2025 05 18 15:00", "05-18 15:00", None, "instant", "tomorrow at three p.m."),
    ("from two to four", "from two to four", "05-17 14:00", "05-17 16:00", "range", "from two to four p.m."),
    ("between two and four", "between two and four", "05-17 14:00", "05-17 16:00", "range",
     "from two to four p.m."),
    ("from ten to four", "from ten to four", "05-17 10:00", "05-17 16:00", "range",
     "from ten a.m. to four p.m."),
    ("between 11 and 1", "between 11 and 1", "05-17 11:00", "05-17 13:00", "range",
     "from eleven a.m. to one p.m."),
    ("from seven to three", "from seven to three", "05-17 07:00", "05-17 15:00", "range",
     "from seven a.m. to three p.m."),
    ("from 9 to 11 pm", "from 9 to 11 pm", "05-17 21:00", "05-17 23:00", "range", "from nine to eleven p.m."),
    ("what is on sunday from 10 to noon", "sunday from 10 to noon", "05-18 10:00", "05-18 12:00", "range",
     "tomorrow from ten a.m. to noon"),
    ("from two thirty until four on monday", "from two thirty until four on monday", "05-19 14:30",
     "05-19 16:00", "range", "Monday from two thirty to four p.m."),
]


@pytest.mark.parametrize(("sentence", "span", "start", "end", "kind", "spoken"), CASES_2025,
                         ids=[case[0] for case in CASES_2025])
def test_phrases_2025(clock, sentence, span, start, end, kind, spoken):
    tokens = tokenize(sentence)
    found = find_time(tokens, clock)
    assert found is not None
    assert " ".join(tokens[found.first:found.last]) == span
    query = found.query
    assert (_when(query.start), _when(query.end), query.kind, query.spoken) == (start, end, kind, spoken)
    assert query.start.tzinfo is not None and query.start.utcoffset() == timedelta(hours=-4)


CASES_2017 = [  # 2017 clock: Saturday 20 May 2017 10:00, Portland
    ("what talks are at three", "three", "05-20 15:00", None, "instant", "three p.m."),
    ("on friday at four", "friday at four", "05-19 16:00", None, "instant", "yesterday at four p.m."),
    ("the first day", "the first day", "05-19 00:00", "05-20 00:00", "day", "yesterday"),
    ("the last day of the sprints", "the last day of the sprints", "05-25 00:00", "05-26 00:00", "day",
     "Thursday May twenty fifth"),
    ("the first day of tutorials", "the first day of tutorials", "05-17 00:00", "05-18 00:00", "day",
     "Wednesday May seventeenth"),
    ("may twenty first at ten thirty", "may twenty first at ten thirty", "05-21 10:30", None, "instant",
     "tomorrow at ten thirty a.m."),
    ("the nineteenth", "the nineteenth", "05-19 00:00", "05-20 00:00", "day", "yesterday"),
    ("tomorrow morning", "tomorrow morning", "05-21 08:00", "05-21 12:00", "range", "tomorrow morning"),
    ("in twenty minutes", "in twenty minutes", "05-20 10:20", None, "instant", "ten twenty a.m."),
]


@pytest.mark.parametrize(("sentence", "span", "start", "end", "kind", "spoken"), CASES_2017,
                         ids=[case[0] for case in CASES_2017])
def test_phrases_2017(clock2017, sentence, span, start, end, kind, spoken):
    tokens = tokenize(sentence)
    found = find_time(tokens, clock2017)
    assert found is not None
    assert " ".join(tokens[found.first:found.last]) == span
    query = found.query
    assert (_when(query.start), _when(query.end), query.kind, query.spoken) == (start, end, kind, spoken)
    assert query.start.year == 2017 and query.start.utcoffset() == timedelta(hours=-7)


NOT_TIMES = [
    "tell me about the second one",
    "room three oh eight",
    "where is room three ten",
    "what is the weather",
    "good morning",
    "tell me about the third",
    "at one of the talks",
    "talks by two speakers",
    "may i ask about flask",
    "what is on day nine",
    "the fourth one please",
    "where is booth 501",
    "when is lunch",
    "on february thirtieth",
    "",
]


@pytest.mark.parametrize("sentence", NOT_TIMES, ids=[s or "<empty>" for s in NOT_TIMES])
def test_not_times(clock, sentence):
    assert find_time(tokenize(sentence), clock) is None


def test_span_excludes_the_preposition(clock):
    tokens = tokenize("what open spaces are at three")
    assert find_time(tokens, clock) == TimeSpan(5, 6, find_time(tokens, clock).query)


def test_skip_hides_a_room_the_caller_found(clock):
    tokens = tokenize("what is in three ten at four")  # the matcher found "three ten" as a room
    found = find_time(tokens, clock, skip={3, 4})
    assert (found.first, found.last, _when(found.query.start)) == (6, 7, "05-17 16:00")
    unskipped = find_time(tokens, clock)  # without the hint "three ten" is a clock time
    assert _when(unskipped.query.start) == "05-17 15:10"


def test_room_word_stops_a_number_being_a_time(clock):
    tokens = tokenize("what is in room three ten at four")
    found = find_time(tokens, clock)
    assert " ".join(tokens[found.first:found.last]) == "four"


def test_after_lunch_uses_the_given_end_of_lunch(clock):
    found = find_time(tokenize("what is on after lunch"), clock, lunch_end=time(14, 0))
    assert _when(found.query.start) == "05-17 14:00"


# -- parse_time: a whole phrase ------------------------------------------------------------


@pytest.mark.parametrize(("text", "start", "kind"), [
    ("saturday 3pm", "05-17 15:00", "instant"),
    ("three thirty", "05-17 15:30", "instant"),
    ("4", "05-17 16:00", "instant"),
    ("at 4", "05-17 16:00", "instant"),
    ("Sunday 10:30", "05-18 10:30", "instant"),
    ("in half an hour", "05-17 10:30", "instant"),
    ("saturday", "05-17 00:00", "day"),
    ("2025-05-18", "05-18 00:00", "day"),
    ("2025-05-18T09:45", "05-18 09:45", "instant"),
    ("2025-05-18T09:45:00-04:00", "05-18 09:45", "instant"),
    # A recognizer's "one" for "on" before a day; without a day after it, 12:31 stays 12:31.
    ("twelve thirty one friday", "05-16 12:30", "instant"),
    ("two forty one may eighteenth", "05-18 14:40", "instant"),
    ("twelve thirty one", "05-17 12:31", "instant"),
])
def test_parse_time_whole_phrase(clock, text, start, kind):
    query = parse_time(text, clock)
    assert isinstance(query, TimeQuery)
    assert (_when(query.start), query.kind) == (start, kind)


@pytest.mark.parametrize("text", ["saturday 3pm please", "the second one", "lunch", "", "25:00", "banana"])
def test_parse_time_rejects_what_is_not_only_a_time(clock, text):
    assert parse_time(text, clock) is None


# -- the clock -----------------------------------------------------------------------------


def test_override_inside_the_conference_is_used_as_is(pycon2025):
    clock = make_clock(pycon2025, "2025-05-16T14:25")
    assert not clock.demo
    assert clock.now == datetime(2025, 5, 16, 14, 25, tzinfo=pycon2025.timezone)
    assert clock.now.utcoffset() == timedelta(hours=-4)


def test_override_with_an_offset_is_converted_to_venue_time(pycon2025):
    clock = make_clock(pycon2025, "2025-05-17T18:00+00:00")
    assert f"{clock.now:%Y-%m-%d %H:%M}" == "2025-05-17 14:00"
    assert clock.now.tzinfo == pycon2025.timezone


def test_override_as_datetime(pycon2025):
    clock = make_clock(pycon2025, datetime(2025, 5, 18, 9, 0))
    assert (clock.now.hour, clock.now.day, clock.demo) == (9, 18, False)


def test_demo_mode_maps_onto_the_first_main_day(pycon2025):
    real = datetime(2026, 1, 7, 15, 45, tzinfo=timezone.utc)  # 10:45 in New York
    clock = make_clock(pycon2025, real_now=real)
    assert clock.demo
    assert f"{clock.now:%Y-%m-%d %H:%M}" == "2025-05-16 10:45"
    assert clock.real_now == real
    found = find_time(tokenize("what is on at three"), clock)
    assert _when(found.query.start) == "05-16 15:00"
    assert find_time(tokenize("tomorrow"), clock).query.spoken == "tomorrow"


def test_demo_mode_from_an_override_outside_the_conference(pycon2017):
    clock = make_clock(pycon2017, "2025-03-01 08:30")
    assert clock.demo and f"{clock.now:%Y-%m-%d %H:%M}" == "2017-05-19 08:30"
    assert find_time(tokenize("the last day"), clock).query.start.day == 21


def test_real_clock_without_override(pycon2025):
    clock = make_clock(pycon2025)
    assert clock.now.tzinfo == pycon2025.timezone
    assert clock.now.date() in pycon2025.days.all


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01", "17/05/2025 10:00"])
def test_bad_override_is_a_config_error(pycon2025, bad):
    with pytest.raises(ConfigError, match="--now"):
        make_clock(pycon2025, bad)


def test_weekday_outside_the_conference_week_is_the_nearest(pycon2025):
    # A three-day conference Friday to Sunday: "monday" is the Monday after, "thursday" the one before.
    from dataclasses import replace

    from booth.schedule.model import ConferenceDays

    short = replace(pycon2025, days=ConferenceDays(main=tuple(pycon2025.days.main)))
    clock = make_clock(short, "2025-05-17T10:00")
    assert find_time(["monday"], clock).query.start.day == 19
    assert find_time(["thursday"], clock).query.start.day == 15


# -- properties ----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_typed_24_hour_times_round_trip(clock, hour, minute):
    query = parse_time(f"{hour:02d}:{minute:02d}", clock)
    assert (query.start.hour, query.start.minute, query.kind) == (hour, minute, "instant")


@settings(max_examples=300, deadline=None)
@given(hour=st.integers(1, 12), minute=st.integers(0, 59), meridiem=st.sampled_from(["am", "pm"]))
def test_typed_12_hour_times_round_trip(clock, hour, minute, meridiem):
    query = parse_time(f"at {hour}:{minute:02d} {meridiem}", clock)
    expected = hour % 12 + (12 if meridiem == "pm" else 0)
    assert (query.start.hour, query.start.minute) == (expected, minute)


@settings(max_examples=300, deadline=None)
@given(hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_what_we_say_is_what_we_understand(clock, hour, minute):
    """Booth's own spoken times ("three thirty p.m.") read back to the same time of day."""
    moment = clock.now.replace(hour=hour, minute=minute)
    query = parse_time(say_clock(moment), clock)
    assert query.start.time() == time(hour, minute)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(
    "at on in from to between and the of day first second last may 17 3 15:00 three thirty oh pm am "
    "half quarter past noon midnight saturday thursday morning tonight tomorrow next now hour an "
    "minutes lunch after room 2025 05 o'clock hundred".split()), max_size=7))
def test_any_word_salad_gives_a_value_not_an_exception(clock, words):
    text = " ".join(words)
    found = find_time(tokenize(text), clock)
    assert found is None or 0 <= found.first < found.last <= len(tokenize(text))
    query = parse_time(text, clock)
    assert query is None or query.end is None or query.end > query.start
