"""Intent test files (``tests/intents/*.yaml``), run by pytest and by ``booth check``.

    conference: pycon-us-2025
    now: 2025-05-17T10:00
    tests:
      - sentences: [what open spaces are at three, any open spaces at 3pm]
        intent: events_at_time          # null: must be NoMatch
        slots: {kind: open-space, time: 2025-05-17T15:00}
        answer: [3d Printing, Room 308]
    dialogues:                          # multi-turn: context carries from turn to turn
      - name: paging
        turns:
          - say: what open spaces are at three
            intent: events_at_time
          - say: more
            intent: more
            answer: [Room 318]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from booth.errors import FixtureError
from booth.yamlfile import LineDict, line_of, load_yaml

_FILE_KEYS = {"conference", "now", "tests", "dialogues"}
_CASE_KEYS = {"sentences", "intent", "slots", "answer", "not_answer", "conference", "now", "outcome", "listed"}
_TURN_KEYS = {"say", "intent", "slots", "answer", "not_answer", "after", "outcome", "listed"}


@dataclass(frozen=True)
class Expect:
    intent: str | None
    slots: dict[str, str]
    answer: tuple[str, ...]
    not_answer: tuple[str, ...]
    outcome: str | None = None
    check_intent: bool = True
    # Words in the events the answer lists (titles, rooms, speakers: what the screen and --json
    # show), for items a spoken answer counts ("and 4 more") instead of naming.
    listed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    path: str
    line: int
    sentence: str
    conference: str | None
    now: str | None
    expect: Expect

    @property
    def id(self) -> str:
        return f"{Path(self.path).stem}:{self.line}:{self.sentence}"


@dataclass(frozen=True)
class Turn:
    say: str
    line: int
    expect: Expect
    after: float = 0.0  # seconds since the previous answer (context expiry)


@dataclass(frozen=True)
class Dialogue:
    path: str
    line: int
    name: str
    conference: str | None
    now: str | None
    turns: tuple[Turn, ...]

    @property
    def id(self) -> str:
        return f"{Path(self.path).stem}:{self.line}:{self.name}"


@dataclass
class FixtureSet:
    cases: list[Case] = field(default_factory=list)
    dialogues: list[Dialogue] = field(default_factory=list)


def _words(node, path, line, what) -> tuple[str, ...]:
    if node is None:
        return ()
    if isinstance(node, str):
        return (node,)
    if isinstance(node, list) and all(isinstance(x, (str, int, float)) for x in node):
        return tuple(str(x) for x in node)
    raise FixtureError(f"{what} must be a string or a list of strings", path, line)


def _expect(node: LineDict, path: Path) -> Expect:
    slots = node.get("slots") or {}
    if not isinstance(slots, dict):
        raise FixtureError("slots must be a mapping", path, node.line_of("slots"))
    intent = node.get("intent", None)
    if intent is not None and not isinstance(intent, str):
        raise FixtureError("intent must be a name or null", path, node.line_of("intent"))
    return Expect(intent, {str(k): str(v) for k, v in slots.items()},
                  _words(node.get("answer"), path, node.line_of("answer"), "answer"),
                  _words(node.get("not_answer"), path, node.line_of("not_answer"), "not_answer"),
                  node.get("outcome"), "intent" in node,
                  _words(node.get("listed"), path, node.line_of("listed"), "listed"))


def _check_keys(node, allowed, path, what):
    if not isinstance(node, LineDict):
        raise FixtureError(f"each {what} must be a mapping", path, line_of(node))
    for key in node:
        if key not in allowed:
            raise FixtureError(f"unknown key '{key}' in {what} (allowed: {', '.join(sorted(allowed))})", path,
                               node.line_of(key))


def load_fixtures(folder: Path) -> FixtureSet:
    result = FixtureSet()
    for path in sorted(Path(folder).glob("*.yaml")):
        doc = load_yaml(path, FixtureError)
        if doc is None:
            continue
        _check_keys(doc, _FILE_KEYS, path, "fixture file")
        conference = doc.get("conference")
        now = str(doc["now"]) if doc.get("now") is not None else None
        for case in doc.get("tests") or []:
            _check_keys(case, _CASE_KEYS, path, "test")
            sentences = _words(case.get("sentences"), path, case.line, "sentences")
            if not sentences:
                raise FixtureError("test has no sentences", path, case.line)
            expect = _expect(case, path)
            if not expect.check_intent:
                raise FixtureError("test needs intent: (a name, or null for no match)", path, case.line)
            for sentence in sentences:
                result.cases.append(Case(str(path), case.line, sentence, case.get("conference", conference),
                                         str(case["now"]) if case.get("now") else now, expect))
        for dialogue in doc.get("dialogues") or []:
            _check_keys(dialogue, {"name", "turns", "conference", "now"}, path, "dialogue")
            turns = []
            for turn in dialogue.get("turns") or []:
                _check_keys(turn, _TURN_KEYS, path, "turn")
                if not isinstance(turn.get("say"), str):
                    raise FixtureError("turn needs say: TEXT", path, turn.line)
                turns.append(Turn(turn["say"], turn.line, _expect(turn, path), float(turn.get("after", 0) or 0)))
            if not turns:
                raise FixtureError("dialogue has no turns", path, dialogue.line)
            result.dialogues.append(Dialogue(str(path), dialogue.line, str(dialogue.get("name", "dialogue")),
                                             dialogue.get("conference", conference),
                                             str(dialogue["now"]) if dialogue.get("now") else now, tuple(turns)))
    return result


_RANGE = re.compile(r"(\d+)\s*[-–]\s*(\d+)")
_PAIR = re.compile(r"(\d+)/(\d+)")


def _said(text: str) -> str:
    """Lowercase, spaces folded, room numbers as spoken ("Room 301-305" is said "Room 301 to 305")."""
    return " ".join(_PAIR.sub(r"\1 and \2", _RANGE.sub(r"\1 to \2", text.lower())).split())


def compare(expect: Expect, intent: str | None, slots: dict[str, Any], answer: str, outcome: str = "",
            events: tuple = (), shown: bool = False) -> list[str]:
    """What differs, as readable problems; empty when the reply is as expected. ``shown``: an
    expected answer word may also be in the events listed beside the spoken answer (the screen,
    --json), for sets written before answers were cut to 8 s of speech."""
    problems = []
    if expect.check_intent and intent != expect.intent:
        problems.append(f"intent {intent!r}, expected {expect.intent!r}")
    for name, value in expect.slots.items():
        got = slots.get(name)
        if got is None or not str(got).lower().startswith(value.lower()):
            problems.append(f"slot {name}={got!r}, expected {value!r}")
    folded = _said(answer)
    listed = " | ".join(_said(f"{e.title} {e.room or ''} {' '.join(e.speakers)}") for e in events)
    for words in expect.answer:
        if _said(words) not in folded and not (shown and _said(words) in listed):
            problems.append(f"answer lacks {words!r}")
    for words in expect.not_answer:
        if _said(words) in folded:
            problems.append(f"answer has {words!r}")
    for words in expect.listed:
        if _said(words) not in listed:
            problems.append(f"listed events lack {words!r}")
    if expect.outcome and outcome != expect.outcome:
        problems.append(f"outcome {outcome!r}, expected {expect.outcome!r}")
    return problems
