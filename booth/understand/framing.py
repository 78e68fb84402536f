"""How a question frames its slots, beyond finding them: two kinds joined ("tutorials and talks"),
a track's bare name before a kind ("the second rust talk"), and the conference's own name at the
end ("python talks at fosdem"), which says where every answer is anyway."""

from __future__ import annotations

from booth.understand.slots import Found
from booth.understand.wording import TOPIC_GLUE


def either_kind(tokens: list[str], found: list[Found]) -> list[Found]:
    """ "trey hunner's tutorials and talks": two kinds joined are one slot of no kind in particular
    (every event), not the first kind with the second dropped."""
    kinds = sorted((f for f in found if f.slot == "kind"), key=lambda f: f.first)
    for one, other in zip(kinds, kinds[1:]):
        if tokens[one.last:other.first] in (["and"], ["or"]) and one.value != other.value:
            joined = Found("kind", "", one.first, other.last, min(one.score, other.score))
            return [f for f in found if f is not one and f is not other] + [joined]
    return found


def tracks_before_kinds(tokens: list[str], found: list[Found], bare_tracks: dict[str, str], vocabulary: set[str],
                        listed: tuple[str, ...]) -> list[Found]:
    """ "the second rust talk", "last python talk today": a track's bare name right before a kind
    word is that track (the way "the rust devroom" is), not a subject searched for."""
    if not bare_tracks or any(f.slot == "track" for f in found):
        return found
    for kind in (f for f in found if f.slot == "kind"):
        for size in (3, 2, 1):
            first = kind.first - size
            track = bare_tracks.get(" ".join(tokens[first:kind.first])) if first >= 0 else None
            if track is None:
                continue
            if first > 0 and not _may_lead_track(tokens[first - 1], first - 1, found, vocabulary):
                continue  # "the state of go talk", "python in rust talk": the name goes on a title
            span = set(range(first, kind.first))
            kept = [f for f in found if not span & set(range(f.first, f.last))]
            if len(kept) < len(found) - 1 or any(f.slot in listed for f in found if f not in kept):
                continue  # the words are already a room or a listed name
            return kept + [Found("track", track, first, kind.first, 100.0)]
    return found


def _may_lead_track(word: str, at: int, found: list[Found], vocabulary: set[str]) -> bool:
    """A word before a track's bare name that leaves it the track: a slot ("second", "today") or
    a question's own word ("what", "the"), not a title's joining word ("of", "in")."""
    if any(f.first <= at < f.last for f in found):
        return True
    return word == "the" or (word in vocabulary and word not in TOPIC_GLUE)


# Said at the end of a question, these say where every answer is anyway.
_SCOPE_TAILS = (("in", "any", "room"), ("in", "any", "of", "the", "rooms"), ("in", "any", "rooms"), ("anywhere",),
                ("at", "this", "conference"), ("at", "this", "the", "conference"), ("this", "time", "around"))


def without_scope(tokens: list[str], conference_words: frozenset[str], vocabulary: set[str],
                  kind_words: frozenset[str] = frozenset()) -> list[str]:
    """ "python talks at fosdem": the conference's own name at the end says where, which every
    answer is about anyway. A name the intents use themselves ("is X at pycon") stays. The own name
    may already read "the conference" (pipeline.own_name_alias): after a kind ("go talks at the
    conference") that too is only the scope; after a person ("is guido at the conference") it is
    the question."""
    for tail in _SCOPE_TAILS:
        if len(tokens) > len(tail) + 1 and tuple(tokens[-len(tail):]) == tail:
            return tokens[:-len(tail)]  # "what's on at eleven thirty, in any room"
    if len(tokens) > 4 and tokens[-3:-1] == ["at", "this"] and tokens[-1] in conference_words:
        return tokens[:-3]  # "what is glyph doing at this pycon"
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i] not in ("at", "during"):
            continue
        named = tokens[i + 1:]
        if all(t in conference_words for t in named) and any(t.isalpha() and t not in vocabulary for t in named):
            return tokens[:i]
        if named == ["the", "conference"] and tokens[i - 1] in kind_words:
            return tokens[:i]
        break
    return tokens
