"""How much of a schedule the recognizer can hear: the share of titles, speakers, sponsors and
rooms every word of which is in the speech model's vocabulary or has a spoken form
(``booth check --voice``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from booth.voice.grammar import words_to_hear
from booth.voice.vocabulary import SpokenForms, spoken_forms, words_of

REPORTED = ("titles", "speakers", "sponsors", "rooms", "kinds", "templates")


@dataclass(frozen=True)
class Share:
    what: str
    heard: int
    total: int
    missing: tuple[str, ...] = ()  # names with a word that cannot be said at all
    respelled: int = 0  # names heard through a sound-alike spelling

    @property
    def percent(self) -> float:
        return 100.0 * self.heard / self.total if self.total else 100.0


@dataclass(frozen=True)
class Coverage:
    conference: str
    shares: tuple[Share, ...]
    forms: dict[str, str] = field(default_factory=dict)  # missing word -> spoken form used

    @property
    def complete(self) -> bool:
        return all(s.heard == s.total for s in self.shares)


def coverage(booth, vocabulary) -> Coverage:
    """Coverage of ``booth``'s current conference by a model with this vocabulary."""
    names = words_to_hear(booth.conference, booth.intents, booth.lexicon)
    words = schedule_words(booth)
    table: SpokenForms = spoken_forms(vocabulary, words, booth.intents.spoken, avoid={w for w in words if w in vocabulary})
    shares = []
    for what in REPORTED:
        group = names[what]
        missing = tuple(n for n in group if not all(table.sayable(w) or w.isdigit() for w in words_of(n)))
        respelled = sum(1 for n in group if any(w in table.forms for w in words_of(n)))
        shares.append(Share(what, len(group) - len(missing), len(group), missing, respelled))
    return Coverage(booth.conference.name, tuple(shares), dict(table.forms))


def schedule_words(booth) -> set[str]:
    names = words_to_hear(booth.conference, booth.intents, booth.lexicon)
    return {w for group in names.values() for name in group for w in words_of(name)}


def report(result: Coverage) -> list[str]:
    lines = [f"{result.conference}: what the recognizer can hear ({len(result.forms)} words by a sound-alike spelling)"]
    for share in result.shares:
        line = f"  {share.what:9} {share.percent:5.1f}%  {share.heard} of {share.total}"
        if share.respelled:
            line += f" ({share.respelled} through sound-alike spellings)"
        lines.append(line)
        lines.extend(f"    cannot be said: {name}" for name in share.missing[:10])
    return lines
