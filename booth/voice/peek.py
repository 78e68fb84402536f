"""A look at an utterance's final result without ending it.

Vosk's partial result lags the audio by up to a short word, its final result (FinalResult, the
best path to the end of a grammar sentence) has it: "how does this where" is "how does this work"
there. But a final result ends the utterance, and a question that goes on after a thinking pause
would have to be decoded again from its start. So the look is taken on a second KaldiRecognizer
with the same grammar, fed the utterance's buffered audio at once; the one decoding the utterance
goes on untouched. Making a recognizer with the whole-sentence grammar takes ~0.2 s, so the spare
is made (or flushed) between utterances, never while a visitor waits; after a final result Vosk
starts a new utterance on the next audio, so one spare serves every look.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


class SpareRecognizer:
    """``make()`` returns a KaldiRecognizer for the grammar in use; ``prepare`` between utterances,
    ``peek`` during one, ``swap`` when a look ended it."""

    def __init__(self, make: Callable[[], Any]):
        self._make = make
        self._rec: Any = None
        self._grammar: object = None
        self._mid_utterance = False  # the spare is a recognizer swapped out half-way through an utterance
        self.seconds = 0.0  # time the last look took (the utterance decoded again)
        self.fed = 0  # samples fed since the spare was made: Vosk's word times count from there

    def prepare(self, grammar: object) -> None:
        """Ready for a look at an utterance decoded with ``grammar`` (the same list object)."""
        if self._rec is None or self._grammar is not grammar:
            self._rec, self._grammar, self._mid_utterance, self.fed = self._make(), grammar, False, 0
        elif self._mid_utterance:
            self._rec.FinalResult()  # what it was still decoding is thrown away
            self._mid_utterance = False

    def ready(self, grammar: object) -> bool:
        return self._rec is not None and self._grammar is grammar and not self._mid_utterance

    def peek(self, pcm: bytes) -> str:
        """The final result (Vosk's JSON) the utterance so far would have."""
        started = time.perf_counter()
        self.fed += len(pcm) // 2
        # Fed at once, the audio may hold one of Vosk's own endpoints: then Result() has it all.
        raw = self._rec.Result() if self._rec.AcceptWaveform(pcm) else self._rec.FinalResult()
        self.seconds = time.perf_counter() - started
        log.debug("peek: %.1f s of audio decoded again in %.3f s", len(pcm) / 32000, self.seconds)
        return raw

    def swap(self, rec: Any, fed: int) -> tuple[Any, int]:
        """The spare's look became the utterance's result: it takes over as the recognizer (it
        is between utterances), and ``rec`` (``fed`` samples so far), mid-utterance, is the spare
        until ``prepare``. Returns the new recognizer and its samples fed."""
        taken = (self._rec, self.fed)
        self._rec, self.fed, self._mid_utterance = rec, fed, True
        return taken
