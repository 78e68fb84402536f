"""What the n-best list says about a hearing of an intent whose slots are all YAML lists (a
skill's sizes, roasts and milks, booth/understand/slotlists.py), beyond its single best hypothesis.

Such an intent has no free text: every slot value is one of a few known phrases. Two kinds of
mishearing follow from noise masking words (kitchen noise at 6 dB on the coffee recordings), and
both can be read off the words of the values themselves, whatever the skill:

- a hypothesis that stops inside a value: "... with a bit of almond" (the last word lost in the
  noise, or the decoder's bigram back-off ending the sentence early). When the words heard begin
  exactly one value ("a bit of almond milk"), the value is what was said; when they begin several
  ("a little bit of": milk, soy milk, sugar...), nothing is guessed.
- close hypotheses that say less of the same order: "with sweetener" beside "with some
  sweetener", "brown sugar" beside "some brown sugar". Noise drops the short words of a value far
  more often than it makes them up, so the fuller reading is the one meant; the shorter one is no
  rival that would make the order doubtful. A hypothesis with a slot more or less ("iced mocha
  small" beside "iced mocha") is another order, and stays a rival.
- an order heard without the words it begins with: "mocha with some brown sugar" for "can I get
  a mocha ...". Its values are all there; the sentence is the intent's own with its usual start.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from booth.voice import balanced

__all__ = ["ListedOrders", "completed", "listed_orders", "says_less"]


@dataclass(frozen=True)
class ListedOrders:
    """The intents whose slots are all YAML lists, as the n-best re-check needs them."""

    values: tuple[tuple[str, ...], ...]  # every spoken form of their slots, as words
    ends: Mapping[str, frozenset[str]]  # intent -> the words its sentences can end with
    # intent -> the words most of its sentences begin with before the first slot ("can i get a"),
    # for an order heard without them (booth.voice.decide)
    heads: Mapping[str, str] = field(default_factory=dict)

    def cut(self, intent: str | None, text: str) -> bool:
        """Whether a hypothesis of ``intent`` stops where no sentence of it does ("... with
        sweetener and", "... with a bit of almond"): words after it were lost."""
        words = text.split()
        return intent is not None and intent in self.ends and bool(words) and words[-1] not in self.ends[intent]


def listed_only(intent, slot_lists: Iterable[str]) -> bool:
    """An intent whose slots all come from YAML lists (a skill's sizes and roasts): no free topic,
    no schedule name, and its grammar covers every word pair of its templates (booth.voice.grammar,
    booth.voice.balanced), not a sample of whole sentences. The conference's own intents are never such."""
    return intent is not None and bool(intent.slots) and set(intent.slots) <= set(slot_lists)


def listed_orders(intents, forms: Mapping[str, Mapping[str, str]],
                  sentences: Callable[[list[str]], list[str]] | None = None) -> ListedOrders:
    """``intents``: an IntentSet; ``forms``: the lexicon's spoken forms (slot -> form -> value);
    ``sentences``: an intent's sentences with their slots as "{slot}" (Matcher.sentences)."""
    names = intents.slot_lists.names()
    closed = [intent for intent in intents.intents.values() if listed_only(intent, names)]
    slots = {slot for intent in closed for slot in intent.slots}
    values = tuple(sorted({tuple(form.split()) for slot in slots for form in forms.get(slot, {}) if form.strip()}))
    fills = {slot: list(forms.get(slot, {})) for slot in slots}
    ends = {intent.name: frozenset().union(*(balanced.template_ends(t, fills) for t in intent.templates))
            for intent in closed}
    heads = {}
    if sentences is not None:
        for intent in closed:
            starts = Counter(s.split("{")[0].strip() for s in sentences([intent.name]) if "{" in s)
            head = starts.most_common(1)[0][0] if starts else ""
            if head:
                heads[intent.name] = head
    return ListedOrders(values, ends, heads)


def completed(text: str, values: Iterable[tuple[str, ...]]) -> str | None:
    """``text`` with the listed value it stops inside said whole, or None: when its last words are
    a whole value, begin no value, or begin more than one (the longest such ending decides:
    "a bit of almond" -> "a bit of almond milk", though "almond" alone would too)."""
    words = text.split()
    values = list(values)
    longest = max((len(v) for v in values), default=0)
    for start in range(max(0, len(words) - longest), len(words)):
        tail = tuple(words[start:])
        if tail in values:
            return None  # it ends on a whole value ("medium", though "medium roast" is one too)
        longer = {v for v in values if len(v) > len(tail) and v[:len(tail)] == tail}
        if len(longer) == 1:
            (value,) = longer
            return " ".join([*words, *value[len(tail):]])
        if longer:
            return None  # cut off, but which value is not said ("a little bit of")
    return None


def says_less(small_intent: str | None, small: Mapping[str, object], big_intent: str | None,
              big: Mapping[str, object], cut: bool = False) -> bool:
    """Whether the reading (``small_intent``, ``small`` slots) is the same order as ``big`` with
    words of a value left out: the same intent and slots, each value the same or the last words
    of the other's ("sweetener" of "some sweetener"), at least one shorter. A ``cut`` hypothesis
    (ListedOrders.cut) may also lack slots: the words that said them were lost."""
    if small_intent is None or small_intent != big_intent or not set(small) <= set(big):
        return False
    shorter = set(small) != set(big)
    if shorter and not cut:
        return False
    for slot, value in small.items():
        mine, theirs = str(value).split(), str(big[slot]).split()
        if mine == theirs:
            continue
        if len(mine) >= len(theirs) or theirs[len(theirs) - len(mine):] != mine:
            return False
        shorter = True
    return shorter
