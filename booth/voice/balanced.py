"""Whole template sentences for a recognizer grammar, sampled so that every word pair the
template allows occurs and every alternative (every slot value) is used about equally often.

Vosk treats its phrase list as a bigram model: what counts is that every word pair of every
template occurs, in proportion; a uniform random sample of 20,000 sentences of the coffee-maker
grammar still missed some pairs (see ../shared/voices/picovoice-coffee/README.md's measurements).
So each sentence is built greedily: at each choice the option that brings word pairs not yet
covered wins, ties going to the option used least so far; about ``PER_TEMPLATE`` sentences per
template, more (up to ``MAX_PER_TEMPLATE``) while pairs are still missing."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from booth.understand.templates import _Alt, _Seq, lower_words, parse

PER_TEMPLATE = 100
MAX_PER_TEMPLATE = 400
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

Pair = tuple[str, str]


@dataclass(frozen=True)
class _Info:
    first: frozenset[str]
    last: frozenset[str]
    pairs: frozenset[Pair]
    nullable: bool


def _fill(template: str, values: Mapping[str, Sequence[str]]) -> str:
    """The template with each {slot} turned into an alternative of its spoken values."""
    return _SLOT.sub(lambda m: "(" + "|".join(values[m.group(1)]) + ")", lower_words(template))


def _info(node) -> _Info:
    if isinstance(node, str):
        if not node.strip():
            return _Info(frozenset(), frozenset(), frozenset(), True)
        return _Info(frozenset({node}), frozenset({node}), frozenset(), False)
    if isinstance(node, _Alt):
        parts = [_info(option) for option in node.options]
        return _Info(frozenset().union(*(p.first for p in parts)), frozenset().union(*(p.last for p in parts)),
                     frozenset().union(*(p.pairs for p in parts)), node.optional or any(p.nullable for p in parts))
    first: set[str] = set()
    last: set[str] = set()
    pairs: set[Pair] = set()
    nullable = True
    for item in node.items:
        part = _info(item)
        pairs |= part.pairs | {(a, b) for a in last for b in part.first}
        if nullable:
            first |= part.first
        last = set(part.last) | (last if part.nullable else set())
        nullable = nullable and part.nullable
    return _Info(frozenset(first), frozenset(last), frozenset(pairs), nullable)


def template_pairs(template: str, values: Mapping[str, Sequence[str]]) -> set[Pair]:
    """Every word pair some sentence of the template (slots filled with ``values``) contains."""
    return set(_info(parse(_fill(template, values))).pairs)


def template_ends(template: str, values: Mapping[str, Sequence[str]]) -> set[str]:
    """Every word some sentence of the template (slots filled with ``values``) ends with."""
    return set(_info(parse(_fill(template, values))).last)


def sentence_pairs(words: Sequence[str]) -> set[Pair]:
    return set(zip(words, words[1:]))


class _Walker:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.covered: set[Pair] = set()
        self.used: dict[tuple[int, int], int] = {}
        self._static: dict[int, list[str] | None] = {}

    def static(self, node) -> list[str] | None:
        """The words of a part with no choice in it (most slot values), computed once."""
        key = id(node)
        if key not in self._static:
            if isinstance(node, str):
                self._static[key] = [node] if node.strip() else []
            elif isinstance(node, _Seq) and not any(isinstance(i, (_Alt, _Seq)) for i in node.items):
                self._static[key] = [w for w in node.items if w.strip()]
            else:
                self._static[key] = None
        return self._static[key]

    def walk(self, node, prev: str | None) -> list[str]:
        fixed = self.static(node)
        if fixed is not None:
            return fixed
        if isinstance(node, str):
            return [node] if node.strip() else []
        if isinstance(node, _Alt):
            options: list = list(node.options) + ([None] if node.optional else [])
            best: tuple | None = None
            covered = self.covered
            for index, option in enumerate(options):
                words = self.walk(option, prev) if option is not None else []
                chain = ([prev] if prev else []) + words
                new = sum(1 for pair in zip(chain, chain[1:]) if pair not in covered)
                key = (new, -self.used.get((id(node), index), 0), self.rng.random())
                if best is None or key > best[0]:
                    best = (key, index, words)
            assert best is not None
            self.used[(id(node), best[1])] = self.used.get((id(node), best[1]), 0) + 1
            return list(best[2])
        out: list[str] = []
        for item in node.items:
            words = self.walk(item, out[-1] if out else prev)
            out.extend(words)
        return out


def sample(template: str, values: Mapping[str, Sequence[str]], seed: int = 0) -> list[str]:
    """Whole sentences of ``template``: about PER_TEMPLATE, covering every word pair it allows."""
    tree = parse(_fill(template, values))
    wanted = set(_info(tree).pairs)
    walker = _Walker(random.Random(seed))
    sentences: dict[str, None] = {}
    for count in range(MAX_PER_TEMPLATE):
        if count >= PER_TEMPLATE and wanted <= walker.covered:
            break
        words = walker.walk(tree, None)
        walker.covered |= sentence_pairs(words)
        sentences.setdefault(" ".join(words), None)
    return list(sentences)
