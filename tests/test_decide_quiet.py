"""decide() in quiet audio, always listening: what the decoder put first is mostly a word it bent,
and a close hypothesis that is Booth's own sentence word for word is what was said. The n-best
lists are Vosk's (vosk-model-small-en-us-0.15, Booth's PyCon US 2025 grammar) for neural-voice
clips of bench/bench_voice.py; each was read back ("Did you mean ...?") before, not answered."""

from __future__ import annotations

from booth.voice.decide import decide
from booth.voice.recognizer import Transcript

QUIET = 85.0  # level spread of the clean clips (dB)
BABBLE = 15.0  # ... and of the bench's 10 dB babble


def decoded(spread: float, *alternatives: tuple[str, float]) -> Transcript:
    return Transcript(alternatives[0][0], raw=alternatives[0][0], alternatives=alternatives, spread_db=spread)


def test_a_word_for_word_sentence_among_the_first_three_is_answered_in_quiet_audio(booth_2025):
    """"where is brett slatkin's talk" heard "... slatkin start" first, "... slatkin talk" third."""
    nbest = (("where is brett slatkin start", 234.24), ("where is brett slatkin stop", 233.14),
             ("where is brett slatkin talk", 232.46))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert (decision.kind, decision.text, decision.rank) == ("answer", "where is brett slatkin talk", 2)
    # In babble a lower hypothesis is as often babble made to fit: read back.
    assert decide(booth_2025, decoded(BABBLE, *nbest), strict=True).kind == "clarify"


def test_a_short_lower_hypothesis_stays_doubtful(booth_2025):
    """An espeak "yes" heard "e f", "us", "yes": a title fits "us" word for word too. Two words or
    fewer are never taken from below the first hypothesis."""
    nbest = (("e f", 140.5), ("us", 139.4), ("yes", 138.8))
    assert decide(booth_2025, decoded(QUIET, *nbest), strict=True).kind != "answer"
    nbest = (("what next", 153.71), ("what is next", 152.11))  # three words: answered
    assert decide(booth_2025, decoded(QUIET, *nbest), strict=True).text == "what is next"


def test_a_name_split_in_other_pieces_is_no_rival(booth_2025):
    """"pyladies lunch" beside "py ladies lunch": the same letters, the same question."""
    nbest = (("pyladies lunch", 201.0), ("py ladies lunch", 200.5))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert decision.kind == "answer" and decision.text == "pyladies lunch"


def test_a_speakers_whole_name_beats_a_topic_that_finds_nothing(booth_2025):
    """"when is trey hunner's tutorial": the whole name heard, beside "trey hundred" (nothing).
    A one-word sponsor heard beside junk still keeps its rival (booth/voice/decide.py)."""
    nbest = (("when is trey hunner tutorial", 254.5), ("when is trey hundred tutorial", 253.6),
             ("when is trey on are tutorial", 253.5))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert decision.kind == "answer" and decision.text == "when is trey hunner tutorial"
    assert "Trey Hunner" in booth_2025.ask(decision.text).answer


def test_a_topic_that_sounds_unlike_the_winner_stays_a_rival(booth_2025):
    """"is there an open space about knitting" (nothing on the schedule) heard "... about midi"
    first, "many", "native", "making" within 2 decoder points: none sounds like "midi", so the
    decoder was unsure of the word, not of its spelling. Read back, not answered with the MIDI
    open space. Pieces that sound like the winner as the decoder said it ("mair emmel" beside
    "mair im o", restored to "marimo") are still no rival."""
    nbest = (("is there an open space about midi", 302.62), ("is there an open space about many", 302.12),
             ("is there an open space about native", 301.44), ("is there an open space about making", 300.67))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert decision.kind == "clarify" and "rival reading" in decision.doubts
    # The same hearing with "many" first (a decoding of the tenth round): "midi" a hypothesis down is
    # no word said in pieces either.
    many_first = (("is there an open space about many", 301.91), ("is there an open space about midi", 301.21),
                  ("is there an open space about native", 300.51))
    decision = decide(booth_2025, decoded(QUIET, *many_first), strict=True)
    assert decision.kind != "answer", decision
    marimo = Transcript("when is the talk about marimo", raw="when is the talk about mair im o", spread_db=QUIET,
                        alternatives=(("when is the talk about marimo", 305.76), ("when is the talk about mair emmel", 305.07)))
    decision = decide(booth_2025, marimo, strict=True)
    assert decision.kind == "answer" and decision.text == "when is the talk about marimo"


def test_a_loose_fit_of_only_a_kind_or_topic_is_read_back(booth_2025):
    """Chatter in a quiet room fits a template loosely (85.6-86.8, between the reject gate and
    SURE_SCORE) with a kind or a title word as its only slot: it was answered with a schedule
    list. Right hearings in that band name a speaker, a sponsor or an FAQ entry, and stay answered."""
    chatter = [(("who one the lecture", 209.82), ("who one the lecture in", 209.09)),
               (("what is the meet up live", 185.82), ("what the meet up live", 185.23)),
               (("who one the soup are bof", 187.43), ("who when the soup are bof", 185.79))]
    for nbest in chatter:
        decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
        assert decision.kind != "answer" and "loose fit of a kind or topic" in decision.doubts, nbest[0]
    for said in ("is simon willison giving anything this year", "where is hynek stop",
                 "how do i report a code of conduct problem"):
        assert decide(booth_2025, decoded(QUIET, (said, 200.0)), strict=True).kind == "answer", said


def test_a_lower_hypothesis_that_swaps_the_topic_is_read_back(booth_2025):
    """"is there an open space about knitting" heard "... about many" first (no reading) and
    "... about midi" second, which a title has: the topic is the word the decoder was unsure of,
    so the second is read back, not answered as a sentence said word for word."""
    nbest = (("is there an open space about many", 304.66), ("is there an open space about midi", 303.94))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert decision.kind == "clarify" and decision.text == "is there an open space about midi"


def test_a_lower_hypothesis_that_changes_the_time_is_not_trusted(booth_2025):
    """Chatter "what's two plus two" heard "what's two place two" (no reading), second "what's two
    past two", a time: the time's words are what the decoder was unsure of, so it is not answered."""
    nbest = (("what's two place two", 191.39), ("what's two past two", 190.96), ("what's to place two", 190.63),
             ("what's to past two", 190.20), ("what's two please two", 190.09))
    assert decide(booth_2025, decoded(QUIET, *nbest), strict=True).kind != "answer"
    # A lower hypothesis that only mends a template word keeps its time and is answered.
    nbest = (("what on at half past two", 200.0), ("what is on at half past two", 199.5))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert (decision.kind, decision.text) == ("answer", "what is on at half past two")


def test_a_rival_that_finds_the_same_events_is_no_rival(booth_2025):
    """"where's the F1 talk" heard "where's the f one talk", second "where's the f one top" (a
    topic and no kind): both find the one F1 talk, so the answer is the same and nothing is asked."""
    nbest = (("where's the f one talk", 208.31), ("where's the f one top", 207.49),
             ("where is the f one talk", 206.73), ("where is the f one top", 205.91))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert (decision.kind, decision.text) == ("answer", "where's the f one talk")
