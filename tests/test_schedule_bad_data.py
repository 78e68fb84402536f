"""Every broken data file gets one exact line: ``path:line: message`` (``path: entry N: message`` for JSON).

Each case is a conference folder under tests/bad_data/<case>/ with the broken file(s) and an
EXPECTED file holding the message relative to that folder. Add a case by adding a folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from booth.errors import DataError
from booth.schedule.store import load_conference

BAD = Path(__file__).resolve().parent / "bad_data"
CASES = sorted(p.name for p in BAD.iterdir() if (p / "EXPECTED").is_file())


def test_there_are_enough_cases():
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=CASES)
def test_bad_data_file(case):
    expected = (BAD / case / "EXPECTED").read_text(encoding="utf-8").strip()
    if case.startswith("board_"):  # a broken card is left out and named; the conference still loads
        problems = load_conference(BAD, case).problems
        assert problems == (f"{BAD / case}/{expected}",)
        return
    with pytest.raises(DataError) as error:
        load_conference(BAD, case)
    assert str(error.value) == f"{BAD / case}/{expected}"
    assert "\n" not in str(error.value)
