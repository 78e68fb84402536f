"""Responses in ``dialogs/*.yaml``: per intent and outcome, several variants, with ``{placeholders}``
rendered strictly (no attribute access, no code): an unknown placeholder is an error."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from booth.answer.answers import Answer
from booth.answer.spoken import clean_for_speech
from booth.errors import DialogError
from booth.yamlfile import LineDict, LineList, line_of, load_yaml

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Variant:
    text: str
    path: str
    line: int


@dataclass
class Dialogs:
    responses: dict[tuple[str, str], list[Variant]] = field(default_factory=dict)
    _turn: dict[tuple[str, str], int] = field(default_factory=dict)

    def render(self, answer: Answer) -> str:
        key = (answer.intent or "no_match", answer.outcome)
        variants = self.responses.get(key)
        if not variants:
            raise DialogError(f"no response for intent '{key[0]}' outcome '{key[1]}'")
        # Rotate through the variants so a visitor asking twice hears it said differently.
        turn = self._turn.get(key, 0)
        self._turn[key] = turn + 1
        variant = variants[turn % len(variants)]
        text = _PLACEHOLDER.sub(lambda m: answer.values.get(m.group(1), ""), variant.text)
        text = re.sub(r"\s+([,.?!])", r"\1", re.sub(r"\s+", " ", text)).strip()
        text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text).replace("?.", "?").replace("!.", "!")
        return clean_for_speech(text[:1].upper() + text[1:]) if text else ""


def _as_found(node, line: int) -> LineDict:
    found = LineDict({"found": node})
    found.line = line
    found.key_lines = {"found": line}
    return found


def _check_placeholders(text: str, allowed: set[str], path: Path, line: int, where: str) -> None:
    if "{" in _PLACEHOLDER.sub("", text) or "}" in _PLACEHOLDER.sub("", text):
        raise DialogError(f"stray brace in {where}", path, line)
    for name in _PLACEHOLDER.findall(text):
        if not _NAME.fullmatch(name):
            raise DialogError(f"placeholder '{{{name}}}' in {where}: only plain names like {{title}} are allowed",
                              path, line)
        if name not in allowed:
            hint = ", ".join(sorted(allowed)) or "none"
            raise DialogError(f"unknown placeholder '{{{name}}}' in {where} (allowed: {hint})", path, line)


def load_dialogs(folder: Path, outcomes: dict[str, dict[str, set[str]]] | None = None,
                 required: set[str] | None = None, origins=None) -> Dialogs:
    """``outcomes``: answer -> outcome -> placeholders it fills; ``required``: the answers that
    must have every outcome written (default: all); ``origins``: the IntentSet, so that a missing
    response of a YAML-answered intent is reported at the intent's path:line."""
    if outcomes is None:
        from booth.answer.registry import outcomes as registered_outcomes

        outcomes = registered_outcomes()
    folder = Path(folder)
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise DialogError("no dialog files (*.yaml) here", folder)
    dialogs = Dialogs()
    for path in files:
        doc = load_yaml(path, DialogError)
        if doc is None:
            continue
        if not isinstance(doc, LineDict):
            raise DialogError("top level must map intent names to outcomes", path, line_of(doc) or 1)
        for intent, node in doc.items():
            if intent not in outcomes:
                raise DialogError(f"unknown intent '{intent}' (known: {', '.join(sorted(outcomes))})", path,
                                  doc.line_of(intent))
            if isinstance(node, (str, list)) and "found" in outcomes[intent]:
                node = _as_found(node, doc.line_of(intent))  # a static answer: its variants are "found"
            if not isinstance(node, LineDict):
                raise DialogError(f"'{intent}' must map outcomes to lists of responses", path, doc.line_of(intent))
            for outcome, variants in node.items():
                allowed = outcomes[intent].get(outcome)
                if allowed is None:
                    raise DialogError(f"unknown outcome '{outcome}' for '{intent}' (known: "
                                      f"{', '.join(sorted(outcomes[intent]))})", path, node.line_of(outcome))
                if isinstance(variants, str):
                    variants = LineList([variants])
                    variants.line = node.line_of(outcome)
                    variants.item_lines = [node.line_of(outcome)]
                if not isinstance(variants, list) or not variants or not all(isinstance(v, str) for v in variants):
                    raise DialogError(f"'{intent}.{outcome}' must be a non-empty list of strings", path,
                                      node.line_of(outcome))
                items = []
                for index, text in enumerate(variants):
                    line = variants.line_of(index) if isinstance(variants, LineList) else node.line_of(outcome)
                    _check_placeholders(text, allowed, path, line, f"{intent}.{outcome}")
                    items.append(Variant(text, str(path), line))
                dialogs.responses.setdefault((intent, outcome), []).extend(items)
    needed = outcomes if required is None else {i: o for i, o in outcomes.items() if i in required}
    missing = [(i, o) for i, outs in needed.items() for o in outs if (i, o) not in dialogs.responses]
    intents = getattr(origins, "intents", {})
    for intent, outcome in missing:
        if intent in intents:
            where = intents[intent]
            raise DialogError(f"nobody answers intent '{intent}': no responses for '{intent}' outcome '{outcome}' "
                              f"in {folder}/*.yaml (or name a registered answer with answer:)", where.path, where.line)
    if missing:
        raise DialogError(f"no responses for: {', '.join(f'{i}.{o}' for i, o in missing)}", folder)
    return dialogs
