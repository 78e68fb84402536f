"""Find events by free-text topic or speaker name, tolerant of recognizer spellings
("pie arrow" for PyArrow, "jango" for Django)."""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from booth.answer.spoken import digits_said
from booth.schedule.kinds import is_of
from booth.schedule.model import Event
from booth.understand.slots import sound_key
from booth.understand.text import tokenize
from booth.understand.tuning import TUNING, Tuning

STOPWORDS = set(
    """a an the of and or for to in on at is are be by with about from into your you our we i it this that
    how what when where who which why using use talk talks open space spaces session sessions tutorial
    tutorials thing things stuff something anything some any one vs versus us me my he she him his her
    they them their its""".split()
)
# A word with both letters and digits ("5k", "a11y", "f1", "pyo3"): the recognizer says it in words.
_LETTERS_AND_DIGITS = re.compile(r"(?=\S*\d)(?=\S*[a-z])[a-z0-9]+")
_FIELD_WEIGHTS = (("title", 3.0), ("speakers", 2.5), ("description", 1.0))
# Words whose look-alikes are remembered: a bound on memory, not a tuning (a cleared memo only costs time).
_SIMILAR_MEMO_SIZE = 8192


# Words people clip, and the words titles spell out (or the other way round): "the intro to
# sprints" is the "Introduction to Sprints" workshop. Only clippings with one meaning: "dev" is a
# developer, development or a devroom.
CLIPPINGS = {"intro": "introduction", "info": "information", "stats": "statistics", "viz": "visualization",
             "docs": "documentation", "config": "configuration", "auth": "authentication", "perf": "performance",
             "repo": "repository", "repos": "repositories", "env": "environment", "envs": "environments",
             "app": "application", "apps": "applications", "lib": "library", "libs": "libraries",
             "async": "asynchronous", "admin": "administration", "eng": "engineering", "govt": "government"}


@dataclass(frozen=True)
class Hit:
    event: Event
    score: float  # 0..100: how much of the topic this event covers, title words counting most


def stem(word: str) -> str:
    """A light suffix stripper, so "threading", "threaded" and "threads" meet at "thread"."""
    for suffix in ("ing", "ed", "es", "s"):
        # A plural "s" comes off short words too, so "JWTs", "APIs" and "GPUs" meet "jwt", "api", "gpu".
        shortest = 3 if suffix == "s" else 4
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest and not word.endswith("ss"):
            # "opening" stays itself: "open" is a kind's word, left out of the index.
            return word if word[: -len(suffix)] in STOPWORDS else word[: -len(suffix)]
    return word


_CLIPPED_STEMS = {stem(a): stem(b) for short, full in CLIPPINGS.items() for a, b in ((short, full), (full, short))}


def same_or_clipped(a: str, b: str) -> bool:
    """Whether two words are one, said whole or clipped ("intro", "introduction")."""
    sa, sb = stem(a), stem(b)
    return sa == sb or _CLIPPED_STEMS.get(sa) == sb


# A compound's added part ("con" in "flaskcon", "naut" in "djangonaut") is short or a word of its own.
_SHORT_TAIL = 4
_COMPOUND = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+")


def _index_words(text: str, stems: dict[str, str]) -> dict[str, float]:
    """Words of a field, stemmed (``stems`` memoizes stem()). A hyphenated compound counts
    whole, its parts a little less: "pre-registration" is not what "where is registration" is after."""
    best: dict[str, float] = {}
    if "-" in text:
        for compound in _COMPOUND.findall(text):
            for part in tokenize(compound.replace("-", " ")):
                best[part] = 0.7
        text = _COMPOUND.sub(lambda m: m.group(0).replace("-", ""), text)
    for word in tokenize(text):
        best[word] = 1.0
    out: dict[str, float] = {}
    for word, factor in best.items():
        stemmed = stems.get(word)
        if stemmed is None:
            stemmed = stems[word] = stem(word)
        if factor > out.get(stemmed, 0.0):
            out[stemmed] = factor
    return out


class TopicIndex:
    """Built on the first search, so questions that need no topic never pay for it."""

    def __init__(self, events: tuple[Event, ...], tuning: Tuning = TUNING,
                 on_built: Callable[[TopicIndex], None] | None = None):
        self.events = list(events)
        self.tuning = tuning
        self._built = False
        self._memo: dict[tuple, tuple[int, list[Hit]]] = {}
        self._similar_memo: dict[str, list[tuple[str, float]]] = {}
        self._title_words: set[str] | None = None
        self._on_built = on_built  # e.g. keep the built index in the schedule cache
        self._by_key_built: dict[str, list[str]] | None = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__, _memo={}, _on_built=None)
        state.pop("_by_key_built", None)  # rebuilt on demand; cheaper than storing
        state.pop("_similar_memo", None)
        state.pop("_title_words", None)
        state.pop("_digit_pattern", None)
        state.pop("_digit_words", None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._by_key_built = None
        self._similar_memo = {}
        if self._built and "_rarest" not in state:  # kept by a Booth from before _rarest existed
            self._rarest = max(self._idf.values(), default=2.0)

    def _build(self) -> None:
        self._built = True
        self._postings: dict[str, dict[int, float]] = defaultdict(dict)
        stems: dict[str, str] = {}
        for index, event in enumerate(self.events):
            fields = {"title": event.title, "speakers": " ".join(event.speakers), "description": event.description}
            for name, weight in _FIELD_WEIGHTS:
                for token, factor in _index_words(fields[name], stems).items():
                    if token in STOPWORDS or len(token) < 2:
                        continue
                    posting = self._postings[token]
                    if weight * factor > posting.get(index, 0.0):
                        posting[index] = weight * factor
        total = max(1, len(self.events))
        self._idf = {t: math.log(1 + total / len(p)) for t, p in self._postings.items()}
        self._rarest = max(self._idf.values(), default=2.0)
        self._titles = [event.title.lower() for event in self.events]
        self._surfaces: dict[str, set[str]] = defaultdict(set)  # stem -> the words the schedule says it as
        for word, stemmed in stems.items():
            self._surfaces[stemmed].add(word)
        self._vocab = list(self._postings)
        self._sorted_vocab = sorted(self._vocab)
        self._by_key_built = None
        self._similar_memo = {}
        if self._on_built is not None:
            self._on_built(self)

    @property
    def _by_key(self) -> dict[str, list[str]]:
        """Index words by sound key; built on the first word the index does not know."""
        if self._by_key_built is None:
            by_key: dict[str, list[str]] = defaultdict(list)
            for token in self._vocab:
                if len(token) >= 3:
                    by_key[sound_key(token)].append(token)
            self._by_key_built = by_key
        return self._by_key_built

    def _similar(self, word: str) -> list[tuple[str, float]]:
        """Index words that may be what was meant by ``word``, with a 0..1 confidence; remembered,
        since one question looks its words up several times (alone, joined, for each topic span)."""
        known = self._similar_memo.get(word)
        if known is None:
            if len(self._similar_memo) >= _SIMILAR_MEMO_SIZE:
                self._similar_memo.clear()
            known = self._similar_memo[word] = self._look_alike(word)
        return known

    def _look_alike(self, word: str) -> list[tuple[str, float]]:
        if word in self._postings:
            out = [(word, 1.0)]
        else:
            # Sound-alikes only for longer words: "atm" is not "atom", but "hinek" is "hynek".
            # A sound-alike must also look alike: "knitting" and "keynote" share a key, not a word.
            out = [(t, 0.9) for t in self._by_key.get(sound_key(word), [])
                   if fuzz.ratio(word, t) >= self.tuning.sound_alike_topic_likeness] if len(word) >= 5 else []
        if len(word) >= 4:  # "flask" -> "flaskcon", "django" -> "djangocon"
            at = bisect.bisect_left(self._sorted_vocab, word)
            while at < len(self._sorted_vocab) and self._sorted_vocab[at].startswith(word):
                longer = self._sorted_vocab[at]
                if longer != word and self._compound_tail(longer[len(word):]):
                    out.append((longer, 0.8))
                at += 1
        clipped = _CLIPPED_STEMS.get(word)
        if clipped is not None and clipped in self._postings and all(t != clipped for t, _ in out):
            out.append((clipped, 0.9))  # "intro" -> "introduction", "introduction" -> "intro"
        if len(word) >= 5 and len(out) == 0:
            for token, score, _ in process.extract(word, self._vocab, scorer=fuzz.ratio, limit=3,
                                               score_cutoff=self.tuning.topic_word_cutoff):
                # "president" is not "present"; "esports" is not a slip for "sports", it holds it; and a
                # short word is too easy to land near ("cobol" ~ "cool").
                if abs(len(token) - len(word)) <= 2 and len(token) >= 5 and token not in word and word not in token:
                    out.append((token, score / 100 * 0.9))
        return out

    def _compound_tail(self, tail: str) -> bool:
        """Whether a longer index word is ``word`` + ``tail`` as a compound ("flask" + "con"), not
        a longer word that starts the same ("intel" in "inteligentes")."""
        return len(tail) <= _SHORT_TAIL or tail in self._postings

    def _stem_meets(self, word: str, stemmed: str) -> bool:
        """An activity ("gardening", "testing") meets its stem only when the schedule says that stem
        as an activity too ("Automated testing", "Free-Threaded"), not only as a thing ("Botanical
        Gardens", "a garden")."""
        if stemmed == word or not word.endswith("ing"):
            return True
        return any(w.endswith(("ing", "ed")) for w in self._surfaces.get(stemmed, ()))

    def digits_back(self, text: str) -> str:
        """ "five k" -> "5k", "three d printing" -> "3d printing": a title's word with digits in it,
        as the recognizer writes it said (spoken.digits_said), turned back into that word."""
        pattern = self.__dict__.get("_digit_pattern")
        if pattern is None:  # from the titles alone: a question that needs no topic search builds no index
            titled = {w for event in self.events for w in tokenize(event.title)}
            said = {digits_said(w): w for w in titled if _LETTERS_AND_DIGITS.fullmatch(w)}
            # The matcher takes a leading "a" for the article: "a eleven y" reaches here as "eleven y".
            said.update({form[2:]: w for form, w in list(said.items()) if form.startswith("a ")})
            self._digit_words = said
            pattern = self._digit_pattern = re.compile(r"(?<![a-z0-9'])(?:" + "|".join(
                re.escape(f) for f in sorted(said, key=len, reverse=True)) + r")(?![a-z0-9'])") if said \
                else re.compile(r"(?!x)x")
        return pattern.sub(lambda m: self._digit_words[m.group(0)], text) if self._digit_words else text

    def _query_terms(self, topic: str, join: bool) -> list[list[tuple[str, float]]]:
        topic = self.digits_back(topic)
        # A word too short to be indexed ("hall z") can never be found: it is not a word the schedule lacks.
        words = [stemmed if self._stem_meets(w, stemmed := stem(w)) else w
                 for w in tokenize(topic) if w not in STOPWORDS and len(w) >= 2]
        terms: list[list[tuple[str, float]]] = []
        skip = False
        for i, word in enumerate(words):
            if skip:
                skip = False
                continue
            if join and i + 1 < len(words):  # "jet brains" -> "jetbrains", "pie arrow" -> "pyarrow"
                joined = self._similar(words[i] + words[i + 1])
                if joined:
                    terms.append(joined)
                    skip = True
                    continue
            terms.append(self._similar(word))
        return terms

    def search(self, topic: str, kinds: set[str] | None = None, limit: int = 20) -> list[Hit]:
        """Events about ``topic``, best first. A recognizer may split one word in two ("pie arrow"),
        so the words are also tried joined; each event keeps its better reading."""
        if not self._built:
            self._build()
        # The matcher scores a topic (best_score) before the answer searches it again: remember
        # the last few searches; the index is rebuilt whenever the schedule changes.
        # A top-20 list answers a top-1 question too (sorting is stable, so it is a prefix).
        memo_key = (topic, frozenset(kinds) if kinds else None)
        known = self._memo.get(memo_key)
        if known is None or known[0] < limit:
            if len(self._memo) >= 64:
                self._memo.clear()
            want = max(limit, 20)
            known = self._memo[memo_key] = (want, self._ranked(topic, kinds, want))
        return known[1][:limit]

    def _ranked(self, topic: str, kinds: set[str] | None, limit: int) -> list[Hit]:
        terms = self._query_terms(topic, join=False)
        hits = {h.event.id: h for h in self._search(terms, topic, kinds, limit)}
        joined_terms = self._query_terms(topic, join=True)
        if len(joined_terms) < len(terms):
            for hit in self._search(joined_terms, topic, kinds, limit):
                if hit.score > hits.get(hit.event.id, Hit(hit.event, -1.0)).score:
                    hits[hit.event.id] = hit
        ranked = sorted(hits.values(), key=lambda h: (-h.score, h.event.start.timestamp() if h.event.start else 0))
        return ranked[:limit]

    def _search(self, terms, topic: str, kinds: set[str] | None, limit: int) -> list[Hit]:
        if not terms:
            return []
        # A word found nowhere in the schedule weighs as much as its rarest word: "coat check" is
        # not half covered by the type checkers, and "brett cannon" not by Brett Slatkin.
        rarest = self._rarest
        weights = [max((self._idf.get(t, 1.0) for t, _ in options), default=rarest) for options in terms]
        total = sum(weights) * 3.0
        scores: dict[int, float] = defaultdict(float)
        for options, weight in zip(terms, weights):
            best_here: dict[int, float] = {}
            for token, confidence in options:
                for index, field_weight in self._postings[token].items():
                    value = weight * field_weight * confidence
                    if value > best_here.get(index, 0.0):
                        best_here[index] = value
            for index, value in best_here.items():
                scores[index] += value
        candidates = [i for i in scores if not kinds or is_of(self.events[i], kinds)]
        # A title that holds the whole topic counts fully. Scored in one rapidfuzz call over the
        # candidates (cutoff: the tuning's title_match): one Python-level comparison per candidate was the slowest part of
        # a search on a big conference, where a common word matches thousands of events.
        titled: dict[int, float] = {}
        if len(topic) >= 4 and candidates:
            titles = {i: self._titles[i] for i in candidates}
            for _title, title_score, index in process.extract(topic.lower(), titles, scorer=fuzz.token_set_ratio,
                                                              score_cutoff=self.tuning.title_match, limit=None):
                titled[index] = title_score
        hits = []
        for index in candidates:
            score = max(min(100.0, 100.0 * scores[index] / total), titled.get(index, 0.0))
            hits.append(Hit(self.events[index], round(score, 1)))
        return heapq.nsmallest(limit, hits, key=lambda h: (-h.score, h.event.start.timestamp() if h.event.start else 0))

    def close_count(self, topic: str) -> int:
        """How many events score nearly as well as the best for ``topic``: fewer is more specific
        ("state of go" names two talks, "state" sixteen)."""
        hits = self.search(topic)
        if not hits:
            return 0
        return sum(1 for h in hits if h.score >= hits[0].score * self.tuning.topic_hit_share)

    def titled_with(self, topic: str, words: str) -> bool:
        """Whether the best event for ``topic`` has ``words`` in its title, one after the other
        ("run": Fun Run 5K; "fun run 5k" too, "by 5k" not)."""
        if not self._built:
            self._build()
        title_words = self.__dict__.get("_title_words")
        if title_words is None:  # a set of every title's words, made once
            title_words = self._title_words = {w for title in self._titles for w in tokenize(title)}
        wanted = words.split()
        if not all(w in title_words for w in wanted):
            return False  # no title has them: no search needed
        hits = self.search(topic, limit=1)
        if not hits:
            return False
        title = tokenize(hits[0].event.title)
        return any(title[i:i + len(wanted)] == wanted for i in range(len(title) - len(wanted) + 1))

    def best_score(self, topic: str) -> float:
        """The best hit's score; remembered, since the matcher asks it for each candidate intent."""
        cache = self.__dict__.setdefault("_best", {})
        if topic not in cache:
            if len(cache) > 4096:
                cache.clear()
            hits = self.search(topic, limit=1)
            cache[topic] = hits[0].score if hits else 0.0
        return cache[topic]


def clean_topic(topic: str) -> str:
    """What to say back: "the talk about flask" -> "flask"."""
    words = [w for w in re.sub(r"\s+", " ", topic).split() if w.lower() not in {"the", "a", "an"}]
    return " ".join(words)


# A title is "nearly just the words said" from this likeness, and clearly so this far ahead of the next.
_NEARLY_TITLED = 80.0
_TITLE_LEAD = 15.0


def _bare(text: str) -> str:
    return " ".join(w for w in tokenize(text) if w not in ("the", "a", "an"))


def nearly_titled(words: str, events) -> Event | None:
    """Of several events whose titles hold ``words`` ("the state of go": "The state of Go" and "PGO
    in Go: current state ..."), the one titled nearly just that, when one clearly is; else None."""
    alike = sorted(((fuzz.ratio(_bare(words), _bare(e.title)), e) for e in events), key=lambda p: -p[0])
    if not alike:
        return None
    best = alike[0]
    second = next((p for p in alike[1:] if p[1].title != best[1].title), None)
    if best[0] >= _NEARLY_TITLED and (second is None or best[0] - second[0] >= _TITLE_LEAD):
        return best[1]
    return None
