"""A question said with an aside before or after it: "when's the next coffee break, I really need
one", "my kid loves chess, is there anything about chess?", "what's on at 5 pm, I've got a free
hour". Typed, a comma may mark where the question ends; spoken, nothing does. When a question as
a whole fits no intent, the matcher tries the spans of it that begin where a question begins and
end where an aside begins (``question_spans``), longest first.
"""

from __future__ import annotations

__all__ = ["question_spans", "MIN_SPAN_WORDS"]

# Words a question begins with ("... is there anything about chess", "... when is zac speaking").
_QUESTION_STARTS = frozenset({"who", "what", "when", "where", "which", "how", "is", "are", "do", "does", "can",
                              "could", "any", "anything", "there"})
# Words an aside after a question begins with: the visitor speaking of themselves ("i need to
# leave early", "i love his books"), or asking once more ("is that right", "anything good",
# "anything i can walk into"). Not "my": "where can i park my car" is one question.
_ASIDE_STARTS = frozenset({"i", "because", "cause"})
_ASIDE_PAIRS = frozenset({("is", "that"), ("anything", "good"), ("anything", "interesting"), ("anything", "i"),
                          ("or", "anything"), ("what", "booth")})
# The words a span keeps: fewer would be a fragment any chatter has ("is there", "what is on").
MIN_SPAN_WORDS = 3
# How far into the utterance a question may begin after an aside ("my kid loves chess ...").
_MAX_HEAD_WORDS = 6
# After one of these a question word is a verb of the aside: "i do audio stuff, are there any
# talks about audio", "we are new here, what is on now".
_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she"})


def _aside_at(tokens: list[str], i: int) -> bool:
    return tokens[i] in _ASIDE_STARTS or tuple(tokens[i:i + 2]) in _ASIDE_PAIRS


def question_spans(tokens: list[str]) -> list[list[str]]:
    """Spans of ``tokens`` without an aside before and/or after them, longest first; none when
    the question has no such place to cut."""
    # A question begins after an aside that asks nothing itself: "what is the news today" does
    # not begin at "is the news today".
    starts = [i for i in range(len(tokens)) if tokens[i] in _QUESTION_STARTS and not (
        i > 0 and tokens[i - 1] in _SUBJECTS)]
    heads = [0] + starts[:1] if starts and 1 <= starts[0] <= _MAX_HEAD_WORDS else [0]
    spans: list[list[str]] = []
    for head in heads:
        ends = [len(tokens)] + [i for i in range(head + MIN_SPAN_WORDS, len(tokens)) if _aside_at(tokens, i)]
        for end in ends:
            if (head, end) != (0, len(tokens)) and end - head >= MIN_SPAN_WORDS:
                spans.append(tokens[head:end])
    spans.sort(key=len, reverse=True)
    return spans
