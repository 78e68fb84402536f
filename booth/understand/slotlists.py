"""Slot lists written in YAML (``slots:`` in intents/*.yaml), beside the built-in slots.

    slots:
      size:                          # canonical value: its spoken forms
        small: [small, twelve ounce]
        large: [large, big]
      roast: [light roast, dark roast]   # a plain list: each value is its own spoken form
      guests: {range: [1, 12]}       # whole numbers 1..12 (also "1..12"), said "three" or "3"; value 3
      level: {from_schedule: sponsor_level}   # drawn from the schedule (see SCHEDULE_FIELDS)

The matcher finds these values like the built-in slots (exact spoken forms, before times, so
"twelve ounce" is a size and not noon) and answers and ``--json`` get the canonical value."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from booth.answer.spoken import number_words
from booth.errors import IntentError
from booth.schedule.model import Conference
from booth.yamlfile import LineDict, LineList, line_of

# Slots the matcher fills itself; a YAML list may not take these names (kind has its own list).
BUILT_IN = ("kind", "time", "room", "topic", "speaker", "sponsor", "ordinal", "sponsor_level", "track")
NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_RANGE = re.compile(r"\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*")
MAX_RANGE = 1000  # values of one range: more is an authoring slip ("1..100000")


def _rooms(conference: Conference) -> list[tuple[str, str]]:
    from booth.understand.slots import room_forms, split_rooms

    rooms = sorted({part for e in conference.events for part in split_rooms(e.room)})
    return [(form, room) for room in rooms for form in room_forms(room)]


def _speakers(conference: Conference) -> list[tuple[str, str]]:
    names = sorted({s.strip() for e in conference.events for s in e.speakers if s.strip()})
    return [(name, name) for name in names]


def _sponsors(conference: Conference) -> list[tuple[str, str]]:
    from booth.understand.slots import sponsor_forms

    return [(form, s.name) for s in conference.sponsors for form in sponsor_forms(s.name)]


def _levels(conference: Conference) -> list[tuple[str, str]]:
    return [(level, level) for level in sorted({s.level for s in conference.sponsors if s.level})]


def _titles(conference: Conference) -> list[tuple[str, str]]:
    from booth.answer.spoken import short_title

    return [(short_title(e.title), e.title) for e in conference.events if e.kind != "info"]


# from_schedule: field -> (spoken form, canonical value) pairs of the loaded conference.
SCHEDULE_FIELDS: dict[str, Callable[[Conference], list[tuple[str, str]]]] = {
    "room": _rooms,
    "speaker": _speakers,
    "sponsor": _sponsors,
    "sponsor_level": _levels,
    "title": _titles,
}


@dataclass(frozen=True)
class SlotList:
    name: str
    values: tuple[tuple[str, Any], ...] = ()  # (spoken form, canonical value)
    from_schedule: str | None = None
    path: str = ""
    line: int = 0

    def forms(self, conference: Conference | None) -> list[tuple[str, Any]]:
        if self.from_schedule is not None:
            return SCHEDULE_FIELDS[self.from_schedule](conference) if conference is not None else []
        return list(self.values)


@dataclass
class SlotLists:
    lists: dict[str, SlotList] = field(default_factory=dict)

    def names(self) -> tuple[str, ...]:
        return tuple(self.lists)


def _strings(node, path, line, what) -> list[str]:
    if isinstance(node, (str, int)) and not isinstance(node, bool):
        return [str(node)]
    if not isinstance(node, list) or not node or not all(isinstance(x, (str, int)) for x in node):
        raise IntentError(f"{what} must be a non-empty list of words", path, line)
    return [str(x) for x in node]


def _range(spec, path, line, name) -> list[tuple[str, Any]]:
    if isinstance(spec, str) and _RANGE.fullmatch(spec):
        low, high = (int(x) for x in _RANGE.fullmatch(spec).groups())  # type: ignore[union-attr]
    elif isinstance(spec, list) and len(spec) == 2 and all(isinstance(x, int) for x in spec):
        low, high = spec
    else:
        raise IntentError(f"slot '{name}': range must be [low, high] or \"low..high\" (whole numbers)", path, line)
    if high < low or high - low >= MAX_RANGE or low < 0:
        raise IntentError(f"slot '{name}': range {low}..{high} must go up, from 0, with at most {MAX_RANGE} values",
                          path, line)
    return [(form, n) for n in range(low, high + 1) for form in (str(n), number_words(n))]


def load_slot_list(name: str, node, path, line: int) -> SlotList:
    """One ``slots:`` entry other than kind."""
    if not NAME.fullmatch(str(name)):
        raise IntentError(f"slot name '{name}': letters, digits and _ only, starting with a letter", path, line)
    if name in BUILT_IN:
        raise IntentError(f"'{name}' is a built-in slot; give the list another name", path, line)
    if isinstance(node, LineDict) and ("range" in node or "from_schedule" in node):
        if len(node) != 1:
            raise IntentError(f"slot '{name}': range: or from_schedule: stands alone", path, line)
        if "range" in node:
            return SlotList(name, tuple(_range(node["range"], path, node.line_of("range"), name)), None, str(path), line)
        source = node["from_schedule"]
        if source not in SCHEDULE_FIELDS:
            raise IntentError(f"slot '{name}': from_schedule must be one of {', '.join(SCHEDULE_FIELDS)}, "
                              f"not '{source}'", path, node.line_of("from_schedule"))
        return SlotList(name, (), source, str(path), line)
    values: list[tuple[str, Any]] = []
    if isinstance(node, LineDict):
        for value, spoken in node.items():
            for form in _strings(spoken, path, node.line_of(value), f"spoken forms of '{name}: {value}'"):
                values.append((form, str(value)))
    elif isinstance(node, list):
        for index, value in enumerate(_strings(node, path, line, f"slot '{name}'")):
            values.append((value, value.strip()))
            if not value.strip():
                raise IntentError(f"slot '{name}': empty value", path,
                                  node.line_of(index) if isinstance(node, LineList) else line)
    else:
        raise IntentError(f"slot '{name}' must map values to spoken forms, list values, or be "
                          "{range: [low, high]} / {from_schedule: field}", path, line_of(node) or line)
    return SlotList(name, tuple(values), None, str(path), line)


def add_to_lexicon(lexicon, slot_lists: SlotLists, conference: Conference | None) -> None:
    for slot in slot_lists.lists.values():
        for form, value in slot.forms(conference):
            lexicon.add(slot.name, form, value)
