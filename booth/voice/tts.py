"""Text -> speech with pyttsx3 (espeak-ng on Linux).

pyttsx3 is only asked to write a WAV; Booth plays it itself with sounddevice. That sidesteps three
pyttsx3 quirks: runAndWait() hanging after the first utterance (pyttsx3#126; guarded here by a
timeout), save_to_file() leaving its file name set so a later say() overwrites that file (reset
after each use), and say() playing through `aplay` that fails silently without a sound card.
Playing ourselves also lets push-to-talk cut a long answer short.
"""

from __future__ import annotations

import contextlib
import glob
import io
import logging
import os
import re
import sys
import tempfile
import threading
import time
import wave
from dataclasses import dataclass
from pathlib import Path

from booth.answer.spoken import numbers_as_said
from booth.errors import AudioError, SpeechError
from booth.limits import MAX_SPEECH_CHARS
from booth.voice import audio

log = logging.getLogger(__name__)

SYNTH_TIMEOUT = 20.0  # seconds; espeak writes a minute of speech in well under a second
SETTLE_SECONDS = 0.5  # longest wait for espeak to take a new rate or volume (pyttsx3 queues it while busy)
CHUNK_CHARS = 600  # characters per espeak call: a few sentences
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")
_ESPEAK_FILES = ("phontab", "phondata", "phonindex", "intonations", "en_dict")


def speech_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` as pieces of at most ``size`` characters, cut between sentences where it can,
    else after a comma, else between words (a word longer than ``size`` is cut)."""
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > size:
            cut = max(sentence.rfind(", ", 0, size), sentence.rfind(" ", 0, size))
            cut = cut + 1 if cut > 0 else size
            pieces.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            pieces.append(sentence)
    chunks: list[str] = []
    for piece in pieces:
        if chunks and len(chunks[-1]) + 1 + len(piece) <= size:
            chunks[-1] += " " + piece
        else:
            chunks.append(piece)
    return chunks


def espeak_data_dirs() -> list[Path]:
    """Where espeak-ng will look for its data: $ESPEAK_DATA_PATH alone when set, else the
    distribution's folders."""
    override = os.environ.get("ESPEAK_DATA_PATH")
    if override:
        return [Path(override), Path(override) / "espeak-ng-data"]
    found = [Path.home() / "espeak-ng-data"]
    for pattern in ("/usr/lib/*/espeak-ng-data", "/usr/lib/espeak-ng-data", "/usr/share/espeak-ng-data",
                    "/usr/local/share/espeak-ng-data", "/opt/homebrew/share/espeak-ng-data"):
        found.extend(Path(p) for p in sorted(glob.glob(pattern)))
    return found


def missing_espeak_data() -> str | None:
    """What to install when espeak-ng's data is missing (Linux only; None when it is there)."""
    if not sys.platform.startswith("linux"):
        return None
    dirs = espeak_data_dirs()
    for folder in dirs:
        if all((folder / name).is_file() for name in _ESPEAK_FILES):
            return None
    where = ", ".join(str(d) for d in dirs[:3]) + (" ..." if len(dirs) > 3 else "")
    lacking = [n for n in _ESPEAK_FILES if not any((d / n).is_file() for d in dirs)]
    return (f"espeak-ng's voice data is missing ({', '.join(lacking)} not found in {where}); install it: "
            f"sudo apt-get install espeak-ng-data"
            + (" (or unset ESPEAK_DATA_PATH)" if os.environ.get("ESPEAK_DATA_PATH") else ""))


@dataclass(frozen=True)
class Speech:
    pcm: bytes  # mono int16
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.rate


class Speaker:
    """One pyttsx3 engine per process (espeak cannot be initialised twice), used under a lock."""

    _lock = threading.Lock()

    def __init__(self, voice: str | None = None, rate: int | None = None, volume: float | None = None,
                 device: str | int | None = None):
        self.voice, self.rate, self.volume, self.device = voice, rate, volume, device
        self._broken: str | None = None

    # -- synthesis ------------------------------------------------------------------------
    _engine = None  # the process's one engine: a second pyttsx3 engine, or the first one being
    _defaults: dict = {}  # garbage-collected, unhooks espeak's callback and yields silent WAVs

    @classmethod
    def _shared_engine(cls):
        if cls._engine is None:
            missing = missing_espeak_data()
            if missing:  # espeak would print its own line and end the whole process
                raise SpeechError(missing)
            try:
                import pyttsx3

                engine = pyttsx3.init()
                cls._defaults = {name: engine.getProperty(name) for name in ("voice", "rate", "volume")}
            except Exception as exc:  # no espeak-ng library, no driver
                raise SpeechError(f"text-to-speech is not available ({exc}); install it: "
                                  f"sudo apt-get install espeak-ng libespeak-ng1 espeak-ng-data") from None
            cls._engine = engine
        return cls._engine

    def _get_engine(self):
        if self._broken:
            raise SpeechError(self._broken)
        engine = self._shared_engine()
        if not Speaker._warm:
            # espeak resets its parameters when pyttsx3 first switches it to file output, so the
            # first rate set on a fresh engine was lost (measured: the first utterance of a process
            # came out at the default rate). One throwaway utterance before any setting fixes it.
            fd, name = tempfile.mkstemp(prefix="booth-tts-", suffix=".wav")
            os.close(fd)
            try:
                self._run(engine, "ok", name)
            finally:
                os.unlink(name)
            Speaker._warm = True
        if self.voice and self.voice not in self._checked:
            self._check_voice(engine, self.voice)
        wanted = {"voice": self.voice or self._defaults.get("voice"),
                  "rate": int(self.rate) if self.rate else self._defaults.get("rate"),
                  "volume": (max(0.0, min(1.0, float(self.volume))) if self.volume is not None
                             else self._defaults.get("volume"))}
        try:
            for name, value in wanted.items():
                if value is not None:
                    engine.setProperty(name, value)
        except (ValueError, KeyError, TypeError) as exc:
            raise SpeechError(f"bad speech setting ({exc}); list voices with `booth devices --voices`") from None
        self._settle(engine, wanted)
        return engine

    @staticmethod
    def _settle(engine, wanted: dict) -> None:
        """Wait until espeak reports the rate and volume just set. pyttsx3 queues a setting while
        its driver is still busy with the last utterance, and the next one then came out at the
        old rate now and then (measured: half the runs of test_voice_rate_and_volume... in the suite)."""
        deadline = time.monotonic() + SETTLE_SECONDS
        while time.monotonic() < deadline:
            try:
                unsettled = [name for name in ("rate", "volume") if wanted.get(name) is not None
                             and abs(float(engine.getProperty(name)) - float(wanted[name])) > 0.011]
            except (TypeError, ValueError, KeyError):
                return  # a driver that cannot tell: nothing to wait for
            if not unsettled:
                return
            time.sleep(0.005)
        log.debug("espeak did not report the new speech settings within %.1f s", SETTLE_SECONDS)

    _checked: set[str] = set()
    _warm = False

    @classmethod
    def _check_voice(cls, engine, voice: str) -> None:
        """pyttsx3 queues setProperty and swallows its error later, so an unknown voice would
        speak with the old one; check it against espeak's list (a "+f3"-style variant may follow)."""
        base = voice.split("+")[0].lower()
        known: set[str] = set()
        for v in engine.getProperty("voices"):
            known.update({v.id.lower(), v.id.lower().rsplit("/", 1)[-1], v.name.lower()})
            known.update(lang.lower() for lang in (v.languages or []))
        if base not in known:
            near = sorted(k for k in known if k.startswith(base[:2]))[:8]
            raise SpeechError(f"unknown voice {voice!r} (e.g. {', '.join(near) or 'en-us'}); "
                              "list them with `booth devices --voices`")
        cls._checked.add(voice)

    def synthesize(self, text: str) -> Speech:
        """Speech for ``text`` (SpeechError when the engine fails or hangs). A long text goes to
        espeak a few sentences at a time: 3,500 words in one call crashed it inside pyttsx3."""
        text = numbers_as_said(" ".join(text.split()))
        if not text:
            return Speech(b"", 22050)
        if len(text) > MAX_SPEECH_CHARS:
            raise SpeechError(f"text too long to speak ({len(text):,} characters; the limit is {MAX_SPEECH_CHARS:,})")
        parts = [self._synthesize_one(chunk) for chunk in speech_chunks(text)]
        return Speech(b"".join(p.pcm for p in parts), parts[0].rate)

    def _synthesize_one(self, text: str) -> Speech:
        with self._lock:
            engine = self._get_engine()
            fd, name = tempfile.mkstemp(prefix="booth-tts-", suffix=".wav")
            os.close(fd)
            try:
                # Now and then pyttsx3's espeak driver finishes an utterance without its samples
                # (an empty WAV); asking again gives the speech.
                for attempt in range(3):
                    self._run(engine, text, name)
                    try:
                        with wave.open(name, "rb") as wav:
                            rate, width, channels = wav.getframerate(), wav.getsampwidth(), wav.getnchannels()
                            frames = wav.readframes(wav.getnframes())
                    except (EOFError, wave.Error) as exc:  # nothing written at all
                        log.debug("no WAV from text-to-speech: %s", exc)
                        frames, rate, width, channels = b"", 22050, 2, 1
                    if frames:
                        break
                    log.debug("text-to-speech gave no audio (attempt %d), again", attempt + 1)
            except OSError as exc:
                raise SpeechError(f"text-to-speech wrote no usable audio ({exc})") from None
            finally:
                os.unlink(name)
        if width != 2 or channels != 1:
            frames = audio.convert(frames, rate, width, channels)
            rate = audio.RATE
        if not frames:
            raise SpeechError("text-to-speech produced no sound")
        return Speech(frames, rate)

    def _run(self, engine, text: str, filename: str) -> None:
        failure: list[BaseException] = []

        def work() -> None:
            try:
                # pyttsx3's espeak driver prints "Audio saved to ..." on stdout; that is ours.
                with contextlib.redirect_stdout(io.StringIO()):
                    engine.save_to_file(text, filename)
                    engine.runAndWait()
                    # runAndWait can return while espeak still synthesizes a long text (the
                    # queued endLoop runs first); the driver writes the file when it is done.
                    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
                    deadline = time.monotonic() + SYNTH_TIMEOUT
                    while getattr(driver, "_speaking", False) and time.monotonic() < deadline:
                        time.sleep(0.005)
            except BaseException as exc:
                failure.append(exc)
            finally:
                driver = getattr(getattr(engine, "proxy", None), "_driver", None)
                if driver is not None and hasattr(driver, "_save_file"):
                    driver._save_file = None  # or the next say() overwrites this file

        worker = threading.Thread(target=work, name="booth-tts", daemon=True)
        worker.start()
        worker.join(SYNTH_TIMEOUT)
        if worker.is_alive():
            self._broken = "text-to-speech hung (pyttsx3 runAndWait did not return); restart Booth"
            raise SpeechError(self._broken)
        if failure:
            raise SpeechError(f"text-to-speech failed: {failure[0]}")

    # -- output ---------------------------------------------------------------------------
    def save(self, text: str, path: str | Path) -> Speech:
        """Speech into a WAV file (works with no sound card)."""
        speech = self.synthesize(text)
        audio.write_wav(path, speech.pcm, speech.rate)
        return speech

    def speak(self, text: str, stop: threading.Event | None = None) -> bool:
        """Say it out loud; False when ``stop`` cut it short. AudioError when there is no speaker."""
        started = time.monotonic()
        speech = self.synthesize(text)
        log.info("synthesized in %.3f s", time.monotonic() - started)  # bench/bench_latency.py reads it
        if not speech.pcm:
            return True
        return audio.play(speech.pcm, speech.rate, self.device, stop)

    def voices(self) -> list[tuple[str, str]]:
        """(id, name) of the voices the engine offers; espeak also takes variants like en+f3."""
        with self._lock:
            engine = self._get_engine()
            return [(v.id, v.name) for v in engine.getProperty("voices")]


def say_or_print(speaker: Speaker | None, text: str, stop: threading.Event | None = None,
                 warn=log.warning) -> str:
    """Speak if we can; a missing speaker or a TTS failure is reported once per kind and the
    caller goes on (the answer is on screen anyway). Returns "spoken", "cut", or why not."""
    if speaker is None or not text:
        return "silent"
    try:
        return "spoken" if speaker.speak(text, stop) else "cut"
    except (AudioError, SpeechError) as exc:
        warn(f"{exc}")
        return "failed"


__all__ = ["Speaker", "Speech", "say_or_print", "AudioError", "SpeechError"]
