"""Two heard words that sound exactly like one word of the grammar are that word: "y fi password
please" and "what's the why fi password" are the wifi password.

Vosk turns a phrase list into a bigram model with backoff, so besides the grammar's sentences it
can join any two grammar words. Where two of them together sound the same as a third ("y" from
"a eleven y" and "fi" from "wi fi" say W AY F AY, as "wifi" does), the decoder may pick either
spelling, and the matcher, reading letters, cannot tell "y fi" is wifi. So a pair of adjacent
heard words that no grammar phrase says side by side, and whose pronunciations (CMUdict, stress
ignored) joined are exactly those of one grammar word, is read as that word. A pair some phrase
does say ("to day" in a title) is left alone: the grammar itself allows it.

    joiner = Homophones(grammar_phrases)
    joiner.join("y fi password please")   # "wifi password please"
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections.abc import Iterable

from booth.understand.text import merge_pairs
from booth.voice.vocabulary import cache_dir

__all__ = ["Homophones", "pronunciations"]

log = logging.getLogger(__name__)

Pron = tuple[str, ...]

# One table for every grammar a process builds (the listener builds one per offered list of
# titles): word -> its CMUdict pronunciations, [] for a word CMUdict lacks. Read from disk once,
# CMUdict streamed only for words the table has never seen (about half a second), then written back.
_KNOWN: dict[str, list[Pron]] | None = None
_KNOWN_LOCK = threading.Lock()
PRONUNCIATIONS_VERSION = 1  # raised when what the table holds changes meaning


def _cache_file():
    return cache_dir() / f"pronunciations-{PRONUNCIATIONS_VERSION}.json"


def _read_cache() -> dict[str, list[Pron]]:
    try:
        data = json.loads(_cache_file().read_text(encoding="utf-8"))
        return {str(w): [tuple(p) for p in ps] for w, ps in data.items()}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def _write_cache(table: dict[str, list[Pron]]) -> None:
    path = _cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pron-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({w: [list(p) for p in ps] for w, ps in sorted(table.items())}, f)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only home is no reason not to listen
        log.debug("pronunciations not cached (%s)", exc)


def pronunciations(words: Iterable[str]) -> dict[str, list[Pron]]:
    """Word -> its pronunciations (stress left out), for those of ``words`` CMUdict has."""
    global _KNOWN
    wanted = set(words)
    with _KNOWN_LOCK:
        if _KNOWN is None:
            _KNOWN = _read_cache()
        missing = wanted - _KNOWN.keys()
        if missing:
            from booth.voice.soundalike import cmudict_stream  # streamed: all of CMUdict is some 30 MB

            found: dict[str, list[Pron]] = {w: [] for w in missing}
            for word, phones in cmudict_stream():
                if word in found:
                    found[word].append(phones)
            _KNOWN.update(found)
            _write_cache(_KNOWN)
        return {w: _KNOWN[w] for w in wanted if _KNOWN[w]}


class Homophones:
    """Joins heard pairs that sound like one grammar word (see the module's docstring)."""

    def __init__(self, phrases: list[str]):
        self._phrases = phrases
        self._prons: dict[str, list[Pron]] | None = None  # looked up at the first hearing, not at start-up
        self._by_sound: dict[Pron, set[str]] = {}
        self._joined: dict[tuple[str, str], str | None] = {}  # pair -> the word it is, or None

    def _sounds(self) -> dict[str, list[Pron]]:
        if self._prons is None:
            words: set[str] = set()
            for phrase in self._phrases:
                words.update(phrase.split())
            found = pronunciations(words)
            by_sound: dict[Pron, set[str]] = {}
            for word, prons in found.items():
                for pron in prons:
                    by_sound.setdefault(pron, set()).add(word)
            self._by_sound, self._prons = by_sound, found  # both at once: never one without the other
        return self._prons

    def _word_for(self, first: str, second: str) -> str | None:
        pair = (first, second)
        if pair in self._joined:
            return self._joined[pair]
        prons = self._sounds()
        sounds = {a + b for a in prons.get(first, ()) for b in prons.get(second, ())}
        words = {w for s in sounds for w in self._by_sound.get(s, ())} - {first, second}
        word = next(iter(words)) if len(words) == 1 else None  # two words alike: no telling which
        if word is not None:
            said = f" {first} {second} "
            if any(said in f" {phrase} " for phrase in self._phrases):  # a pair the grammar says
                word = None
            else:
                log.debug("heard %r as %r: they sound alike, and no grammar phrase says %r", " ".join(pair), word,
                          " ".join(pair))
        self._joined[pair] = word
        return word

    def join(self, heard: str) -> str:
        words = heard.split()
        if len(words) < 2:
            return heard
        out = merge_pairs(words, self._word_for)
        return " ".join(out) if len(out) != len(words) else heard
