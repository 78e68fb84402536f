"""Cold-start cost of the schedule: import time and load time of each shipped conference.

Run: python bench/bench_schedule.py   (each measurement in a fresh interpreter, median of 5)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import time
t0 = time.perf_counter()
from pathlib import Path
from booth.schedule.store import ScheduleStore, list_conferences, load_conference
t1 = time.perf_counter()
c = load_conference(Path({data!r}), {name!r})
t2 = time.perf_counter()
store = ScheduleStore(Path({data!r}), {name!r})
t3 = time.perf_counter()
for _ in range(1000):
    store.current()
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, (t4 - t3) / 1000, len(c.events))
"""


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from booth.schedule.store import list_conferences

    data = ROOT / "data"
    for name in list_conferences(data):
        runs = []
        for _ in range(5):
            out = subprocess.run([sys.executable, "-c", PROBE.format(data=str(data), name=name)], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.split()
            runs.append([float(x) for x in out[:3]] + [int(out[3])])
        imp, load, check = (statistics.median(r[i] for r in runs) for i in range(3))
        print(f"{name}: {runs[0][3]} events; import {imp * 1000:.0f} ms, load {load * 1000:.0f} ms, "
              f"store.current() unchanged {check * 1e6:.0f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
