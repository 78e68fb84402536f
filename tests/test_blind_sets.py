"""The blind sets kept as regression sets, each scored by bench/score_blind.py as a black box.
Both were written blind to intents/, dialogs/, tests/ and the code, with expected answers derived
from the data by script (bench/blind3/, bench/blind4/). Each floor is under what the set meets,
so a small slip does not fail, a real slide does.

- tests/heldout3/: before any tuning on it 653 of 732 (89.2%); after general rules tuned on its
  failures 710 (97.0%); with the next round's rules (subjectless kinds, kind names, subject
  positions, named-event times, FOSDEM lightning talks) 723-724 (98.8-98.9%).
- tests/heldout4/ (516 questions, 40 dialogues): scored by the lead before any tuning on it, 536
  of 611 (87.7%, queries4 at b65334b; main at edb2131: 533, 87.2%); after general rules tuned on
  its failures 593 (97.1%; questions 500/516, turns 93/95), no out-of-domain question answered,
  one not-on-schedule item answered with another event ("guido talk" at FOSDEM: Gianluca Guida's
  talk, a sound-alike name).
- tests/heldout5/ (662 questions, 43 dialogues): scored by the lead before any tuning on it, 712 of
  756 (94.2%, main at 32f23d2); after general rules tuned on its failures 741-744 (98.0-98.4%), no
  out-of-domain question answered, no not-on-schedule item answered with another event.
- tests/heldout6/ (162 questions as people say them aloud, asides and fillers, 12 dialogues;
  bench/blind6/): before any tuning on it 157 of 186 (84.4%, main 3e6a3f4); after the asides
  and a time around a whole question (booth/understand/asides.py) 173 (93.0%), no out-of-domain
  question answered, no not-on-schedule item answered with another event.
- tests/heldout7/ (77 PyCon US 2017 questions and 6 dialogues, 110 PyCon US 2025 ones and 6
  dialogues; bench/blind7/): before any tuning on it 183 of 211 (86.7%, main c01c456); after the
  signatures, FAQ names, asides after "i do", posters without a time and the past-tense "who gave"
  195 (92.4%), no out-of-domain question answered, no not-on-schedule item answered with another
  event.
- tests/heldout8/ (134 short, direct PyCon US 2025 questions as said in a noisy hall, "polars
  tutorial which day", 34 PyCon US 2017 ones, 8 dialogues; bench/blind8/): before any tuning on it
  200 of 212 (94.3%, main 0032f13; its not-on-schedule expectations first required the answer not
  to say the name asked about, fixed before scoring); after question words said last, a part of
  the day before a kind ("the afternoon break"), farewells and clipped words ("intro") 203 (95.8%).
- tests/heldout9/ (136 PyCon US 2025 questions as asked at an information desk, "I'd like to see
  Trey Hunner, when is he on", 34 PyCon US 2017 ones, 8 dialogues; bench/blind9/): before any
  tuning on it 191 of 214 (89.3%, main f73fa18); after a name in an aside that the question
  points back at, "who's behind", two-word end verbs and "is anything starting soon" 203 (94.9%);
  after the fifteenth round (tests/test_fifteenth_round.py) 211 (98.6%).
- tests/heldout10/ (132 PyCon US 2025 questions from first-time attendees in a hurry, "where is
  the, no wait, when is the attestations talk", 33 PyCon US 2017 ones, 10 dialogues;
  bench/blind10/): before any tuning on it 191 of 215 (88.8%, main 41c84ea), 196 with the rules
  made from sets 4-9; after "did I miss", "where was" and a speaker asked for a day they are not
  on 198 (92.1%)."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT / "bench" / "score_blind.py"


@dataclass(frozen=True)
class BlindSet:
    folder: str
    least_items: int  # the set may grow, never shrink below this
    floor: float  # share right of questions + dialogue turns
    other_event: int  # not-on-schedule items answered with another event, at most
    out_of_domain: int = 0  # out-of-domain sentences given any intent, at most


SETS = (BlindSet("heldout3", 700, 0.97, 0), BlindSet("heldout4", 600, 0.96, 1), BlindSet("heldout5", 750, 0.97, 0),
        BlindSet("heldout6", 180, 0.91, 0), BlindSet("heldout7", 200, 0.95, 0),
        # "okay talk to you later" gets the farewell reply ("You're welcome! Enjoy the conference."),
        # an intent, though no schedule answer.
        BlindSet("heldout8", 210, 0.93, 0, out_of_domain=1),
        # "what time is sunset tonight": "I couldn't find any events about sunset", an intent.
        BlindSet("heldout9", 210, 0.96, 0, out_of_domain=1),
        # "translate where is the talk into Japanese": the Japanese-learning talk's room. The "no"
        # after "is Zac on today" / "what about tomorrow" says he speaks today: an event, not none.
        BlindSet("heldout10", 210, 0.90, 1, out_of_domain=1))

pytestmark = pytest.mark.skipif(not (ROOT.parent / "shared" / "data").is_dir() or not SCORER.is_file(),
                                reason="needs ../shared/data and bench/score_blind.py")


@pytest.mark.parametrize("blind", SETS, ids=[s.folder for s in SETS])
def test_blind_set_stays_above_its_floor(blind):
    out = subprocess.run([sys.executable, str(SCORER), "--repo", str(ROOT), "--set", str(ROOT / "tests" / blind.folder)],
                         capture_output=True, text=True, timeout=900, check=True).stdout
    right, total = (int(x) for x in re.search(r"overall \(questions \+ turns\): (\d+) right / \d+ wrong / (\d+)",
                                              out).groups())
    out_of_domain = int(re.search(r"out-of-domain answered as a schedule question \(intent not null\): (\d+) of",
                                  out).group(1))
    other_event = int(re.search(r"not-on-schedule answered with another event: (\d+) of", out).group(1))
    assert total >= blind.least_items and right / total >= blind.floor, out[-1500:]
    assert out_of_domain <= blind.out_of_domain and other_event <= blind.other_event, out[-1500:]
