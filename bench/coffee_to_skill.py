"""Write Booth's coffee-maker skill (skills/coffee/) from Picovoice's benchmark grammar.

    python bench/coffee_to_skill.py ../shared/voices/picovoice-coffee/coffee_maker.yaml skills/coffee

Rhino syntax -> Booth templates: ``[a, b]`` (a choice) -> ``(a|b)``, ``(x)`` (optional) -> ``[x]``,
``$type:slot`` -> ``{slot}``; each slot's values become a YAML list whose values are their own
canonical form, so slots and values are exactly the benchmark's labels (labels.json; strip the
stray leading space some labels have). Writes intents/coffee.yaml, dialogs/coffee.yaml and
tests/coffee.yaml (one sentence per template, values chosen in turn, plus out-of-domain
sentences), then nothing else: the skill has no schedule.
"""

from __future__ import annotations

import argparse
import re
import sys
from itertools import cycle
from pathlib import Path

import yaml

INTENT = "orderDrink"
HEADER = "# Written by bench/coffee_to_skill.py from Picovoice's coffee_maker.yaml (Rhino syntax); edit that or this.\n"


def rhino_to_template(expression: str) -> str:
    text = re.sub(r"\$\w+:(\w+)", r"{\1}", expression)
    text = re.sub(r"\(([^()]*)\)", r"[\1]", text)  # optional first, before choices become ( )

    def choice(m: re.Match) -> str:
        inner = m.group(1)
        return "(" + "|".join(part.strip() for part in inner.split(",")) + ")" if "," in inner else m.group(0)

    return re.sub(r"\[([^\[\]]*)\]", choice, text)


def first_sentence(template: str, values: dict[str, list[str]], turns: dict[str, cycle]) -> tuple[str, dict]:
    """One sentence of the template: first alternative of each choice, slot values in turn."""
    slots: dict[str, str] = {}

    def fill(m: re.Match) -> str:
        value = next(turns[m.group(1)])
        slots[m.group(1)] = value
        return value

    text = re.sub(r"\{(\w+)\}", fill, template)
    text = re.sub(r"\(([^()|]*)\|[^()]*\)", r"\1", text)
    text = re.sub(r"\[[^\[\]]*\]", "", text)
    return " ".join(text.split()), slots


def convert(grammar: Path, out: Path) -> None:
    context = yaml.safe_load(grammar.read_text())["context"]
    expressions = context["expressions"][INTENT]
    values: dict[str, list[str]] = {k: [str(v).strip() for v in vs] for k, vs in context["slots"].items()}
    templates = [rhino_to_template(e) for e in expressions]
    used = sorted({s for t in templates for s in re.findall(r"\{(\w+)\}", t)})
    intents = {"intents": {INTENT: {"slots": used, "requires": ["coffeeDrink"], "sentences": templates}},
               "slots": values}
    placeholders = " ".join("{" + s + "}" for s in ("size", "roast", "numberOfShots", "coffeeDrink"))
    dialogs = {
        INTENT: {"found": [f"One {placeholders} with {{milkAmount}} and {{sugarAmount}}, coming up."],
                 "missing": [f"One {placeholders} coming up."]},
        "no_match": {"fallback": ["Sorry, I only take coffee orders, like: a large latte with soy milk."],
                     "nothing": [""]},
    }
    turns = {slot: cycle(vs) for slot, vs in values.items()}
    tests: list[dict[str, object]] = []
    for template in templates:
        sentence, slots = first_sentence(template, values, turns)
        tests.append({"sentences": [sentence], "intent": INTENT, "slots": slots})
    tests.append({"sentences": ["what time is it", "where is the bathroom", "play some music"], "intent": None})
    for folder, name, doc in (("intents", "coffee.yaml", intents), ("dialogs", "coffee.yaml", dialogs),
                              ("tests", "coffee.yaml", {"tests": tests})):
        path = out / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = HEADER + yaml.safe_dump(doc, sort_keys=False, width=140, allow_unicode=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text)
        tmp.replace(path)
    print(f"{out}: {len(templates)} templates, slots {', '.join(used)}, {len(tests)} tests")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("grammar", type=Path, help="coffee_maker.yaml (Rhino syntax)")
    parser.add_argument("out", type=Path, nargs="?", default=Path("skills/coffee"), help="skill folder to write")
    args = parser.parse_args(argv)
    convert(args.grammar, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
