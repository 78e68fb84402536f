"""How far a topic goes in a question: the run of words the intents do not use, taken on over
words they do use when a title goes on with them ("the state of go talk", "the fun run 5k")."""

from __future__ import annotations

from collections.abc import Callable

from booth.understand.tuning import Tuning
from booth.understand.wording import TOPIC_GLUE, glue_letters

__all__ = ["longer_title"]


def longer_title(tokens: list[str], covered: set[int], span: tuple[int, int], topic_score: Callable[[str], float],
                 topic_count: Callable[[str], int] | None, titled_with: Callable[[str, str], bool] | None,
                 tuning: Tuning) -> tuple[int, int]:
    """ "the state of go talk": a title may go on with words the intents use ("of go"); the
    topic takes them when the longer words still name a title as well and fewer events."""
    first, last = span
    if topic_count is None:
        return span
    best, fewest = span, topic_count(glue_letters(tokens[first:last]))
    end = last
    while end < len(tokens) and end not in covered and end - last < 3:
        end += 1
        # A title goes on through a joining word ("state of go") or by one word of the questions'
        # own ("fun run": "run" is an intent's word); either way only when the longer words name
        # fewer events ("expo hall hours" names the Expo Hall as "expo hall" does).
        if tokens[end - 1] in TOPIC_GLUE:
            continue
        words = glue_letters(tokens[first:end])
        if tokens[last] not in TOPIC_GLUE and (end - last > 1 or titled_with is None
                                               or not titled_with(words, tokens[last])):
            continue  # one question word goes on a title only when that title has it
        if topic_score(words) >= tuning.title_match and 0 < (count := topic_count(words)) < fewest:
            best, fewest = (first, end), count
    # ... or begins with them: "when is the fun run 5k" ("fun" and "run" are intents' words, "5k"
    # is not). Back over up to two words that the title of the topic's best event says right
    # before the topic ("by guido" is no title's), never over an article or a joining word; the
    # longer words must name a title as well and no more events.
    start, words = best[0], glue_letters(tokens[best[0]:best[1]])
    while start > 0 and best[0] - start < 2 and start - 1 not in covered and titled_with is not None:
        if tokens[start - 1] in TOPIC_GLUE or not titled_with(words, " ".join(tokens[start - 1:best[1]])):
            break
        longer = glue_letters(tokens[start - 1:best[1]])
        if topic_score(longer) < tuning.title_match or not 0 < topic_count(longer) <= fewest:
            break
        start, words = start - 1, longer
    return (start, best[1]) if start < best[0] else best
