"""A second opinion on a hearing Booth would say nothing to: the same audio decoded again without
the grammar.

The grammar keeps Vosk inside Booth's sentences; a question worded another way ("got any talks on
rust", "anything about the duckdb thing") is then forced into the nearest sentence pieces, which
decide() rightly refuses. In quiet audio a free decode of the same utterance hears such a question
well (its language model knows English, not only Booth's sentences), and decide() judges it like
any hearing: it is answered only when decide() would answer it outright at ``SECOND_OPINION_SCORE``
or better. In noise the free decoder hears babble as fluent English (README: free transcription
51% at 6 dB on the coffee recordings), so it is not asked there.

Two more readings of a free hearing: the very words of the grammar decode's first hypothesis
(both decoders heard them alike, so they were said) are answered as a typed question is; and a
question about a person the schedule does not have ("is guido speaking": the grammar, which holds
only the schedule's names, made it "esquivel speaking") gets the honest "I don't see Guido".

Reconsidered: hearings that would get no answer at all (ignored, or Booth's "sorry"); read-backs
("Did you mean ...?"), answered when the free decoder hears what is read back; and loose answers
about a speaker. A whole answer is not: waiting for a second decode would make it later (a free
decode costs 0.09 s median on one core, 0.7-0.8 s the first time).
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import time
from dataclasses import replace
from typing import Any

from booth.understand.text import tokenize
from booth.voice.audio import RATE
from booth.voice.decide import NOISY_SPREAD_DB, SURE_SCORE, Decision, decide
from booth.voice.model import _vosk
from booth.voice.readings import meaning, read
from booth.voice.recognizer import ALTERNATIVES, Transcript, parse_result
from booth.voice.vocabulary import SpokenForms

__all__ = ["FREE_DECODER_GROWTH_MB", "FreeDecoder", "SECOND_OPINION_SCORE", "SPEECH_MARGIN", "heard_person",
           "reconsider", "resident_mb", "speech_span", "wanted"]

log = logging.getLogger(__name__)

# A free hearing is answered from decide()'s own "sure" score up, never from its lower quiet-audio
# gate: free decoding can say anything, so it must fit a template well.
SECOND_OPINION_SCORE = SURE_SCORE
# Audio kept around the grammar decode's words: always listening, an utterance's audio holds the
# seconds of quiet before the visitor spoke, which the free decoder fills with words.
SPEECH_MARGIN = 0.3
# How much the process may grow with one free recognizer before it is dropped for a new one: its
# lookahead caches grow with every decode. `booth listen` on one core, 48 utterances of which 30
# got a second opinion (README, "Memory"): kept for good 286 MB peak in 16.7 s; dropped past 32,
# 48 or 64 MB: 241 / 242 / 258 MB in 24.9 / 23.5 / 21.3 s (a new one's first decode is the slow one).
FREE_DECODER_GROWTH_MB = 48.0


def resident_mb() -> float | None:
    """This process's resident memory (Linux /proc; None elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20
    except (OSError, ValueError, IndexError):
        return None


def _give_back() -> None:
    """Return the dropped recognizer's freed memory to the system (glibc's malloc_trim), else
    the heap keeps it and RSS stays where it was."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


class FreeDecoder:
    """Decodes one utterance's audio with the model's own language model (no grammar). One
    recognizer, made on first use (most hearings never need one) and kept: a fresh one took
    0.63 s for a 2.5 s question on one core, the same one again 0.07-0.09 s (it builds its
    caches on its first utterance). FinalResult() ends each utterance, so none leaks into the next.
    Those caches never stop growing (one core, 40 questions: +100 MB), so once the process has
    grown FREE_DECODER_GROWTH_MB since the recognizer was made, it is dropped and the next use
    makes a new one."""

    def __init__(self, model, spoken: SpokenForms | None = None):
        self.model = model
        self.spoken = spoken  # sound-alike spellings ("duck d b") turned back to schedule words
        self.seconds = 0.0  # how long the last decode took
        self.renewals = 0  # recognizers dropped for their memory
        self._rec: Any = None
        self._made_at_mb: float | None = None

    def decode(self, pcm: bytes) -> Transcript:
        started = time.perf_counter()
        if self._rec is None:
            self._made_at_mb = resident_mb()
            self._rec = _vosk().KaldiRecognizer(self.model, RATE)
            self._rec.SetWords(True)
            self._rec.SetMaxAlternatives(ALTERNATIVES)
        self._rec.AcceptWaveform(pcm)
        heard = parse_result(self._rec.FinalResult(), len(pcm) / 2 / RATE, free=True)
        now_mb = resident_mb()
        if now_mb is not None and self._made_at_mb is not None and now_mb - self._made_at_mb > FREE_DECODER_GROWTH_MB:
            self._rec = None
            self.renewals += 1
            _give_back()
            log.debug("free recognizer dropped at %.0f MB (made at %.0f MB)", now_mb, self._made_at_mb)
        if self.spoken is not None:
            heard = replace(heard, text=self.spoken.restore(heard.text),
                            alternatives=tuple((self.spoken.restore(t), s) for t, s in heard.alternatives))
        self.seconds = time.perf_counter() - started
        return heard


def speech_span(pcm: bytes, transcript: Transcript, offset: float = 0.0) -> bytes:
    """The part of an utterance's audio ``pcm`` where the grammar decode heard words, with
    ``SPEECH_MARGIN`` either side. ``offset``: where the utterance began on the clock of the word
    times (Recognizer.offset). Without word times, all of it."""
    words = [w for w in transcript.words if w.end > w.start]
    if not words:
        return pcm
    first = max(0.0, min(w.start for w in words) - offset - SPEECH_MARGIN)
    last = max(w.end for w in words) - offset + SPEECH_MARGIN
    start, end = round(first * RATE) * 2, round(last * RATE) * 2
    return pcm[start:end] if end > start else pcm


def wanted(decision: Decision, transcript: Transcript, booth=None, spoken: SpokenForms | None = None) -> bool:
    """Whether to ask the free decoder: the hearing was heard in quiet audio, where the free
    decoder can be trusted, and gets no answer (ignored, or "sorry"); with ``booth``, also a
    read-back, and with ``spoken`` too, a loose answer about a person (heard_person)."""
    no_answer = decision.kind == "ignore" or (decision.kind == "answer" and decision.intent is None)
    spread = transcript.spread_db
    heard_something = bool(transcript.text or transcript.raw.strip() or transcript.alternatives)
    if not (heard_something and spread is not None and spread >= NOISY_SPREAD_DB):
        return False
    if booth is not None and decision.kind == "clarify":  # a read-back the free decoder may settle
        return True
    return no_answer or (booth is not None and spoken is not None and heard_person(booth, decision, spoken))


def heard_person(booth, decision: Decision, spoken: SpokenForms) -> bool:
    """An answer about a schedule speaker at a loose fit (under SURE_SCORE), whose name as heard
    is made of words the model has. The grammar holds only the schedule's names, so a name that
    is not on it comes out as the nearest that is ("esquivel speaking" 87.4 for "is guido
    speaking", neural voice, clean); the free decoder, which could have said the speaker's name,
    hears who was asked about. Not at a whole fit: there the free decoder is the one more often
    wrong ("when is lukasz langa speaking", espeak-ng, 100: free "when his lucas's longer
    speaking"), though it also leaves "is there a talk by galindo" (99.5, for Guido) answered."""
    if decision.kind != "answer" or decision.intent is None or decision.score >= SURE_SCORE:
        return False
    speaker = read(booth, decision.text, False).slots.get("speaker")
    said = set(tokenize(decision.text)) & set(tokenize(str(speaker or "")))
    return bool(said) and all(spoken.knows(w) for w in said)


def _nobody_named(booth, heard: Transcript, decision: Decision) -> bool:
    """The free hearing asks about a person the schedule does not have ("is guido speaking"): the
    grammar, which holds only the schedule's names, could not have heard that name at all, and the
    honest answer says the name heard. The free decoder's first hypothesis as it is ("his guido
    speaking" 89.4; decide() found "is guido speaking" a rank below, the same person). Not for a
    subject the schedule lacks: those the free decoder mishears as often as not ("is there a talk
    about why fight" for wifi, "talks about piety" for pypi: replayed, 13 wrong answers for 2 right)."""
    if decision.kind != "ignore" or not heard.text:
        return False
    reply = booth.ask(heard.text)
    return reply.score >= SECOND_OPINION_SCORE and "speaker" in reply.slots and reply.outcome in ("none", "near") \
        and not reply.events


def _heard_alike(booth, first: Transcript, heard: Transcript, context: bool) -> Decision | None:
    """Both decoders heard the same words, the grammar's first hypothesis and the free decoder's
    first ("where are the posters going to be", "where can i check my bag for the day"): the words
    were said, and are answered as typed ones are (the matcher's own gate), though
    they fit no sentence closely enough for a hearing alone (decide()'s 85)."""
    if not first.text or " ".join(first.text.split()) != " ".join(heard.text.split()):
        return None
    reading = read(booth, heard.text, context)
    if reading.intent is None:  # what a typed question would get: Booth's "sorry"
        return None
    return Decision("answer", heard.text, reading.score, reading.intent, 0, ("heard alike by both decoders",))


def reconsider(booth, decoder: FreeDecoder, pcm: bytes, first: Transcript, strict: bool,
               context: bool, replacing: Decision | None = None) -> Decision | None:
    """The decision on a free decode of ``pcm`` (the audio ``first`` was heard from), or None (the
    first decision stands). ``replacing``: the first decision (None: one that answers nothing).
    - No answer: the free hearing answered outright at SECOND_OPINION_SCORE or better, or heard
      alike by both decoders, or about a person the schedule does not have.
    - A read-back: answered when the free hearing means what it reads back; "I don't see Guido"
      when it reads back a person ("is there a talk by galindo"), not a title ("when is the plotly
      open space", free: "... that likely ...").
    - A loose answer about a speaker (heard_person): given way to only for another person or
      nobody of that name."""
    if not pcm:
        return None
    # The level spread of the whole utterance, as the first hearing measured it: decide()'s noise rules read it.
    heard = replace(decoder.decode(pcm), spread_db=first.spread_db)
    decision = decide(booth, heard, strict, context)
    log.info("second opinion %s", json.dumps({"text": heard.text, "kind": decision.kind,
                                               "score": round(decision.score, 1), "seconds": round(decoder.seconds, 3)}))
    answers = replacing is not None and replacing.kind == "answer" and replacing.intent is not None
    read_back = replacing is not None and replacing.kind == "clarify"
    before = read(booth, replacing.text, context) if replacing is not None and (answers or read_back) else None
    if (before is None or "speaker" in before.slots) and _nobody_named(booth, heard, decision):
        return Decision("answer", heard.text, decision.score, decision.intent, 0, ("a name not on the schedule",))
    if before is None:
        # Not for a read-back: it had a reason the same words do not undo ("the jet compiler", both
        # decoders, for the jit compiler).
        agreed = _heard_alike(booth, first, heard, context)
        if agreed is not None:
            return agreed
    # Only the free decoder's own first choice: its lower hypotheses are English of every kind, and
    # one fits a template now and then (blind sets, clean: "... on may eighth" for "may 18th", rank 4).
    answered = decision.kind == "answer" and decision.intent is not None and decision.rank == 0 \
        and decision.score >= SECOND_OPINION_SCORE
    if not answered:
        return None
    if before is None:
        return decision
    after = read(booth, decision.text, context)
    if answers:
        return decision if after.slots.get("speaker") is not None and after.slots.get("speaker") != \
            before.slots.get("speaker") else None
    return decision if meaning(after) == meaning(before) else None

