"""`booth board show`: the open-space board as rooms x hours, fitted to a terminal width.

Each day is printed on its own; when its rooms do not fit side by side they are split into
column groups printed one under the other, and card texts wrap inside their cell instead of
being cut, so every line fits ``width`` (a 100-column terminal, a pipe, a log).
"""

from __future__ import annotations

import re
import textwrap

CELL_WIDTH = 28  # widest a room column gets; narrower when its texts are shorter
MIN_CELL = 12
TIME_COLUMN = "time "
FOOTNOTE = "* published with the schedule (not a board card)"


def _natural(text: str):
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text or "")]


def grid_rows(spaces, cards) -> dict:
    """{day: (rooms, [(hour, {room: [cell text]})])}: the physical board, one per day."""
    days: dict = {}
    for event in spaces:
        days.setdefault(event.start.date(), []).append(event)
    out = {}
    for day, events in sorted(days.items()):
        rooms = sorted({e.room or "?" for e in events}, key=_natural)
        hours = range(min(e.start.hour for e in events), max(e.start.hour for e in events) + 1)
        rows = []
        for hour in hours:
            cells: dict[str, list[str]] = {room: [] for room in rooms}
            for event in events:
                if event.start.hour == hour:
                    mark = "" if event.id in cards else "*"
                    minute = f":{event.start:%M} " if event.start.minute else ""
                    cells[event.room or "?"].append(f"{event.id}{mark} {minute}{event.title}")
            rows.append((hour, cells))
        out[day] = (rooms, rows)
    return out


def _groups(rooms: list[str], widths: dict[str, int], width: int) -> list[list[str]]:
    """Rooms split into runs that fit side by side in ``width`` columns."""
    groups: list[list[str]] = [[]]
    used = len(TIME_COLUMN)
    for room in rooms:
        need = 3 + widths[room]  # " | " + the cell
        if groups[-1] and used + need > width:
            groups.append([])
            used = len(TIME_COLUMN)
        groups[-1].append(room)
        used += need
    return groups


def render_grid(spaces, cards, stream, width: int = 100) -> None:
    for day, (rooms, rows) in grid_rows(spaces, cards).items():
        print(f"{day:%A %d %B %Y}", file=stream)
        room_cap = max(MIN_CELL, min(CELL_WIDTH, width - len(TIME_COLUMN) - 3))
        widths = {room: max(MIN_CELL, min(room_cap, max([len(room)] + [len(t) for _h, c in rows for t in c[room]])))
                  for room in rooms}
        groups = _groups(rooms, widths, width)
        for index, group in enumerate(groups):
            if len(groups) > 1:
                print(f"rooms {index + 1} of {len(groups)}: {group[0]} .. {group[-1]}", file=stream)
            header = TIME_COLUMN + "".join(f" | {_fit(room, widths[room])}" for room in group)
            print(header.rstrip(), file=stream)
            print("-" * len(header), file=stream)
            for hour, cells in rows:
                wrapped = {room: [line for text in cells[room] for line in textwrap.wrap(text, widths[room])]
                           for room in group}
                if not any(wrapped.values()):
                    continue
                height = max(len(lines) for lines in wrapped.values())
                for line in range(height):
                    label = f"{hour:02d}:00" if line == 0 else ""
                    parts = [_fit(wrapped[r][line] if line < len(wrapped[r]) else "", widths[r]) for r in group]
                    print((f"{label:<{len(TIME_COLUMN)}}" + "".join(f" | {p}" for p in parts)).rstrip(), file=stream)
            print(file=stream)
    print(FOOTNOTE, file=stream)


def _fit(text: str, width: int) -> str:
    return (text if len(text) <= width else text[: width - 1] + "~").ljust(width)
