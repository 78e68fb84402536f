"""Slot values in a token list: the schedule's rooms, speakers, sponsors, kinds and tracks (the
table is built in lexicon.py), found exactly, by a close spelling or by sound, and list positions
("the second one")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from booth.understand.lexicon import (
    COMMON_WORDS,
    LETTER_NAMES,
    Lexicon,
    build_lexicon,
    room_forms,
    sound_key,
    split_rooms,
    sponsor_forms,
    sponsor_parts,
)
from booth.understand.numbers import ORDINAL_UNITS, UNITS
from booth.understand.text import fold, tokenize
from booth.understand.tuning import TUNING, Tuning

__all__ = ["COMMON_WORDS", "LETTER_NAMES", "Found", "Lexicon", "build_lexicon", "find_ordinal", "find_rooms",
           "ordinal_in_title",
           "find_slots", "room_forms", "sound_key", "split_rooms", "sponsor_forms", "sponsor_parts"]


@dataclass(frozen=True)
class Found:
    slot: str
    value: str | int  # canonical: "Room 308", "Lukasz Langa", "Microsoft", "open-space"; an ordinal: its number
    first: int
    last: int  # token span [first, last)
    score: float


def _exact(lexicon: Lexicon, tokens: list[str], taken: set[int], slots: tuple[str, ...] | None = None) -> list[Found]:
    found: list[Found] = []
    n = len(tokens)
    lists = [(slot, forms) for slot, forms in lexicon.forms.items() if slots is None or slot in slots]
    for first in range(n):
        for size in range(min(lexicon.max_words, n - first), 0, -1):
            span = range(first, first + size)
            if any(i in taken for i in span):
                continue
            phrase = " ".join(tokens[first:first + size])
            for slot, forms in lists:
                value = forms.get(phrase)
                if value is not None:
                    found.append(Found(slot, value, first, first + size, 100.0 + size))
    return found


def _fuzzy(lexicon: Lexicon, tokens: list[str], taken: set[int], slots: tuple[str, ...],
           vocabulary: set[str], tuning: Tuning = TUNING) -> list[Found]:
    """Recognizer slips in names: sound-alike keys, then close spellings (long words only).
    A span never starts or ends with a word of the questions themselves ("is lukasz langa")."""
    found: list[Found] = []
    n = len(tokens)
    for first in range(n):
        for size in (3, 2, 1):
            if first + size > n or any(i in taken for i in range(first, first + size)):
                continue
            words = tokens[first:first + size]
            if words[0] in vocabulary or words[-1] in vocabulary:
                continue
            if size == 1 and (len(words[0]) < 4 or words[0] in COMMON_WORDS):
                continue
            phrase = " ".join(words)
            key = sound_key(phrase)
            # Short keys collide easily: take them only for longer words that also look alike.
            key_ok = len(key) >= 4 or (len(key) == 3 and len(phrase.replace(" ", "")) >= 5)
            for slot in slots:
                value = lexicon.keys.get(slot, {}).get(key) if key_ok else None
                # One word on a short key ("mariatta" ~ "martha"): it must also be spelled like a
                # form of the name, not merely share letters with the whole name.
                form_likeness = tuning.sound_alike_form_likeness if size > 1 else tuning.single_word_likeness
                whole_ok = value is not None and size > 1 and \
                    fuzz.ratio(phrase, fold(value)) >= tuning.sound_alike_short_likeness
                if value is not None and (len(key) >= 4 or whole_ok
                                          or any(fuzz.ratio(phrase, f) >= form_likeness
                                                 for f, v in lexicon.forms[slot].items() if v == value)):
                    found.append(Found(slot, value, first, first + size, 92.0 + size))
                    continue
                if len(phrase) < 6:
                    continue
                best = process.extractOne(phrase, lexicon.forms.get(slot, {}).keys(), scorer=fuzz.ratio,
                                          score_cutoff=tuning.name_spelling_cutoff)
                if best:
                    found.append(Found(slot, lexicon.forms[slot][best[0]], first, first + size, best[1] + size))
    return found


def _near(lexicon: Lexicon, tokens: list[str], slots: tuple[str, ...], likeness: float) -> list[Found]:
    """Long listed values said a little off: "a little bit sweetener" is "a little bit of
    sweetener". Only spans that begin and end like the value, so a neighbour ("... and") is never
    swallowed; scored below an exact form of the same length."""
    found: list[Found] = []
    for slot in slots:
        forms = lexicon.forms.get(slot, {})
        by_ends: dict[tuple[str, str], list[str]] = {}
        for form in forms:
            words = form.split()
            if len(words) >= 3:
                by_ends.setdefault((words[0], words[-1]), []).append(form)
        if not by_ends:
            continue
        for first in range(len(tokens)):
            for last in range(first + 2, min(first + lexicon.max_words + 1, len(tokens)) + 1):
                options = by_ends.get((tokens[first], tokens[last - 1]))
                phrase = " ".join(tokens[first:last])
                if not options or phrase in forms:
                    continue
                best = process.extractOne(phrase, options, scorer=fuzz.ratio, score_cutoff=likeness)
                if best and abs(len(best[0].split()) - (last - first)) <= 1:
                    found.append(Found(slot, forms[best[0]], first, last, best[1] / 100 * 99.0 + (last - first)))
    return found


def find_rooms(lexicon: Lexicon, tokens: list[str], slots: tuple[str, ...] = ("room",),
               near: tuple[str, ...] = (), tuning: Tuning = TUNING) -> list[Found]:
    """Rooms (and other closed lists of ``slots``) first, so "room three oh eight" is never read as
    the time 3:08. ``near``: lists whose long values may also be said a little off."""
    chosen: list[Found] = []
    taken: set[int] = set()
    for cand in sorted(_exact(lexicon, tokens, taken, slots), key=lambda c: (-(c.last - c.first), -c.score)):
        span = set(range(cand.first, cand.last))
        if not span & taken:
            chosen.append(cand)
            taken |= span
    # A near reading may take over exact ones only when it says more of the same: "a little bit
    # sweetener" over "sweetener", never "a lots of almond milk" over "lots of almond milk".
    for cand in sorted(_near(lexicon, tokens, near, tuning.listed_near_likeness),
                       key=lambda c: (-(c.last - c.first), -c.score)):
        span = set(range(cand.first, cand.last))
        inside = [c for c in chosen if span & set(range(c.first, c.last))]
        words = set(str(cand.value).split())
        if all(c.slot == cand.slot and cand.first <= c.first and c.last <= cand.last
               and set(str(c.value).split()) <= words for c in inside):
            chosen = [c for c in chosen if c not in inside] + [cand]
            taken |= span
    return sorted(chosen, key=lambda c: c.first)


def find_slots(lexicon: Lexicon, tokens: list[str], reserved: set[int] | None = None,
               vocabulary: set[str] | None = None, tuning: Tuning = TUNING) -> list[Found]:
    """Non-overlapping slot values in the tokens, longest and surest first.

    ``vocabulary``: the intents' own words; a fuzzy name match made only of them is not a name.
    """
    taken = set(reserved or ())
    exact = _exact(lexicon, tokens, taken) + _kind_typos(lexicon, tokens, taken, vocabulary or set(), tuning)
    chosen: list[Found] = []
    # Exact forms first (longest first), then recognizer slips in what is left.
    for pool in (exact, None):
        if pool is None:
            pool = _fuzzy(lexicon, tokens, taken, ("speaker", "sponsor"), vocabulary or set(), tuning)
        for cand in sorted(pool, key=lambda c: (-(c.last - c.first), -c.score)):
            span = set(range(cand.first, cand.last))
            if span & taken:
                continue
            chosen.append(cand)
            taken |= span
    return _merge_neighbours(_extend_names(sorted(chosen, key=lambda c: c.first), tokens))


def _kind_typos(lexicon: Lexicon, tokens: list[str], taken: set[int], vocabulary: set[str],
                tuning: Tuning = TUNING) -> list[Found]:
    """Typed slips in kind words: "opne spaces", "tutorail", "lightening talks". Counted as edits
    with transpositions (OSA), only for words the intents do not use themselves."""
    found: list[Found] = []
    forms = lexicon.forms.get("kind", {})
    for first in range(len(tokens)):
        for size in (2, 1):
            words = tokens[first:first + size]
            if len(words) < size or any(i in taken for i in range(first, first + size)):
                continue
            if all(w in vocabulary or w in forms for w in words):
                continue  # spelled right: the exact pass has it
            phrase = " ".join(words)
            if len(phrase) < 5:
                continue
            best = process.extractOne(phrase, forms.keys(), scorer=OSA.normalized_similarity,
                                      score_cutoff=tuning.kind_typo_similarity)
            if best and abs(len(best[0]) - len(phrase)) <= 2:
                found.append(Found("kind", forms[best[0]], first, first + size, 99.0 + size))
    return found


def _extend_names(found: list[Found], tokens: list[str]) -> list[Found]:
    """ "ray hettinger": a word next to a found name that starts that name's part counts with it."""
    out = []
    for cand in found:
        if cand.slot == "speaker" and cand.first > 0 and isinstance(cand.value, str):  # a name, not an ordinal
            before = tokens[cand.first - 1]
            parts = tokenize(cand.value)
            if len(before) >= 3 and any(p.startswith(before) and p != before for p in parts):
                cand = Found(cand.slot, cand.value, cand.first - 1, cand.last, cand.score)
        out.append(cand)
    return out


def _merge_neighbours(found: list[Found]) -> list[Found]:
    """ "pablo" + "galindo", both Pablo Galindo Salgado, are one mention."""
    merged: list[Found] = []
    for cand in found:
        last = merged[-1] if merged else None
        if last and last.slot == cand.slot and last.value == cand.value and last.last == cand.first:
            merged[-1] = Found(last.slot, last.value, last.first, cand.last, max(last.score, cand.score))
        else:
            merged.append(cand)
    return merged


_ORDINALS = {**{word: n for n, word in enumerate(ORDINAL_UNITS[:10], 1)}, "last": -1, "final": -1,
             **{str(n): n for n in range(1, 7)}}
_BEFORE_LAST_VERB = {"it", "that", "this", "they", "does", "do", "will", "to", "talks", "talk", "keynote", "tutorial"}
_COUNTING = {word: n for n, word in enumerate(UNITS) if 1 <= n <= 10}
_NUMBERED_PLACES = {"booth", "room", "hall", "table", "stand", "gate", "level", "floor"}


def find_ordinal(tokens: list[str], taken: set[int]) -> Found | None:
    """ "the second one", "number two", "the last one": which item of the last list. Bare counting
    words count only after "number", so "at three" stays a time."""
    for i, token in enumerate(tokens):
        if i in taken:
            continue
        if token == "last" and i > 0 and tokens[i - 1] in _BEFORE_LAST_VERB:
            continue  # "how long does it last": the verb
        if token in _ORDINALS and not token.isdigit():
            return Found("ordinal", _ORDINALS[token], i, i + 1, 100.0)
        # "the 2nd talk" (typed; "2nd" is tokenized "2"): a digit between "the" and a word, not a date
        if token in _ORDINALS and i > 0 and tokens[i - 1] == "the" and i + 1 < len(tokens) \
                and tokens[i + 1].isalpha() and tokens[i + 1] not in ("of", "at", "and"):
            return Found("ordinal", _ORDINALS[token], i, i + 1, 100.0)
        # "number two" is a position, but "booth number one twenty one" / "room number 315" name a place
        if i > 0 and tokens[i - 1] == "number" and (token in _COUNTING or token.isdigit()) \
                and not (i > 1 and tokens[i - 2] in _NUMBERED_PLACES):
            value = _COUNTING.get(token) or int(token)
            return Found("ordinal", value, i, i + 1, 100.0)
    return None


def ordinal_in_title(tokens: list[str], at: int, taken: set[int], question_words: set[str],
                     titled_with: Callable[[str, str], bool]) -> bool:
    """ "when are the final remarks": the ordinal word at ``at`` begins a title (Final Remarks and
    Conference Close) when the word after it is no kind and no intent's word (``question_words``)
    and the event it names best has the two in its title; "the last talk" stays the last one."""
    after = at + 1
    if after >= len(tokens) or after in taken or tokens[after] in question_words:
        return False
    return titled_with(tokens[after], f"{tokens[at]} {tokens[after]}")
