"""Every sentence and dialogue in tests/intents/*.yaml, one test each; `booth check` runs the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from booth.settings import Settings
from booth.testing.fixtures import load_fixtures
from booth.testing.runner import FixtureRunner

FIXTURES = load_fixtures(Path(__file__).parent / "intents")


@pytest.fixture(scope="module")
def runner():
    return FixtureRunner(Settings())


@pytest.mark.parametrize("case", FIXTURES.cases, ids=[c.id for c in FIXTURES.cases])
def test_sentence(runner, case):
    problems = runner.run_case(case)
    assert not problems, f"{case.path}:{case.line}: {case.sentence!r}: " + "; ".join(problems)


@pytest.mark.parametrize("dialogue", FIXTURES.dialogues, ids=[d.id for d in FIXTURES.dialogues])
def test_dialogue(runner, dialogue):
    problems = runner.run_dialogue(dialogue)
    assert not problems, "\n".join(f"{dialogue.path}:{line}: {say!r}: {p}" for line, say, p in problems)


def test_fixture_counts():
    """The issue's floor: 200 sentences, 30 of them must be NoMatch; 40 dialogues."""
    assert len(FIXTURES.cases) >= 200
    assert sum(1 for c in FIXTURES.cases if c.expect.intent is None) >= 30
    assert len(FIXTURES.dialogues) >= 40
    conferences = {c.conference for c in FIXTURES.cases} | {d.conference for d in FIXTURES.dialogues}
    assert {"pycon-us-2025", "pycon-us-2017"} <= conferences


def test_development_set_pass_rate(runner):
    """tests/heldout*/ were written blind to the templates, the way visitors ask (typos, word order,
    fragments, recognizer slips, small talk). Their misses guided the general mechanisms; the floor
    keeps them from sliding back. Failing sentences are listed to show what is still missing. They were
    written when answers named every item aloud; since answers fit 8 s of speech, an expected item
    may be among the events shown beside the spoken answer (the screen, --json)."""
    cases = [c for folder in ("heldout", "heldout2") for c in load_fixtures(Path(__file__).parent / folder).cases]
    failures = [f"{c.path}:{c.line}: {c.sentence!r}: {'; '.join(p)}" for c in cases
                if (p := runner.run_case(c, shown=True))]
    rate = 1 - len(failures) / len(cases)
    assert len(cases) >= 300
    assert rate >= 0.9, f"{rate:.1%} pass:\n" + "\n".join(failures)
