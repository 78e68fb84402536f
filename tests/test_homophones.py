"""Two heard words that sound exactly like one word of the grammar are that word
(booth/voice/homophones.py). The neural voice's "wifi" comes out of the decoder as "y fi" or "why
fi": "y" is in the grammar for "a eleven y", "fi" for "wi fi", and the bigram model joins them.
Real Vosk, the real PyCon 2025 grammar, real piper-tts audio, real CMUdict."""

from __future__ import annotations

import pytest

from booth.voice.audio import chunked, read_wav
from booth.voice.decide import decide
from booth.voice.homophones import Homophones
from booth.voice.recognizer import Recognizer, Transcript
from tests.audio_tools import speak_neural


@pytest.fixture(scope="module")
def recognizer(model, booth_2025):
    return Recognizer(model, booth_2025.grammar_parts().phrases(), hand_written=booth_2025.intents.spoken)


def hear(recognizer: Recognizer, question: str) -> Transcript:
    recognizer.reset()
    results = [t for t in (recognizer.feed(c) for c in chunked(read_wav(speak_neural(question, steady=True))))
               if t is not None]
    last = recognizer.finish()
    return max([*results, *([last] if last else [])], key=lambda t: len(t.text))


@pytest.mark.parametrize("question", ["wifi password please", "what's the wifi password", "hey what's the wifi password",
                                      "what is the wifi network"])
def test_the_wifi_password_is_answered_however_the_decoder_spells_wifi(recognizer, booth_2025, question):
    heard = hear(recognizer, question)
    decision = decide(booth_2025, heard, strict=True)
    assert decision.kind == "answer" and decision.intent == "faq.wifi", (heard.raw, decision)
    assert "password" in booth_2025.ask(decision.text).answer


def test_a_pair_that_sounds_like_a_grammar_word_is_that_word(recognizer):
    assert recognizer.homophones is not None
    assert recognizer.homophones.join("y fi password please") == "wifi password please"
    assert recognizer.homophones.join("what's the why fi password") == "what's the wifi password"


@pytest.mark.parametrize("said", ["meet up", "in two"])
def test_a_pair_some_grammar_sentence_says_is_left_alone(recognizer, said):
    """"meet up" sounds like "meetup", "in two" like "into", but the grammar says both pairs."""
    assert recognizer.homophones is not None
    assert recognizer.homophones.join(f"is there a {said}") == f"is there a {said}"


def test_words_that_sound_alike_only_in_part_are_not_joined():
    joiner = Homophones(["is there wifi", "a eleven y", "what is five", "wi fi"])
    assert joiner.join("is there y five") == "is there y five"  # W AY F AY V is not wifi
    assert joiner.join("is there y fi") == "is there wifi"


def test_every_grammar_shares_one_pronunciation_table(tmp_path, monkeypatch):
    """The listener builds a grammar per offered list of titles: their pronunciations go into one
    table on disk, not a file per grammar, and a word is looked up in CMUdict once."""
    from booth.voice import homophones

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(homophones, "_KNOWN", None)  # this test's own table, read from its own disk
    assert Homophones(["is there wifi", "a eleven y", "wi fi"]).join("y fi") == "wifi"
    assert Homophones(["is there wifi", "a eleven y", "wi fi", "the flask one"]).join("y fi please") == "wifi please"
    tables = list((tmp_path / "booth").glob("pronunciations-*.json"))
    assert len(tables) == 1
    monkeypatch.setattr(homophones, "_KNOWN", None)  # a new process reads the table back
    assert homophones.pronunciations(["flask", "wifi", "eleven"]).keys() == {"flask", "wifi", "eleven"}
    assert set(homophones._KNOWN or {}) >= {"flask", "wifi", "y", "fi"}


def test_a_broken_or_unwritable_pronunciation_cache_is_no_reason_not_to_join(tmp_path, monkeypatch):
    """The table on disk is only a cache: a corrupt file is read as empty and rebuilt from CMUdict,
    and a cache folder that cannot be written (here a file stands where the folder goes) is
    skipped, the join still made."""
    from booth.voice import homophones

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "booth").mkdir()
    (tmp_path / "booth" / f"pronunciations-{homophones.PRONUNCIATIONS_VERSION}.json").write_text("{not json")
    monkeypatch.setattr(homophones, "_KNOWN", None)
    assert Homophones(["is there wifi", "a eleven y", "wi fi"]).join("y fi") == "wifi"

    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(homophones, "_KNOWN", None)
    assert Homophones(["is there wifi", "a eleven y", "wi fi"]).join("y fi") == "wifi"
