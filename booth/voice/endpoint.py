"""The end of a spoken question, decided from what has been said, not only from silence.

Vosk 0.3.45 ends an utterance after 0.5-1.0 s of trailing silence (rules in the model's
conf/model.conf; no API to change them). Its AcceptWaveform() only *reports* an endpoint: a
caller that keeps feeding audio keeps decoding the same utterance. So the Recognizer feeds an
``Endpointer`` every chunk (Vosk's verdict, the partial text, the chunk's 10 ms frame levels)
and ends the utterance when it says so:

- the partial is a complete sentence (an intent with its required slots, a score above the
  gate, not ending on a word no question ends on) and ``complete_silence`` follows: end now;
- it is complete but open: its last word usually goes on in the grammar's sentences ("what
  talks are on", "which booth is microsoft at"; fewer than ``open_share`` of the sentences with
  it end on it): wait ``open_silence``, longer than a thinking pause between words, shorter than a
  half sentence's wait;
- it is a sentence in the making ("what open spaces are at"): wait up to
  ``incomplete_silence``, whatever Vosk says, so a thinking pause does not cut the question;
- no sentence of the grammar in sight (noise, out-of-domain words, a mishearing): with three
  words or more, ``none_silence`` where the gate can tell speech from the hall (``clear_db``; a
  half sentence ending on "at" is INCOMPLETE, not this); else Vosk's own endpoint, and not before
  ``fallback_silence`` when words were heard.

Vosk's partial lags the audio by 0.1-0.45 s (its network decodes in blocks), so a complete
partial that has not changed since the silence began may still miss the last word said; it
gets ``settle_silence`` instead. It may also lag by a whole short word that never shows before
the next one ("what is in room three twenty one" while "at" was said): an early ending is
therefore checked against the final result (``confirm``), which has the word; when that leaves the
sentence unfinished, the Recognizer decodes the utterance again and listens on. (Looking at the
final result the other way round, a half sentence's on a spare recognizer after 0.3 s, was tried
and dropped: README, bench_latency.) (Vosk's partial
word times, SetPartialWords, come about 1 s late: no help here.) Measured with
bench/bench_latency.py --offline.

Silence is measured with an energy gate over an adaptive noise floor (``NoiseGate``); Vosk's
own endpoint bounds the wait when babble is louder than the gate.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from booth.settings import EndpointSettings
from booth.understand.text import tokenize

log = logging.getLogger(__name__)

MIN_WORDS = 3  # one or two words ("where", "what summit") are left to Vosk: too often noise or a flip of the best path
EPSILON = 1e-6  # silence is a sum of 10 ms frames: 25 of them must count as 0.25 s
FRAME_SECONDS = 0.01  # the gate judges 10 ms frames (audio.frame_levels)
PARTIAL_EVERY = 4  # while someone speaks, the partial is read every 4th chunk (the live view); in silence every chunk
CACHE_SIZE = 256  # partial texts judged per grammar generation; an utterance has a few dozen
VOSK_MIN_SILENCE = 0.5  # Vosk's shortest endpoint rule (rule2): its first "end" means this much silence


class Sentence(str, Enum):
    COMPLETE = "complete"  # answerable as it stands
    OPEN = "open"  # answerable, but its last word usually goes on ("what talks are on ...")
    INCOMPLETE = "incomplete"  # a question on its way
    NONE = "none"  # nothing the grammar knows (yet)


class Verdict(str, Enum):
    LISTEN = "listen"
    END = "end"


@dataclass(frozen=True)
class Ending:
    """Why an utterance ended, for the log and the benchmark."""

    reason: str  # "complete" | "open-timeout" | "incomplete-timeout" | "vosk"
    sentence: Sentence
    silence: float  # seconds of silence the endpointer had measured
    partial: str = ""  # the partial text judged
    resumed: int = 0  # times the final result showed the partial behind and the utterance went on


class NoiseGate:
    """Speech or not, per 10 ms frame: louder than the noise floor by ``gate_db``. The floor
    follows a quieter frame at once and a louder one only by ``floor_rise_db`` per second, so
    speech does not lift it but a hall that grows louder does."""

    def __init__(self, gate_db: float, rise_db_per_second: float):
        self.gate_db = gate_db
        self.rise = rise_db_per_second
        self.floor: float | None = None

    def is_speech(self, db: float, seconds: float = FRAME_SECONDS) -> bool:
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
        self._shares: dict[str, float] = {}
        self._fillers: frozenset[str] = frozenset()
        self._continued: frozenset[str] = frozenset()
        self._question_starts: frozenset[str] = frozenset()

    def _rebuild(self) -> None:
        self._generation = getattr(self.booth, "generation", None)
        self._cache.clear()
        self._shares = ending_shares(self.booth)
        self._dangling = dangling_words(self.booth, self.settings.dangling_share, self._shares)
        self._fillers = frozenset(f for f in self.booth.intents.fillers if " " not in f)
        self._continued = continued_sentences(self.booth)
        intents = self.booth.intents.intents
        self._question_starts = continued_sentences(self.booth, [n for n, i in intents.items() if not i.followup])

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
        reply = self.booth.ask(" ".join(words), stop_after="intent")
        sentence = getattr(reply.match, "sentence", "") or ""
        # "what open spaces are at" is unfinished whatever it matches, unless the sentence it matched
        # ends that way too ("what is {speaker} talking about") or the word is the slot value it ends
        # on ("where is registration": "registration" is a template word, here a {topic}).
        in_slot = _ends_slot_value(sentence, reply.slots, words[-1])
        dangling = words[-1] in self._dangling and not sentence.endswith(" " + words[-1]) and not in_slot
        if reply.intent and reply.score >= self.settings.complete_score and not dangling and len(words) >= MIN_WORDS:
            # A slot's value ("registration" as a {topic}) counts as a name: not judged by its share.
            if self._begins_a_question(reply.intent, sentence, words):
                return Sentence.OPEN
            return Sentence.OPEN if not in_slot and self._goes_on(words[-1], sentence) else Sentence.COMPLETE
        if dangling:
            return Sentence.INCOMPLETE
        return Sentence.NONE

    def _begins_a_question(self, intent: str | None, sentence: str, words: list[str]) -> bool:
        """Whether a follow-up the partial matched ("when is that", "what is that", "where is it")
        may be a question's beginning misheard: its words but the last begin a question of
        the grammar ("when is the ... keynote" paused after "the", heard "when is that"). Ended
        on the short silence it was answered from the last answer, the question cut. Waiting
        ``open_silence`` costs a real follow-up a little; one ending on a slot ("what about four")
        is no beginning of anything and stays complete."""
        spec = self.booth.intents.intents.get(intent) if intent else None
        if spec is None or not spec.followup or not sentence or sentence.endswith("}"):
            return False
        return len(words) >= 2 and " ".join(words[:-1]) in self._question_starts

    def _goes_on(self, last_word: str, sentence: str) -> bool:
        """Whether a complete partial usually goes on: its last word ("on", "at", "there") ends
        fewer than ``open_share`` of the template sentences it is in, and some template goes on
        from the sentence it matched. Words the templates do not have (names, titles, kinds) do
        not count: their slots end questions as often as not, and judging "{kind}" so would hold
        "when is lunch" open too (measured: 10 of the 42 bench questions open instead of 3). A
        matched sentence no template goes on from ("where is the quiet room", "which booth is
        {sponsor} at") has nothing more Booth would understand: waiting for it only costs time."""
        if sentence and sentence not in self._continued:
            return False
        return self._shares.get(last_word, 1.0) < self.settings.open_share


def ending_shares(booth) -> dict[str, float]:
    """For each word and slot ("{kind}") of the template sentences, the share of the sentences
    it is in that end on it: "on" 0.06, "there" 0.02, "speaking" 0.42, "{time}" 0.95."""
    inside: dict[str, int] = {}
    last: dict[str, int] = {}
    for sentence in booth.matcher.sentences():
        words = sentence.split()
        for word in set(words):
            inside[word] = inside.get(word, 0) + 1
        if words:
            last[words[-1]] = last.get(words[-1], 0) + 1
    return {word: last.get(word, 0) / count for word, count in inside.items()}


def continued_sentences(booth, intents: list[str] | None = None) -> frozenset[str]:
    """Template sentences' beginnings (of ``intents``; None: all) that another template sentence
    goes on from: "what {kind} are on" ("... {time}"), not "where is the quiet room"."""
    out: set[str] = set()
    for sentence in booth.matcher.sentences(intents):
        words = sentence.split()
        out.update(" ".join(words[:n]) for n in range(1, len(words)))
    return frozenset(out)


def _ends_slot_value(sentence: str, slots: dict, word: str) -> bool:
    """Whether ``sentence`` ends on a slot ("where is {topic}") whose value ends on ``word``."""
    last = sentence.rsplit(" ", 1)[-1]
    if not (last.startswith("{") and last.endswith("}")):
        return False
    value = slots.get(last[1:-1])
    said = tokenize(value) if isinstance(value, str) else []
    return bool(said) and said[-1] == word


def dangling_words(booth, share: float, shares: dict[str, float] | None = None) -> frozenset[str]:
    """Words of the question templates that (almost) never end a question: "at", "the", "is",
    "in"... A word counts as able to end one when at least ``share`` of the template sentences it
    is in end on it (``ending_shares``), or a slot's spoken form, a time phrase or an event title does."""
    from booth.voice.grammar import time_phrases  # grammar imports the schedule side; only here

    shares = ending_shares(booth) if shares is None else shares
    used = {w for w in shares if not w.startswith("{")}
    enders = {w for w in used if shares[w] >= share}
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
        self._changed_at = 0.0  # audio time of the last change of the partial
        self._chunks = 0
        self._vosk_silence = 0.0  # how long Vosk has kept saying "end": a floor under babble's noise
        self._peak = -96.0  # the utterance's loudest 10 ms frame (dBFS)
        self._held: tuple[str, Sentence] | None = None  # a partial the final result showed to be behind
        self._resumed = 0
        self.ending: Ending | None = None

    @property
    def sentence(self) -> Sentence:
        return self._sentence

    def wants_partial(self, levels: list[float]) -> bool:
        """Whether ``step`` needs a fresh partial for this chunk (reading one costs ~2 ms): always
        once the chunk ends quiet, the decision is only taken then; otherwise now and then."""
        self._chunks += 1
        quiet = bool(levels) and levels[-1] <= (self.gate.floor if self.gate.floor is not None else -96.0) + self.gate.gate_db
        return quiet or self._chunks % PARTIAL_EVERY == 0

    def step(self, vosk_end: bool, partial: str, levels: list[float]) -> Verdict:
        """``vosk_end``: Vosk's endpointer fired on this chunk; ``partial``: the text so far;
        ``levels``: the chunk's 10 ms frame levels in dBFS."""
        seconds = len(levels) * FRAME_SECONDS
        self._audio += seconds
        self._peak = max([self._peak, *levels])
        for db in levels:  # trailing silence to the frame, not the chunk
            self._silence = 0.0 if self.gate.is_speech(db) else self._silence + FRAME_SECONDS
        # Babble louder than the gate would hold a half sentence open until the length cap:
        # Vosk's own trailing-silence estimate bounds the wait.
        self._vosk_silence = self._vosk_silence + seconds if vosk_end else 0.0
        if self._vosk_silence:
            self._silence = max(self._silence, VOSK_MIN_SILENCE + self._vosk_silence - seconds)
        if partial != self._partial:
            self._partial = partial
            self._sentence = self.judge(partial) if partial else Sentence.NONE
            self._changed_at = self._audio
            if self._held is not None and partial == self._held[0]:
                self._sentence = self._held[1]  # still the partial the final result overruled
        s = self.settings
        if self._sentence is Sentence.COMPLETE:
            # The decoder runs 0.1-0.45 s behind the audio: a word said just before the silence
            # ("... on sunday at") may not be in the partial yet. A partial that changed during the
            # silence has caught up with the speech; one that did not gets settle_silence.
            # The best path may also still flip as the last word is decoded ("what talks are" ->
            # "what summit" -> "what talks are at"): a change must stand for stable_seconds.
            into_silence = self._changed_at - (self._audio - self._silence)
            stable = self._audio - self._changed_at >= s.stable_seconds - EPSILON
            settled = (into_silence >= s.caught_up and stable) or self._silence >= s.settle_silence - EPSILON
            if (self._silence >= s.complete_silence - EPSILON and settled) or vosk_end:
                return self._end("complete" if not vosk_end else "vosk")
        elif self._sentence is Sentence.OPEN:
            # Not Vosk's endpoint: its 0.5 s rule would end "what talks are on ... saturday" in the pause.
            if self._silence >= s.open_silence - EPSILON:
                return self._end("open-timeout")
        elif self._sentence is Sentence.INCOMPLETE:
            if self._silence >= s.incomplete_silence - EPSILON:
                return self._end("incomplete-timeout")
        elif vosk_end and (not self._partial or self._silence >= s.fallback_silence - EPSILON):
            return self._end("vosk")
        elif (len(self._partial.split()) >= MIN_WORDS and self._silence >= s.none_silence - EPSILON
              and self._peak - (self.gate.floor or 0.0) >= s.clear_db):
            # Only where the gate can tell speech from the hall: in babble (peak 29-42 dB over the
            # floor at 10 dB SNR) a 0.5 s "silence" is as often a thinking pause (live: 1 cut of 42).
            return self._end("none-timeout")
        return Verdict.LISTEN

    def needs_final_check(self) -> bool:
        """Whether the ending just decided came early on a partial (the decoder runs behind the
        audio): the final result should confirm it (``confirm``)."""
        return (self.ending is not None and self.ending.reason == "complete"
                and self._resumed < self.settings.max_resumes)

    def confirm(self, final_text: str) -> bool:
        """The final result of an utterance ended early on a complete partial: does it agree? Not
        when it has a word the partial lacked that leaves the sentence unfinished ("what is in room
        three twenty one" + "at"): Vosk's partial is the best path so far, its final result the
        best path to a sentence's end, which takes in the last short word. Then the utterance goes
        on, and that partial is held INCOMPLETE (not taken for complete again)."""
        if (self.judge(final_text) if final_text else Sentence.NONE) is not Sentence.INCOMPLETE:
            return True
        log.debug("final result %r overrules the partial %r: listening on", final_text, self._partial)
        self._held = (self._partial, Sentence.INCOMPLETE)
        self._sentence = Sentence.INCOMPLETE
        self._resumed += 1
        self.ending = None
        return False

    def _end(self, reason: str) -> Verdict:
        self.ending = Ending(reason, self._sentence, round(self._silence, 3), self._partial, self._resumed)
        log.debug("end of utterance (%s, %s) after %.2f s of silence: %r", reason, self._sentence.value,
                  self._silence, self._partial)
        return Verdict.END
