"""Text pipeline figures: questions per second through match + answer over the intent fixtures,
cold start of one `booth ask`, and intent accuracy on the fixtures. Prints its figures.

    python bench/bench_text.py
"""

from __future__ import annotations

import os
import platform
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


def throughput(booths: dict, cases) -> tuple[float, float]:
    """(questions per second, intent accuracy) over every fixture sentence, three passes."""
    correct = 0
    for case in cases:
        reply = booths[(case.conference, case.now)].ask(case.sentence)
        correct += reply.intent == case.expect.intent
    start = time.perf_counter()
    passes = 3
    for _ in range(passes):
        for case in cases:
            booths[(case.conference, case.now)].ask(case.sentence)
    elapsed = time.perf_counter() - start
    return passes * len(cases) / elapsed, correct / len(cases)


def cold_start(runs: int = 7) -> list[float]:
    """Wall time of a whole `python -m booth ask ...` process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "booth", "ask", "what open spaces are at three", "--now",
                        "2025-05-17T10:00"], check=True, capture_output=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def bare_python(runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    cases = load_fixtures(ROOT / "tests" / "intents").cases
    booths = {}
    for case in cases:
        key = (case.conference, case.now)
        if key not in booths:
            booths[key] = Booth(Settings(conference=case.conference, now=case.now))
    qps, accuracy = throughput(booths, cases)
    colds = cold_start()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"fixture sentences: {len(cases)}")
    print(f"intent accuracy on fixtures: {accuracy:.1%}")
    print(f"match + answer: {qps:.0f} questions/s (batch, one core)")
    print(f"cold start `booth ask`: median {statistics.median(colds):.3f} s, min {min(colds):.3f} s "
          f"(bare python -c pass: {bare_python():.3f} s)")


if __name__ == "__main__":
    main()
