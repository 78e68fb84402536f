"""Answers that read no schedule: help, thanks, stop, the fallback ("no match" as a value) and a
follow-up with nothing to follow."""

from __future__ import annotations

from booth.answer.answers import Answer, Context
from booth.answer.registry import AnswerKind, answer

EXAMPLES = "what open spaces are at three"


@answer("help", {"help": {"examples"}})
def help_answer(slots: dict, ctx: Context) -> Answer:
    return Answer("help", "help", {"examples": EXAMPLES})


@answer("thanks", {"thanks": set()})
def thanks(slots: dict, ctx: Context) -> Answer:
    return Answer("thanks", "thanks")


@answer("stop", {"stop": set()})
def stop(slots: dict, ctx: Context) -> Answer:
    return Answer("stop", "stop")


OUT_OF_RANGE = "date out of range"  # NoMatch.reason for a date no calendar arithmetic should touch


@answer("no_match", {"fallback": {"heard", "examples"}, "nothing": set(), "out_of_range": {"first", "last"}},
        AnswerKind.INTERNAL)
def no_match(heard: str, reason: str = "") -> Answer:
    if not heard.strip():
        return Answer(None, "nothing")
    if reason == OUT_OF_RANGE:
        from booth.limits import MAX_YEAR, MIN_YEAR

        return Answer(None, "out_of_range", {"first": str(MIN_YEAR), "last": str(MAX_YEAR)})
    return Answer(None, "fallback", {"heard": heard.strip(), "examples": EXAMPLES})


@answer("followup", {"no_context": {"examples"}}, AnswerKind.INTERNAL)
def no_context() -> Answer:
    """A follow-up ("what about four") with nothing to follow: say how to start."""
    return Answer("followup", "no_context", {"examples": EXAMPLES})
