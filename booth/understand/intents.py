"""Load ``intents/*.yaml``: intents with sentence templates, plus slot lists and filler words.

Format (documented in README):

    intents:
      events_at_time:
        slots: [kind, time, room]      # every slot this intent can use
        requires: [time]               # each entry: a slot, or alternatives "sponsor|topic"
        sentences:
          - "(what|which) {kind} (are|is) [on] at {time}"

    slots:                             # in any intents file; merged
      kind:
        open-space: [open space, open spaces]
    fillers: [um, uh, please]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from booth.errors import IntentError
from booth.schedule.model import KINDS
from booth.understand.slotlists import BUILT_IN, SlotLists, load_slot_list
from booth.understand.templates import TemplateSyntaxError, check_braces, expand, lower_words, slot_names
from booth.understand.text import has_phrase
from booth.yamlfile import LineDict, LineList, line_of, load_yaml

# Slots the matcher knows how to fill. Values of kind come from `slots: kind:` in YAML;
# room, speaker and sponsor from the schedule; time from the resolver; topic is free text;
# ordinal picks an item of the last list ("the second one"). Other slots are listed in YAML
# (booth/understand/slotlists.py).
KNOWN_SLOTS = BUILT_IN
_TOP_KEYS = ("intents", "slots", "fillers", "aliases", "spoken", "kind_names")
_INTENT_KEYS = ("slots", "requires", "sentences", "description", "followup", "open_topic", "answer")


@dataclass(frozen=True)
class Intent:
    name: str
    slots: tuple[str, ...]
    requires: tuple[tuple[str, ...], ...]  # each: alternatives, one of which must be filled
    sentences: tuple[str, ...]  # expanded sentences with {slot} placeholders
    templates: tuple[str, ...]
    followup: bool = False  # only meaningful with a conversation context
    open_topic: bool = False  # a {topic} the schedule does not know is still a fair question ("the acme booth")
    path: str = ""
    line: int = 0
    answer: str = ""  # the registered answer that answers it (booth.answer.registry); default: its name
    answer_line: int = 0
    faq: bool = False  # a booth FAQ entry: its words may still be the topic of a schedule question

    @property
    def small_talk(self) -> bool:
        """Conversation of its own (thanks, stop, help): no slots, no FAQ fact, no follow-up."""
        return not self.slots and not self.faq and not self.followup


@dataclass
class IntentSet:
    intents: dict[str, Intent] = field(default_factory=dict)
    kind_synonyms: dict[str, str] = field(default_factory=dict)  # spoken phrase -> kind
    fillers: tuple[str, ...] = ()
    # Kind words that name particular events ("lunch", "dinner"), not every event of the kind.
    kind_names: frozenset[str] = frozenset()
    aliases: dict[str, str] = field(default_factory=dict)  # what people say -> what the schedule says
    # A word the speech model lacks -> words it has that sound alike ("pydantic": "pie dantic").
    spoken: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    slot_lists: SlotLists = field(default_factory=SlotLists)  # slots listed in YAML (size, roast, ...)

    def kind_name_in(self, kind_words: str) -> str:
        """The kind name said within a kind's words ("lunch" in "lunch break", "get lunch"), or ""
        when they name no particular event ("food", "a meal")."""
        said = kind_words.split()
        return next((name for name in sorted(self.kind_names, key=len, reverse=True)
                     if has_phrase(said, name.split())), "")


def _did_you_mean(word: str, options) -> str:
    from rapidfuzz import process

    best = process.extractOne(word, list(options), score_cutoff=60)
    return f"; did you mean '{best[0]}'?" if best else ""


def _string_list(node, path, line, what) -> list[str]:
    if isinstance(node, str):
        return [node]
    if not isinstance(node, list) or not all(isinstance(x, str) for x in node):
        raise IntentError(f"{what} must be a list of strings", path, line)
    return list(node)


def _load_intent(name, node, path, known: tuple[str, ...], key_line: int = 0) -> Intent:
    line = line_of(node) or 0
    if not isinstance(node, LineDict):
        raise IntentError(f"intent '{name}' must be a mapping with sentences:", path, line)
    for key in node:
        if key not in _INTENT_KEYS:
            raise IntentError(f"unknown key '{key}' in intent '{name}'{_did_you_mean(str(key), _INTENT_KEYS)}",
                              path, node.line_of(key))
    if "sentences" not in node:
        raise IntentError(f"intent '{name}' has no sentences:", path, line)
    declared = _string_list(node.get("slots", []), path, node.line_of("slots"), "slots")
    for slot in declared:
        if slot not in known:
            raise IntentError(f"unknown slot '{slot}'{_did_you_mean(slot, known)} (no slot list defines it)", path,
                              node.line_of("slots"))
    requires = []
    for entry in _string_list(node.get("requires", []), path, node.line_of("requires"), "requires"):
        alternatives = tuple(entry.split("|"))
        for slot in alternatives:
            if slot not in declared:
                raise IntentError(f"requires slot '{slot}' that is not in slots: of '{name}'", path,
                                  node.line_of("requires"))
        requires.append(alternatives)
    templates = _string_list(node["sentences"], path, node.line_of("sentences"), "sentences")
    sentences_node = node["sentences"]
    expanded: list[str] = []
    for index, template in enumerate(templates):
        tline = sentences_node.line_of(index) if isinstance(sentences_node, LineList) else node.line_of("sentences")
        try:
            check_braces(template)
            for slot in slot_names(template):
                if slot not in known:
                    raise TemplateSyntaxError(f"unknown slot '{slot}'{_did_you_mean(slot, known)}")
                if slot not in declared:
                    raise TemplateSyntaxError(f"slot '{slot}' is not in slots: of '{name}'")
            expanded.extend(expand(lower_words(template)))
        except TemplateSyntaxError as exc:
            raise IntentError(str(exc), path, tline) from None
    flags = {}
    for flag in ("followup", "open_topic"):
        flags[flag] = node.get(flag, False)
        if not isinstance(flags[flag], bool):
            raise IntentError(f"{flag} must be true or false", path, node.line_of(flag))
    answer = node.get("answer", name)
    if not isinstance(answer, str) or not answer:
        raise IntentError("answer: must name an answer", path, node.line_of("answer"))
    return Intent(name, tuple(declared), tuple(requires), tuple(dict.fromkeys(expanded)), tuple(templates),
                  flags["followup"], flags["open_topic"], str(path), key_line or line, answer,
                  node.line_of("answer") if "answer" in node else 0)


def _load_kind_synonyms(node, path, into: dict[str, str]) -> None:
    if not isinstance(node, LineDict):
        raise IntentError("slots: kind: must map each kind to its spoken forms", path, line_of(node))
    for kind, phrases in node.items():
        if kind not in KINDS:
            raise IntentError(f"unknown kind '{kind}'{_did_you_mean(str(kind), KINDS)}", path, node.line_of(kind))
        for phrase in _string_list(phrases, path, node.line_of(kind), f"spoken forms of '{kind}'"):
            into[" ".join(phrase.lower().split())] = kind


def load_intents(folder: Path) -> IntentSet:
    folder = Path(folder)
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise IntentError("no intent files (*.yaml) here", folder)
    result = IntentSet()
    fillers: list[str] = []
    docs = []
    for path in files:
        doc = load_yaml(path, IntentError)
        if doc is None:
            continue
        if not isinstance(doc, LineDict):
            raise IntentError("top level must be a mapping with intents:, slots:, fillers: or aliases:", path,
                              line_of(doc) or 1)
        for key in doc:
            if key not in _TOP_KEYS:
                raise IntentError(f"unknown key '{key}'{_did_you_mean(str(key), _TOP_KEYS)}", path, doc.line_of(key))
        docs.append((path, doc))
        # Slot lists first, from every file: an intent may use a list another file defines.
        slots = doc.get("slots") or LineDict()
        if not isinstance(slots, LineDict):
            raise IntentError("slots: must be a mapping", path, doc.line_of("slots"))
        for slot, entry in slots.items():
            if slot == "kind":
                _load_kind_synonyms(entry, path, result.kind_synonyms)
                continue
            if slot in result.slot_lists.lists:
                listed = result.slot_lists.lists[slot]
                raise IntentError(f"slot '{slot}' is listed twice (also {listed.path}:{listed.line})", path,
                                  slots.line_of(slot))
            result.slot_lists.lists[str(slot)] = load_slot_list(slot, entry, path, slots.line_of(slot))
    known = KNOWN_SLOTS + result.slot_lists.names()
    for path, doc in docs:
        intents = doc.get("intents") or LineDict()
        if not isinstance(intents, LineDict):
            raise IntentError("intents: must be a mapping of intent names", path, doc.line_of("intents"))
        for name, body in intents.items():
            if name in result.intents:
                other = result.intents[name]
                raise IntentError(f"intent '{name}' is defined twice (also {other.path}:{other.line})", path,
                                  intents.line_of(name))
            result.intents[name] = _load_intent(name, body, path, known, intents.line_of(name))
        fillers.extend(_string_list(doc.get("fillers", []), path, doc.line_of("fillers"), "fillers"))
        names = _string_list(doc.get("kind_names", []), path, doc.line_of("kind_names"), "kind_names")
        unknown = [n for n in names if " ".join(n.lower().split()) not in result.kind_synonyms]
        if unknown:
            raise IntentError(f"kind_names: '{unknown[0]}' is not a spoken form of any kind (slots: kind:)", path,
                              doc.line_of("kind_names"))
        result.kind_names |= {" ".join(n.lower().split()) for n in names}
        aliases = doc.get("aliases") or {}
        if not isinstance(aliases, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                    for k, v in aliases.items()):
            raise IntentError("aliases: must map what people say to what the schedule says (text: text)",
                              path, doc.line_of("aliases"))
        result.aliases.update({" ".join(k.lower().split()): " ".join(v.lower().split()) for k, v in aliases.items()})
        spoken = doc.get("spoken") or {}
        if not isinstance(spoken, dict) or not all(isinstance(k, str) and " " not in k.strip() and isinstance(v, str)
                                                   and v.strip() for k, v in spoken.items()):
            raise IntentError("spoken: must map a word to how it sounds in words the recognizer knows (word: words)",
                              path, doc.line_of("spoken"))
        result.spoken.update({k.strip().lower(): " ".join(v.lower().split()) for k, v in spoken.items()})
        result.files.append(str(path))
    result.fillers = tuple(" ".join(f.lower().split()) for f in fillers)
    if not result.intents:
        raise IntentError("no intents defined", folder)
    return result
