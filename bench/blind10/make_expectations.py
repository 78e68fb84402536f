#!/usr/bin/env python3
"""Generate tests/heldout10/*.yaml: blind set 10 for Booth (first-time attendees and people in a hurry
at a booth in a noisy expo hall, spoken aloud).

The questions were written by hand from the schedule data only, by a writer who never saw Booth's
intents, dialogs, skills, tests, code or earlier blind sets' questions.  Every expected fact (titles,
rooms, speakers, times, counts, durations, sponsor booths and levels, desk facts) is COMPUTED from
data/pycon-us-2025/conference.json and data/pycon-us-2017/*.yaml (bench/blindkit/dataload.py);
"not on the schedule" cases are CHECKED to be absent.

    python3 bench/blind10/make_expectations.py     # writes tests/heldout10/, then validates it
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # this set's sentence modules, then bench/ for blindkit
import dialogues2025
import others
import pycon2025
from blindkit.writer import write_numbered_set

if __name__ == "__main__":
    sys.exit(write_numbered_set(10, pycon2025, dialogues2025, others))
