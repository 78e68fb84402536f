"""A virtual microphone and speaker for tests and benches: a private PulseAudio server whose pipe
source is the microphone (we write 16 kHz PCM into it at real-time pace, silence or a noise loop
when idle) and whose null sink is the speaker (its monitor can be recorded)."""

from __future__ import annotations

import array
import math
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path

from booth.voice.audio import chunked, read_wav
from tests.audio_tools import need_tool

RATE = 16000
STEP = 320  # samples per write: 20 ms


class VirtualMic:
    """The microphone: ``say`` queues speech; ``noise`` (int16 samples) plays under everything,
    looped, like a hall that never goes quiet. ``marks`` records when a given sample of a question
    went into the microphone (time.monotonic(), the clock every process on the machine shares)."""

    def __init__(self, folder: Path, noise: array.array | None = None):
        self.folder = folder
        self.fifo = folder / "mic.fifo"
        self.socket = folder / "native"
        self.env = {**os.environ, "PULSE_SERVER": f"unix:{self.socket}", "XDG_RUNTIME_DIR": str(folder),
                    "HOME": str(folder)}
        self.pending: queue.Queue[tuple[bytes, int | None, dict | None]] = queue.Queue()
        self.stop = threading.Event()
        self.unplugged = threading.Event()  # while set, the "microphone" delivers nothing
        self.noise = noise
        self._noise_at = 0

    def start(self) -> VirtualMic:
        pulse = need_tool("pulseaudio")
        self.server = subprocess.Popen(
            [pulse, "--daemonize=no", "-n", "--exit-idle-time=-1", "--disallow-exit", "--disable-shm=yes",
             f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
             "--load=module-null-sink sink_name=booth_speaker",
             f"--load=module-pipe-source source_name=booth_mic file={self.fifo} format=s16le rate=16000 channels=1",
             "--load=module-always-sink"],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while not (self.socket.exists() and self.fifo.exists()):
            if self.server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"pulseaudio did not start: {self.server.stderr.read().decode()[-500:]}")
            time.sleep(0.05)
        if shutil.which("pactl"):
            subprocess.run(["pactl", "set-default-source", "booth_mic"], env=self.env, check=False, capture_output=True)
        self.feeder = threading.Thread(target=self._feed, daemon=True)
        self.feeder.start()
        return self

    def _mix(self, chunk: bytes) -> bytes:
        if self.noise is None:
            return chunk
        speech = array.array("h", chunk)
        n, noise = len(speech), self.noise
        for i in range(n):
            v = speech[i] + noise[(self._noise_at + i) % len(noise)]
            speech[i] = -32768 if v < -32768 else 32767 if v > 32767 else v
        self._noise_at = (self._noise_at + n) % len(noise)
        return speech.tobytes()

    def _feed(self) -> None:
        fd = os.open(self.fifo, os.O_WRONLY)
        started, sent = time.monotonic(), 0
        try:
            while not self.stop.is_set():
                if self.unplugged.is_set():
                    time.sleep(0.02)
                    started, sent = time.monotonic(), 0
                    continue
                try:
                    chunk, mark, marks = self.pending.get_nowait()
                except queue.Empty:
                    chunk, mark, marks = bytes(2 * STEP), None, None  # 20 ms of silence
                # Real-time pace: this chunk enters the microphone once the previous ones have played.
                delay = started + sent / RATE - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                try:
                    os.write(fd, self._mix(chunk))
                except BrokenPipeError:
                    # PulseAudio let go of the pipe (its source reloaded): wait for it to read again,
                    # or every later test would talk into a dead microphone.
                    os.close(fd)
                    fd = os.open(self.fifo, os.O_WRONLY)
                    started, sent = time.monotonic(), 0
                    os.write(fd, self._mix(chunk))
                if mark is not None and marks is not None:
                    marks["at"] = started + (sent + mark) / RATE
                sent += len(chunk) // 2
        finally:
            os.close(fd)

    def say(self, wav: Path | bytes, mark: int | None = None) -> dict:
        """Queue a question (a WAV path or 16 kHz PCM). The returned dict gets "at": when sample
        ``mark`` (e.g. the end of speech) entered the microphone."""
        pcm = read_wav(wav) if isinstance(wav, Path) else wav
        marks: dict = {}
        for n, chunk in enumerate(chunked(pcm, 2 * STEP)):
            inside = mark - n * STEP if mark is not None and n * STEP <= mark < (n + 1) * STEP else None
            self.pending.put((chunk, inside, marks))
        return marks

    def wait_idle(self, timeout: float = 20.0) -> None:
        """Until everything said has gone into the microphone."""
        deadline = time.monotonic() + timeout
        while not self.pending.empty() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)

    def close(self) -> None:
        self.stop.set()
        self.feeder.join(5)
        self.server.terminate()
        self.server.wait(10)


class SpeakerRecorder:
    """Records the null sink's monitor in 10 ms blocks and notes when sound starts and stops."""

    def __init__(self, mic: VirtualMic, threshold_db: float = -50.0):
        self.threshold = 32768 * 10 ** (threshold_db / 20)
        self.proc = subprocess.Popen(
            [need_tool("parec"), "-d", "booth_speaker.monitor", "--format=s16le", "--rate=16000", "--channels=1",
             "--latency-msec=10", "--raw"], env=mic.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.loud: list[float] = []  # monotonic times of blocks with sound
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while True:
            block = self.proc.stdout.read(320)
            if not block:
                return
            now = time.monotonic()
            samples = array.array("h", block[:len(block) - len(block) % 2])
            if samples and math.sqrt(sum(s * s for s in samples) / len(samples)) > self.threshold:
                with self._lock:
                    self.loud.append(now)

    def first_sound_after(self, t: float) -> float | None:
        with self._lock:
            return next((x for x in self.loud if x > t), None)

    def last_sound(self) -> float:
        with self._lock:
            return self.loud[-1] if self.loud else 0.0

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)
