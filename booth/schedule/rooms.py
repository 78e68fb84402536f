"""Rooms as the schedule spells them: what staff type for a card's room, resolved.

"308" -> "Room 308"; "ballroom a" -> "Ballroom A"; "rom 308" -> "Room 308"; an unknown "323" ->
"Room 323" beside "Room 322". Numbers and lettered designators must agree exactly.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz, process

from booth.errors import ConfigError

_GENERIC = {"room", "rooms", "hall", "saal", "salon", "the"}


def resolve_room(typed: str, rooms: list[str]) -> tuple[str, bool]:
    """The conference's spelling of a room staff typed, and whether it is a known room.

    "308" -> "Room 308"; "ballroom a" -> "Ballroom A"; "rom 308" -> "Room 308". Numbers must
    agree exactly (308 never becomes 309). Unknown rooms are kept as typed: the board may use
    rooms the schedule doesn't."""
    typed = " ".join((typed or "").split())
    if not typed:
        raise ConfigError("--room is empty")
    words = _words(typed)
    by_words: dict[tuple[str, ...], str] = {}
    for room in rooms:
        by_words.setdefault(tuple(_words(room)), room)
    if tuple(words) in by_words:
        return by_words[tuple(words)], True
    core = [w for w in words if w not in _GENERIC]
    # Rooms that are the typed words plus generic words ("Room") or other room numbers
    # ("Room 310/311" for "310"); an exact core match wins over a combined room.
    containing = [room for key, room in by_words.items()
                  if core and _contains(list(key), core) and
                  all(w in _GENERIC or w in core or w.isdigit() for w in key)]
    exact = [room for room in containing if [w for w in _words(room) if w not in _GENERIC] == core]
    if len(exact) == 1 or len(containing) == 1:
        return (exact or containing)[0], True
    if len(containing) > 1:
        raise ConfigError(f"--room {typed!r} could be {', '.join(sorted(containing))}: say which")
    digits = re.findall(r"\d+", typed)
    letters = _designators(typed)
    # Numbers and lettered designators must agree: "Ballroom Z" is never Ballroom A.
    candidates = [room for room in rooms if re.findall(r"\d+", room) == digits
                  and (not letters or _designators(room) == letters)]
    scored = process.extract(typed.lower(), {r: r.lower() for r in candidates}, scorer=fuzz.ratio,
                             score_cutoff=75, limit=2)
    if len(scored) == 2 and scored[0][1] >= 85 and scored[0][1] - scored[1][1] <= 6:  # "ballroom": A or BC?
        raise ConfigError(f"--room {typed!r} could be {scored[0][2]} or {scored[1][2]}: say which")
    if scored and scored[0][1] >= 85:
        return scored[0][2], True
    return _like_the_schedule(typed, rooms), False


def _like_the_schedule(typed: str, rooms: list[str]) -> str:
    """An unknown numbered room written the way the schedule writes its numbered rooms:
    "323" or "room 323" -> "Room 323" beside "Room 322"; anything else is kept as typed."""
    number = re.fullmatch(r"(?:(?:room|rooms)\s*)?(\d+[a-z]?)", typed, re.I)
    if not number:
        return typed
    prefixes = Counter(m.group(1) for room in rooms if (m := re.fullmatch(r"(\D*?)\s*\d+[A-Za-z]?", room)))
    if not prefixes:
        return typed
    prefix = prefixes.most_common(1)[0][0].strip()
    return f"{prefix} {number.group(1).upper()}" if prefix else number.group(1).upper()


def _designators(text: str) -> list[str]:
    return [w for w in _words(text) if len(w) == 1 and w.isalpha()]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))
