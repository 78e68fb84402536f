"""A question said with an aside before or after it: "when's the next coffee break, I really need
one", "my kid loves chess, is there anything about chess?", "what's on at 5 pm, I've got a free
hour". Typed, a comma may mark where the question ends; spoken, nothing does. When a question as
a whole fits no intent, the matcher tries the spans of it that begin where a question begins and
end where an aside begins (``question_spans``), longest first.

The aside may also name what the question asks about, the question only pointing back at it: "I'd
like to see Trey Hunner, when is he on", "I missed the jax tutorial, when was it", "is Datadog
here, what's their booth". Then the question is tried with the pronoun replaced by what the aside
names (``referent_spans``): "when is trey hunner on".
"""

from __future__ import annotations

__all__ = ["question_spans", "referent_spans", "MIN_SPAN_WORDS"]

# Words a question begins with ("... is there anything about chess", "... when is zac speaking").
_QUESTION_STARTS = frozenset({"who", "what", "when", "where", "which", "how", "is", "are", "do", "does", "can",
                              "could", "any", "anything", "there"})
# Words an aside after a question begins with: the visitor speaking of themselves ("i need to
# leave early", "i love his books"), or asking once more ("is that right", "anything good",
# "anything i can walk into", "anything worth seeing"), or of the speaker ("she's my friend"), or
# widening it ("that kind of thing"). Not "my": "where can i park my car" is one question.
_ASIDE_STARTS = frozenset({"i", "because", "cause"})
_ASIDE_PAIRS = frozenset({("is", "that"), ("anything", "good"), ("anything", "interesting"), ("anything", "i"),
                          ("anything", "worth"), ("or", "anything"), ("what", "booth"), ("that", "kind"), ("she", "my"), ("he", "my")})
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


# Words that point back at what the aside before the question named.
_POINTING = frozenset({"he", "she", "it", "they", "them", "him", "her", "his", "their", "its"})
# ... and "that" only as the question's last word ("where is that"): elsewhere it begins a noun
# phrase of the question's own ("is that talk recorded").
_POINTING_LAST = frozenset({"that"})
# The words of an aside around the name it gives: how visitors bring something up ("i would like
# to see", "i heard there is a", "i missed the", "is ... here").
_FRAMING = frozenset({"i", "we", "would", "like", "love", "want", "wanted", "to", "see", "hear", "heard", "catch",
                      "there", "is", "are", "was", "were", "a", "an", "the", "missed", "miss", "here", "thing",
                      "hoping", "hope", "so", "really", "about", "of", "been", "have", "has", "saw", "told", "me",
                      "someone", "somebody", "said", "um", "uh", "oh", "okay", "ok", "hey", "hi", "this", "that",
                      "one", "going", "go", "on", "for", "looking", "find", "trying", "and", "but", "also"})
_WH = frozenset({"who", "what", "when", "where", "which", "how", "why"})
# A name longer than this is more than an aside brings up ("... the talk about ...").
_MAX_REFERENT_WORDS = 4


def referent_spans(tokens: list[str]) -> list[list[str]]:
    """The question after an aside, with its first word that points back ("he", "it", "their",
    a last "that") replaced by the name the aside gave; none when there is no such question."""
    for i in range(1, len(tokens)):
        if tokens[i] not in _QUESTION_STARTS or tokens[i - 1] in _SUBJECTS:
            continue
        if _WH & set(tokens[:i]):
            return []  # the words before are a question of their own ("what is mariatta's talk about")
        named = [t for t in tokens[:i] if t not in _FRAMING]
        if not named:
            continue  # "i heard there ...": the question has not begun
        if len(named) > _MAX_REFERENT_WORDS:
            return []
        question = tokens[i:]
        for j, word in enumerate(question):
            if word in _POINTING or (word in _POINTING_LAST and j == len(question) - 1):
                return [[*question[:j], *named, *question[j + 1:]]]
        return []
    return []
