"""The sane ranges every input is held to, in one table, and the checks that apply them.

A value outside these ranges is never a real conference: it is a typo, a broken export or an
attack, and letting it through ends in an OverflowError, a RecursionError or gigabytes of memory
deep inside Python. Each check raises the caller's BoothError subclass with a one-line message.
README ("Limits") lists the same numbers.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path
from typing import Any

from booth.errors import BoothError

# Dates: conferences, --now, dates in questions. Far enough from datetime's own ends (years 1 and
# 9999) that a day either side, or any UTC offset, can never overflow.
MIN_YEAR = 1900
MAX_YEAR = 2999
# One event lasts at most two weeks (a sprint week, a camp): more is a unit mix-up or garbage.
MAX_EVENT_MINUTES = 14 * 24 * 60
# Files: a real schedule is a few MB (FOSDEM's whole frab XML is 3 MB).
MAX_FILE_BYTES = 64 * 1024 * 1024
# Parsed YAML/JSON: real files nest under 10 levels; the expanded size counts every alias
# ("billion laughs") as the copies it stands for.
MAX_DEPTH = 40
MAX_NODES = 5_000_000
# Events in one conference (FOSDEM has ~900; a generated 100,000-event file is still accepted).
MAX_EVENTS = 200_000
# Sentence templates in intents: a sentence, not a document.
MAX_TEMPLATE_CHARS = 1000
MAX_TEMPLATE_DEPTH = 8
# Text for `booth say`: about an hour of speech.
MAX_SPEECH_CHARS = 60_000


def confined(folder: Path, name: str) -> Path | None:
    """``folder / name`` if that stays inside ``folder`` (after symlinks and ".."), else None:
    a path read from a data file must not make Booth write elsewhere."""
    base = Path(folder).resolve()
    target = (base / name).resolve()
    return Path(folder) / name if target != base and target.is_relative_to(base) else None


def year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def date_ok(value: date | datetime) -> bool:
    return year_ok(value.year)


def date_range_text() -> str:
    return f"dates must be in the years {MIN_YEAR}-{MAX_YEAR}"


def minutes_ok(value: Any) -> bool:
    """A duration in minutes: a finite, non-negative number of at most MAX_EVENT_MINUTES."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value) and 0 <= value <= MAX_EVENT_MINUTES


def check_file_size(path: Path, error: type[BoothError]) -> None:
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # the read that follows reports it
    if size > MAX_FILE_BYTES:
        raise error(f"file too large ({size // (1024 * 1024)} MB; the limit is "
                    f"{MAX_FILE_BYTES // (1024 * 1024)} MB)", path)


def check_tree(tree: Any, path: Path | str, error: type[BoothError]) -> None:
    """Refuse parsed YAML/JSON nested deeper than MAX_DEPTH or expanding past MAX_NODES.

    Iterative, and each shared (aliased) node is measured once, so the check itself is cheap
    on exactly the inputs it refuses."""
    sizes: dict[int, int] = {}
    depths: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[Any, bool]] = [(tree, False)]
    while stack:
        node, done = stack.pop()
        if not isinstance(node, (dict, list)) or (id(node) in sizes and not done):
            continue
        children = list(node.values()) if isinstance(node, dict) else node
        containers = [c for c in children if isinstance(c, (dict, list))]
        if not done:
            if id(node) in visiting:
                raise error("a value contains itself (recursive alias)", path)
            visiting.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in containers if id(child) not in sizes)
            continue
        visiting.discard(id(node))
        size = 1 + len(children) + sum(sizes.get(id(c), 0) for c in containers)
        depth = 1 + max((depths.get(id(c), 0) for c in containers), default=0)
        if depth > MAX_DEPTH:
            raise error(f"nested more than {MAX_DEPTH} levels deep", path)
        if size > MAX_NODES:
            raise error(f"expands to over {MAX_NODES:,} values (aliases repeated?)", path)
        sizes[id(node)], depths[id(node)] = size, depth
