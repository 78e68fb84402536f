"""The one table of event kinds: every fact Booth keeps about a kind, in one row.

How visitors *say* a kind is the skill's YAML (``slots: kind:`` in intents/slots.yaml, checked
against this table); which words of a foreign schedule format mean a kind is the importers'
vocabulary (booth.schedule.sources.common.KIND_WORDS, also checked against it)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class DayKind(str, Enum):
    """What a day with events of this kind is (the importer labels a conference's days)."""

    MAIN = "main"
    TUTORIALS = "tutorials"
    SPRINTS = "sprints"
    NONE = ""


@dataclass(frozen=True)
class Kind:
    name: str
    singular: str  # as an answer says one ("lightning talks session")
    plural: str
    also: tuple[str, ...] = ()  # kinds a question for this one finds too ("talks" finds charlas)
    day: DayKind = DayKind.NONE
    pycon: bool = False  # PyCon's conference.json uses this very name
    by_title: bool = False  # a generic source type becomes this kind when the title starts with it ("Keynote - ...")
    # Events of this kind are about something; a break or a meal is about nothing, so words beside
    # "coffee" or "lunch" that no title has are chatter ("brb getting coffee"), not a missing subject.
    has_subject: bool = True


KIND_TABLE: tuple[Kind, ...] = (
    Kind("talk", "talk", "talks", also=("charla",), day=DayKind.MAIN, pycon=True),
    Kind("tutorial", "tutorial", "tutorials", day=DayKind.TUTORIALS, pycon=True),
    Kind("keynote", "keynote", "keynotes", day=DayKind.MAIN, by_title=True),
    Kind("open-space", "open space", "open spaces"),
    Kind("lightning-talks", "lightning talks session", "lightning talks sessions", day=DayKind.MAIN, pycon=True,
         by_title=True),
    Kind("sponsor-workshop", "sponsor workshop", "sponsor workshops", day=DayKind.TUTORIALS, pycon=True),
    Kind("summit", "summit", "summits", day=DayKind.TUTORIALS, pycon=True),
    Kind("charla", "charla", "charlas", day=DayKind.MAIN, pycon=True),
    Kind("poster", "poster", "posters", day=DayKind.MAIN, pycon=True),
    Kind("event", "event", "events", also=("summit",), pycon=True),
    Kind("break", "break", "breaks", by_title=True, has_subject=False),
    Kind("meal", "meal", "meals", by_title=True, has_subject=False),
    Kind("sprint", "sprint", "sprints", day=DayKind.SPRINTS),
    Kind("info", "notice", "notices"),  # zero-length notices: "registration desk opens"
)

KINDS: tuple[str, ...] = tuple(k.name for k in KIND_TABLE)
BY_NAME: dict[str, Kind] = {k.name: k for k in KIND_TABLE}


def kinds_of(kind: str | None) -> set[str] | None:
    """The event kinds a question about ``kind`` is answered from (None: every kind)."""
    if not kind:
        return None
    row = BY_NAME.get(kind)
    return {kind, *(row.also if row else ())}


def marking(day: DayKind) -> set[str]:
    """Kinds whose events make a day a main, tutorial or sprint day."""
    return {k.name for k in KIND_TABLE if k.day is day}


def is_of(event, kinds: set[str] | None) -> bool:
    """Whether ``event`` answers a question about ``kinds`` (from kinds_of; None: any kind). A
    lightning talks slot in a track is one of that track's talks (FOSDEM's devrooms list them as
    talks); PyCon's plenary "Lightning Talks" session, in no track, is not a talk."""
    if kinds is None or event.kind in kinds:
        return True
    return event.kind == "lightning-talks" and "talk" in kinds and bool(event.track)
