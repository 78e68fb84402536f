"""The voice loop: audio chunks -> Vosk -> decide (booth.voice.decide) -> Booth -> speech,
reported as small typed events (booth.voice.events) so any display can follow.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from booth.answer.offers import NO_WORDS, YES_WORDS
from booth.answer.spoken import short_title
from booth.errors import AudioError
from booth.understand.text import tokenize
from booth.voice import audio
from booth.voice.decide import NOISY_SPREAD_DB, Decision, best_reading, decide, hear_file, hear_pcm
from booth.voice.endpoint import Endpointer, GrammarJudge
from booth.voice.events import Answered, Clarify, DeviceProblem, Event, Heard, Ignored, Level, Partial, SpeechProblem, State
from booth.voice.recognizer import Recognizer, Transcript
from booth.voice.second_opinion import FreeDecoder, reconsider, speech_span, wanted

__all__ = ["Listener", "Options", "Decision", "decide", "best_reading", "hear_file", "hear_pcm", "Event",
           "State", "Level", "Partial", "Heard", "Answered", "Clarify", "Ignored", "DeviceProblem", "SpeechProblem"]

log = logging.getLogger(__name__)

WAKE_LIKENESS = 70  # rapidfuzz ratio of what was heard to the wake phrase that still wakes Booth
WAKE_SECONDS = 8.0  # after a lone wake phrase the question may follow this long
YES, NO = YES_WORDS, NO_WORDS
# After "Did you mean ...?" a short hearing that is no answer ("us", "e f": how espeak's "yes" is
# heard often) is taken as the answer a hypothesis this close to it says (Vosk's n-best scores).
ANSWER_WINDOW = 3.0


def reply_to_question(transcript: Transcript) -> set[str]:
    """The words of "yes" or "no" in ``transcript``, heard right after Booth asked; empty if none.
    The decoder's first hypothesis unless it is two words or fewer and says neither, while a close
    one does: the grammar then holds many short title words and spellings beside "yes"."""
    def answer(text: str) -> set[str]:
        words = set(text.split())
        return words if len(words) <= 3 and words & (YES | NO) else set()

    said = answer(transcript.text)
    if said or len(transcript.text.split()) > 2 or not transcript.alternatives:
        return said
    best = transcript.alternatives[0][1]
    return next((answer(text) for text, score in transcript.alternatives
                 if best - score <= ANSWER_WINDOW and answer(text)), set())


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
    second_opinion: bool = True  # decode a hearing that gets no answer again without the grammar (quiet audio only)


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
        self._free_decoder: FreeDecoder | None = None  # made on the first second opinion
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
            for offer in self.conversation.context.offers:  # "Did you mean Meta?", "Ballroom A or Ballroom BC?"
                name = " ".join(tokenize(offer.instead))
                phrases += [name, f"the {name} one", f"yes {name}"]
        if self.options.mode == "wake" and self.options.wake:  # the wake phrase before any question
            phrases += [f"{self.options.wake} {p}" for p in phrases[::4]]
        return [*phrases, *extra]

    def _asking(self) -> bool:
        """Booth asked a question the next utterance may answer."""
        if self._pending is not None:
            return True
        context = getattr(self.conversation, "context", None)
        return bool(context is not None and (context.choices or context.offers))

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
        woken = False
        if self.options.mode == "wake" and not self._pending and not following_up:
            # While a conversation lives, "more" or "where is that" needs no wake phrase.
            rest = self._after_wake(text)
            if rest is None:
                return
            text, woken = rest, True
            transcript = Transcript(text, tuple(w for w in transcript.words if w.text in text.split()),
                                    transcript.duration, transcript.free, transcript.raw)
        if not text:
            if transcript.raw.strip() or any(t for t, _ in transcript.alternatives):
                self.emit(Ignored("noise"))  # "[unk]" only; plain silence is not worth a line
            return
        self.emit(Heard(text, transcript.confidence))
        self.emit(State("thinking"))
        words = (reply_to_question(transcript) or self._free_reply(transcript)) if self._pending else set()
        if words and self._pending is not None:
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
        offered = alive and self.conversation is not None and self.conversation.context is not None \
            and bool(self.conversation.context.offers)
        words = (reply_to_question(transcript) or self._free_reply(transcript)) if offered else set()
        if words:  # "yes" to an answer's "Did you mean Meta?": the conversation takes the offer
            self._answer("yes" if words & YES else "no", ended, mic)
            self._refresh_grammar()
            return
        decision = decide(self.booth, transcript, strict, alive)
        # Not after a wake phrase: the audio still holds it, the free decoder would hear it too.
        if self.options.second_opinion and not self.options.free and not woken \
                and wanted(decision, transcript, self.booth, self.recognizer.spoken):
            decision = self._second_opinion(transcript, strict, alive, decision) or decision
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

    def _free(self) -> FreeDecoder:
        if self._free_decoder is None:
            self._free_decoder = FreeDecoder(self.model, self.recognizer.spoken)
        return self._free_decoder

    def _second_opinion(self, transcript: Transcript, strict: bool, alive: bool, first: Decision) -> Decision | None:
        pcm = speech_span(self.recognizer.last_audio, transcript, self.recognizer.offset)
        return reconsider(self.booth, self._free(), pcm, transcript, strict, alive, first)

    def _free_reply(self, transcript: Transcript) -> set[str]:
        """Right after Booth asked, a hearing of two words or fewer that says neither yes nor no,
        decoded again without the grammar: the asking grammar holds every title's short words and
        spellings beside "yes" (espeak's "yes" came out "p s"), the free decoder has no such
        rivals. Quiet audio only, as every second opinion: in babble the free decoder hears worse."""
        if not self.options.second_opinion or self.options.free or not transcript.text \
                or len(transcript.text.split()) > 2 or transcript.spread_db is None \
                or transcript.spread_db < NOISY_SPREAD_DB or not self.recognizer.last_audio:
            return set()
        heard = self._free().decode(speech_span(self.recognizer.last_audio, transcript, self.recognizer.offset))
        words = reply_to_question(heard)
        log.info("reply heard freely %s", json.dumps({"grammar": transcript.text, "free": heard.text,
                                                       "taken": sorted(words)}))
        return words

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
