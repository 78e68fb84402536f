"""The words a Vosk model can say, and spoken forms for the schedule's words it cannot.

A model's vocabulary is ``graph/words.txt`` where the model has one; the small English model
has none, but its ``graph/Gr.fst`` carries the same symbol table in its OpenFst header. Vosk
drops grammar words outside it without a warning, so every schedule word is checked here and a
missing one gets a spoken form made of vocabulary words (hand-written in the intents' YAML
``spoken:`` or derived by :mod:`booth.voice.soundalike`). Derived forms are cached on disk per
model, so only a new word costs the espeak-ng/CMUdict search.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import struct
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from booth.errors import ModelError
from booth.understand.text import fold

log = logging.getLogger(__name__)

_FST_MAGIC = 2125659606
_SYMBOLS_MAGIC = 2125658996
_HAS_ISYMBOLS, _HAS_OSYMBOLS = 1, 2
_VOCABULARIES: dict[str, frozenset[str]] = {}


def _graph(model_dir: Path) -> Path:
    return model_dir / "graph" if (model_dir / "graph").is_dir() else model_dir


def read_fst_symbols(path: Path) -> list[str]:
    """The input (else output) symbol table stored in an OpenFst file's header (no OpenFst needed)."""
    return [word for word, _key in read_fst_symbol_keys(path)]


def read_fst_symbol_keys(path: Path) -> list[tuple[str, int]]:
    """That table's (symbol, key) pairs in file order (a key is the symbol's label in the FST; the
    small model's are not in file order)."""
    with open(path, "rb") as f:
        head = f.read(1 << 16)
        pos = 0

        def i32() -> int:
            nonlocal pos
            value = struct.unpack_from("<i", head, pos)[0]
            pos += 4
            return value

        def string() -> str:
            nonlocal pos
            size = i32()
            value = head[pos:pos + size].decode("utf-8", "replace")
            pos += size
            return value

        if i32() != _FST_MAGIC:
            raise ModelError("not an OpenFst file", path)
        string(), string()  # fst type, arc type
        i32()  # version
        flags = i32()
        pos += 8 + 8 + 8 + 8  # properties, start, states, arcs
        if not flags & (_HAS_ISYMBOLS | _HAS_OSYMBOLS):  # the first one there: a word LM's two are the same
            raise ModelError("the grammar FST carries no symbol table", path)
        if i32() != _SYMBOLS_MAGIC:
            raise ModelError("unreadable symbol table", path)
        string()  # its name
        pos += 8  # available key
        size = struct.unpack_from("<q", head, pos)[0]
        pos += 8
        # The table is about 2 MB for 150k words: read it whole, then walk it.
        head = head[pos:] + f.read(size * 40)
        pos = 0
        words: list[tuple[str, int]] = []
        for _ in range(size):
            if pos + 4 > len(head):
                head = head[pos:] + f.read(1 << 20)
                pos = 0
            length = struct.unpack_from("<i", head, pos)[0]
            if pos + 12 + length > len(head):
                head = head[pos:] + f.read(1 << 20)
                pos = 0
            words.append((head[pos + 4:pos + 4 + length].decode("utf-8", "replace"),
                          struct.unpack_from("<q", head, pos + 4 + length)[0]))
            pos += 4 + length + 8  # the symbol, then its 64-bit key
        return words


def _vocabulary_file(folder: Path) -> Path:
    graph = _graph(folder)
    for name in ("words.txt", "Gr.fst"):
        if (graph / name).is_file():
            return graph / name
    raise ModelError("the model has neither graph/words.txt nor graph/Gr.fst: its vocabulary is unknown", folder)


def model_vocabulary(model_dir: str | Path) -> frozenset[str]:
    """Every word the model can output (read once per process)."""
    folder = Path(model_dir).resolve()
    key = str(folder)
    if key not in _VOCABULARIES:
        source = _vocabulary_file(folder)
        if source.name == "words.txt":
            words = [line.split()[0] for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
        else:
            words = read_fst_symbols(source)
        _VOCABULARIES[key] = frozenset(w for w in words if not w.startswith(("#", "<", "!")))
    return _VOCABULARIES[key]


class Vocabulary:
    """A model's words. Membership asks ``knows`` (Vosk's own lookup, when the model is loaded)
    so start-up need not read the 150k-word table; the table is read only to search sound-alikes."""

    def __init__(self, model_dir: str | Path, knows: Callable[[str], bool] | None = None):
        self.folder = Path(model_dir).resolve()
        self._knows = knows
        source = _vocabulary_file(self.folder)
        # Name and size, not the modification time: the same model unpacked anywhere has one key.
        self.key = hashlib.sha1(f"{self.folder.name}:{source.stat().st_size}".encode()).hexdigest()[:12]

    @property
    def words(self) -> frozenset[str]:
        return model_vocabulary(self.folder)

    def __contains__(self, word: object) -> bool:
        if self._knows is not None:
            return isinstance(word, str) and self._knows(word)
        return word in self.words


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "booth"


# Raised when the search finds forms it did not before: a cache remembers the words it found none
# for (as null), and those are searched again only in a cache of the new version.
FORMS_VERSION = 2


def _cache_file(vocabulary: Vocabulary | frozenset[str]) -> Path:
    if isinstance(vocabulary, Vocabulary):
        digest = vocabulary.key
    else:
        digest = hashlib.sha1("\n".join(sorted(vocabulary)).encode()).hexdigest()[:12]
    return cache_dir() / f"spoken-forms-{FORMS_VERSION}-{digest}.json"


# Spoken forms for the shipped conferences with the default model, so a fresh install starts
# listening without the CMUdict search (about 1-3 s). Written by `booth check --voice --ship-forms`.
SHIPPED = Path(__file__).with_name("spoken-forms.json")


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _load_cache(path: Path, key: str | None = None) -> dict[str, str | None]:
    shipped = _read_json(SHIPPED)
    table: dict[str, str | None] = dict(shipped.get("forms", {})) if key and shipped.get("model") == key else {}
    table.update(_read_json(path))
    return table


def ship_forms(vocabulary: Vocabulary, words: Iterable[str]) -> Path:
    """Write the shipped table: the spoken forms of these words for this model."""
    cached = _load_cache(_cache_file(vocabulary), vocabulary.key)
    # Words with no form are shipped too (as null): otherwise each start would search for them again.
    forms = {w: cached[w] for w in sorted(set(words)) if w in cached and w not in vocabulary}
    fd, tmp = tempfile.mkstemp(dir=SHIPPED.parent, prefix=".spoken-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"model": vocabulary.key, "forms": forms}, f, sort_keys=True, indent=0)
        f.write("\n")
    os.replace(tmp, SHIPPED)
    return SHIPPED


def _save_cache(path: Path, table: dict[str, str | None]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".spoken-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(table, f, sort_keys=True, indent=0)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only home is no reason not to listen
        log.debug("spoken forms not cached (%s)", exc)


_TOKEN = re.compile(r"[a-z0-9']+")


def words_of(text: str) -> list[str]:
    """The words of a phrase as a recognizer writes them: lower case, accents folded ("łukasz" -> "lukasz")."""
    return [w.strip("'") for w in _TOKEN.findall(fold(text).replace(".", "")) if w.strip("'")]


@dataclass
class SpokenForms:
    """Word -> what the recognizer says instead, for words the model lacks; and back."""

    vocabulary: Vocabulary | frozenset[str]
    forms: dict[str, str] = field(default_factory=dict)  # missing word -> vocabulary words
    unsayable: set[str] = field(default_factory=set)  # missing words with no form at all
    # Forms the questions say in their own right ("open spaces" is a kind as well as the form of a
    # title's "openspaces"): heard, they stay as they are.
    native: set[str] = field(default_factory=set)
    _restore: re.Pattern[str] | None = None
    _back: dict[str, str] = field(default_factory=dict)

    def knows(self, word: str) -> bool:
        return word in self.vocabulary

    def sayable(self, word: str) -> bool:
        return word in self.vocabulary or word in self.forms

    def say(self, phrase: str) -> str:
        """A phrase in words the model has ("when is the duckdb open space" -> "... duck d b ...");
        a word with no spoken form is left out."""
        out = []
        for word in words_of(phrase):
            if word in self.vocabulary:
                out.append(word)
            elif word in self.forms:
                out.append(self.forms[word])
        return " ".join(out)

    def restore(self, heard: str) -> str:
        """What the recognizer heard, with sound-alike spellings turned back into the real words."""
        if self._restore is None:
            backs = {form: word for word, form in self.forms.items() if form != word and form not in self.native}
            self._back = backs
            self._restore = re.compile(r"(?<![a-z0-9'])(?:" + "|".join(
                re.escape(f) for f in sorted(backs, key=len, reverse=True)) + r")(?![a-z0-9'])") if backs \
                else re.compile(r"(?!x)x")
        return self._restore.sub(lambda m: self._back[m.group(0)], heard)


def spoken_forms(vocabulary: Vocabulary | frozenset[str], words: Iterable[str], hand_written: dict[str, str] | None = None,
                 avoid: Iterable[str] = ()) -> SpokenForms:
    """Spoken forms for those of ``words`` the vocabulary lacks: hand-written ones first, then the
    disk cache, then the sound-alike search (its results written back to the cache). ``avoid``:
    words that mean something of their own here (a speaker "jason" must not become "json")."""
    hand_written = dict(hand_written or {})
    for word, written in list(hand_written.items()):
        unknown = [w for w in written.split() if w not in vocabulary]
        if unknown:  # the recognizer could not say it either: use the derived form instead
            log.warning("spoken form %r of %r has words the speech model lacks (%s): ignored",
                        written, word, " ".join(unknown))
            del hand_written[word]
    missing = sorted({w for w in words if w not in vocabulary and not w.isdigit()})
    table = SpokenForms(vocabulary)
    avoid = set(avoid)
    cache_path = _cache_file(vocabulary)
    cached = _load_cache(cache_path, vocabulary.key if isinstance(vocabulary, Vocabulary) else None)
    todo = [w for w in missing if w not in hand_written and w not in cached]
    # A cached form that is one word meaning something of its own here is searched again.
    clash = [w for w in missing if w not in hand_written and (cached.get(w) or "") in avoid]
    if todo or clash:
        from booth.voice.soundalike import Soundalikes  # CMUdict is loaded only for new words

        finder = Soundalikes(vocabulary.words if isinstance(vocabulary, Vocabulary) else vocabulary)
        found = finder.spoken_forms(todo, avoid)
        cached.update({w: found.get(w) for w in todo})
        if todo:
            _save_cache(cache_path, cached)
        again = finder.spoken_forms(clash, avoid)
        cached = {**cached, **{w: again.get(w) for w in clash}}
        log.debug("spoken forms derived for %d new words (%d clashing)", len(todo) + len(clash), len(clash))
    for word in missing:
        form: str | None = hand_written.get(word) or cached.get(word)
        if form and all(w in vocabulary for w in form.split()):
            table.forms[word] = form
        else:
            table.unsayable.add(word)
    return table
