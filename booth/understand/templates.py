"""Sentence templates in the spirit of hassil: ``(a|b)`` alternatives, ``[the]`` optional words,
``{slot}`` slots. A template expands to every word sequence it allows; slots stay as ``{name}``.

    "what {kind} (are|is) [on] at {time}"  ->  "what {kind} are at {time}", "what {kind} is on at {time}", ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from booth.limits import MAX_TEMPLATE_CHARS, MAX_TEMPLATE_DEPTH

MAX_EXPANSIONS = 2000  # per template; a template that explodes past this is an authoring error

_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class TemplateSyntaxError(ValueError):
    """A template that cannot be parsed; the caller adds path and line."""


@dataclass(frozen=True)
class _Seq:
    items: tuple


@dataclass(frozen=True)
class _Alt:
    options: tuple  # of _Seq
    optional: bool


def parse(text: str) -> _Seq:
    """The template as a tree: words (str), sequences (_Seq) and alternatives (_Alt)."""
    return _parse(text)


def _parse(text: str) -> _Seq:
    pos = 0
    depth = 0

    def seq(closing: str | None) -> tuple[_Seq, str | None]:
        nonlocal pos
        options: list[_Seq] = []
        items: list = []
        word: list[str] = []

        def flush():
            if word:
                items.append("".join(word))
                word.clear()

        while pos < len(text):
            ch = text[pos]
            pos += 1
            if ch in "([":
                flush()
                inner, _ = group(")" if ch == "(" else "]")
                items.append(_Alt(inner, optional=ch == "["))
            elif ch == "|":
                flush()
                if closing is None:
                    raise TemplateSyntaxError("'|' outside ( ) or [ ]")
                options.append(_Seq(tuple(items)))
                items = []
            elif ch in ")]":
                flush()
                if ch != closing:
                    raise TemplateSyntaxError(f"unexpected '{ch}'")
                options.append(_Seq(tuple(items)))
                return _Seq(tuple(options)), ch
            elif ch.isspace():
                flush()
                items.append(" ")
            else:
                word.append(ch)
        flush()
        if closing is not None:
            raise TemplateSyntaxError(f"missing '{closing}'")
        return _Seq(tuple(items)), None

    def group(closing: str):
        nonlocal depth
        depth += 1
        if depth > MAX_TEMPLATE_DEPTH:
            raise TemplateSyntaxError(f"( ) and [ ] nested more than {MAX_TEMPLATE_DEPTH} deep")
        inner, _ = seq(closing)
        depth -= 1
        return inner.items, closing

    root, _ = seq(None)
    return root


def _expand(node, limit: int) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, _Alt):
        out: list[str] = [""] if node.optional else []
        for option in node.options:
            out.extend(_expand(option, limit))
        return out
    results = [""]
    for item in node.items:
        parts = _expand(item, limit)
        results = [r + p for r in results for p in parts]
        if len(results) > limit:
            raise TemplateSyntaxError(f"expands to more than {limit} sentences; split it")
    return results


def expand(template: str, limit: int = MAX_EXPANSIONS) -> list[str]:
    """Every sentence a template allows, whitespace-normalized, without duplicates."""
    if len(template) > MAX_TEMPLATE_CHARS:
        # Expansion joins strings word by word: a document-sized "sentence" would take minutes.
        raise TemplateSyntaxError(f"template is {len(template):,} characters long; the limit is "
                                  f"{MAX_TEMPLATE_CHARS:,} (split it into sentences)")
    seen: dict[str, None] = {}
    for sentence in _expand(_parse(template), limit):
        normalized = " ".join(sentence.split())
        if normalized:
            seen.setdefault(normalized, None)
    return list(seen)


def slot_names(template: str) -> list[str]:
    return _SLOT.findall(template)


def lower_words(template: str) -> str:
    """Lowercase the words, not the slot names ({numberOfShots} stays as written)."""
    return "".join(part if index % 2 else part.lower() for index, part in enumerate(re.split(r"(\{[^{}]*\})", template)))


def check_braces(template: str) -> None:
    """Slots must be ``{name}`` (letters, digits and _); stray braces are errors."""
    stripped = _SLOT.sub("", template)
    if "{" in stripped or "}" in stripped:
        raise TemplateSyntaxError("slot must look like {name} (letters, digits and _)")
