"""decide() in always-listening mode does not answer a topic the schedule has nothing on, nor a
topic spelled out of lone letters: both are, far more often than a visitor asking for what is not
there, a word the decoder lacked heard as others. The n-best lists are Vosk's
(vosk-model-small-en-us-0.15, Booth's PyCon US 2025 grammar) for neural-voice clips of
bench/bench_voice.py; all were answered wrongly before."""

from __future__ import annotations

from booth.voice.decide import decide
from booth.voice.recognizer import Transcript

QUIET = 84.0  # level spread of the clean clips (dB)


def decoded(spread: float, *alternatives: tuple[str, float]) -> Transcript:
    return Transcript(alternatives[0][0], raw=alternatives[0][0], alternatives=alternatives, spread_db=spread)


def test_a_topic_that_finds_nothing_is_not_answered(booth_2025):
    """"when is the talk about the jit compiler" heard "... jet compiler": nothing on the schedule.
    The lower hypothesis "get compiler" finds the JIT talk: read back, never answered."""
    nbest = (("when is the talk about the jet compiler", 277.48), ("when is the talk about the get compiler", 275.84))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert decision.kind == "clarify" and "topic not on the schedule" in decision.doubts
    assert booth_2025.ask(decision.text).events
    # Push-to-talk: answered as heard ("I couldn't find ..."), which says what Booth heard.
    assert decide(booth_2025, decoded(QUIET, *nbest), strict=False).kind == "answer"


def test_nothing_found_and_no_other_reading_is_silence(booth_2025):
    """"is there a talk about wifi" heard "... y fi" and "... y five": neither finds anything."""
    nbest = (("is there a talk about y fi", 212.44), ("is there a talk about y five", 212.28))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert decision.kind == "ignore" and "topic not on the schedule" in decision.doubts


def test_a_topic_of_lone_letters_is_read_back_even_when_it_finds_something(booth_2025):
    """"gpus" heard "g past": "past" finds a talk on the past of virtual environments. A lone
    letter no title or name has is read back; a topic the schedule spells so stays answered."""
    nbest = (("is there a talk about g past", 258.28), ("is there at talk about g past", 257.19))
    decision = decide(booth_2025, decoded(QUIET, *nbest), strict=True)
    assert decision.kind == "clarify" and "spelled pieces" in decision.doubts
    answered = decide(booth_2025, decoded(QUIET, ("is there a talk about python", 250.0)), strict=True)
    assert answered.kind == "answer" and not answered.doubts


def test_an_unknown_room_heard_in_babble_is_not_answered(booth_2025):
    """Chatter at 10 dB babble ("what is the weather like in paris tomorrow", spread 15 dB) heard as
    a room question: "there is no room hundred" was a schedule answer to chatter. In a quiet room
    an unknown name stays a fair question."""
    nbest = (("what is like in hundred tomorrow", 73.87), ("what is like in tomorrow", 73.57),
             ("what is like can hundred tomorrow", 73.54), ("what is like for tomorrow", 73.53),
             ("what is pycon hundred tomorrow", 73.39))
    assert decide(booth_2025, decoded(15.2, *nbest), strict=True).kind != "answer"
    assert decide(booth_2025, decoded(QUIET, ("where is the acme booth", 120.0)), strict=True).kind == "answer"


def test_a_speakers_name_heard_as_the_topic_is_read_back(booth_2025):
    """"is there an open space about knitting" in babble at 10 dB heard "... about emily" (a
    speaker's first name, no title word): it found an event by its speaker. Clean, "when is seth
    larson's talk" heard "when is seth larson start", read as a topic search."""
    babble = (("is there an open space about emily", 131.52), ("is there an open space about emily giving", 130.64),
              ("is there an open space about emily linn giving", 130.59), ("is there any open space about emily", 130.0))
    decision = decide(booth_2025, decoded(18.1, *babble), strict=True)
    assert decision.kind == "clarify" and "a name as the topic" in decision.doubts
    clean = (("when is seth larson start", 201.73), ("when does seth larson start", 200.87),
             ("when is seth larson stop", 200.16), ("when does seth larson stop", 199.30))
    decision = decide(booth_2025, decoded(QUIET, *clean), strict=True)
    assert decision.kind == "clarify" and "a name as the topic" in decision.doubts
    # The speaker intents still answer a question about a speaker.
    assert decide(booth_2025, decoded(QUIET, ("when does seth larson speak", 200.0)), strict=True).kind == "answer"


def test_a_short_new_question_in_a_conversation_in_babble_is_read_back(booth_2025):
    """After "what open spaces are at three", "tell me about the second one" in babble heard "tell
    me about except" (10 dB) and "how many charla" (6 dB). In a quiet room they stay answered, and
    in babble a follow-up heard as one ("the second one") is answered."""
    from booth.answer.conversation import Conversation

    conversation = Conversation(booth_2025)
    conversation.turn("what open spaces are at three")
    conversation.spoken_done()
    for spread, text in ((16.8, "tell me about except"), (13.4, "how many charla")):
        hall = decide(booth_2025, decoded(spread, (text, 70.0)), strict=True, context=True)
        assert hall.kind == "clarify" and "a new question in noise" in hall.doubts
        assert "a new question in noise" not in decide(booth_2025, decoded(QUIET, (text, 70.0)), strict=True,
                                                       context=True).doubts
    assert decide(booth_2025, decoded(13.0, ("the second one", 70.0)), strict=True, context=True).kind == "answer"


def test_a_topic_beside_a_break_that_only_other_kinds_have_is_chatter(booth_2025):
    """espeak-ng, clean chatter: "the coffee here is really good" heard "the coffee on real world",
    a break about "real world" that finds only a talk ("Type Hints in Real-World Projects"): it was
    answered with that offer. A break is about nothing, so it is silence; a tutorial about a topic
    only a talk has is still answered with the offer, a fair question asked on purpose."""
    chatter = decide(booth_2025, decoded(QUIET, ("the coffee on real world", 200.0)), strict=True)
    assert chatter.kind == "ignore" and "topic not on the schedule" in chatter.doubts
    asked = decide(booth_2025, decoded(QUIET, ("is there a tutorial about type hints", 200.0)), strict=True)
    assert asked.kind == "answer" and booth_2025.ask(asked.text).outcome == "found_other"
