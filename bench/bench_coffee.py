"""Booth's whole audio path on real people: Picovoice's coffee-maker speech-to-intent benchmark.

    VOSK_MODEL_PATH=../shared/models/vosk-model-small-en-us-0.15 python bench/bench_coffee.py [-n 413]

Each of the benchmark's recordings (../shared/voices/picovoice-coffee/, 50+ speakers) goes through
what `booth listen --skill skills/coffee` does with an utterance: Vosk with the grammar Booth builds
for the skill (`Booth.vocabulary()`), the n-best re-check (`booth.voice.decide.decide`, strict, as in
always-listening mode) and the matcher -> intent + slots. Clean, and with the benchmark's kitchen noise
mixed its way (`tests.audio_tools.mix_at_snr`) at 24, 12 and 6 dB SNR (more with --snr). With
`--noise babble`, the voice bench's babble (four espeak-ng talkers) instead: real people in the
competing talk of a hall, to tell what the decoder loses to talk from what the conference's larger
grammar loses.

"Command acceptance" as the benchmark scores it: right when the intent and the slots equal the label
(every labelled slot right, nothing extra); a rejection, a "Did you mean ...?" or silence is wrong.
Printed beside Picovoice Rhino's published figures, with run time and real-time factor.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booth.pipeline import Booth  # noqa: E402
from booth.settings import Settings  # noqa: E402
from booth.voice.audio import chunked  # noqa: E402
from booth.voice.decide import decide  # noqa: E402
from booth.voice.recognizer import Recognizer, Transcript, load_model, restore  # noqa: E402
from booth.voice.second_opinion import FreeDecoder, reconsider, wanted  # noqa: E402
from tests.audio_tools import babble, mix_at_snr, read_audio  # noqa: E402

COFFEE = ROOT.parent / "shared" / "voices" / "picovoice-coffee"
SKILL = ROOT / "skills" / "coffee"
RHINO = {24.0: 99.0, 12.0: 98.0, 6.0: 96.0}  # published command acceptance on kitchen noise (%)
DEFAULT_SNRS = (None, 24.0, 12.0, 6.0)
RATE = 16000


@dataclass
class Outcome:
    right: int = 0
    asked: int = 0  # "Did you mean ...?": a rejection for the benchmark
    wrong: int = 0  # answered with another intent or other slots
    silent: int = 0  # nothing heard, or ignored as out of domain
    audio_seconds: float = 0.0
    wall_seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    misses: list[tuple[str, str, dict, str, dict]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.right + self.asked + self.wrong + self.silent

    def pct(self, n: int) -> float:
        return 100.0 * n / max(1, self.total)


def labelled(labels_path: Path) -> dict[str, tuple[str, dict[str, str]]]:
    """file name -> (intent, slots), the label values stripped (one has a leading space)."""
    raw = json.loads(labels_path.read_text())
    return {name: (entry["intent"], {k: str(v).strip() for k, v in entry.get("slots", {}).items()})
            for name, entry in raw.items()}


def skill_booth(skill: Path) -> Booth:
    return Booth(Settings(skill_dir=skill))


def hear(rec: Recognizer, pcm: bytes) -> tuple[Transcript | None, float]:
    """One recording through the recognizer as the listen loop feeds it; seconds from the end of
    the audio to the final transcript."""
    rec.reset()
    results = [t for t in (rec.feed(c) for c in chunked(pcm)) if t is not None]
    ended = time.perf_counter()
    last = rec.finish()
    if last is not None:
        results.append(last)
    spoken = [t for t in results if t.text or t.alternatives]
    return (max(spoken, key=lambda t: len(t.text)) if spoken else None), time.perf_counter() - ended


def understand(booth: Booth, transcript: Transcript | None, free: FreeDecoder | None = None,
               pcm: bytes = b"") -> tuple[str, str | None, dict[str, str], str]:
    """What Booth would do: ("answer" | "clarify" | "ignore", intent, slots, text). With ``free``,
    a hearing that gets no answer in quiet audio is decoded again without the grammar, as `booth
    listen` does (booth/voice/second_opinion.py)."""
    if transcript is None:
        return "ignore", None, {}, ""
    decision = decide(booth, transcript, strict=True)
    if free is not None and pcm and wanted(decision, transcript, booth, free.spoken):
        decision = reconsider(booth, free, pcm, transcript, strict=True, context=False, replacing=decision) or decision
    if decision.kind != "answer":
        return decision.kind, decision.intent, {}, decision.text
    reply = booth.ask(decision.text, stop_after="intent")
    return "answer", reply.intent, {k: str(v) for k, v in reply.slots.items()}, decision.text


def run(booth: Booth, rec: Recognizer, files: list[Path], labels, noise, snr: float | None, seed: int,
        hearings: dict | None = None, replay: dict | None = None, free: FreeDecoder | None = None) -> Outcome:
    """``hearings`` collects every recording's transcript; ``replay`` scores saved ones again (a
    change to decide() measured without decoding anew; with ``free``, the audio is mixed again, by
    the same random offsets, for the second opinions)."""
    out = Outcome()
    rng = random.Random(seed)
    started = time.perf_counter()
    for path in files:
        speech = None
        if replay is None or free is not None:
            speech = read_audio(path)
            if snr is not None:
                speech = mix_at_snr(speech, noise, snr, rng)
        if replay is not None:
            transcript, latency, seconds = replay[(path.name, snr)]
            if transcript is not None:  # saved before homophones were joined: joined now, as the recognizer does
                transcript = restore(transcript, None, rec.homophones)
        else:
            assert speech is not None
            transcript, latency = hear(rec, speech.tobytes())
            seconds = len(speech) / RATE
        if hearings is not None:
            hearings[(path.name, snr)] = (transcript, latency, seconds)
        kind, intent, slots, text = understand(booth, transcript, free, speech.tobytes() if speech is not None else b"")
        want_intent, want_slots = labels[path.name]
        out.audio_seconds += seconds
        out.latencies.append(latency)
        if kind == "answer" and intent == want_intent and slots == want_slots:
            out.right += 1
            continue
        if kind == "ignore":
            out.silent += 1
        elif kind == "clarify":
            out.asked += 1
        else:
            out.wrong += 1
        out.misses.append((path.name, kind, {"intent": intent, **slots}, text, want_slots))
    out.wall_seconds = time.perf_counter() - started
    return out


def out_of_domain(booth: Booth, rec: Recognizer, texts: list[str], voice: str = "en-us",
                  free: FreeDecoder | None = None) -> int:
    """Spoken requests that are not coffee orders, answered as one (should be 0)."""
    from tests.audio_tools import question_wav

    accepted = 0
    for text in texts:
        pcm = read_audio(question_wav(text, voice)).tobytes()
        transcript, _ = hear(rec, pcm)
        kind, _intent, _slots, _text = understand(booth, transcript, free, pcm)
        accepted += kind == "answer" and _intent is not None
    return accepted


OUT_OF_DOMAIN = ["what time is it", "turn off the lights", "what's the weather like tomorrow",
                 "play some music", "where is the bathroom", "call my mother", "how are you today",
                 "set a timer for ten minutes", "is the bus running late", "tell me a joke"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=0, help="recordings (default: all 413; a spread sample when set)")
    parser.add_argument("--snr", action="append", help="SNR in dB or 'clean' (repeatable; default: clean, 24, 12, 6)")
    parser.add_argument("--coffee", default=str(COFFEE), help="the benchmark folder (clean/, labels.json, noise/)")
    parser.add_argument("--skill", default=str(SKILL), help="the coffee skill folder")
    parser.add_argument("--model", default=os.environ.get("VOSK_MODEL_PATH"), help="Vosk model folder")
    parser.add_argument("--misses", type=int, default=0, help="print this many misses per condition")
    parser.add_argument("--seed", type=int, default=1234, help="noise offsets")
    parser.add_argument("--noise", choices=("kitchen", "babble"), default="kitchen",
                        help="the benchmark's kitchen noise (its published figures) or four espeak-ng talkers")
    parser.add_argument("--save-hearings", metavar="FILE", help="keep every transcript (pickle) for --replay")
    parser.add_argument("--replay", metavar="FILE", help="score transcripts saved by --save-hearings (no decoding)")
    parser.add_argument("--no-second-opinion", dest="second_opinion", action="store_false",
                        help="no free decode of hearings that get no answer (booth/voice/second_opinion.py)")
    args = parser.parse_args()

    coffee = Path(args.coffee)
    labels = labelled(coffee / "labels.json")
    files = sorted(p for p in (coffee / "clean").glob("*.flac") if p.name in labels)
    if args.n:
        files = files[:: max(1, len(files) // args.n)][: args.n]
    # A minute of babble: long enough that the random offsets rarely repeat one stretch of it.
    noise = read_audio(coffee / "noise" / "kitchen.flac") if args.noise == "kitchen" else babble(60.0, args.seed)
    snrs = [None if s in (None, "clean") else float(s) for s in (args.snr or DEFAULT_SNRS)]

    t0 = time.perf_counter()
    booth = skill_booth(Path(args.skill))
    model = load_model(args.model, download=False)
    phrases = booth.vocabulary()
    rec = Recognizer(model, phrases)
    free = FreeDecoder(model, rec.spoken) if args.second_opinion else None
    print(f"{len(files)} recordings; skill {args.skill}: {len(phrases)} grammar phrases, "
          f"{len(rec.grammar)} after the model's vocabulary; ready in {time.perf_counter() - t0:.1f} s")
    print(f"{'condition':10} {'accepted':>9} {'Rhino':>6} {'asked':>6} {'wrong':>6} {'silent':>7} "
          f"{'run time':>9} {'RTF':>6} {'final result, median/p95':>26}")
    hearings: dict | None = {} if args.save_hearings else None
    replay = None
    if args.replay:
        with open(args.replay, "rb") as f:
            replay = pickle.load(f)
    for snr in snrs:
        result = run(booth, rec, files, labels, noise, snr, args.seed, hearings, replay, free)
        name = "clean" if snr is None else f"{snr:g} dB"
        rhino = f"{RHINO[snr]:.0f}%" if snr in RHINO and args.noise == "kitchen" else ""
        lat = sorted(result.latencies)
        p95 = lat[int(0.95 * (len(lat) - 1))] if lat else 0.0
        print(f"{name:10} {result.pct(result.right):8.1f}% {rhino:>6} {result.pct(result.asked):5.1f}% "
              f"{result.pct(result.wrong):5.1f}% {result.pct(result.silent):6.1f}% {result.wall_seconds:8.1f}s "
              f"{result.audio_seconds / max(1e-9, result.wall_seconds):5.1f}x "
              f"{1000 * statistics.median(lat) if lat else 0:13.0f} / {1000 * p95:.0f} ms", flush=True)
        for miss in result.misses[: args.misses]:
            print(f"    {miss[0]}: {miss[1]} {miss[2]} heard {miss[3]!r}; label {miss[4]}")
    if hearings is not None:
        with open(args.save_hearings, "wb") as f:
            pickle.dump(hearings, f)
    accepted = out_of_domain(booth, rec, OUT_OF_DOMAIN, free=free)
    print(f"out-of-domain requests (espeak-ng voice) taken as an order: {accepted} of {len(OUT_OF_DOMAIN)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
