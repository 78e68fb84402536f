"""Scale: load time, per-question time and memory for PyCon US 2025, FOSDEM 2026 and a
generated 10,000-event conference (plus 20,000 and 40,000 to show memory grows linearly).

    python bench/bench_scale.py [--sizes 10000,20000,40000] [--fosdem PATH]

Each conference is measured in fresh processes: `parse` is Booth() up to its first answer
with an empty schedule cache (the file is parsed), `load` the same from the cache; `1st ask`
the median over the questions below asked for the first time (a topic question builds the topic
index then), `ask` and `max` the median and slowest when they are asked again, `RSS` the
process's peak resident memory (VmHWM). `booth ask` is the wall time of a whole
`python -m booth ask "what talks are at three"` process, median of 5, `its cpu` that process's
user + system CPU time (steadier than wall time on a busy machine).
FOSDEM is imported (`booth import`) into a temporary copy of data/; the generated conference is
written in the booth-yaml format, 40 rooms over 4 days, titles and speakers from word lists.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOSDEM = ROOT.parent / "shared" / "data" / "formats" / "frab-xml" / "fosdem-2026_schedule.xml"
QUESTIONS = [
    "what talks are at three", "what is on in {room} at eleven", "when is the talk about {topic}",
    "when does {speaker} speak", "what is next in {room}", "any talks on the second day at four",
    "is there anything about {topic} tomorrow", "what is on now", "where is lunch", "how many talks are at two",
    "what open spaces are at three", "tell me about {topic}",
]
PROBE = """
import json, statistics, sys, time
t0, c0 = time.perf_counter(), time.process_time()
from booth.pipeline import Booth
from booth.settings import Settings
booth = Booth(Settings(data_dir={data!r}, conference={name!r}, now={now!r}))
first = booth.ask("what is on now")
t1, c1 = time.perf_counter(), time.process_time()
passes = []
for _ in range(2):  # the first pass builds what questions build lazily (topic index, lists)
    times = []
    for text in {questions!r}:
        start = time.perf_counter()
        booth.ask(text)
        times.append(time.perf_counter() - start)
    passes.append(times)
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({{"load": t1 - t0, "load_cpu": c1 - c0, "first": statistics.median(passes[0]), "first_max": max(passes[0]),
                   "ask": statistics.median(passes[1]), "ask_max": max(passes[1]),
                   "events": len(booth.conference.events), "rss_kb": hwm}}))
"""

WORDS = ("python rust async data cloud kernel compiler database graph security testing packaging web "
         "browser mobile linux embedded robotics audio video maps science climate education community "
         "design performance memory networking storage containers observability privacy machine learning "
         "notebooks typing parsing streaming search accessibility documentation history legal energy").split()
FIRST = "Ada Alan Grace Linus Guido Barbara Ken Dennis Margaret Radia Frances Donald Edsger John Leslie".split()
LAST = "Lovelace Turing Hopper Torvalds Rossum Liskov Thompson Ritchie Hamilton Perlman Allen Knuth Dijkstra".split()


def generate(folder: Path, events: int, seed: int = 1) -> dict:
    """A booth-yaml conference of ``events`` events; returns sample words for the questions."""
    rng = random.Random(seed)
    rooms = [f"Room {100 + i}" for i in range(40)]
    days = [date(2026, 3, 5) + timedelta(days=i) for i in range(4)]
    lines = ["events:"]
    slots = [(day, hour, minute) for day in days for hour in range(9, 19) for minute in (0, 30)]
    for n in range(events):
        day, hour, minute = slots[n % len(slots)] if n < len(slots) * len(rooms) else rng.choice(slots)
        room = rooms[(n // len(slots)) % len(rooms)]
        title = " ".join(rng.sample(WORDS, 3)).capitalize() + f" {n}"
        speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}{n % 97}"
        kind = "talk" if n % 10 else rng.choice(["tutorial", "open-space", "lightning-talks"])
        lines += [f"  - title: {title}", f"    kind: {kind}", f"    day: {day.isoformat()}",
                  f'    start: "{hour:02d}:{minute:02d}"', "    duration: 25", f"    room: {room}",
                  f"    speakers: [{speaker}]", f"    description: A talk about {' and '.join(rng.sample(WORDS, 4))}."]
    folder.mkdir(parents=True)
    (folder / "schedule.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "conference.yaml").write_text(
        f"title: Generated {events}\ntimezone: Europe/Berlin\ndays:\n  main: [{', '.join(d.isoformat() for d in days)}]\n"
        "sources:\n  - file: schedule.yaml\n    format: booth-yaml\nboard: open-spaces.yaml\n", encoding="utf-8")
    return {"room": rooms[7].lower(), "topic": "kernel compiler", "speaker": f"{FIRST[3]} {LAST[3]}"}


def questions(sample: dict) -> list[str]:
    return [q.format(**sample) for q in QUESTIONS]


def measure(data: Path, name: str, now: str, sample: dict) -> dict:
    code = PROBE.format(data=str(data), name=name, now=now, questions=questions(sample))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def whole_process(data: Path, name: str, now: str, runs: int = 5) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of a whole `booth ask` process."""
    import resource

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "booth", "ask", "what talks are at three", "--data", str(data),
                        "--conference", name, "--now", now], check=True, capture_output=True, env=env, cwd=ROOT)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,20000,40000", help="generated conference sizes")
    parser.add_argument("--fosdem", default=str(FOSDEM), help="FOSDEM 2026 frab XML")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"{datetime.now():%Y-%m-%d %H:%M}, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BOOTH_CACHE"] = str(Path(tmp) / "cache")  # start cold, leave ~/.cache alone
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data)
        rows = [("PyCon US 2025", "pycon-us-2025", "2025-05-17T10:00",
                 {"room": "room 308", "topic": "flask", "speaker": "lukasz langa"})]
        if Path(args.fosdem).is_file():
            subprocess.run([sys.executable, "-m", "booth", "import", args.fosdem, "--conference", "fosdem-2026",
                            "--data", str(data)], check=True, capture_output=True, cwd=ROOT)
            rows.append(("FOSDEM 2026", "fosdem-2026", "2026-01-31T14:00",
                         {"room": "janson", "topic": "rust", "speaker": "lennart poettering"}))
        for size in (int(s) for s in args.sizes.split(",") if s):
            sample = generate(data / f"generated-{size}", size)
            rows.append((f"generated {size:,}", f"generated-{size}", "2026-03-06T10:00", sample))
        print(f"{'conference':18} {'events':>7} {'parse s':>7} {'load s':>7} {'load cpu':>8} {'1st ask ms':>10} "
              f"{'ask ms':>7} {'max ms':>7} {'RSS MB':>7} {'booth ask s':>11} {'its cpu s':>9}")
        for label, name, now, sample in rows:
            cold = measure(data, name, now, sample)  # parses and fills the schedule cache
            warm = measure(data, name, now, sample)
            wall, cpu = whole_process(data, name, now)
            print(f"{label:18} {warm['events']:>7} {cold['load']:>7.2f} {warm['load']:>7.2f} {warm['load_cpu']:>8.2f} "
                  f"{warm['first'] * 1000:>10.1f} {warm['ask'] * 1000:>7.1f} {warm['ask_max'] * 1000:>7.1f} "
                  f"{warm['rss_kb'] / 1024:>7.0f} {wall:>11.2f} {cpu:>9.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
