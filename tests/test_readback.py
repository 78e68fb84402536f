"""A read-back ("Did you mean: ...?") must be a question a visitor can say yes to and mean: never a
free topic made of sound-alike pieces that the schedule has nothing for."""

from __future__ import annotations

from booth.voice import audio
from booth.voice.decide import decide, hear_pcm
from booth.voice.recognizer import Transcript, load_model
from tests.audio_tools import need_model, speak

QUIET = 80.0

# Vosk (vosk-model-small-en-us-0.15, Booth's PyCon US 2025 grammar) on espeak-ng saying "what open
# spaces are at seven": "amann" is a piece of the spoken form of the speaker name Deepyaman
# ("d pih amann"), joined after "up" through the grammar's bigram back-off.
AT_SEVEN = (("what open spaces are up amann", 91.29), ("what open spaces are ups amann", 91.05),
            ("what open spaces are apps amann", 90.95), ("what open spaces are up seven", 90.87),
            ("what open space in are up amann", 90.64))


def decoded(*alternatives: tuple[str, float]) -> Transcript:
    return Transcript(alternatives[0][0], raw=alternatives[0][0], alternatives=alternatives, spread_db=QUIET)


def _offers_something(booth, decision) -> bool:
    """A read-back that, said yes to, gives an answer about something on the schedule."""
    reply = booth.ask(decision.text)
    return "topic" not in reply.slots or bool(reply.events)


def test_topic_pieces_that_find_nothing_are_not_read_back(booth_2025):
    decision = decide(booth_2025, decoded(*AT_SEVEN), strict=True)
    assert decision.kind == "ignore" and "topic not on the schedule" in decision.doubts
    # Push-to-talk: answered as heard ("I couldn't find ..."), which tells the visitor what Booth heard.
    assert decide(booth_2025, decoded(*AT_SEVEN), strict=False).kind == "answer"


def test_a_doubtful_topic_the_schedule_has_is_still_read_back(booth_2025):
    """Two close hypotheses that mean different things: read back as before, the topic has talks."""
    nbest = (("is there a talk about rust", 72.0), ("is there a talk about django", 71.9))
    decision = decide(booth_2025, decoded(*nbest), strict=True)
    assert (decision.kind, decision.text, decision.doubts) == ("clarify", nbest[0][0], ("rival reading",))
    assert _offers_something(booth_2025, decision)


def test_an_unknown_sponsor_is_a_fair_read_back(booth_2025):
    """Open-topic intents keep their read-back: "where is the acme booth" is a fair question even
    though no sponsor is called acme."""
    nbest = (("where is the acme booth", 120.0), ("where is the microsoft booth", 119.5))
    decision = decide(booth_2025, decoded(*nbest), strict=True)
    assert (decision.kind, decision.text) == ("clarify", "where is the acme booth")


def test_espeak_at_seven_is_never_read_back_as_nonsense(booth_2025):
    """Real Vosk on espeak-ng audio: whatever is heard, a read-back offers something on the schedule."""
    model = load_model(need_model())
    for text in ("what open spaces are at seven", "what talks are at three"):
        heard = hear_pcm(model, audio.chunked(audio.read_wav(speak(text))), booth_2025)
        decision = decide(booth_2025, heard, strict=True)
        if decision.kind == "clarify":
            assert _offers_something(booth_2025, decision), (text, decision)
