"""The voice loop: audio chunks -> Vosk -> re-check -> Booth -> speech, reported as small typed
events so any display (terminal, a web page) can follow.

The grammar keeps Vosk inside Booth's words but still lets word salad through (vosk-api#740,
#1339), so every transcript is matched again as a whole phrase: a doubtful one is read back as a
question ("Did you mean: ...?"), noise or "[unk]" alone gets no answer at all.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz

from booth.answer.spoken import short_title
from booth.errors import AudioError
from booth.pipeline import public_slots
from booth.understand.matcher import IntentMatch
from booth.understand.text import tokenize
from booth.voice import audio
from booth.voice.endpoint import Endpointer, GrammarJudge
from booth.voice.recognizer import Recognizer, Transcript, Word, load_model, transcribe

log = logging.getLogger(__name__)

DOUBTFUL_WORD = 0.55  # a word Vosk is less sure of than this makes the transcript doubtful
SURE_SCORE = 88.0  # intent match score from which a doubt-free transcript is answered directly
# Below this nearest-template score a hearing is taken as not meant for Booth (strict mode): on the
# real coffee recordings out-of-domain speech scored at most 84.8 and right hearings at least 86
# even at 6 dB (../shared/voices/picovoice-coffee/README.md).
REJECT_SCORE = 85.0
# Below this level spread (Transcript.spread_db) an utterance is taken as heard in noise: a hall
# full of talk. Clean speech, recorded or in a quiet room, spreads 35 dB and more.
NOISY_SPREAD_DB = 30.0
# In quiet audio (spread at or above NOISY_SPREAD_DB) the decoder's own first hypothesis is
# answered from the reject gate up instead of from SURE_SCORE: there it is what was said, and its
# score is low because the visitor said more than the template ("a booth where is the microsoft
# stand" for "hey booth ...": 85.8; "when is the pycon party": 87.0). In noise the gate stays at
# SURE_SCORE, where babble made to fit a sentence scores 85-88 too.
QUIET_SURE_SCORE = REJECT_SCORE
# In noise a hearing this short that hinges on a free topic is read back, not answered: babble
# fits a title word anywhere ("down", "when is ice"). Neural-voice bench, babble 10 dB: wrong
# answers 8.1 -> 5.1% for 0.8 points of right ones (answered topics there: 3 right, 5 wrong).
NOISY_TOPIC_WORDS = 3
# A hypothesis the templates fit word for word, every slot from a closed list (no free topic).
EXACT_SCORE = 99.0
WAKE_LIKENESS = 70  # rapidfuzz ratio of what was heard to the wake phrase that still wakes Booth
WAKE_SECONDS = 8.0  # after a lone wake phrase the question may follow this long
YES = {"yes", "yeah", "yep", "correct", "right"}
NO = {"no", "nope", "wrong"}


# -- events ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class State:
    state: str  # "starting" | "waiting" | "listening" | "thinking" | "speaking" | "stopped"
    detail: str = ""


@dataclass(frozen=True)
class Level:
    db: float


@dataclass(frozen=True)
class Partial:
    text: str


@dataclass(frozen=True)
class Heard:
    text: str
    confidence: float


@dataclass(frozen=True)
class Answered:
    text: str
    intent: str | None
    seconds: float  # end of utterance -> answer text ready
    events: tuple = ()  # every event the answer is about (the ear gets three, a screen all)


@dataclass(frozen=True)
class Clarify:
    question: str


@dataclass(frozen=True)
class Ignored:
    reason: str  # "noise" | "not sure" | "no wake phrase"


@dataclass(frozen=True)
class DeviceProblem:
    message: str
    retry_in: float


@dataclass(frozen=True)
class SpeechProblem:
    message: str


Event = State | Level | Partial | Heard | Answered | Clarify | Ignored | DeviceProblem | SpeechProblem


# -- deciding what to do with a transcript ---------------------------------------------------
@dataclass(frozen=True)
class Decision:
    kind: str  # "answer" | "clarify" | "ignore"
    text: str  # the phrase to answer, or the question to ask, or why ignored
    score: float = 0.0
    intent: str | None = None
    rank: int = 0  # which of the decoder's n-best hypotheses it came from (0: its first choice)
    doubts: tuple[str, ...] = ()  # why a "clarify" reads the hearing back (logged; benches count them)


RANK_PENALTY = 4.0  # match-score points an alternative loses per decoder-score point behind the best
AGREE_WINDOW = 3.0  # the winner may trail the decoder's best by this much and still be sure
RIVAL_MARGIN = 5.0  # an alternative this close to the winner that means something else: ask back


def _meaning(reply) -> tuple:
    return reply.intent, tuple(sorted((k, str(v)) for k, v in reply.slots.items()))


@dataclass(frozen=True)
class _Reading:
    intent: str | None
    slots: dict
    score: float


def _read(booth, text: str, context: bool) -> _Reading:
    """What the intents make of one hypothesis. In a live conversation follow-ups are read the way
    the conversation will read them (allowed in their own right, not only when nothing else fits):
    "just the keynotes" is a refinement there, not a weak "when are the keynotes"."""
    if not context:
        reply = booth.ask(text, stop_after="intent")
        return _Reading(reply.intent, reply.slots, reply.score)
    match = booth.understand(" ".join(text.split()), allow_followups=True)
    if not isinstance(match, IntentMatch):
        return _Reading(None, {}, match.score)
    return _Reading(match.name, public_slots(match), match.score)


def _besides_topic(reading: _Reading) -> tuple:
    return reading.intent, tuple(sorted((k, str(v)) for k, v in reading.slots.items() if k != "topic"))


def _same_or_no_events(booth, rival: str, rival_reading: _Reading, winner: str, winner_reading: _Reading) -> bool:
    """A rival that differs from the winner only in its free topic and finds nothing on the
    schedule, or the very events the winner finds, does not make the hearing doubtful: it is a
    spelling the decoder put together from sound-alike pieces ("is there a talk about pye be"
    beside "... about pypi"; "llm s" beside "llms"), not another question. A winner that is no
    topic reading keeps its rivals ("where is the indeed booth" for "nvidia": the sponsor Indeed,
    a name misheard, beside "... the exhibit he uh booth"). (Used in quiet audio only: at
    10 dB babble the same rule answered two junk hearings, "talks on thirty management hundred",
    for no right one; neural-voice bench.)"""
    if "topic" not in rival_reading.slots or "topic" not in winner_reading.slots \
            or _besides_topic(rival_reading) != _besides_topic(winner_reading):
        return False
    events = [e.title for e in booth.ask(rival).events]
    return not events or events == [e.title for e in booth.ask(winner).events]


def decide(booth, transcript: Transcript, strict: bool = False, context: bool = False) -> Decision:
    """Re-check a transcript as a whole phrase against the intents. Every n-best alternative is
    matched; the one the intents fit best wins unless the decoder liked it much less. Doubt (low
    match score, close alternatives meaning different things, low word confidence) becomes a
    question. ``strict`` (always-listening or wake mode, no button pressed) ignores out-of-domain
    speech instead of answering "sorry"; push-to-talk answers it, someone asked on purpose.
    ``context``: a conversation has something to follow up; without it, a follow-up heard in
    strict mode ("when does it end" out of babble) is ignored too."""
    if not transcript.text and not any(text for text, _ in transcript.alternatives):
        return Decision("ignore", "noise")
    alternatives = transcript.alternatives or ((transcript.text, 0.0),)
    best_score = alternatives[0][1]
    seen: dict[str, tuple] = {}
    for rank, (text, score) in enumerate(alternatives):
        if text and text not in seen:
            seen[text] = (rank, best_score - score, _read(booth, text, context))
    matched = [(reply.score - RANK_PENALTY * behind, rank, behind, text, reply)
               for text, (rank, behind, reply) in seen.items() if reply.intent]
    doubtful = [w for w in transcript.words if w.text != "[unk]" and w.conf < DOUBTFUL_WORD]
    if matched:
        combined, rank, behind, text, reply = max(matched, key=lambda m: (m[0], -m[1]))
        intent = booth.intents.intents.get(reply.intent)
        if strict and not context and intent is not None and intent.followup:
            return Decision("ignore", "a follow-up with nothing to follow")
        if strict and reply.score < REJECT_SCORE:
            return Decision("ignore", "not a question for me", reply.score, reply.intent, rank)
        rivals = [m for m in matched if m[0] >= combined - RIVAL_MARGIN and _meaning(m[4]) != _meaning(reply)]
        quiet = transcript.spread_db is not None and transcript.spread_db >= NOISY_SPREAD_DB
        if rivals and quiet and not context:  # in noise such junk rivals are what keeps babble from being answered
            rivals = [m for m in rivals if not _same_or_no_events(booth, m[3], m[4], text, reply)]
        # In strict mode only the decoder's own first choice is answered: a lower hypothesis that
        # the intents happen to fit better is as often babble made to fit (read it back instead).
        # One exception: when the first hypothesis is nearly a sentence, its intent's first whole
        # closed sentence (word for word, no free topic, which can make anything fit) is answered.
        # Measured: the coffee recordings lose 2 points at 12 dB and 4 at 6 dB without it; without
        # the "nearly a sentence" condition conference babble is answered wrongly 3x as often.
        first = next((r for rk, _behind, r in seen.values() if rk == 0), None)
        exact = [m[1] for m in matched if m[4].score >= EXACT_SCORE and "topic" not in m[4].slots
                 and first is not None and first.intent is not None and first.score >= SURE_SCORE
                 and m[4].intent == first.intent]
        trusted = rank == 0 or not strict or (bool(exact) and rank == min(exact))
        noisy = strict and transcript.spread_db is not None and transcript.spread_db < NOISY_SPREAD_DB
        sure_score = QUIET_SURE_SCORE if quiet and rank == 0 else SURE_SCORE
        loose_topic = noisy and "topic" in reply.slots and len(text.split()) <= NOISY_TOPIC_WORDS
        doubts = tuple(why for why, holds in (
            ("low score", reply.score < sure_score), ("rival reading", bool(rivals)), ("unsure word", bool(doubtful)),
            ("decoder preferred another", behind > AGREE_WINDOW), ("mostly unknown", transcript.unknown_share >= 0.5),
            ("not the first hypothesis", not trusted), ("short topic in noise", loose_topic)) if holds)
        if doubts:
            log.debug("reading back %r: %s", text, ", ".join(doubts))
        return Decision("clarify" if doubts else "answer", text, reply.score, reply.intent, rank, doubts)
    top = alternatives[0][0] or next(text for text in seen)
    cleaned = transcript.without_doubtful(DOUBTFUL_WORD)
    if cleaned and cleaned != top:
        retry = _read(booth, cleaned, context)
        if retry.intent:
            return Decision("clarify", cleaned, retry.score, retry.intent, doubts=("unsure words left out",))
    if strict:  # babble in a busy hall often decodes to fluent nonsense: better silent than "sorry"
        return Decision("ignore", "not a question for me")
    return Decision("answer", top, 0.0, None)  # Booth's own "sorry, I can only ..."


# -- one recording ---------------------------------------------------------------------------
def hear_pcm(model, pcm_chunks: Iterable[bytes], booth=None, free: bool = False) -> Transcript:
    """Every utterance in a recording joined into one Transcript (a question on its own: no
    conversation, so no follow-ups in the grammar)."""
    phrases = None if free or booth is None else booth.grammar_parts().phrases()
    hand_written = None if booth is None else booth.intents.spoken
    parts = transcribe(model, pcm_chunks, phrases, free, hand_written=hand_written)
    spoken = [t for t in parts if t.text or t.raw]
    if len(spoken) == 1:  # the usual case: keep its n-best list for the re-check
        return replace(spoken[0], duration=sum(t.duration for t in parts))
    words: tuple[Word, ...] = tuple(w for t in parts for w in t.words)
    return Transcript(" ".join(t.text for t in parts if t.text), words, sum(t.duration for t in parts),
                      free, " ".join(t.raw for t in parts if t.raw))


def hear_file(path: str | Path, booth, model_path: str | Path | None = None, free: bool = False,
              max_seconds: float | None = 12.0) -> Transcript:
    """`booth ask --audio FILE.wav`: the recording's transcript, heard with Booth's grammar.
    Only the first ``max_seconds`` are read: a question is short, a recording may not be."""
    model = load_model(model_path)
    pcm = audio.read_wav(path, max_seconds)
    if max_seconds is not None and len(pcm) >= int(max_seconds * audio.RATE) * 2 - audio.CHUNK_BYTES:
        log.warning("%s: only the first %g s were heard (--max-seconds)", path, max_seconds)
    heard = hear_pcm(model, audio.chunked(pcm), booth, free)
    return best_reading(booth, heard)


def best_reading(booth, transcript: Transcript) -> Transcript:
    """The transcript with ``text`` set to the n-best hypothesis Booth's intents fit best (the
    decoder's own first choice stays in ``raw``); noise alone becomes ""."""
    if booth is None or len(transcript.alternatives) < 2:
        return transcript
    decision = decide(booth, transcript)
    text = "" if decision.kind == "ignore" else decision.text
    return replace(transcript, text=text)


# -- the loop --------------------------------------------------------------------------------
@dataclass
class Options:
    mode: str = "push"  # "push" (push-to-talk) | "always" | "wake"
    wake: str = "hey booth"
    once: bool = False
    free: bool = False
    max_seconds: float = 12.0
    strict: bool = True  # ignore out-of-domain speech nobody pressed a button for (not in push-to-talk)
    retry_first: float = 1.0  # first wait before reopening a lost microphone; doubles each time
    retry_max: float = 30.0  # longest wait between attempts
    press_hint: str = "press Enter or space to talk"  # what the waiting state tells the visitor


class Listener:
    """Runs sources made by ``open_source()`` until it ends, ``--once`` is done, or Ctrl-C.
    ``talk`` is set by push-to-talk (key, GPIO button); it also cuts a long answer short."""

    def __init__(self, booth, model, speak: Callable[[str, threading.Event], str] | None,
                 emit: Callable[[Event], None], options: Options | None = None, conversation=None):
        self.booth, self.model, self.speak, self.emit = booth, model, speak, emit
        self.options = options or Options()
        self.conversation = conversation
        self.talk = threading.Event()
        self.quit = threading.Event()
        self._pending: Decision | None = None
        self._armed_until = 0.0
        self._generation = None
        phrases = None if self.options.free else self._phrases(False, False)
        self._grammar_key = (self._generation, False, False)
        self.recognizer = Recognizer(model, phrases, self.options.free, self.options.max_seconds,
                                     hand_written=booth.intents.spoken, endpointer=self._endpointer())
        self.answers = 0
        self._spoken = 0  # utterances answered out loud (each followed by a fresh recognizer)

    def _endpointer(self) -> Endpointer | None:
        """The grammar-aware end of utterance (booth/voice/endpoint.py); None: Vosk's own."""
        settings = getattr(getattr(self.booth, "settings", None), "endpoint", None)
        if self.options.free or settings is None or settings.mode != "grammar":
            return None
        if self.options.mode == "wake":
            # Not yet for the wake phrase: an early end moves where the next utterance starts, and
            # espeak's "hey booth" after a longer lead of silence was heard as "table" (test_listen).
            return None
        return Endpointer(GrammarJudge(self.booth, settings), settings)

    def _phrases(self, followups: bool, answers: bool) -> list[str]:
        """The grammar for the next utterance: questions always; follow-ups while a conversation
        lives; "yes", "the second one" and the offered titles only right after Booth asked."""
        self._generation = getattr(self.booth, "generation", None)
        extra = [self.options.wake] if self.options.mode == "wake" and self.options.wake else []
        phrases = self.booth.grammar_parts().phrases(followups, answers)
        if answers and self.conversation is not None and self.conversation.context is not None:
            for event in self.conversation.context.choices:
                title = " ".join(tokenize(short_title(event.title)))
                phrases += [title, f"the {title} one"]
        if self.options.mode == "wake" and self.options.wake:  # the wake phrase before any question
            phrases += [f"{self.options.wake} {p}" for p in phrases[::4]]
        return [*phrases, *extra]

    def _asking(self) -> bool:
        """Booth asked a question the next utterance may answer."""
        if self._pending is not None:
            return True
        context = getattr(self.conversation, "context", None)
        return bool(context is not None and context.choices)

    def _refresh_grammar(self) -> None:
        """Intents or schedule changed (board edit, import), or the conversation moved on: pick
        the grammar for the next utterance (each kept once built)."""
        refresh = getattr(self.booth, "refresh", None)
        if refresh:
            refresh()
        if self.options.free:
            return
        alive = self.conversation is not None and self.conversation.alive()
        asking = self._asking()
        generation = getattr(self.booth, "generation", None)
        key = (generation, alive, asking)
        if key == self._grammar_key:
            return
        if generation != self._generation:
            log.debug("schedule changed: rebuilding the grammar")
            self.recognizer.set_phrases(self._phrases(alive, asking))  # forgets the grammars kept so far
        else:
            # Titles offered in a "which one?" differ per question: that grammar is never kept.
            self.recognizer.set_phrases(self._phrases(alive, asking), None if asking else key)
        self._grammar_key = key

    def press(self) -> None:
        """Push-to-talk: start listening now (and stop speaking)."""
        self.talk.set()

    def run(self, open_source: Callable[[], Iterable[bytes]], live: bool = True) -> int:
        """``live``: a microphone (drained after we speak, reopened with backoff when lost)."""
        delay = self.options.retry_first
        self.emit(State("starting"))
        try:
            while not self.quit.is_set():
                source = None
                try:
                    source = open_source()
                    self._loop(source, live)
                    delay = self.options.retry_first
                    if not live:
                        break
                except AudioError as exc:
                    if not live:
                        raise
                    self.recognizer.reset()  # half a question is no question
                    self.emit(DeviceProblem(str(exc), delay))
                    if self.quit.wait(delay):
                        break
                    delay = min(delay * 2, self.options.retry_max)
                finally:
                    close = getattr(source, "close", None)
                    if close:
                        close()
                if self.options.once and self.answers:
                    break
        finally:
            self.emit(State("stopped"))
        return 0

    def _waiting(self) -> bool:
        return self.options.mode == "push" and not self.talk.is_set()

    def _loop(self, source: Iterable[bytes], live: bool) -> None:
        listening = None
        levels = 0
        for chunk in source:
            if self.quit.is_set():
                return
            levels += 1
            if levels % 2 == 0:
                self.emit(Level(audio.level_db(chunk)))
            if self._waiting():
                if listening is not False:
                    self.emit(State("waiting", self.options.press_hint))
                    listening = False
                continue
            if listening is not True:
                self.emit(State("listening"))
                listening = True
            transcript = self.recognizer.feed(chunk)
            if transcript is None:
                if live and levels % 5 == 0:  # what Vosk has so far, for the live view
                    partial = self.recognizer.partial
                    if partial:
                        self.emit(Partial(partial.replace("[unk]", "").strip()))
                continue
            listening = None
            spoken_before = self._spoken
            self._log_ending(transcript)
            self._handle(transcript, source if live else None)
            if self._spoken == spoken_before:
                # Nothing was said back, so _say did not start a fresh recognizer. One decoding
                # utterance after utterance grows by megabytes (measured: +40 MB over 200 muted
                # questions, bench/bench_screen_soak.py), so each utterance starts a fresh one.
                self.recognizer.reset()
            if self.options.once and self.answers:
                return
        if not live:  # end of a file or pipe: what is left is the last utterance
            transcript = self.recognizer.finish()
            if transcript is not None:
                self._handle(transcript, None)

    def _log_ending(self, transcript: Transcript) -> None:
        """One machine-readable line per utterance (bench/bench_latency.py reads it at -v): when and
        why it ended, how much audio followed the last word, how long the final decoding took."""
        if not log.isEnabledFor(logging.INFO):
            return
        ending = self.recognizer.ending
        last = max((w.end for w in transcript.words), default=0.0)
        log.info("ended %s", json.dumps({
            "t": time.monotonic(), "reason": ending.reason if ending else "", "text": transcript.text,
            "sentence": ending.sentence.value if ending else "", "silence": ending.silence if ending else 0.0,
            "after_last_word": round(self.recognizer.offset + transcript.duration - last, 3) if transcript.words else None,
            "decode": round(self.recognizer.decode_seconds, 4)}))

    def _handle(self, transcript: Transcript, mic) -> None:
        ended = time.monotonic()
        self.talk.clear()
        text = transcript.text
        following_up = self.conversation is not None and self.conversation.alive()
        if self.options.mode == "wake" and not self._pending and not following_up:
            # While a conversation lives, "more" or "where is that" needs no wake phrase.
            woken = self._after_wake(text)
            if woken is None:
                return
            text = woken
            transcript = Transcript(text, tuple(w for w in transcript.words if w.text in text.split()),
                                    transcript.duration, transcript.free, transcript.raw)
        if not text:
            if transcript.raw.strip() or any(t for t, _ in transcript.alternatives):
                self.emit(Ignored("noise"))  # "[unk]" only; plain silence is not worth a line
            return
        self.emit(Heard(text, transcript.confidence))
        self.emit(State("thinking"))
        words = set(text.split())
        if self._pending and len(words) <= 3 and words & (YES | NO):
            pending, self._pending = self._pending, None
            if words & YES:
                self._answer(pending.text, ended, mic)
            else:
                self._say("Sorry. Please ask again.", mic)
            self._refresh_grammar()
            return
        self._pending = None
        strict = self.options.strict and self.options.mode != "push"
        alive = self.conversation is not None and self.conversation.alive()
        decision = decide(self.booth, transcript, strict, alive)
        if decision.kind == "ignore":
            self.emit(Ignored(decision.text))
        elif decision.kind == "clarify":
            self._pending = decision
            question = f"Did you mean: {decision.text}?"
            self.emit(Clarify(question))
            self._say(question, mic)
        else:
            self._answer(decision.text, ended, mic)
        self._refresh_grammar()

    def _after_wake(self, text: str) -> str | None:
        wake = self.options.wake.lower().split()
        words = text.split()
        # The recognizer may bend the wake phrase a little in a hall ("j booth" for "hey booth").
        said = " ".join(words[:len(wake)])
        if words[:len(wake)] == wake or (len(words) >= len(wake) and fuzz.ratio(said, " ".join(wake)) >= WAKE_LIKENESS):
            rest = " ".join(words[len(wake):])
            if not rest:
                self._armed_until = time.monotonic() + WAKE_SECONDS
                self.emit(State("listening", "yes?"))
                return None
            return rest
        if time.monotonic() < self._armed_until:
            self._armed_until = 0.0
            return text
        if text:
            self.emit(Ignored("no wake phrase"))
        return None

    def _answer(self, text: str, ended: float, mic) -> None:
        reply = self.conversation.turn(text) if self.conversation is not None else self.booth.ask(text)
        self.answers += 1
        self.emit(Answered(reply.answer, reply.intent, time.monotonic() - ended, tuple(reply.events)))
        log.info("answered %s", json.dumps({"t": time.monotonic(), "seconds": round(time.monotonic() - ended, 4),
                                             "intent": reply.intent, "text": text}))
        self._say(reply.answer, mic)
        if self.conversation is not None:
            self.conversation.spoken_done()

    def _say(self, text: str, mic) -> None:
        if not text or self.speak is None:
            return
        self.emit(State("speaking"))
        log.info("speaking %s", json.dumps({"t": time.monotonic()}))
        self.talk.clear()
        outcome = self.speak(text, self.talk)  # push-to-talk sets `talk`: stop and listen
        if outcome == "failed":
            self.emit(SpeechProblem("could not speak; the answer is on screen"))
        # The microphone heard us speak: forget that, start the next utterance clean.
        drain = getattr(mic, "drain", None)
        if drain:
            drain()
        self.recognizer.reset()
        self._spoken += 1
