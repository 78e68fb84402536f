"""The conference's own days and hours on an imported conference (FOSDEM 2026, frab XML): its own
name said as the subject ("when does fosdem end") is the conference, not a topic of five talks.
PyCon's are intent tests (tests/intents/conference_days.yaml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, said", [
    ("when does fosdem end", "closes Sunday, February first: Closing FOSDEM 2026 is at five fifty p.m."),
    ("when does fosdem close", "closes Sunday, February first"),
    ("when does fosdem start", "starts Saturday, January thirty first: Welcome to FOSDEM 2026 is at nine thirty"),
    ("how long is fosdem", "is Saturday, January thirty first to Sunday, February first"),
    ("when is fosdem", "Saturday, January thirty first to Sunday, February first"),
    ("what time does the conference start tomorrow", "Tomorrow, the first session starts at nine a.m."),
    # A devroom's own closing is no closing of the conference: Saturday ends with its last talk.
    ("when does the conference end today", "Today, the last session ends at seven p.m."),
])
def test_fosdem_days(fosdem, question, said):
    reply = fosdem.ask(question)
    assert reply.intent == "conference_days", (question, reply.intent, reply.answer)
    assert said in reply.answer, (question, reply.answer)


def test_fosdem_day_not_on(fosdem):
    reply = fosdem.ask("is the conference on monday")
    assert reply.answer.startswith("The conference is not on Monday"), reply.answer


def test_closing_event_by_its_words(fosdem):
    # "of fosdem" is not taken for "of the conference": the event's own title has the name.
    reply = fosdem.ask("when is the closing of fosdem")
    assert "Closing FOSDEM 2026" in reply.answer and "five fifty p.m." in reply.answer, reply.answer
