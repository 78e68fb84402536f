"""Speech -> text with Vosk: audio decoded either with a runtime grammar built from what Booth can
answer (default) or freely (``free=True``). The model itself is booth/voice/model.py.

    model = load_model(resolve_model(None))
    rec = Recognizer(model, booth.vocabulary())
    for chunk in source:
        transcript = rec.feed(chunk)      # a Transcript at each end of utterance, else None
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from booth.errors import ModelError
from booth.voice.audio import RATE, frame_levels
from booth.voice.endpoint import Ending, Endpointer, Sentence, Verdict
from booth.voice.homophones import Homophones
from booth.voice.model import _vosk, load_model, load_model_soon, model_folder, model_knows, resolve_model
from booth.voice.vocabulary import SpokenForms, Vocabulary, spoken_forms, words_of

# The model's functions stay importable from here, where callers have always found them.
__all__ = ["ALTERNATIVES", "UNK", "Recognizer", "Transcript", "Word", "build_grammar", "level_spread", "load_model",
           "load_model_soon", "model_folder", "model_knows", "parse_result", "resolve_model", "restore",
           "said_word_for_word", "spoken_forms_for", "transcribe"]

log = logging.getLogger(__name__)

UNK = "[unk]"

ALTERNATIVES = 5  # n-best hypotheses per utterance for the whole-phrase re-check


def spoken_forms_for(model, phrases: Iterable[str], hand_written: dict[str, str] | None = None) -> SpokenForms | None:
    """Sound-alike spellings for the words of ``phrases`` the model lacks (None: model of unknown
    origin, its vocabulary cannot be read)."""
    folder = model_folder(model)
    if folder is None:
        return None
    try:
        vocabulary = Vocabulary(folder, lambda word: model_knows(model, word))
    except ModelError as exc:
        log.warning("%s; words the model lacks will not be heard", exc)
        return None
    phrases = list(phrases)
    words = {w for token in {t for phrase in phrases for t in phrase.split()} for w in words_of(token)}
    table = spoken_forms(vocabulary, words, hand_written, avoid={w for w in words if w in vocabulary})
    table.native = said_word_for_word(phrases, set(table.forms.values()))
    return table


def said_word_for_word(phrases: Iterable[str], forms: Iterable[str]) -> set[str]:
    """The ``forms`` (runs of words) that some phrase says word for word: one pass over the
    phrases, looking up only the run lengths a form starting with each word has (searching the
    joined phrases once per form took a seventh of the start-up)."""
    lengths: dict[str, set[int]] = {}
    wanted: set[tuple[str, ...]] = set()
    for form in forms:
        run = tuple(form.split())
        if run:
            wanted.add(run)
            lengths.setdefault(run[0], set()).add(len(run))
    found: set[tuple[str, ...]] = set()
    for phrase in phrases:
        words = phrase.split()
        if lengths.keys().isdisjoint(words):
            continue
        for i, word in enumerate(words):
            for n in lengths.get(word, ()):
                if (run := tuple(words[i:i + n])) in wanted:
                    found.add(run)
    return {" ".join(run) for run in found}


def build_grammar(model, phrases: Iterable[str], extra: Iterable[str] = (),
                  spoken: SpokenForms | None = None) -> list[str]:
    """Phrases for a Vosk runtime grammar. A word the model cannot say would make Vosk drop it
    silently, so it is replaced by its spoken form ("duckdb" -> "duck d b"); a word with none
    splits its phrase instead (logged at debug level)."""
    out: dict[str, None] = {}
    dropped: set[str] = set()
    # token -> (word, what the model says for it or None), worked out once per distinct token
    said: dict[str, list[tuple[str, str | None]]] = {}

    def say(token: str) -> list[tuple[str, str | None]]:
        if token not in said:
            said[token] = [(word, word if model_knows(model, word) else spoken.forms.get(word) if spoken else None)
                           for word in words_of(token)]
        return said[token]

    for phrase in [*phrases, *extra]:
        piece: list[str] = []
        for token in phrase.split():
            for word, form in say(token):
                if form is not None:
                    piece.append(form)
                    continue
                dropped.add(word)
                if piece:
                    out.setdefault(" ".join(piece), None)
                piece = []
        if piece:
            text = " ".join(piece)
            # The phrase's own string where nothing changed: the grammar then shares its strings
            # with the phrase list instead of holding a second copy of each (4 MB of 43,000).
            out.setdefault(phrase if text == phrase else text, None)
    if dropped:
        log.debug("grammar: %d words unknown to the model left out: %s", len(dropped), " ".join(sorted(dropped)))
    return [*out, UNK]


@dataclass(frozen=True)
class Word:
    text: str
    conf: float
    start: float
    end: float


@dataclass(frozen=True)
class Transcript:
    text: str  # what was heard (best alternative), "[unk]" removed; "" for noise
    words: tuple[Word, ...] = ()
    duration: float = 0.0  # seconds of audio in this utterance
    free: bool = False
    raw: str = field(default="", compare=False)  # Vosk's text, "[unk]" included
    # Vosk's n-best list, best first: (text without "[unk]", decoder score; higher is better).
    alternatives: tuple[tuple[str, float], ...] = field(default=(), compare=False)
    # How far the loud part of the utterance stands above its quiet part (dB, see level_spread);
    # None when not measured. Low in a hall full of talk, where a hearing deserves more doubt.
    spread_db: float | None = field(default=None, compare=False)

    @property
    def confidence(self) -> float:
        """Mean word confidence with SetWords and one alternative; with an n-best list, how far
        the best alternative is ahead of the next different one (0..1)."""
        known = [w.conf for w in self.words if w.text != UNK]
        if self.alternatives:
            others = [score for text, score in self.alternatives[1:] if text != self.text]
            if not others:
                return 1.0 if self.text else 0.0
            return max(0.0, min(1.0, (self.alternatives[0][1] - others[0]) / 5.0))
        return sum(known) / len(known) if known else 0.0

    @property
    def unknown_share(self) -> float:
        return sum(w.text == UNK for w in self.words) / len(self.words) if self.words else 0.0

    def without_doubtful(self, threshold: float) -> str:
        return " ".join(w.text for w in self.words if w.text != UNK and w.conf >= threshold)


LOUD_SHARE, QUIET_SHARE = 0.95, 0.10  # percentiles of the 10 ms frame levels compared


def level_spread(levels: list[float]) -> float | None:
    """The loudest 5% of an utterance's 10 ms frames over its quietest 10%, in dB: a rough
    signal-to-noise ratio that needs no voice detector. Speech in a quiet room: 35 dB and more
    (digital silence around a recording: about 80); the neural-voice bench's babble at 10 dB SNR
    measured 12-21, at 6 dB 10-17."""
    if len(levels) < 20:  # under 0.2 s: nothing to compare
        return None
    ordered = sorted(levels)
    return ordered[int(LOUD_SHARE * (len(ordered) - 1))] - ordered[int(QUIET_SHARE * (len(ordered) - 1))]


def _clean(text: str) -> str:
    return " ".join(w for w in text.split() if w != UNK)


def parse_result(result: str, duration: float, free: bool) -> Transcript:
    data = json.loads(result)
    alternatives: tuple[tuple[str, float], ...] = ()
    if "alternatives" in data:
        alts = data["alternatives"] or [{"text": "", "confidence": 0.0}]
        alternatives = tuple((_clean(a.get("text", "")), float(a.get("confidence", 0.0))) for a in alts)
        data = alts[0]
    words = tuple(Word(w["word"], float(w.get("conf", 1.0)), float(w.get("start", 0)), float(w.get("end", 0)))
                  for w in data.get("result", []))
    raw = data.get("text", "")
    return Transcript(_clean(raw), words, duration, free, raw, alternatives)


class Recognizer:
    """One utterance at a time; ``feed`` returns a Transcript when the utterance ends: by Vosk's
    endpointer (0.5-1.0 s of silence after speech), by an ``Endpointer`` that knows the grammar
    (booth/voice/endpoint.py), or at the length cap."""

    def __init__(self, model, phrases: Iterable[str] | None = None, free: bool = False,
                 max_seconds: float = 12.0, alternatives: int = ALTERNATIVES,
                 hand_written: dict[str, str] | None = None, endpointer: Endpointer | None = None):
        self.model = model
        self.alternatives = alternatives
        self.hand_written = hand_written or {}
        self.spoken: SpokenForms | None = None
        self._built: dict[object, tuple[list[str], Homophones]] = {}
        self.homophones: Homophones | None = None  # "y fi" -> "wifi", for the grammar in use
        self._rec_grammar: list[str] | None = None
        self.free = free or phrases is None
        self.max_seconds = max_seconds
        self.endpointer = endpointer
        self.grammar: list[str] = []
        self._rec: Any = None  # a vosk.KaldiRecognizer
        self._samples = 0
        self._partial = self._judged = ""  # _judged: the partial as the grammar judge reads it (self._said)
        self.ending: Ending | None = None  # why the last utterance ended
        self.decode_seconds = 0.0  # time the last utterance's final result took
        self._fed = 0  # samples since the KaldiRecognizer was made: Vosk's word times count from there
        self.offset = 0.0  # where the last utterance began on that clock (seconds)
        self._levels: list[float] = []  # 10 ms frame levels of the utterance so far (dBFS)
        self._pcm = bytearray()  # the utterance's audio, to decode it again when the final result says "not over"
        self.last_audio = b""  # the last finished utterance's audio (booth.voice.second_opinion decodes it again)
        self.set_phrases(phrases)

    def set_phrases(self, phrases: Iterable[str] | None, key: object = None) -> None:
        """Use these phrases as the grammar from the next utterance on. ``key`` names a grammar
        to keep for reuse (the listener switches between a few); None rebuilds and forgets the kept ones."""
        if not self.free and phrases is not None:
            if key is not None and key in self._built:
                self.grammar, self.homophones = self._built[key]
            else:
                phrases = list(phrases)
                if key is None or self.spoken is None:
                    self.spoken = spoken_forms_for(self.model, phrases, self.hand_written)
                    self._built.clear()
                self.grammar = build_grammar(self.model, phrases, spoken=self.spoken)
                self.homophones = Homophones(self.grammar)
                if key is not None:
                    self._built[key] = (self.grammar, self.homophones)
        self.reset()

    def reset(self) -> None:
        """Forget the utterance in progress. A fresh KaldiRecognizer, as Vosk's Reset() keeps words
        of a half-decoded utterance; but compiling a whole-sentence grammar takes 0.1-0.3 s, so a
        recognizer that has heard nothing since its last result, with the same grammar, is kept."""
        if self._rec is not None and self._samples == 0 and self._rec_grammar is self.grammar:
            return
        self._new_kaldi()
        self._samples = 0
        self._fed = 0
        self._levels = []
        self._pcm.clear()
        self._partial = self._judged = ""
        if self.endpointer is not None:
            self.endpointer.reset()

    def _new_kaldi(self) -> None:
        vosk = _vosk()
        self._rec_grammar = self.grammar
        if self.free:
            self._rec = vosk.KaldiRecognizer(self.model, RATE)
        else:
            self._rec = vosk.KaldiRecognizer(self.model, RATE, json.dumps(self.grammar))
        self._rec.SetWords(True)
        if self.alternatives > 1:  # the n-best list lets the intent matcher re-rank (word salad)
            self._rec.SetMaxAlternatives(self.alternatives)

    def feed(self, chunk: bytes) -> Transcript | None:
        if len(chunk) % 2:
            chunk = chunk[:-1]
        if not chunk:
            return None
        self._samples += len(chunk) // 2
        self._fed += len(chunk) // 2
        vosk_end = self._rec.AcceptWaveform(chunk)
        levels = frame_levels(chunk)
        self._levels.extend(levels)
        self._pcm.extend(chunk)  # at most max_seconds of it: 384 kB
        if self.endpointer is not None:
            # Vosk's "end" is advice: while we keep feeding, it keeps decoding the same utterance.
            if self.endpointer.wants_partial(levels):  # (SetPartialWords: partials up to 1 s late)
                partial = json.loads(self._rec.PartialResult()).get("partial", "")
                if partial != self._partial:  # spellings turned back once per new partial, not per chunk
                    self._partial, self._judged = partial, self._said(partial)
            verdict = self.endpointer.step(vosk_end, self._judged, levels)
            if verdict is Verdict.END:
                return self._end_early() if self.endpointer.needs_final_check() else self._end_now()
        elif vosk_end:
            self.ending = Ending("vosk", Sentence.NONE, 0.0)
            return self._take(self._rec.Result)
        if self._samples >= self.max_seconds * RATE:
            log.debug("utterance cut at %.1f s", self.max_seconds)
            self.ending = Ending("length cap", Sentence.NONE, 0.0)
            return self.finish()
        return None

    def _end_now(self) -> Transcript | None:
        self.ending = self.endpointer.ending if self.endpointer is not None else None
        return self.finish()

    def _said(self, heard: str) -> str:
        """Vosk's words with sound-alike spellings turned back ("when does pye can begin"): what the
        grammar judge can tell complete."""
        return heard if self.free else restore_text(heard, self.spoken, self.homophones)

    def _end_early(self) -> Transcript | None:
        """An ending decided on the partial: the final result (Vosk's best path to a grammar
        sentence's end, which the partial lags) confirms it, or the utterance goes on, decoded
        again from its start by a fresh KaldiRecognizer (Vosk cannot go on after a final result)."""
        assert self.endpointer is not None
        started = time.perf_counter()
        raw = self._rec.FinalResult()
        peek = parse_result(raw, self._samples / RATE, self.free)
        if self.endpointer.confirm(self._said(peek.text)):
            self.ending = self.endpointer.ending
            return self._take(lambda: raw, time.perf_counter() - started)
        self._new_kaldi()
        self._fed = self._samples
        self._rec.AcceptWaveform(bytes(self._pcm))
        log.debug("final result %r: decoded the utterance again in %.3f s", peek.text, time.perf_counter() - started)
        return None

    def finish(self) -> Transcript | None:
        """End the utterance now (end of a file, key released, length cap)."""
        if not self._samples:
            return None
        return self._take(self._rec.FinalResult)

    @property
    def partial(self) -> str:
        if self.endpointer is not None:  # already asked for this chunk
            return self._partial
        return json.loads(self._rec.PartialResult()).get("partial", "")

    @property
    def listening_seconds(self) -> float:
        return self._samples / RATE

    def _take(self, result: Callable[[], str], spent: float = 0.0) -> Transcript:
        started = time.perf_counter()
        transcript = parse_result(result(), self._samples / RATE, self.free)
        self.decode_seconds = spent + time.perf_counter() - started
        self.offset = (self._fed - self._samples) / RATE
        self._samples = 0
        transcript = replace(transcript, spread_db=level_spread(self._levels))
        self._levels = []
        self.last_audio = bytes(self._pcm)
        self._pcm.clear()
        if not self.free:  # "duck d b" back to "duckdb", "y fi" to "wifi"
            transcript = restore(transcript, self.spoken, self.homophones)
        self._partial = self._judged = ""
        if self.endpointer is not None:
            self.endpointer.reset()
        return transcript


def restore_text(heard: str, spoken: SpokenForms | None, homophones: Homophones | None = None) -> str:
    """Sound-alike spellings in heard words turned back into the schedule's words: first two words
    that sound like one grammar word joined (booth/voice/homophones.py), then the spoken forms of
    words the model lacks."""
    if homophones is not None:
        heard = homophones.join(heard)
    return spoken.restore(heard) if spoken is not None else heard


def restore(transcript: Transcript, spoken: SpokenForms | None, homophones: Homophones | None = None) -> Transcript:
    """restore_text() on the transcript and every alternative."""
    return replace(transcript, text=restore_text(transcript.text, spoken, homophones),
                   alternatives=tuple((restore_text(text, spoken, homophones), score)
                                      for text, score in transcript.alternatives))


def transcribe(model, pcm_chunks: Iterable[bytes], phrases: Iterable[str] | None = None,
               free: bool = False, alternatives: int = ALTERNATIVES,
               hand_written: dict[str, str] | None = None) -> list[Transcript]:
    """Every utterance in a stream (a file: no pause between feeding and the final result)."""
    rec = Recognizer(model, phrases, free, alternatives=alternatives, hand_written=hand_written)
    out = [t for t in (rec.feed(c) for c in pcm_chunks) if t is not None]
    last = rec.finish()
    if last is not None:
        out.append(last)
    return out
