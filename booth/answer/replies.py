"""Answers written in YAML only. An intent that names no registered answer is answered by its own
responses in dialogs/*.yaml, placeholders filled from its slots:

    tshirt:                       # dialogs/faq.yaml
      found: ["Size {size} t-shirts are at the registration desk."]
      missing: ["Which size? Small, medium or large."]

Outcome "found": every slot the intent declares was heard ({slot} for each); "missing": one was
not ({missing} names the first such slot; slots not heard are empty; only when the intent does
not require all its slots). A static answer may be a plain list, which is its "found". The booth FAQ (data/<conference>/faq.yaml) is answered
here too, one intent per entry.

This module also builds a Booth's table of answers: the registered ones plus these."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from booth.answer.answers import Answer
from booth.answer.registry import AnswerKind, AnswerSpec, answer
from booth.errors import IntentError
from booth.schedule.faq import FaqEntry
from booth.understand.intents import Intent, IntentSet

FOUND, MISSING = "found", "missing"


def reply_outcomes(intent: Intent) -> dict[str, frozenset[str]]:
    outcomes = {FOUND: frozenset(intent.slots)}
    required = {slot for alternatives in intent.requires for slot in alternatives if len(alternatives) == 1}
    if set(intent.slots) - required:
        outcomes[MISSING] = frozenset(intent.slots) | {"missing"}
    return outcomes


def spoken_value(value: Any) -> str:
    """A slot's canonical value as words: times by their spoken form, the rest as they are."""
    spoken = getattr(value, "spoken", None)
    return spoken if isinstance(spoken, str) else str(value)


def reply(intent: Intent, slots: Mapping[str, Any]) -> Answer:
    values = {slot: spoken_value(slots[slot]) for slot in intent.slots if slot in slots}
    missing = [slot for slot in intent.slots if slot not in slots]
    if missing:
        return Answer(intent.name, MISSING, {**values, "missing": missing[0]})
    return Answer(intent.name, FOUND, values)


@answer("faq", {"answer": {"answer"}}, AnswerKind.INTERNAL)
def faq_answer(entry: FaqEntry, slots: Mapping[str, Any] | None = None) -> Answer:
    return Answer("faq", "answer", {"answer": entry.answer})


def faq_intents(entries: tuple[FaqEntry, ...]) -> dict[str, Intent]:
    return {f"faq.{e.id}": Intent(f"faq.{e.id}", (), (), e.sentences, e.questions, path=e.path, line=e.line,
                                  answer=f"faq.{e.id}", faq=True) for e in entries}


def answer_table(intents: IntentSet, registered: Mapping[str, AnswerSpec],
                 faq: tuple[FaqEntry, ...] = ()) -> dict[str, AnswerSpec]:
    """Every answer a Booth can give: registered ones, YAML replies, FAQ entries."""
    table = dict(registered)
    for intent in intents.intents.values():
        if intent.answer == intent.name and intent.name not in registered:
            table[intent.name] = AnswerSpec(intent.name, reply_outcomes(intent), partial(reply, intent),
                                            AnswerKind.REPLY)
    for entry in faq:
        table[f"faq.{entry.id}"] = AnswerSpec(f"faq.{entry.id}", {}, partial(faq_answer, entry), AnswerKind.REPLY)
    return table


def check_replies(intents: IntentSet, table: Mapping[str, AnswerSpec]) -> None:
    """An intent answered as another intent ("and in medium" answered as tshirt, or a second
    wording of a question) may only bring slots that intent has."""
    for intent in intents.intents.values():
        spec = table.get(intent.answer)
        if intent.answer == intent.name or spec is None or spec.kind is not AnswerKind.REPLY:
            continue  # its own responses, or a registered answer
        target = intents.intents[intent.answer]
        line = intent.answer_line or intent.line
        extra = [s for s in intent.slots if s not in target.slots]
        if extra:
            raise IntentError(f"intent '{intent.name}': slot '{extra[0]}' is not a slot of '{target.name}', "
                              "which answers it", intent.path, line)


def required_answers(intents: IntentSet, table: Mapping[str, AnswerSpec], has_schedule: bool) -> set[str]:
    """The answers whose every outcome dialogs/ must word: those the intents name, the fallback,
    and what the conversation and the FAQ say on their own when they can come up."""
    named = {intent.answer for intent in intents.intents.values()}
    required = named | {"no_match"}
    if any(intent.followup for intent in intents.intents.values()):
        required.add("followup")
    if any(table[name].kind in (AnswerKind.SCHEDULE, AnswerKind.FOLLOWUP) for name in named if name in table):
        required |= {"clarify", "more"}  # several hits are a question; "and after that" may find no more
    if has_schedule:
        required.add("faq")
    return required
