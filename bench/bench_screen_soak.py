"""Soak: spoken questions through one `booth listen --input - --screen` with the screen page open
in a headless Chromium, watching the booth process's memory.

    VOSK_MODEL_PATH=../shared/models/vosk-model-small-en-us-0.15 python bench/bench_screen_soak.py [-n 500]

Raw 16 kHz PCM of espeak-ng questions (several voices, long and short lists, clarifications,
out-of-domain) is piped in one after the other; the page follows over server-sent events the
whole time. Figures: questions heard and answered, wall time, the booth's RSS after start-up,
after a warm-up of 50 questions and at the end (from /proc/PID/status). Goal: RSS drift from the
warm-up to the end under 10 MB.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booth.voice.audio import read_wav  # noqa: E402
from tests.audio_tools import question_wav, silence  # noqa: E402
from tests.screen_tools import BoothProcess, chromium, copy_data, text_of, wait_until  # noqa: E402

QUESTIONS = (
    ("what open spaces are at four", "en-us"),
    ("what talks are at three", "en"),
    ("when is lunch", "en-us"),
    ("where is the microsoft booth", "en+f3"),
    ("what is next", "en-us+m3"),
    ("what open spaces are at two", "en-us"),
    ("is there a talk about rust", "en"),
    ("what is the weather like", "en-us"),  # out of domain: the page shows the fallback
)
NOW = "2025-05-17T14:10"
WARM_UP = 50
GOAL_MB = 10.0


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--questions", type=int, default=500)
    parser.add_argument("--no-screen", action="store_true", help="the same without --screen and page (baseline)")
    args = parser.parse_args()
    pcm = [read_wav(question_wav(text, voice)) + silence(1.0).tobytes() for text, voice in QUESTIONS]

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        data = copy_data(Path(tmp))
        screen = [] if args.no_screen else ["--screen"]
        booth = BoothProcess(["listen", "--input", "-", *screen, "--mute", "-v", "--now", NOW], data,
                             stdin=subprocess.PIPE, screen=not args.no_screen)
        browser = None if args.no_screen else chromium()
        page_ok = True
        try:
            if browser is not None:
                browser.get(booth.url)
                wait_until(lambda: browser.execute_script("return document.body.dataset.connected") == "yes")
            booth.wait_for_line(r"ready to listen after")  # model and grammar loaded
            pid = booth.proc.pid
            figures = {"after start": rss_mb(pid)}
            done = lambda: sum(1 for line in booth.out if line.startswith(("Answer: ", "Question: ", "Ignored: ")))
            started = time.monotonic()

            def feed() -> None:
                for i in range(args.questions):
                    booth.proc.stdin.write(pcm[i % len(pcm)])
                    booth.proc.stdin.flush()
                    while i - done() > 4:  # stay a few questions ahead, as a queue of visitors would
                        time.sleep(0.05)
                # stdin stays open: at its end a `booth listen` without --screen exits before it is measured

            writer = threading.Thread(target=feed, daemon=True)
            writer.start()
            samples = []
            while booth.proc.poll() is None and done() < args.questions:
                count = done()
                if count >= WARM_UP and "after warm-up" not in figures:
                    figures["after warm-up"] = rss_mb(pid)
                if not samples or count - samples[-1][0] >= 50:
                    samples.append((count, rss_mb(pid)))
                    print(f"  {count:4d} questions: RSS {samples[-1][1]:.1f} MB", flush=True)
                if writer.is_alive() is False and done() == count:
                    time.sleep(2)
                    if done() == count:
                        break
                time.sleep(0.2)
            wall = time.monotonic() - started
            figures["at the end"] = rss_mb(pid)
            heard = [line[len("Heard: "):] for line in booth.out if line.startswith("Heard: ")]
            if browser is not None:
                wait_until(lambda: text_of(browser, "heard") == heard[-1], what="the page showing the last question")
        finally:
            if browser is not None:
                browser.quit()
            booth.stop()
    answered = sum(1 for line in booth.out if line.startswith("Answer: "))
    print(f"questions fed: {args.questions}; heard: {len(heard)}; answered: {answered}; "
          f"asked back: {sum(1 for line in booth.out if line.startswith('Question: '))}; "
          f"wall time {wall:.0f} s ({wall / max(1, len(heard)):.2f} s per question)")
    for name, value in figures.items():
        print(f"RSS {name}: {value:.1f} MB")
    drift = figures["at the end"] - figures.get("after warm-up", figures["after start"])
    print(f"RSS drift after warm-up: {drift:+.1f} MB (goal < {GOAL_MB:.0f} MB): {'met' if drift < GOAL_MB else 'NOT met'}")
    if not args.no_screen:
        print(f"page followed to the last question: {'yes' if page_ok else 'no'}")
    return 0 if drift < GOAL_MB and page_ok else 1


if __name__ == "__main__":
    sys.exit(main())
