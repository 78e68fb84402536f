"""Grammar build time and memory as the schedule grows, and start -> listening of `booth listen`.

    VOSK_MODEL_PATH=../shared/models/vosk-model-small-en-us-0.15 python bench/bench_grammar.py
    taskset -c 0 python bench/bench_grammar.py      # one core, a stand-in for a Raspberry Pi

Schedules of 367 (PyCon US 2025 as shipped), 1,000 and 2,000 events: the bigger ones are made from
the shipped one, with each copy's titles, speakers and rooms made new by mixing words of other
titles and names (so the vocabulary grows as a real schedule's would, including words the speech
model lacks). Each size is measured in a fresh process: whole-sentence phrases, spoken forms
(cached on disk after the first run: both cold and warm are shown), the Vosk grammar compile,
and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("pycon-us-2025", "pycon-us-2017")  # the conferences in data/
sys.path.insert(0, str(ROOT))


def grown(conference, size: int, seed: int = 0):
    rng = random.Random(seed)
    events = list(conference.events)
    title_words = [w for e in conference.events for w in e.title.split()]
    names = [n for e in conference.events for n in e.speakers]
    firsts, lasts = [n.split()[0] for n in names if " " in n], [n.split()[-1] for n in names if " " in n]
    rooms = [f"Room {n}" for n in range(100, 140)]
    n = 0
    while len(events) < size:
        base = conference.events[n % len(conference.events)]
        n += 1
        title = " ".join(rng.sample(title_words, rng.randint(3, 7)))
        speakers = tuple(f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in base.speakers)
        events.append(replace(base, id=f"{base.id}-copy{n}", title=title, speakers=speakers, room=rng.choice(rooms)))
    return replace(conference, events=tuple(events))


def measure(size: int) -> dict:
    """In this (fresh) process: build everything a listener builds for a schedule of ``size`` events."""
    import resource

    from booth.pipeline import Booth
    from booth.settings import Settings
    from booth.voice import grammar
    from booth.voice.recognizer import Recognizer, load_model

    out: dict = {"size": size}
    started = time.perf_counter()
    booth = Booth(Settings(conference="pycon-us-2025"))
    conference = grown(booth.conference, size)
    booth.store.current = lambda: conference  # the grown schedule in place of the shipped one
    booth.refresh()
    out["schedule_s"] = time.perf_counter() - started
    t = time.perf_counter()
    parts = grammar.grammar_parts(booth.intents, booth.lexicon, booth.conference)
    out["sentences_s"] = time.perf_counter() - t
    out["phrases"] = len(parts.questions)
    t = time.perf_counter()
    model = load_model()
    out["model_s"] = time.perf_counter() - t
    t = time.perf_counter()
    rec = Recognizer(model, parts.phrases(), hand_written=booth.intents.spoken)
    out["grammar_s"] = time.perf_counter() - t  # spoken forms + phrase rewrite + Vosk compile
    t = time.perf_counter()
    rec.reset()
    out["reset_s"] = time.perf_counter() - t
    out["missing_words"] = len(rec.spoken.forms) if rec.spoken else 0
    out["total_s"] = time.perf_counter() - started
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def start_to_listening(conference: str) -> tuple[float, float, float]:
    """A fresh `booth listen` on a file of silence: launch -> "[listening]" (wall seconds), the CPU
    seconds it had used by then (user + system; on a loaded machine the figure to compare, since
    waiting for a core does not count), and its peak RSS."""
    from tests.audio_tools import silence, write_pcm

    tmp = Path(tempfile.mkdtemp())
    wav = write_pcm(tmp / "silence.wav", silence(2.0))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "booth", "listen", "--conference", conference, "--input", str(wav),
                             "--mute", "--realtime"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    elapsed = cpu = peak = float("nan")
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("[listening]"):
            elapsed = time.perf_counter() - started
            try:
                stat = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
                cpu = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
                status = Path(f"/proc/{proc.pid}/status").read_text()
                peak = int(next(x for x in status.splitlines() if x.startswith("VmHWM")).split()[1]) / 1024
            except (OSError, StopIteration):
                pass
            break
    proc.kill()
    proc.wait()
    return elapsed, cpu, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="367,1000,2000")
    parser.add_argument("--starts", type=int, default=5, help="fresh `booth listen` starts to time (default 5)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process: one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return 0
    print(f"{'events':>6} {'phrases':>8} {'lacking':>7} {'schedule':>8} {'sentences':>9} {'model':>6} "
          f"{'grammar':>8} {'total':>6} {'peak RSS':>9}  spoken-form cache")
    for size in (int(s) for s in args.sizes.split(",") if s):  # --sizes "": the starts only
        for cache in ("cold", "warm"):
            env = dict(os.environ)
            if cache == "cold":
                env["XDG_CACHE_HOME"] = tempfile.mkdtemp()
                cold_home = env["XDG_CACHE_HOME"]
            else:
                env["XDG_CACHE_HOME"] = cold_home
            run = subprocess.run([sys.executable, __file__, "--one", str(size)], env=env, capture_output=True,
                                 text=True, check=True)
            r = json.loads(run.stdout.strip().splitlines()[-1])
            print(f"{r['size']:6} {r['phrases']:8} {r['missing_words']:7} {r['schedule_s']:7.2f}s {r['sentences_s']:8.2f}s "
                  f"{r['model_s']:5.2f}s {r['grammar_s']:7.2f}s {r['total_s']:5.2f}s {r['peak_rss_mb']:7.0f} MB  {cache}",
                  flush=True)
    for conference in SHIPPED:
        runs = [start_to_listening(conference) for _ in range(args.starts)]
        for what, n in (("wall", 0), ("CPU", 1)):
            figures = sorted(run[n] for run in runs)
            print(f"booth listen --conference {conference}: start -> listening, {what} median "
                  f"{statistics.median(figures):.2f} s (min {figures[0]:.2f}, max {figures[-1]:.2f}, {len(runs)} starts)")
        print(f"  peak RSS {max(run[2] for run in runs):.0f} MB")
    print(f"load average: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
