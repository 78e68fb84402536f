"""The end of a spoken question (booth/voice/endpoint.py): a short version of
bench/bench_latency.py in audio time. Real Vosk, a real neural voice (piper), real intents and schedule:
a complete sentence ends sooner than Vosk's own endpoint would end it; a half sentence followed by
a thinking pause is not cut, nor is a complete one whose last word usually goes on ("what talks
are on ... saturday"), which waits longer, nor one the decoder's partial is a short word behind
("are there any talks" while "at" was said); words that make no sentence of the grammar end on a
short silence, sooner than Vosk's own endpoint."""

from __future__ import annotations

import array

import pytest

from booth.settings import EndpointSettings
from booth.understand.text import tokenize
from booth.voice.audio import RATE, chunked
from booth.voice.endpoint import Endpointer, GrammarJudge, NoiseGate, Sentence, Verdict, dangling_words, ending_shares
from booth.voice.recognizer import Recognizer
from tests.audio_tools import read_pcm, silence, speak_neural

SETTINGS = EndpointSettings()


def said(text: str) -> list[str]:
    """Words as the matcher reads them: the grammar has "where's" beside "where is"."""
    return tokenize(text)


def _spoken(*parts: str, pause: float = 0.0) -> array.array:
    """The parts said by the neural voice with ``pause`` seconds between them (its own trailing
    silence cut). A neural voice, not espeak: with the whole-sentence grammar espeak's "when is
    lunch" is heard as "where does lunch", which says nothing about where an utterance ends."""
    samples = silence(0.3)
    for n, part in enumerate(parts):
        if n:
            samples += silence(pause)
        speech = read_pcm(speak_neural(part, steady=True))
        end = max(i for i, v in enumerate(speech) if abs(v) > 300) + 1
        samples += speech[:end]
    return samples + silence(2.5)


def _utterances(booth, model, samples: array.array, endpoint: bool) -> list[tuple[float, str, str]]:
    """(seconds of audio fed when the utterance ended, why, text) for each utterance heard."""
    endpointer = Endpointer(GrammarJudge(booth, SETTINGS), SETTINGS) if endpoint else None
    rec = Recognizer(model, booth.vocabulary(), endpointer=endpointer)
    fed, out = 0, []
    for chunk in chunked(samples.tobytes()):
        fed += len(chunk) // 2
        transcript = rec.feed(chunk)
        if transcript is not None and transcript.text:
            out.append((fed / RATE, rec.ending.reason if rec.ending else "", transcript.text))
    return out


def test_the_judge_knows_complete_incomplete_and_nothing(booth):
    judge = GrammarJudge(booth, SETTINGS)
    assert judge("what open spaces are at three") is Sentence.COMPLETE
    assert judge("where is the microsoft booth") is Sentence.COMPLETE
    assert judge("what open spaces are at") is Sentence.INCOMPLETE
    assert judge("where is the") is Sentence.INCOMPLETE
    assert judge("is there a talk about") is Sentence.INCOMPLETE
    # A template sentence may end on a word that usually leaves a question open ("about"): not a
    # half sentence; and as no template goes on from this one, not worth a longer wait either.
    assert judge("what is hynek schlawack talking about") is Sentence.COMPLETE
    # A template word that is the slot's value at the sentence's end is not left dangling.
    assert judge("where is registration") is Sentence.COMPLETE
    assert judge("the weather in the lobby was lovely") is Sentence.NONE
    assert judge("[unk]") is Sentence.NONE
    assert {"at", "the", "is"} <= dangling_words(booth, SETTINGS.dangling_share)
    assert not {"now", "three", "booth"} & dangling_words(booth, SETTINGS.dangling_share)


def test_a_complete_sentence_that_usually_goes_on_is_open(booth):
    judge = GrammarJudge(booth, SETTINGS)
    assert judge("what talks are on") is Sentence.OPEN  # "... on saturday", "... on now"
    assert judge("how many talks are there") is Sentence.OPEN  # "... there in total"
    # Ending on "at", "room", "dates" (words that seldom end a question), but no template goes on
    # from the sentence matched: nothing more to wait for.
    assert judge("which booth is microsoft at") is Sentence.COMPLETE
    assert judge("where is the quiet room") is Sentence.COMPLETE
    assert judge("what are the conference dates") is Sentence.COMPLETE
    assert judge("what talks are on saturday") is Sentence.COMPLETE
    assert judge("when is lunch") is Sentence.COMPLETE  # a slot at the end: not judged by the share of "{kind}"
    assert judge("when is brandt bucher speaking") is Sentence.COMPLETE
    shares = ending_shares(booth)  # the table the judgement is made from, measured on the templates
    assert max(shares["on"], shares["at"], shares["there"]) < SETTINGS.open_share
    assert min(shares["speaking"], shares["booth"], shares["{time}"]) >= SETTINGS.open_share


def test_a_follow_up_that_begins_a_question_is_open(booth):
    # "when is the ... keynote", paused after "the", is heard "when is that": a whole follow-up,
    # answered from the last answer in the pause, the question cut. A follow-up whose words but the
    # last begin a question waits open_silence; one ending on a slot begins nothing.
    judge = GrammarJudge(booth, SETTINGS)
    for text in ("when is that", "what is that", "where is it"):
        assert judge(text) is Sentence.OPEN, text
    assert judge("what about four") is Sentence.COMPLETE
    assert judge("tell me more") is Sentence.COMPLETE
    assert judge("when is the keynote") is Sentence.COMPLETE


def test_the_judge_matches_each_partial_once(booth):
    judge = GrammarJudge(booth, SETTINGS)
    asked: list[str] = []
    real_ask = booth.ask

    def counting_ask(text, **kwargs):
        asked.append(text)
        return real_ask(text, **kwargs)

    booth.ask = counting_ask
    try:
        for _ in range(20):  # a partial stays the same for many chunks
            judge("when is lunch")
    finally:
        del booth.ask
    assert asked == ["when is lunch"]


def test_a_complete_sentence_ends_before_vosk_would_end_it(booth, model):
    for text in ("when is lunch", "what open spaces are at three"):
        samples = _spoken(text)
        ours = _utterances(booth, model, samples, endpoint=True)
        vosks = _utterances(booth, model, samples, endpoint=False)
        assert [reason for _, reason, _ in ours] == ["complete"]
        assert [heard for _, _, heard in ours] == [heard for _, _, heard in vosks]  # the same words heard
        assert booth.ask(ours[0][2], stop_after="intent").intent == booth.ask(text, stop_after="intent").intent
        assert ours[0][0] < vosks[0][0]  # ended on less trailing silence than Vosk's own endpoint


@pytest.mark.parametrize("pause", [0.5, 1.0])
def test_a_half_sentence_waits_through_a_thinking_pause(booth, model, pause):
    samples = _spoken("what talks are at", "three thirty", pause=pause)
    ours = _utterances(booth, model, samples, endpoint=True)
    assert [heard for _, _, heard in ours] == ["what talks are at three thirty"]
    vosks = _utterances(booth, model, samples, endpoint=False)
    if pause >= 1.0:  # Vosk's own rules end at 0.5-1.0 s: without the grammar the question is cut in two
        assert len(vosks) == 2


def test_a_pause_after_on_or_at_does_not_cut_the_question(booth, model):
    # "what talks are on" is a whole question too: judged complete, it was answered in the pause.
    for first, last in (("what talks are on", "saturday"), ("what talks are on saturday at", "four")):
        samples = _spoken(first, last, pause=0.55)
        ours = _utterances(booth, model, samples, endpoint=True)
        assert [heard for _, _, heard in ours] == [f"{first} {last}"]


@pytest.mark.parametrize("first, rest", [("are there any talks at", "four"), ("what is in room 321 at", "three"),
                                         ("when is the keynote on", "sunday")])
def test_a_complete_sentence_then_a_short_word_and_a_pause_is_not_cut(booth, model, first, rest):
    # Vosk's partial lags the audio by a short word: in the pause it still read "are there any
    # talks", a whole question, and the question was answered without its "at four". The final
    # result has the "at" (unfinished), so the utterance goes on.
    samples = _spoken(first, rest, pause=0.5)
    ours = _utterances(booth, model, samples, endpoint=True)
    assert len(ours) == 1
    assert booth.ask(ours[0][2], stop_after="intent").slots == booth.ask(f"{first} {rest}", stop_after="intent").slots


@pytest.mark.parametrize("first, rest", [("when is the", "keynote"), ("where is the", "microsoft booth")])
def test_a_pause_after_the_is_not_taken_for_a_follow_up(booth, model, first, rest):
    # In the pause "when is the" reads "when is that" (a follow-up, complete): it was cut there.
    samples = _spoken(first, rest, pause=0.5)
    ours = _utterances(booth, model, samples, endpoint=True)
    assert len(ours) == 1, ours
    assert booth.ask(ours[0][2], stop_after="intent").slots == booth.ask(f"{first} {rest}", stop_after="intent").slots


def test_the_final_result_overrules_a_partial_that_lags_behind():
    # The mechanism on its own, judged by a table: the partial is a whole question, the final
    # result has one more word that leaves it unfinished.
    table = {"are there any talks": Sentence.COMPLETE, "are there any talks at": Sentence.INCOMPLETE}
    endpointer = Endpointer(lambda text: table.get(text, Sentence.NONE), SETTINGS)
    speech, quiet = [-20.0] * 5, [-90.0] * 5  # 50 ms chunks of 10 ms frame levels

    def say() -> None:
        for _ in range(5):  # the hall's floor
            assert endpointer.step(False, "", quiet) is Verdict.LISTEN
        for partial in ("are", "are there", "are there any", "are there any talks"):
            for _ in range(4):
                assert endpointer.step(False, partial, speech) is Verdict.LISTEN

    say()
    chunks = 0
    while endpointer.step(False, "are there any talks", quiet) is Verdict.LISTEN:
        chunks += 1
    assert endpointer.needs_final_check() and chunks * 0.05 < SETTINGS.open_silence
    assert not endpointer.confirm("are there any talks at")
    assert endpointer.sentence is Sentence.INCOMPLETE  # the same partial is not taken for complete again
    while endpointer.step(False, "are there any talks", quiet) is Verdict.LISTEN:
        pass
    assert endpointer.ending is not None and endpointer.ending.reason == "incomplete-timeout"
    assert endpointer.ending.resumed == 1 and endpointer.ending.silence >= SETTINGS.incomplete_silence - 1e-6
    # A final result that agrees ends the question.
    endpointer.reset()
    say()
    while endpointer.step(False, "are there any talks", quiet) is Verdict.LISTEN:
        pass
    assert endpointer.confirm("are there any talks")


def test_an_open_sentence_waits_longer_than_a_complete_one(booth, model):
    waits = {}
    for text in ("how many talks are there", "where is the microsoft booth"):
        samples = _spoken(text)
        speech_end = len(samples) / RATE - 2.5  # _spoken's trailing silence
        ours = _utterances(booth, model, samples, endpoint=True)
        assert [said(heard) for _, _, heard in ours] == [said(text)]  # "where's" is "where is"
        waits[ours[0][1]] = ours[0][0] - speech_end
    assert set(waits) == {"open-timeout", "complete"}
    # Not before open_silence, not even on Vosk's own endpoint; not as long as a half sentence's wait.
    assert SETTINGS.open_silence <= waits["open-timeout"] < SETTINGS.incomplete_silence
    assert waits["complete"] < SETTINGS.open_silence


def test_speech_that_is_no_question_ends_on_a_short_silence(booth, model):
    samples = _spoken("the weather in the lobby was lovely")
    speech_end = len(samples) / RATE - 2.5
    ours = _utterances(booth, model, samples, endpoint=True)
    vosks = _utterances(booth, model, samples, endpoint=False)
    assert [reason for _, reason, _ in ours] == ["none-timeout"]
    assert SETTINGS.none_silence <= ours[0][0] - speech_end < vosks[0][0] - speech_end


def test_no_sentence_ends_on_none_silence_a_half_sentence_waits():
    # The rule on its own, judged by a table: words the grammar makes nothing of end after
    # none_silence of silence; a half sentence (ending on "at") still waits incomplete_silence;
    # one or two words are left to Vosk's endpoint.
    table = {"the weather was lovely": Sentence.NONE, "what talks are at": Sentence.INCOMPLETE}
    speech, quiet = [-20.0] * 5, [-90.0] * 5  # 50 ms chunks of 10 ms frame levels
    for partial, reason, least in (("the weather was lovely", "none-timeout", SETTINGS.none_silence),
                                   ("what talks are at", "incomplete-timeout", SETTINGS.incomplete_silence)):
        endpointer = Endpointer(lambda text: table.get(text, Sentence.NONE), SETTINGS)
        for _ in range(5):
            endpointer.step(False, "", quiet)
        for _ in range(10):
            assert endpointer.step(False, partial, speech) is Verdict.LISTEN
        chunks = 0
        while endpointer.step(False, partial, quiet) is Verdict.LISTEN:
            chunks += 1
        assert endpointer.ending is not None and endpointer.ending.reason == reason
        assert least - 1e-6 <= endpointer.ending.silence < least + 0.05
    endpointer = Endpointer(lambda text: Sentence.NONE, SETTINGS)
    for _ in range(5):
        endpointer.step(False, "", quiet)
    for _ in range(10):
        endpointer.step(False, "lovely weather", speech)
    assert all(endpointer.step(False, "lovely weather", quiet) is Verdict.LISTEN for _ in range(40))


@pytest.mark.parametrize("text", ["what is pycon", "where is registration"])
def test_a_sound_alike_or_a_slot_value_at_the_end_is_complete(booth, model, text):
    # Vosk says "what is pye can" (the grammar's spelling for a word the model lacks): the partial
    # is judged with the schedule's words back. "registration" is a template word that seldom ends
    # a question, here a {topic}. Both waited a half sentence's incomplete_silence before.
    ours = _utterances(booth, model, _spoken(text), endpoint=True)
    assert [(reason, said(heard)) for _, reason, heard in ours] == [("complete", said(text))]


def test_the_noise_gate_follows_the_hall_not_the_speaker():
    gate = NoiseGate(gate_db=9.0, rise_db_per_second=2.0)
    assert not any(gate.is_speech(-50.0) for _ in range(100))  # a steady hall
    assert gate.is_speech(-30.0)  # a voice 20 dB above it
    for _ in range(300):  # 3 s of talking hardly lifts the floor
        gate.is_speech(-30.0)
    assert gate.floor is not None and gate.floor < -42.0
    assert gate.is_speech(-30.0)
    for _ in range(1500):  # the hall got louder for good: 15 s later that level is the floor
        gate.is_speech(-30.0)
    assert not gate.is_speech(-30.0)
