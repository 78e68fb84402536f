"""The schedule's names as a question may say them: rooms with their spoken forms ("room three oh
eight"), speakers and the parts of their names, sponsors (partial and spoken names, booth numbers,
levels), tracks and kinds with spoken synonyms. ``build_lexicon`` makes the table slots.py's
finders look words up in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from booth.answer.spoken import digits_words, number_words
from booth.schedule.model import Conference
from booth.understand.text import fold, tokenize
from booth.understand.venue_names import TRACK_WORDS, code_room_forms, track_forms, track_names

__all__ = ["COMMON_WORDS", "LETTER_NAMES", "Lexicon", "build_lexicon", "room_forms", "sound_key", "split_rooms",
           "sponsor_forms", "sponsor_parts"]

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


@dataclass
class Lexicon:
    """Spoken form (a space-joined token string) -> canonical value, per slot."""

    forms: dict[str, dict[str, str]] = field(default_factory=dict)
    keys: dict[str, dict[str, str]] = field(default_factory=dict)  # sound_key -> canonical
    # A track's name said without "devroom" or "track" ("rust", "python"): a track only before a kind
    # word ("the second rust talk"), else the word is a subject as usual.
    bare_tracks: dict[str, str] = field(default_factory=dict)
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


_GENERIC_ROOM_WORDS = {"ballroom", "room", "hall"}


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
    # "Portland Ballroom 251" is also said "portland 251": a place's name keeps its number, not its
    # generic word.
    short = " ".join(w for w in head.split() if w.lower() not in _GENERIC_ROOM_WORDS)
    heads = [head] + ([short] if short and len(head.split()) >= 2 and short != head else [])
    for token in numbered:
        prefix = m.group(0) if (m := re.match(r"[A-Za-z]*", token)) else ""  # "B110-111" -> "B"; "*" always matches
        numbers = re.findall(r"\d+", token)
        for number, named in ((n, h) for n in numbers for h in heads):
            spoken_prefix = f"{named} {prefix}".strip()
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
            # "Room 301-305": "room 301 to 305", "three oh one through three oh five"; a voice
            # reading the schedule says "three hundred one dash three hundred five".
            for joiner in ("to", "and", "through", "dash"):
                forms.add(f"{head} {prefix} {f' {joiner} '.join(numbers)}".strip())
                for say in (digits_words, lambda n: number_words(int(n))):
                    forms.add(f"{head} {prefix} {f' {joiner} '.join(say(n) for n in numbers)}".strip())
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
        for name in track_names(track):
            bare = " ".join(tokenize(name))
            if bare and not bare.endswith(TRACK_WORDS):
                lexicon.bare_tracks.setdefault(bare, track)
    # Each speaker once, however many talks they give (first seen first, as before): the forms of
    # a name were built per talk, which made this the biggest cost of a large conference's load.
    speakers = dict.fromkeys(speaker for event in conference.events for speaker in event.speakers)
    # "FOSDEM Staff": the conference's own name is no part of a person's ("when is the fosdem party").
    conference_words = set(tokenize(conference.title))
    for speaker in speakers:
        if not speaker.strip():
            continue
        if speaker.lower() not in COMMON_WORDS:  # a one-word name such as "Many" is not every "many"
            lexicon.add("speaker", speaker, speaker)
        parts = [p for p in tokenize(speaker) if p not in ("dr", "mr", "ms", "mrs", "prof")]
        for part in parts:
            if len(part) >= 4 and part not in COMMON_WORDS and part not in conference_words:
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
    title_words = conference_words
    for level in {s.level for s in conference.sponsors if s.level}:
        own = [w for w in tokenize(level) if w not in title_words]  # "PyCon US Startup Row" -> "startup row"
        if own and len(own) < len(tokenize(level)):
            lexicon.add("sponsor_level", " ".join(own), level)
        lexicon.add("sponsor_level", f"{level} level", level)  # "the visionary level"
        for said in (level, f"{level} level"):  # "visionary sponsors"
            for tail in ("sponsor", "sponsors"):
                lexicon.add("sponsor_level", f"{said} {tail}", level)
    return lexicon
