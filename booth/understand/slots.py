"""Slot values from the schedule itself: rooms with their spoken forms, speakers and the parts of
their names, sponsors, kinds with spoken synonyms; and a fuzzy finder of them in a token list."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from booth.answer.spoken import digits_words, number_words
from booth.schedule.model import Conference
from booth.understand.numbers import ORDINAL_UNITS, UNITS
from booth.understand.text import fold, tokenize
from booth.understand.tuning import TUNING, Tuning
from booth.understand.venue_names import code_room_forms, track_forms

# Words too common to be taken as a name part on their own ("will", "may", "grace").
COMMON_WORDS = set(
    """a an the and or of for in on at to is are be by with about what when where which who how
    talk talks room hall day time next now open space spaces python py data web code team
    will may mark grace rose faith joy hope june april august summer dawn sky star page bill many much more most
    chase drew guy hunter king long love major mason miles penny price reed rich river stone
    young white black brown green gray grey park lee west north south east art ray day""".split()
)

LETTER_NAMES = {
    "a": "a", "b": "bee", "c": "see", "d": "dee", "e": "e", "f": "ef", "g": "gee", "h": "aitch",
}


def sound_key(text: str) -> str:
    """A rough phonetic key so recognizer spellings meet real ones: "hinek" ~ "hynek",
    "pie arrow" ~ "pyarrow", "jet brains" ~ "jetbrains"."""
    key = re.sub(r"[^a-z0-9]", "", fold(text))
    for pattern, repl in (("ph", "f"), ("ck", "k"), ("qu", "kw"), ("q", "k"), ("x", "ks"), ("ie", "i"),
                          ("y", "i"), ("ee", "i"), ("ea", "i"), ("z", "s"), ("c", "k"), ("w", "v"),
                          ("th", "t"), ("dg", "j"), ("gh", "g")):
        key = key.replace(pattern, repl)
    key = re.sub(r"(.)\1+", r"\1", key)  # double letters
    if len(key) > 2:
        key = key[0] + re.sub(r"[aeiou]", "", key[1:])  # vowels beyond the first letter
    return key


@dataclass(frozen=True)
class Found:
    slot: str
    value: str | int  # canonical: "Room 308", "Lukasz Langa", "Microsoft", "open-space"; an ordinal: its number
    first: int
    last: int  # token span [first, last)
    score: float


@dataclass
class Lexicon:
    """Spoken form (a space-joined token string) -> canonical value, per slot."""

    forms: dict[str, dict[str, str]] = field(default_factory=dict)
    keys: dict[str, dict[str, str]] = field(default_factory=dict)  # sound_key -> canonical
    max_words: int = 4

    def add(self, slot: str, phrase: str, value: str) -> None:
        phrase = " ".join(tokenize(phrase))
        if not phrase:
            return
        forms = self.forms.setdefault(slot, {})
        if phrase in forms:
            return  # first value wins, and its sound key is in already
        forms[phrase] = value
        key = sound_key(phrase)
        if len(key) >= 3:
            self.keys.setdefault(slot, {}).setdefault(key, value)
        self.max_words = max(self.max_words, len(phrase.split()))

    def words(self) -> set[str]:
        return {w for forms in self.forms.values() for phrase in forms for w in phrase.split()}


def split_rooms(room: str | None) -> list[str]:
    """ "Hall C, Ballroom A, Room 301-305" -> each room; 2017's "A / B / C" likewise."""
    if not room:
        return []
    # One spelling per room: "Oregon Ballroom 201–202" (en dash) and "201-202" are the same room.
    room = room.replace("–", "-").replace("—", "-")
    parts = re.split(r"\s*/\s*(?=[A-Z])|\s*,\s*", room)
    return [p.strip() for p in parts if p.strip()]


def room_forms(room: str) -> set[str]:
    """How people and recognizers say a room: "Room 308" -> "room three oh eight", "room 308",
    "room three hundred eight"; "Room 310/311" -> also "room 310", "room three eleven"."""
    forms = {room}
    words = room.split()
    head = " ".join(w for w in words if not re.search(r"\d", w))
    numbered = [w for w in words if re.search(r"\d", w)]
    if not numbered:
        letters = [w for w in words if len(w) <= 3 and w.isupper()]
        for word in letters:  # "Ballroom BC" -> "ballroom b c"
            spaced = " ".join(word.lower())
            forms.add(room.replace(word, spaced))
            forms.add(room.replace(word, " ".join(LETTER_NAMES.get(c, c) for c in word.lower())))
        return forms
    for token in numbered:
        prefix = m.group(0) if (m := re.match(r"[A-Za-z]*", token)) else ""  # "B110-111" -> "B"; "*" always matches
        numbers = re.findall(r"\d+", token)
        for number in numbers:
            spoken_prefix = f"{head} {prefix}".strip()
            one_by_one = " ".join(number_words(int(d)) for d in number)  # "three zero eight"
            says = {number, digits_words(number), number_words(int(number)), one_by_one,
                    digits_words(number).replace(" oh ", " zero "), digits_words(number).replace(" oh ", " o "),
                    one_by_one.replace("zero", "oh")}
            for say in says:
                forms.add(f"{spoken_prefix} {say}".strip())
                if int(number) >= 100:  # "three hundred and eight"
                    forms.add(f"{spoken_prefix} {say.replace('hundred ', 'hundred and ')}".strip())
        if len(numbers) > 1:
            forms.add(f"{head} {prefix} {' '.join(numbers)}".strip())
            for joiner in ("to", "and", "through"):  # "Room 301-305": "room 301 to 305"
                forms.add(f"{head} {prefix} {f' {joiner} '.join(numbers)}".strip())
                forms.add(f"{head} {prefix} {f' {joiner} '.join(digits_words(n) for n in numbers)}".strip())
    return forms


def sponsor_forms(name: str) -> set[str]:
    forms = {name}
    plain = re.sub(r"[,.]?\s+(inc|llc|pbc|ltd|co)\.?$", "", name, flags=re.IGNORECASE)
    plain = re.sub(r"\s*\(.*?\)|\s+[—-]\s+.*$", "", plain).strip()  # "Reuven Lerner — Python training"
    forms.add(plain)
    camel = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", plain)  # JetBrains -> Jet Brains
    forms.add(camel)
    if plain.isupper() and len(plain) <= 5:  # AWS -> "a w s"
        forms.add(" ".join(plain.lower()))
    capitals = [w[0] for w in re.findall(r"[A-Za-z]+", plain) if w[0].isupper()]
    if len(capitals) >= 3:  # Python Software Foundation -> "psf", "p s f"
        forms.add("".join(capitals).lower())
        forms.add(" ".join(capitals).lower())
    return {f for f in forms if f}


# Words of company names that name no one company ("Python Software Foundation", "Dagster Labs").
_GENERIC_NAME_WORDS = set("""software foundation society labs lab press systems system strategies technologies
    technology trading research partners group institute association development organization organisation
    university magazine jobs training bank capital data cloud devs news stack open source media""".split())


def sponsor_parts(sponsors) -> dict[str, str]:
    """One word of a sponsor's name that names only that sponsor: "heroku" -> Salesforce Heroku."""
    owners: dict[str, set[str]] = {}
    for sponsor in sponsors:
        for word in tokenize(re.sub(r"\s*\(.*?\)|\s+[—-]\s+.*$", "", sponsor.name)):
            if len(word) >= 4 and word.isalpha() and word not in COMMON_WORDS and word not in _GENERIC_NAME_WORDS:
                owners.setdefault(word, set()).add(sponsor.name)
    return {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}


def build_lexicon(conference: Conference, kind_synonyms: dict[str, str],
                  aliases: dict[str, str] | None = None) -> Lexicon:
    lexicon = Lexicon()
    for phrase, kind in kind_synonyms.items():
        lexicon.add("kind", phrase, kind)
    rooms = {part for event in conference.events for part in split_rooms(event.room)}
    for room in sorted(rooms):
        for form in room_forms(room) | code_room_forms(room):
            lexicon.add("room", form, room)
            if aliases:  # the question is aliased before rooms are found: "u b 5" is then "you b 5"
                said = " ".join(aliases.get(w, w) for w in tokenize(form))
                lexicon.add("room", said, room)
    for track in sorted({event.track for event in conference.events if event.track}):
        for form in track_forms(track):
            lexicon.add("track", form, track)
    # Each speaker once, however many talks they give (first seen first, as before): the forms of
    # a name were built per talk, which made this the biggest cost of a large conference's load.
    speakers = dict.fromkeys(speaker for event in conference.events for speaker in event.speakers)
    for speaker in speakers:
        if not speaker.strip():
            continue
        if speaker.lower() not in COMMON_WORDS:  # a one-word name such as "Many" is not every "many"
            lexicon.add("speaker", speaker, speaker)
        parts = [p for p in tokenize(speaker) if p not in ("dr", "mr", "ms", "mrs", "prof")]
        for part in parts:
            if len(part) >= 4 and part not in COMMON_WORDS:
                lexicon.add("speaker", part, speaker)
        for size in range(2, len(parts)):  # "Pablo Galindo Salgado" -> "pablo galindo", "galindo salgado"
            for first in range(len(parts) - size + 1):
                lexicon.add("speaker", " ".join(parts[first:first + size]), speaker)
        if len(parts) > 2:  # "Dr. Kari L. Jordan" -> "kari jordan"
            lexicon.add("speaker", f"{parts[0]} {parts[-1]}", speaker)
    for sponsor in conference.sponsors:
        for form in sponsor_forms(sponsor.name):
            lexicon.add("sponsor", form, sponsor.name)
        if sponsor.booth and sponsor.booth.isdigit():  # "who is at booth five oh one"
            one_by_one = " ".join(number_words(int(d)) for d in sponsor.booth)  # "five zero one"
            for say in {sponsor.booth, digits_words(sponsor.booth), number_words(int(sponsor.booth)), one_by_one,
                        one_by_one.replace("zero", "oh")}:
                lexicon.add("sponsor", f"booth {say}", sponsor.name)
                lexicon.add("sponsor", f"booth number {say}", sponsor.name)
    for part, name in sponsor_parts(conference.sponsors).items():
        lexicon.add("sponsor", part, name)
    title_words = set(tokenize(conference.title))
    for level in {s.level for s in conference.sponsors if s.level}:
        own = [w for w in tokenize(level) if w not in title_words]  # "PyCon US Startup Row" -> "startup row"
        if own and len(own) < len(tokenize(level)):
            lexicon.add("sponsor_level", " ".join(own), level)
        lexicon.add("sponsor_level", f"{level} level", level)  # "the visionary level"
        for said in (level, f"{level} level"):  # "visionary sponsors"
            for tail in ("sponsor", "sponsors"):
                lexicon.add("sponsor_level", f"{said} {tail}", level)
    return lexicon


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


_ORDINALS = {**{word: n for n, word in enumerate(ORDINAL_UNITS[:10], 1)}, "last": -1,
             **{str(n): n for n in range(1, 7)}}
_COUNTING = {word: n for n, word in enumerate(UNITS) if 1 <= n <= 10}


def find_ordinal(tokens: list[str], taken: set[int]) -> Found | None:
    """ "the second one", "number two", "the last one": which item of the last list. Bare counting
    words count only after "number", so "at three" stays a time."""
    for i, token in enumerate(tokens):
        if i in taken:
            continue
        if token in _ORDINALS and not token.isdigit():
            return Found("ordinal", _ORDINALS[token], i, i + 1, 100.0)
        if i > 0 and tokens[i - 1] == "number" and (token in _COUNTING or token.isdigit()):
            value = _COUNTING.get(token) or int(token)
            return Found("ordinal", value, i, i + 1, 100.0)
    return None
