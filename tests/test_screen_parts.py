"""The screen's parts on their own: the hub, the PIN gate's windows and expiry, today's board
window and the "Try asking" examples on the real 2025 schedule."""

from __future__ import annotations

from datetime import datetime

import pytest

from booth.pipeline import Booth
from booth.screen.board_view import board_view
from booth.screen.examples import try_asking
from booth.screen.hub import QUEUE_SIZE, Hub
from booth.screen.staff import ATTEMPTS_PER_CLIENT, SESSION_SECONDS, WINDOW_SECONDS, Refused, StaffGate
from booth.settings import Settings


def test_hub_gives_a_new_page_the_whole_screen_then_changes():
    hub = Hub()
    hub.publish("status", {"state": "listening"})
    hub.publish("board", {"rooms": []})
    page = hub.subscribe()
    assert [page.get(0.1).topic, page.get(0.1).topic] == ["status", "board"]
    assert hub.publish("status", {"state": "listening"}) is False  # unchanged: nothing sent
    assert page.get(0.05) is None
    hub.publish("status", {"state": "heard"})
    assert page.get(0.1).data == '{"state":"heard"}'
    hub.unsubscribe(page)
    assert hub.subscribers == 0


def test_a_stalled_page_loses_its_oldest_messages_not_the_booths_memory():
    hub = Hub()
    stalled = hub.subscribe()
    for n in range(QUEUE_SIZE + 10):
        hub.publish("status", {"n": n})
    assert stalled.dropped == 10
    assert stalled.get(0.1).data == '{"n":10}'


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_pin_gate_locks_a_guesser_for_the_window_then_lets_the_right_pin_in():
    clock = Clock()
    gate = StaffGate("482913", clock)
    for _ in range(ATTEMPTS_PER_CLIENT):
        assert gate.login("000000", "10.0.0.7") is None
    with pytest.raises(Refused):
        gate.login("482913", "10.0.0.7")  # locked out: even the right PIN is not tried
    assert gate.login("482913", "10.0.0.8") is not None  # another phone is not locked
    clock.now += WINDOW_SECONDS + 1
    session = gate.login("482913", "10.0.0.7")
    assert session is not None and gate.allowed(session.token, session.csrf) is session
    assert gate.allowed(session.token, "") is None and gate.allowed(None, session.csrf) is None
    clock.now += SESSION_SECONDS + 1
    assert gate.allowed(session.token, session.csrf) is None  # sessions end


def test_many_phones_guessing_together_are_limited_too():
    gate = StaffGate("482913", Clock())
    with pytest.raises(Refused):
        for n in range(100):
            gate.login("000000", f"10.0.1.{n}")


@pytest.fixture(scope="module")
def saturday():
    booth = Booth(Settings(now="2025-05-17T14:10"))
    return booth, booth.clock().now


def test_board_window_starts_at_the_hour_now_and_keeps_only_rooms_in_use(saturday):
    booth, now = saturday
    view = board_view(booth.conference, now)
    assert view.hours == (14, 15, 16) and view.day == "Saturday 17 May"
    spaces = [e for e in booth.conference.events if e.kind == "open-space" and e.start.date() == now.date()]
    shown = {c.id for by_hour in view.cells.values() for cards in by_hour.values() for c in cards}
    assert shown == {e.id for e in spaces if e.start.hour in (14, 15, 16)}
    assert view.later == sum(1 for e in spaces if e.start.hour > 16)
    assert set(view.rooms) == {e.room for e in spaces if e.start.hour in (14, 15, 16)}
    running = {c.id for by_hour in view.cells.values() for cards in by_hour.values() for c in cards if c.running}
    assert running == {e.id for e in spaces if e.start <= now < e.end and e.start.hour in (14, 15, 16)}


def test_board_after_the_last_open_space_is_empty_not_wrong(saturday):
    booth, now = saturday
    view = board_view(booth.conference, now.replace(hour=23))
    assert view.hours == () and view.rooms == () and view.later == 0


def test_try_asking_examples_are_answered_by_booth_and_change_with_the_turn(saturday):
    booth, now = saturday
    first, second = try_asking(booth, now, 0), try_asking(booth, now, 1)
    assert len(first) == 4 and first != second
    for question in first + second:
        reply = booth.ask(question.rstrip("?"))
        assert reply.intent is not None and reply.score >= 88, question
    assert not any("{" in q for q in first + second)


def test_try_asking_on_a_day_without_a_schedule_still_offers_questions():
    booth = Booth(Settings(now=datetime(2025, 5, 17, 23, 30).isoformat()))
    assert try_asking(booth, booth.clock().now, 0)


def test_feed_turns_listener_events_into_what_the_page_shows(saturday):
    from booth.screen.feed import Asking, ScreenFeed
    from booth.voice import listen as ev

    booth, _now = saturday
    hub = Hub()
    feed = ScreenFeed(hub, booth, Asking("wake", "hey booth"))
    assert hub.latest("examples")["hint"] == "Say \u201chey booth\u201d, then ask"
    assert hub.latest("examples")["wake"] == "hey booth"
    reply = booth.ask("what open spaces are at four")
    for event in (ev.State("listening"), ev.Heard(reply.heard, 0.9), ev.State("thinking"),
                  ev.Answered(reply.answer, reply.intent, 0.02, reply.events), ev.State("speaking")):
        feed.show(event)
    status = hub.latest("status")
    assert status["state"] == "answering" and status["heard"] == reply.heard and status["answer"] == reply.answer
    assert [i["title"] for i in status["items"]] == [e.title for e in reply.events]
    assert [i["time"][:5] for i in status["items"]] == [f"{e.start:%H:%M}" for e in reply.events]  # today: no day name
    before = hub.latest("examples")["examples"]
    feed.show(ev.State("listening"))  # spoken: now the panels move on
    assert hub.latest("examples")["examples"] != before
    feed.show(ev.Ignored("no wake phrase"))
    assert hub.latest("status")["note"] == "(not answered: no wake phrase)"
