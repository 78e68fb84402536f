"""The end of a spoken question, decided from what has been said, not only from silence.

Vosk 0.3.45 ends an utterance after 0.5-1.0 s of trailing silence (rules in the model's
conf/model.conf; no API to change them). Its AcceptWaveform() only *reports* an endpoint: a
caller that keeps feeding audio keeps decoding the same utterance. So the Recognizer feeds an
``Endpointer`` every chunk (Vosk's verdict, the partial text, the chunk's level) and ends the
utterance when it says so:

- the partial is a complete sentence (an intent with its required slots, a score above the
  gate, not ending on a word no question ends on) and ``complete_silence`` follows: end now;
- it is a sentence in the making ("what open spaces are at"): wait up to
  ``incomplete_silence``, whatever Vosk says, so a thinking pause does not cut the question;
- no sentence of the grammar in sight (noise, out-of-domain words): Vosk's own endpoint.

Silence is measured with an energy gate over an adaptive noise floor (``NoiseGate``), or, with
``silence="decoder"``, from the end time of Vosk's last partial word.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from booth.settings import EndpointSettings
from booth.understand.text import tokenize

log = logging.getLogger(__name__)

CACHE_SIZE = 256  # partial texts judged per grammar generation; an utterance has a few dozen
VOSK_MIN_SILENCE = 0.5  # Vosk's shortest endpoint rule (rule2): its first "end" means this much silence


class Sentence(str, Enum):
    COMPLETE = "complete"  # answerable as it stands
    INCOMPLETE = "incomplete"  # a question on its way
    NONE = "none"  # nothing the grammar knows (yet)


class Verdict(str, Enum):
    LISTEN = "listen"
    END = "end"


@dataclass(frozen=True)
class Ending:
    """Why an utterance ended, for the log and the benchmark."""

    reason: str  # "complete" | "incomplete-timeout" | "vosk"
    sentence: Sentence
    silence: float  # seconds of silence the endpointer had measured


class NoiseGate:
    """Speech or not, per chunk: louder than the noise floor by ``gate_db``. The floor follows a
    quieter chunk at once and a louder one only by ``floor_rise_db`` per second, so speech does not
    lift it but a hall that grows louder does."""

    def __init__(self, gate_db: float, rise_db_per_second: float):
        self.gate_db = gate_db
        self.rise = rise_db_per_second
        self.floor: float | None = None

    def is_speech(self, db: float, seconds: float) -> bool:
        if self.floor is None or db < self.floor:
            self.floor = db
        else:
            self.floor = min(db, self.floor + self.rise * seconds)
        return db > self.floor + self.gate_db


class GrammarJudge:
    """Is this partial text a complete question, one on its way, or nothing Booth knows? Matched
    with ``booth.ask(text, stop_after="intent")``, cached per text (a partial repeats for many
    chunks), rebuilt when the schedule or intents change."""

    def __init__(self, booth, settings: EndpointSettings):
        self.booth = booth
        self.settings = settings
        self._generation: object = None
        self._cache: dict[str, Sentence] = {}
        self._dangling: frozenset[str] = frozenset()
        self._fillers: frozenset[str] = frozenset()

    def _rebuild(self) -> None:
        self._generation = getattr(self.booth, "generation", None)
        self._cache.clear()
        self._dangling = dangling_words(self.booth)
        self._fillers = frozenset(f for f in self.booth.intents.fillers if " " not in f)

    def __call__(self, text: str) -> Sentence:
        if getattr(self.booth, "generation", None) != self._generation:
            self._rebuild()
        hit = self._cache.get(text)
        if hit is None:
            hit = self._judge(text)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = hit
        return hit

    def _judge(self, text: str) -> Sentence:
        words = [w for w in tokenize(text) if w != "unk"]
        while words and words[-1] in self._fillers:  # "what talks are at um ..." still ends on "at"
            words.pop()
        if not words:
            return Sentence.NONE
        if words[-1] in self._dangling:
            return Sentence.INCOMPLETE
        reply = self.booth.ask(" ".join(words), stop_after="intent")
        if reply.intent and reply.score >= self.settings.complete_score:
            return Sentence.COMPLETE
        if reply.score >= self.settings.incomplete_score:
            return Sentence.INCOMPLETE
        return Sentence.NONE


def dangling_words(booth) -> frozenset[str]:
    """Words of the question templates that never end a question: "at", "the", "does", "is"...
    A partial ending on one is unfinished whatever it matches. A word counts as able to end a
    question when a template sentence, a slot's spoken form, a time phrase or an event title ends
    on it."""
    from booth.voice.grammar import time_phrases  # grammar imports the schedule side; only here

    used: set[str] = set()
    enders: set[str] = set()
    for sentence in booth.matcher.sentences():
        words = [w for w in sentence.split() if not w.startswith("{")]
        used.update(words)
        last = sentence.split()[-1] if sentence.split() else ""
        if last and not last.startswith("{"):
            enders.add(last)
    for forms in booth.lexicon.forms.values():
        enders.update(form.split()[-1] for form in forms if form)
    enders.update(p.split()[-1] for p in time_phrases(booth.conference))
    for event in booth.conference.events:
        words = tokenize(event.title)
        if words:
            enders.add(words[-1])
    return frozenset(used - enders)


class Endpointer:
    """Fed once per audio chunk; says whether the utterance is over. ``step`` is cheap: the
    judge runs only when the partial text changed."""

    def __init__(self, judge: Callable[[str], Sentence], settings: EndpointSettings):
        self.judge = judge
        self.settings = settings
        self.gate = NoiseGate(settings.gate_db, settings.floor_rise_db)  # the floor outlives utterances
        self.reset()

    def reset(self) -> None:
        self._partial = ""
        self._sentence = Sentence.NONE
        self._silence = 0.0
        self._audio = 0.0
        self._vosk_silence = 0.0  # how long Vosk has kept saying "end": a floor under babble's noise
        self.ending: Ending | None = None

    @property
    def sentence(self) -> Sentence:
        return self._sentence

    def step(self, vosk_end: bool, partial: str, db: float, seconds: float,
             last_word_end: float | None = None) -> Verdict:
        """``vosk_end``: Vosk's endpointer fired on this chunk; ``partial``: the text so far;
        ``db``: the chunk's level; ``seconds``: its length; ``last_word_end``: where the last
        partial word ends in the utterance (seconds), for ``silence="decoder"``."""
        self._audio += seconds
        speech = self.gate.is_speech(db, seconds)
        if self.settings.silence == "decoder":
            self._silence = self._audio - last_word_end if last_word_end is not None else 0.0
        else:
            self._silence = 0.0 if speech else self._silence + seconds
        # Babble louder than the gate would hold a half sentence open until the length cap:
        # Vosk's own trailing-silence estimate bounds the wait.
        self._vosk_silence = self._vosk_silence + seconds if vosk_end else 0.0
        if self._vosk_silence:
            self._silence = max(self._silence, VOSK_MIN_SILENCE + self._vosk_silence - seconds)
        if partial != self._partial:
            self._partial = partial
            self._sentence = self.judge(partial) if partial else Sentence.NONE
        s = self.settings
        if self._sentence is Sentence.COMPLETE:
            if self._silence >= s.complete_silence or vosk_end:
                return self._end("complete" if not vosk_end else "vosk")
        elif self._sentence is Sentence.INCOMPLETE:
            if self._silence >= s.incomplete_silence:
                return self._end("incomplete-timeout")
        elif vosk_end:
            return self._end("vosk")
        return Verdict.LISTEN

    def _end(self, reason: str) -> Verdict:
        self.ending = Ending(reason, self._sentence, round(self._silence, 3))
        log.debug("end of utterance (%s, %s) after %.2f s of silence: %r", reason, self._sentence.value,
                  self._silence, self._partial)
        return Verdict.END
