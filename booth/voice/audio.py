"""Audio in and out. Every source is an iterable of 16 kHz mono int16 chunks (bytes), so a
microphone, a WAV file and raw PCM on stdin are interchangeable everywhere downstream.

No numpy: sounddevice's raw streams take and give bytes, and the conversions below use the
stdlib ``array`` module (audioop is gone from Python 3.13).
"""

from __future__ import annotations

import array
import logging
import math
import queue
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from booth.errors import AudioError
from booth.voice.wavfile import Converter, floats_to_int16, iter_wav, to_floats

log = logging.getLogger(__name__)

RATE = 16000  # what the recognizer wants
# 50 ms: the end of a question is decided per chunk, and a microphone delivers a chunk only once
# it is full, so shorter chunks answer sooner (100 ms cost ~0.1 s; Vosk's per-call cost is tiny).
CHUNK_MS = 50
CHUNK_BYTES = RATE * 2 * CHUNK_MS // 1000
_LITTLE = sys.byteorder == "little"


# -- WAV files -------------------------------------------------------------------------------
def read_wav(path: str | Path, max_seconds: float | None = None) -> bytes:
    """A WAV file of any rate, sample width and channel count as 16 kHz mono int16, at most
    ``max_seconds`` of it (read and converted a block at a time: booth.voice.wavfile)."""
    return b"".join(iter_wav(path, max_seconds))


def convert(data: bytes, rate: int, width: int, channels: int, floating: bool = False) -> bytes:
    """Interleaved little-endian samples -> 16 kHz mono int16 bytes."""
    converter = Converter(rate, width, channels, floating)
    return converter.feed(data) + converter.flush()


def resample(samples: list[float], src: int, dst: int) -> list[float]:
    """Linear interpolation; when shrinking, a box filter first keeps the worst aliasing out."""
    if src == dst or not samples:
        return list(samples)
    ratio = src / dst
    if ratio >= 2:
        width = int(ratio)
        acc, smoothed = 0.0, []
        for i, v in enumerate(samples):
            acc += v
            if i >= width:
                acc -= samples[i - width]
            smoothed.append(acc / min(i + 1, width))
        samples = smoothed
    last = len(samples) - 1
    count = int(len(samples) / ratio)
    out = []
    for j in range(count):
        x = j * ratio
        i = int(x)
        if i >= last:
            out.append(samples[last])
        else:
            f = x - i
            out.append(samples[i] * (1 - f) + samples[i + 1] * f)
    return out


def write_wav(path: str | Path, pcm: bytes, rate: int = RATE) -> None:
    """Mono int16 WAV, written atomically, only over a regular file or a new path."""
    import wave

    from booth.atomic import write_atomic

    def fill(raw) -> None:
        with wave.open(raw, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(pcm)

    write_atomic(path, fill, AudioError)


# -- sources ---------------------------------------------------------------------------------
def chunked(pcm: bytes, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    for start in range(0, len(pcm), size):
        yield pcm[start:start + size]


def rechunk(blocks: Iterable[bytes], size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """Blocks of any length as chunks of ``size`` bytes (the last may be shorter)."""
    pending = b""
    for block in blocks:
        pending += block
        while len(pending) >= size:
            yield pending[:size]
            pending = pending[size:]
    if pending:
        yield pending


def file_source(path: str | Path, realtime: bool = False) -> Iterator[bytes]:
    """A WAV file as chunks, read as they are needed; ``realtime`` paces them like a microphone would."""
    started = time.monotonic()
    for n, chunk in enumerate(rechunk(iter_wav(path))):
        if realtime:
            delay = started + n * CHUNK_MS / 1000 - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        yield chunk


def stream_source(stream: BinaryIO, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """Raw 16 kHz mono int16 PCM (e.g. `arecord -f S16_LE -r 16000 -c 1 | booth listen --input -`)."""
    while True:
        chunk = stream.read(size)
        if not chunk:
            return
        yield chunk[:len(chunk) - len(chunk) % 2]


def level_db(chunk: bytes) -> float:
    """RMS level in dBFS (-96 for digital silence): the meter and the energy gate use it."""
    samples = array.array("h", chunk[:len(chunk) - len(chunk) % 2])
    if not samples:
        return -96.0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    return max(-96.0, 20 * math.log10(rms / 32768)) if rms > 0 else -96.0


def frame_levels(chunk: bytes, frame: int = 160) -> list[float]:
    """RMS level in dBFS of each 10 ms frame (160 samples at 16 kHz): silence measured finer than a chunk."""
    data = chunk[:len(chunk) - len(chunk) % 2]
    return [level_db(data[i:i + 2 * frame]) for i in range(0, len(data), 2 * frame)]


# -- devices ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Device:
    index: int
    name: str
    inputs: int
    outputs: int
    rate: float
    default_in: bool = False
    default_out: bool = False


def _sd():
    try:
        import sounddevice
    except (ImportError, OSError) as exc:  # OSError: the PortAudio library is missing
        raise AudioError(f"sound is not available ({exc}); install libportaudio2") from None
    return sounddevice


def list_devices() -> list[Device]:
    sd = _sd()
    try:
        found = sd.query_devices()
        default_in, default_out = sd.default.device
    except Exception as exc:  # PortAudio errors are plain exceptions of its own type
        raise AudioError(f"cannot list sound devices: {exc}") from None
    return [Device(i, d["name"], d["max_input_channels"], d["max_output_channels"],
                   d["default_samplerate"], i == default_in, i == default_out)
            for i, d in enumerate(found)]


NO_MIC_HELP = ("pick another one with --device NAME|INDEX (see `booth devices`), "
               "feed a recording with --input FILE.wav, or type questions with `booth ask`")


def pick_device(spec: str | int | None, kind: str) -> Device:
    """A device by index, by (part of) its name, or the system default; AudioError when none."""
    devices = [d for d in list_devices() if (d.inputs if kind == "input" else d.outputs) > 0]
    what = "microphone" if kind == "input" else "speaker"
    if not devices:
        raise AudioError(f"no {what} found" + (f"; {NO_MIC_HELP}" if kind == "input" else ""))
    if spec is None or spec == "":
        default = [d for d in devices if (d.default_in if kind == "input" else d.default_out)]
        return default[0] if default else devices[0]
    if isinstance(spec, int) or str(spec).isdigit():
        for d in devices:
            if d.index == int(spec):
                return d
    else:
        named = [d for d in devices if str(spec).lower() in d.name.lower()]
        if named:
            return named[0]
    names = ", ".join(f"{d.index}: {d.name}" for d in devices)
    raise AudioError(f"no {what} matches {spec!r} (have {names})")


class Microphone:
    """A live microphone as chunks. PortAudio fills a queue from its own thread; a stall of
    ``stall_seconds`` or a stream error means the device is gone (AudioError)."""

    def __init__(self, device: str | int | None = None, stall_seconds: float = 2.0):
        self.device = pick_device(device, "input")
        self.stall_seconds = stall_seconds
        self._queue: queue.Queue[bytes] = queue.Queue(maxsize=200)
        self._stream: Any = None  # a sounddevice.RawInputStream while open (sounddevice is untyped)
        self._rate = RATE
        self._lock = threading.Lock()

    def __enter__(self) -> Microphone:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        sd = _sd()
        for rate in (RATE, int(self.device.rate)):  # not every card does 16 kHz: resample then
            try:
                self._stream = sd.RawInputStream(samplerate=rate, channels=1, dtype="int16",
                                                 device=self.device.index, callback=self._callback,
                                                 blocksize=int(rate * CHUNK_MS / 1000))
                self._stream.start()
                self._rate = rate
                log.debug("microphone %s open at %d Hz", self.device.name, rate)
                return
            except Exception as exc:
                error = exc
                self.close()
        raise AudioError(f"cannot open microphone {self.device.name!r}: {error}; {NO_MIC_HELP}")

    def _callback(self, data, frames, when, status) -> None:
        try:
            self._queue.put_nowait(bytes(data))
        except queue.Full:  # nobody reads (we are speaking): drop the oldest
            try:
                self._queue.get_nowait()
            except queue.Empty:
                pass

    def drain(self) -> None:
        """Forget what was recorded meanwhile (our own voice while we spoke)."""
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return

    def close(self) -> None:
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception as exc:  # closing a device that vanished may fail too
                log.debug("closing microphone: %s", exc)

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                chunk = self._queue.get(timeout=self.stall_seconds)
            except queue.Empty:
                stream = self._stream
                state = "closed" if stream is None else ("stopped" if not stream.active else "silent")
                raise AudioError(f"microphone {self.device.name!r} stopped delivering audio ({state}); "
                                 f"is it unplugged? {NO_MIC_HELP}") from None
            if self._rate != RATE:
                chunk = floats_to_int16(resample(to_floats(chunk, 2, False), self._rate, RATE))
            yield chunk


def play(pcm: bytes, rate: int, device: str | int | None = None,
         stop: threading.Event | None = None) -> bool:
    """Play mono int16 audio; returns False when ``stop`` cut it short. AudioError without a speaker."""
    sd = _sd()
    out = pick_device(device, "output")
    try:
        with sd.RawOutputStream(samplerate=rate, channels=1, dtype="int16", device=out.index) as stream:
            step = rate // 10 * 2
            for start in range(0, len(pcm), step):
                if stop is not None and stop.is_set():
                    stream.abort()
                    return False
                stream.write(pcm[start:start + step])
    except AudioError:
        raise
    except Exception as exc:
        raise AudioError(f"cannot play on {out.name!r}: {exc}") from None
    return True
