"""decide() in noise: an utterance's level spread (Transcript.spread_db, measured by the
Recognizer) says whether it was heard in a hall full of talk; there a short hearing that hinges on
a free topic is read back instead of answered. The same hearing from a
quiet room is answered. (The decoder's side is measured by bench/bench_voice.py.)"""

from __future__ import annotations

from booth.voice.listen import NOISY_SPREAD_DB, decide
from booth.voice.recognizer import Transcript, level_spread

QUIET, HALL = 80.0, 15.0


def heard(text: str, spread: float | None) -> Transcript:
    return Transcript(text, raw=text, alternatives=((text, 100.0),), spread_db=spread)


def test_short_topic_hearing_is_read_back_in_noise(booth_2025):
    text = "when is pydantic"
    assert decide(booth_2025, heard(text, QUIET), strict=True).kind == "answer"
    noisy = decide(booth_2025, heard(text, HALL), strict=True)
    assert noisy.kind == "clarify" and noisy.text == text


def test_whole_closed_sentence_is_answered_in_noise(booth_2025):
    text = "when does brett cannon speak"
    assert decide(booth_2025, heard(text, HALL), strict=True).kind == "answer"


def test_push_to_talk_is_not_second_guessed(booth_2025):
    """Someone pressed the button: not strict, the noise rules do not apply."""
    assert decide(booth_2025, heard("when is pydantic", HALL), strict=False).kind == "answer"


def test_level_spread():
    assert level_spread([-40.0] * 10) is None  # too short to say
    quiet_room = [-70.0] * 60 + [-20.0] * 40
    assert level_spread(quiet_room) == 50.0 > NOISY_SPREAD_DB
    hall = [-32.0] * 60 + [-20.0] * 40
    assert level_spread(hall) == 12.0 < NOISY_SPREAD_DB
