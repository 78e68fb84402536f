"""What the screen shows, fed from the listener's events (booth.voice.listen) into the hub.

Topics: "status" (what Booth is doing, what it heard and answered, the full list), "board"
(today's open spaces, broken cards), "examples" (the "Try asking" panel and how to ask).
``show`` is the listener's emit callback and runs on the listener's thread, so only there does
the feed ask the Booth anything (the Booth is not shared between threads); the board is built
from the store's immutable Conference and may be refreshed from any thread.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from booth.schedule.model import Event
from booth.screen.board_view import board_view
from booth.screen.examples import try_asking
from booth.screen.hub import Hub
from booth.understand.timeparse import make_clock
from booth.voice import listen as ev

log = logging.getLogger(__name__)

PARTIAL_EVERY = 0.25  # seconds between live "Heard: ..." updates while someone speaks


@dataclass(frozen=True)
class Asking:
    """How a visitor gets Booth's attention, as the page says it."""
    mode: str  # "push" | "always" | "wake" | "typed" (booth screen beside booth chat, or the board only)
    wake: str = ""
    button: bool = False

    def hint(self) -> str:
        if self.mode == "wake":
            return f"Say \u201c{self.wake}\u201d, then ask"
        if self.mode == "push":
            return "Press the button, then ask" if self.button else "Press Enter or space, then ask"
        if self.mode == "always":
            return "Just ask out loud"
        return ""


def item_json(event: Event, tz, today=None) -> dict[str, Any]:
    """One row of the list under an answer; the day only when it is not today."""
    start = event.start.astimezone(tz) if event.start else None
    end = event.end.astimezone(tz) if event.end else None
    when = ""
    if start:
        day = "" if start.date() == today else f"{start:%a} "
        when = f"{day}{start:%H:%M}" + (f"\u2013{end:%H:%M}" if end else "")
    return {"title": event.title, "kind": event.kind, "time": when, "room": event.room or "",
            "speakers": list(event.speakers)}


class ScreenFeed:
    def __init__(self, hub: Hub, booth, asking: Asking):
        self.hub, self.booth, self.asking = hub, booth, asking
        self.status: dict[str, Any] = {"state": "starting", "detail": "", "heard": "", "answer": "",
                                       "items": [], "note": "", "partial": ""}
        self._turn = 0
        self._stale = False
        self._examples_key: tuple | None = None
        self._board_lock = threading.Lock()
        self._last_partial = 0.0
        self.publish_status()
        self.refresh_examples()
        self.refresh_board()

    # -- the listener's events (listener thread) -------------------------------------------------
    def show(self, event) -> None:
        s = self.status
        if isinstance(event, ev.State):
            if self._stale and event.state in ("listening", "waiting", "stopped"):
                # After the answer was spoken, not before: a visitor never waits for the panels.
                self._stale = False
                self.refresh_examples()
                self.refresh_board()
            state = {"thinking": "heard", "speaking": "answering"}.get(event.state, event.state)
            if state == s["state"] and event.detail == s["detail"]:
                return
            s["state"], s["detail"] = state, event.detail
            if event.state == "listening":
                s["note"] = ""
        elif isinstance(event, ev.Partial):
            now = time.monotonic()
            if not event.text or now - self._last_partial < PARTIAL_EVERY:
                return
            self._last_partial = now
            s["partial"] = event.text
        elif isinstance(event, ev.Heard):
            s.update(state="heard", heard=event.text, answer="", items=[], note="", partial="")
        elif isinstance(event, ev.Answered):
            tz, today = self.booth.conference.timezone, self._now().date()
            s.update(answer=event.text, items=[item_json(e, tz, today) for e in event.events])
            self._turn += 1
            self._stale = True  # new examples and the board (the answer may follow an edit) once spoken
        elif isinstance(event, ev.Clarify):
            s.update(answer=event.question, items=[], note="")
        elif isinstance(event, ev.Ignored):
            s["note"] = "" if event.reason == "noise" else f"(not answered: {event.reason})"
        elif isinstance(event, (ev.DeviceProblem, ev.SpeechProblem)):
            s["note"] = event.message
        else:
            return  # Level: the page has no meter; not worth a message twenty times a second
        self.publish_status()

    def show_ready(self) -> None:
        """No listener (`booth screen`): ready for typed questions, or showing the board only."""
        self.status["state"] = "waiting"
        self.publish_status()

    def publish_status(self) -> None:
        self.hub.publish("status", self.status)

    # -- the panels -------------------------------------------------------------------------------
    def _now(self) -> datetime:
        conference = self.booth.store.current()
        return make_clock(conference, self.booth.settings.now).now

    def refresh_examples(self) -> None:
        """New examples after every answer, each hour and when the schedule changes (call it
        from the thread that uses the Booth)."""
        self.booth.refresh()
        now = self._now()
        key = (self._turn, now.date(), now.hour, getattr(self.booth, "generation", 0))
        if key == self._examples_key:
            return
        self._examples_key = key
        try:
            examples = try_asking(self.booth, now, self._turn)
        except Exception:  # the panel is a nicety: never let it stop the booth answering
            log.exception("could not build the 'Try asking' examples")
            examples = []
        self.hub.publish("examples", {"examples": examples, "hint": self.asking.hint(),
                                      "wake": self.asking.wake if self.asking.mode == "wake" else "",
                                      "title": self.booth.conference.title})

    def refresh_board(self) -> None:
        """Today's board from the store (reloaded if a file changed); any thread."""
        with self._board_lock:
            store = self.booth.store
            conference = store.current()
            now = make_clock(conference, self.booth.settings.now).now
            view = board_view(conference, now, store.problems)
            self.hub.publish("board", view.to_json())
