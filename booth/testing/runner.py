"""Runs intent test cases and dialogues against real Booth instances (one per conference/now)."""

from __future__ import annotations

from dataclasses import replace

from booth.settings import Settings
from booth.testing.fixtures import Case, Dialogue, compare


class FixtureRunner:
    def __init__(self, settings: Settings):
        self.settings = settings
        self._booths: dict = {}

    def booth(self, conference: str | None, now: str | None):
        from booth.pipeline import Booth

        key = (conference, now)
        if key not in self._booths:
            # Booths of the same conference share nothing mutable but the dialogs' rotation.
            self._booths[key] = Booth(replace(self.settings, conference=conference or self.settings.conference,
                                              now=now or self.settings.now))
        return self._booths[key]

    def run_case(self, case: Case, shown: bool = False) -> list[str]:
        """``shown``: expected answer words may be on the screen (the listed events), see compare."""
        booth = self.booth(case.conference, case.now)
        reply = booth.ask(case.sentence)
        return compare(case.expect, reply.intent, reply.slots, reply.answer, reply.outcome, reply.events, shown)

    def run_dialogue(self, dialogue: Dialogue) -> list[tuple[int, str, str]]:
        from booth.answer.conversation import Conversation

        booth = self.booth(dialogue.conference, dialogue.now)
        clock_offset = [0.0]
        conversation = Conversation(booth, monotonic=lambda: clock_offset[0])
        problems = []
        for turn in dialogue.turns:
            clock_offset[0] += turn.after
            reply = conversation.turn(turn.say)
            for problem in compare(turn.expect, reply.intent, reply.slots, reply.answer, reply.outcome, reply.events):
                problems.append((turn.line, turn.say, problem))
        return problems
