"""The words of a question the matcher treats specially: glue inside a topic, politeness after it,
a word said twice, letters spelled out, and the word sets that decide whether free text is a
subject the schedule may cover ("is there a {topic}") or the visitor's own business."""

from __future__ import annotations

from functools import cache

from booth.understand.numbers import TENS, UNITS
from booth.understand.text import tokenize

__all__ = ["NOT_NAMES", "NOT_OURS", "NUMBER_WORDS", "SUBJECT_MARKERS", "TOPIC_GLUE", "agreed", "back_over_number",
           "back_to_marker", "glue_letters", "heard_contractions", "no_stutter", "sentence_tokens", "trailing_thanks"]

# Words that may sit inside a topic ("future of python") without splitting it.
TOPIC_GLUE = {"of", "and", "the", "for", "in", "with", "to", "a", "an", "on", "vs", "versus", "at", "is"}


def sentence_tokens(sentence: str) -> list[str]:
    """A template sentence tokenized like a question ("i'd like" -> "i like", "t-shirt" -> "t
    shirt"), slots kept as they are."""
    return [t for w in sentence.split() for t in ([w] if w.startswith("{") else _word_tokens(w))]


@cache
def _word_tokens(word: str) -> tuple[str, ...]:
    """One template word tokenized: the templates' thousands of sentences share a few hundred
    words, and tokenizing each sentence word by word was most of building a Matcher."""
    return tuple(tokenize(word))


# A verb's number says nothing about what is asked ("when are the final remarks" is "when is the
# {topic}"): the matcher compares questions and sentences with these read alike.
_AGREEMENT = {"are": "is", "were": "was", "do": "does"}


# ... before what names the events, not before a person ("are you a robot" is not "is there a ...").
_AGREED_BEFORE = {"the", "there", "any", "all", "those", "these", "{kind}"}


def agreed(text: str) -> str:
    """``text`` with is/are, was/were, does/do read alike before the events it asks about, for
    comparing a question with a sentence."""
    words = text.split()
    if not any(w in _AGREEMENT for w in words):
        return text
    return " ".join(_AGREEMENT[w] if w in _AGREEMENT and words[i + 1:i + 2] and words[i + 1] in _AGREED_BEFORE else w
                    for i, w in enumerate(words))


def glue_letters(words: list[str]) -> str:
    """A recognizer spells some names in letters: "async i o" -> "asyncio", "c i" -> "ci".
    Only runs of two or more letters: a lone "a" or "i" is a word."""
    out: list[str] = []
    for index, word in enumerate(words):
        letter = len(word) == 1 and word.isalpha()
        in_run = letter and any(0 <= j < len(words) and len(words[j]) == 1 for j in (index - 1, index + 1))
        if in_run and out:
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)


# Said after a question ("where is lunch thanks"): politeness, not part of what is asked.
THANKS_TAIL = (("thank", "you"), ("thanks",), ("thx",), ("cheers",))


# In a subject, words that put it outside the conference: the visitor's own things ("my flight") or
# places around the venue ("a pharmacy nearby").
NOT_OURS = {"my", "your", "our", "his", "her", "their", "nearby", "near", "around", "outside", "downtown"}
NUMBER_WORDS = set(UNITS) | set(TENS) | {"hundred", "oh"}
SUBJECT_MARKERS = {"about", "regarding", "called", "titled", "named"}
# Words that stand for no name: "is anyone here", "is it here" ask about nobody in particular.
NOT_NAMES = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody", "it", "that", "this",
              "there", "he", "she", "they", "you", "we", "i", "me", "everything", "something", "anything", "nothing",
              # "nice booth", "cool stand": a compliment, not a sponsor's name
              "nice", "cool", "great", "awesome", "lovely", "beautiful", "amazing", "neat", "fancy", "good", "your",
              "my", "our", "hey", "hi", "hello", "a", "the"}


def no_stutter(tokens: list[str], vocabulary: set[str]) -> list[str]:
    """ "what what open spaces": a question word said twice is said once. Only the intents' own
    words: "ten ten" is a time and a name may repeat a word."""
    return [t for i, t in enumerate(tokens) if i == 0 or t != tokens[i - 1] or t not in vocabulary]


# Contractions as a recognizer hears them: "who's" is the sound of "whose", "when's" comes out
# "once" (blind set 6 by voice: "whose giving the asyncio talk", "once the job fair"). Only where
# the word cannot be meant: "whose" before what "who is" takes ("whose booth is that" stays),
# "once" first and before "the" or "is".
_WHOSE_BEFORE = frozenset({"the", "giving", "talking", "speaking", "doing", "presenting", "teaching", "running",
                           "hosting", "on", "in", "at", "next"})
_ONCE_BEFORE = frozenset({"the", "is"})


def heard_contractions(tokens: list[str]) -> list[str]:
    """ "whose giving ..." -> "who is giving ...", "once the job fair" -> "when is the job fair"."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t == "whose" and following in _WHOSE_BEFORE:
            out += ["who", "is"]
        elif t == "once" and i == 0 and following in _ONCE_BEFORE:
            out += ["when"] if following == "is" else ["when", "is"]
        else:
            out.append(t)
    return out


def trailing_thanks(tokens: list[str]) -> list[str]:
    for tail in THANKS_TAIL:
        if len(tokens) > len(tail) + 1 and tuple(tokens[-len(tail):]) == tail:
            return tokens[:-len(tail)]
    return tokens


def back_over_number(tokens: list[str], covered: set[int], first: int) -> int:
    while first > 0 and first - 1 not in covered and tokens[first] in NUMBER_WORDS \
            and tokens[first - 1] in NUMBER_WORDS:
        first -= 1
    return first

def back_to_marker(tokens: list[str], covered: set[int], first: int) -> int:
    for back in (1, 2):
        j = first - back
        if j < 1 or j in covered:
            return first
        if tokens[j - 1] in SUBJECT_MARKERS and all(tokens[k] not in SUBJECT_MARKERS for k in range(j, first)):
            return j
    return first
