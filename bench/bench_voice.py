"""Voice benchmark: spoken fixture questions (pyttsx3/espeak-ng, several voices) through real Vosk,
clean and with babble noise at 10 and 6 dB SNR, grammar mode vs free mode.

    VOSK_MODEL_PATH=../shared/models/vosk-model-small-en-us-0.15 python bench/bench_voice.py [-n 64]

A question counts as right when what Booth acts on means what the typed question means (same
intent and slots). Figures: right / asked back ("Did you mean ...?") / wrong, real-time factor,
end-of-audio -> answer latency (median, p95), start -> listening time, peak RSS. Goals: 97% clean,
95% at 10 dB, 92% at 6 dB in grammar mode; RTF >= 10; latency < 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booth.pipeline import Booth  # noqa: E402
from booth.settings import Settings  # noqa: E402
from booth.testing.fixtures import load_fixtures  # noqa: E402
from booth.voice.audio import chunked, read_wav  # noqa: E402
from booth.voice.listen import decide  # noqa: E402
from booth.voice.recognizer import Recognizer, load_model  # noqa: E402
from tests.audio_tools import question_wav, silence, write_pcm  # noqa: E402

VOICES = ("en-us", "en", "en+f3", "en-us+m3")
CONDITIONS = (("clean", None), ("babble 10 dB", 10.0), ("babble 6 dB", 6.0))
GOALS = {"clean": 97.0, "babble 10 dB": 95.0, "babble 6 dB": 92.0}


def questions(count: int) -> list[tuple[str, str]]:
    """``count`` fixture sentences spread over all intents (2025 conference), each with a voice."""
    cases = [c for c in load_fixtures(ROOT / "tests" / "intents").cases
             if c.conference == "pycon-us-2025" and c.now == "2025-05-17T10:00"
             and c.expect.intent and c.expect.check_intent]
    step = max(1, len(cases) // count)
    picked = cases[::step][:count]
    return [(c.sentence, VOICES[n % len(VOICES)]) for n, c in enumerate(picked)]


def meaning(booth: Booth, text: str):
    reply = booth.ask(text, stop_after="intent")
    return reply.intent, reply.slots


def run(booth: Booth, model, items, snr, free: bool):
    rec = Recognizer(model, None if free else booth.vocabulary(), free)
    right = asked = asked_wrong = wrong = silent = 0
    audio_seconds = decode_seconds = 0.0
    latencies = []
    for n, (text, voice) in enumerate(items):
        pcm = read_wav(question_wav(text, voice, snr, seed=n))
        expected = meaning(booth, text)
        rec.reset()
        started = time.perf_counter()
        results = [t for t in (rec.feed(c) for c in chunked(pcm)) if t is not None]
        end_of_audio = time.perf_counter()
        last = rec.finish()
        if last is not None:
            results.append(last)
        heard = max(results, key=lambda t: len(t.text), default=None)
        decision = decide(booth, heard, strict=True) if heard is not None else None
        if decision is not None and decision.kind == "answer":
            booth.ask(decision.text)  # the answer text is part of the latency
        done = time.perf_counter()
        latencies.append(done - end_of_audio)
        decode_seconds += done - started
        audio_seconds += len(pcm) / 32000
        if decision is None or decision.kind == "ignore":
            silent += 1
            continue
        correct = meaning(booth, decision.text) == expected
        if decision.kind == "clarify":
            asked += correct
            asked_wrong += not correct
        elif correct:
            right += 1
        else:
            wrong += 1
    total = len(items)
    pct = lambda n: 100 * n / total
    return {"right": pct(right), "asked": pct(asked), "asked_wrong": pct(asked_wrong), "wrong": pct(wrong),
            "silent": pct(silent),
            "rtf": audio_seconds / decode_seconds, "median": statistics.median(latencies),
            "p95": sorted(latencies)[int(0.95 * (len(latencies) - 1))]}


def start_to_listening(tmp: Path) -> tuple[float, float]:
    """A fresh `booth listen` process: launch -> "[listening]" (loads schedule, model, grammar), and
    its peak RSS (VmHWM) after a second of listening. Read from /proc while it runs: a forked
    child's ru_maxrss starts at the parent's size, so RUSAGE_CHILDREN would report the bench."""
    wav = write_pcm(tmp / "bench-silence.wav", silence(2.0))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "booth", "listen", "--input", str(wav), "--mute", "--realtime"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    elapsed = peak = float("nan")
    for line in proc.stdout:
        if line.startswith("[listening]"):
            elapsed = time.perf_counter() - started
            time.sleep(1.0)
            try:
                status = Path(f"/proc/{proc.pid}/status").read_text()
                peak = int(next(x for x in status.splitlines() if x.startswith("VmHWM")).split()[1]) / 1024
            except (OSError, StopIteration):
                pass
            break
    proc.wait()
    return elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=64, help="questions (default 64)")
    parser.add_argument("--only-startup", action="store_true", help="just start -> listening and RSS")
    parser.add_argument("--model", help="Vosk model folder (default: $VOSK_MODEL_PATH)")
    args = parser.parse_args()
    if args.only_startup:
        tmp = ROOT / "tests" / ".cache"
        tmp.mkdir(parents=True, exist_ok=True)
        elapsed, peak = start_to_listening(tmp)
        print(f"start -> listening: {elapsed:.2f} s; peak RSS of booth listen: {peak:.0f} MB")
        return 0
    model = load_model(args.model)
    booth = Booth(Settings(conference="pycon-us-2025", now="2025-05-17T10:00"))
    items = questions(args.n)
    print(f"{len(items)} questions, voices {', '.join(VOICES)}; making audio (cached in tests/.cache/audio)...")
    for n, (text, voice) in enumerate(items):
        for _, snr in CONDITIONS:
            question_wav(text, voice, snr, seed=n)
    print("right: answered correctly; asked: read back correctly (\"Did you mean ...?\"); asked wrong: read back "
          "something else; wrong: answered something else; silent: no answer")
    print(f"{'condition':14} {'mode':8} {'right':>7} {'asked':>7} {'askwrong':>8} {'wrong':>7} {'silent':>7} "
          f"{'RTF':>6} {'lat med':>8} {'lat p95':>8}")
    for name, snr in CONDITIONS:
        for free in (False, True):
            r = run(booth, model, items, snr, free)
            goal = f"  (goal {GOALS[name]:.0f}%)" if not free else ""
            print(f"{name:14} {'free' if free else 'grammar':8} {r['right']:6.1f}% {r['asked']:6.1f}% "
                  f"{r['asked_wrong']:7.1f}% {r['wrong']:6.1f}% {r['silent']:6.1f}% "
                  f"{r['rtf']:5.1f}x {r['median']*1000:6.0f}ms {r['p95']*1000:6.0f}ms{goal}")
    tmp = ROOT / "tests" / ".cache"
    tmp.mkdir(parents=True, exist_ok=True)
    elapsed, peak = start_to_listening(tmp)
    print(f"start -> listening: {elapsed:.2f} s (fresh process)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB (booth listen process, goal 200 MB), {rss:.0f} MB (this bench process)")
    return 0


if __name__ == "__main__":
    if not (os.environ.get("VOSK_MODEL_PATH") or os.environ.get("BOOTH_VOSK_MODEL") or "--model" in sys.argv):
        print("set VOSK_MODEL_PATH to a Vosk model folder (e.g. ../shared/models/vosk-model-small-en-us-0.15)")
    sys.exit(main())
