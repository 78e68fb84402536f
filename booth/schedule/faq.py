"""A conference's booth FAQ, ``data/<conference>/faq.yaml``, written by booth staff:

    wifi:                                    # an id: the intent is "faq.wifi"
      questions:                             # sentence templates, as in intents/*.yaml
        - "what is the (wifi|wi-fi) password"
        - "how do i get on the (wifi|internet)"
      answer: "The network is PyCon2025. There is no password."

Loaded with the schedule (so a running booth picks up an edit at its next question, and a
broken edit keeps the last good FAQ, like the board)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from booth.errors import DataError
from booth.understand.templates import TemplateSyntaxError, check_braces, expand, lower_words, slot_names
from booth.yamlfile import LineDict, LineList, line_of, load_yaml

FAQ_FILE = "faq.yaml"
# Asked of every conference whose conference.yaml names its venue, unless its FAQ answers it.
VENUE_QUESTIONS = (
    "where is [the] (conference|{name}|venue|convention center) [this year|held|being held|located|taking place]",
    "where (is|are) (the conference|{name}) (held|being held|located|taking place|happening) [this year]",
    "(which|what) (building|venue|convention center) is (the conference|{name}) [in|at]",
    "what is the (address|venue) [of the conference|of {name}]",
)
_ID = re.compile(r"[a-z][a-z0-9_-]*")
_KEYS = ("questions", "answer")


@dataclass(frozen=True)
class FaqEntry:
    id: str
    questions: tuple[str, ...]  # templates as written
    sentences: tuple[str, ...]  # every sentence they allow
    answer: str
    path: str = ""
    line: int = 0


def read_faq(path: Path) -> tuple[FaqEntry, ...]:
    """The FAQ at ``path`` (none if the file is absent). Broken files raise DataError path:line."""
    if not path.exists():
        return ()
    doc = load_yaml(path, DataError)
    if doc is None:
        return ()
    if not isinstance(doc, LineDict):
        raise DataError("top level must map ids to {questions:, answer:}", path, line_of(doc) or 1)
    entries = []
    for key, node in doc.items():
        line = doc.line_of(key)
        if not isinstance(key, str) or not _ID.fullmatch(key):
            raise DataError(f"FAQ id '{key}': lowercase letters, digits, - and _", path, line)
        if not isinstance(node, LineDict):
            raise DataError(f"'{key}' must be a mapping with questions: and answer:", path, line)
        for field in node:
            if field not in _KEYS:
                raise DataError(f"unknown key '{field}' in '{key}' (known: questions, answer)", path,
                                node.line_of(field))
        questions = node.get("questions")
        if isinstance(questions, str):
            questions = [questions]
        if not isinstance(questions, list) or not questions or not all(isinstance(q, str) for q in questions):
            raise DataError(f"'{key}.questions' must be a non-empty list of sentences", path, node.line_of("questions"))
        answer = node.get("answer")
        if not isinstance(answer, str) or not answer.strip():
            raise DataError(f"'{key}.answer' must be the text to say", path, node.line_of("answer"))
        if "{" in answer or "}" in answer:
            raise DataError(f"'{key}.answer' is said as written: no {{placeholders}} or braces", path,
                            node.line_of("answer"))
        sentences: list[str] = []
        for index, question in enumerate(questions):
            qline = questions.line_of(index) if isinstance(questions, LineList) else node.line_of("questions")
            try:
                check_braces(question)
                if slot_names(question):
                    raise TemplateSyntaxError("FAQ questions have no {slots}; write an intent for that")
                sentences.extend(expand(lower_words(question)))
            except TemplateSyntaxError as exc:
                raise DataError(str(exc), path, qline) from None
        entries.append(FaqEntry(key, tuple(questions), tuple(dict.fromkeys(sentences)), " ".join(answer.split()),
                                str(path), line))
    return tuple(entries)


def venue_entry(title: str, venue: str, path: str = "", line: int = 0) -> FaqEntry:
    """ "where is the conference", answered from conference.yaml's ``venue:`` ("Oregon Convention
    Center, Portland") for a conference whose FAQ does not say it. ``{name}``: the title's first
    word ("pycon", "fosdem")."""
    words = lower_words(title).split()
    name = words[0] if words and words[0].isalpha() else "conference"
    questions = tuple(q.replace("{name}", name) for q in VENUE_QUESTIONS)
    sentences = tuple(dict.fromkeys(s for q in questions for s in expand(q)))
    place = venue if venue.lower().startswith("the ") else f"the {venue}"
    return FaqEntry("venue", questions, sentences, f"{title or 'The conference'} is at {place}.", path, line)


def with_venue(faq: tuple[FaqEntry, ...], venue: FaqEntry) -> tuple[FaqEntry, ...]:
    """The FAQ with the venue question: the staff's own entry that answers it (any of its
    sentences) says it, asked any of the ways, and the one from conference.yaml only if none does."""
    mine = set(venue.sentences)
    for i, entry in enumerate(faq):
        if mine & set(entry.sentences):
            merged = replace(entry, sentences=tuple(dict.fromkeys(entry.sentences + venue.sentences)))
            return faq[:i] + (merged,) + faq[i + 1:]
    return (*faq, venue)
