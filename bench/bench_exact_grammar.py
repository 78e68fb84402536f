"""Would decoding only whole template sentences beat Vosk's grammar? Vosk turns a phrase list into
a bigram model (`opts.ngram_order = 2` in its recognizer.cc), so babble can be heard as pieces of
two sentences ("what else is maria"). In free mode Vosk composes the model's graph/Gr.fst with
HCLr.fst as it is, so a Gr.fst of Booth's own makes it decode only what that FST allows (as
speech-to-phrase 2.0 does). This bench builds one, a class-based acceptor: every expanded template
sentence word for word, each slot a trie of its values shared by all templates (so after a slot
any template's continuation may follow), uniform weights; puts it in a model view (links to the
model's other files) in a temporary folder; and decodes the voice bench's questions, names and
chatter (not the follow-ups: the FST has none) with it, judged by decide() as bench_voice judges.
Then, as a second line per condition, the two together: what Booth's grammar reads back ("Did you
mean ...?") is answered when the exact decode answers the same (bench_voice.same_meaning).

    VOSK_MODEL_PATH=../shared/models/vosk-model-small-en-us-0.15 python bench/bench_exact_grammar.py [tests/heldout5 ...]

With blind-set folders: 100 of their PyCon 2025 questions and 20 out-of-domain sentences instead.
"""

from __future__ import annotations

import collections
import math
import re
import struct
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_voice  # noqa: E402

from booth.pipeline import Booth  # noqa: E402
from booth.settings import Settings  # noqa: E402
from booth.voice.grammar import slot_values  # noqa: E402
from booth.voice.lean_model import symbol_tables  # noqa: E402
from booth.voice.model import _vosk  # noqa: E402
from booth.voice.recognizer import Recognizer, build_grammar, load_model, model_folder  # noqa: E402
from booth.voice.vocabulary import _FST_MAGIC, read_fst_symbol_keys  # noqa: E402

_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _word_table(lm: Path) -> tuple[bytes, dict[str, int]]:
    """The model LM's output symbol table, as stored (to copy) and as word -> label."""
    with open(lm, "rb") as f:
        header = symbol_tables(f)
        assert header is not None and header[2], f"{lm}: no symbol table"
        start, end = header[2][-1]
        f.seek(start)
        table = f.read(end - start)
    return table, dict(read_fst_symbol_keys(lm))


def exact_model(booth: Booth, model, spoken, folder: Path) -> tuple[Path, int, int]:
    """A model view whose Gr.fst is the class-based acceptor of the question templates."""
    source = model_folder(model)
    assert source is not None
    table, ids = _word_table(source / "graph" / "Gr.fst")
    arcs: dict[int, list[tuple[int, int]]] = collections.defaultdict(list)
    finals: set[int] = set()
    states = [1]

    def new() -> int:
        states[0] += 1
        return states[0] - 1

    def said(text: str) -> list[str] | None:
        pieces = [p for p in build_grammar(model, [text], spoken=spoken) if p != "[unk]"]
        return pieces[0].split() if len(pieces) == 1 else None

    def chain(src: int, words: list[str], dst: int | None = None) -> int | None:
        state = src
        for k, word in enumerate(words):
            if word not in ids:
                return None
            nxt = dst if dst is not None and k == len(words) - 1 else new()
            arcs[state].append((ids[word], nxt))
            state = nxt
        return state

    fills = slot_values(booth.lexicon, booth.conference)
    slots: dict[str, tuple[int, int]] = {}
    for intent in booth.intents.intents.values():
        if intent.followup:
            continue
        for sentence in intent.sentences:
            state: int | None = 0
            for k, part in enumerate(_SLOT.split(sentence)):
                if state is None:
                    break
                if k % 2 == 0:
                    words = said(part) if part.strip() else []
                    state = None if words is None else chain(state, words) if words else state
                    continue
                if part not in slots:
                    entry, hub = new(), new()
                    for value in set(fills.get(part, [])):
                        if not re.search(r"\d", value) and (words := said(value)):
                            chain(entry, words, hub)
                    slots[part] = (entry, hub)
                entry, hub = slots[part]
                arcs[state].append((0, entry))
                after = new()
                arcs[hub].append((0, after))
                state = after
            if state is not None:
                finals.add(state)
    total = sum(len(a) for a in arcs.values())

    def text(value: str) -> bytes:
        raw = value.encode()
        return struct.pack("<i", len(raw)) + raw

    out = bytearray(struct.pack("<i", _FST_MAGIC) + text("vector") + text("standard") + struct.pack("<ii", 2, 3)
                    + struct.pack("<Qqqq", 0x3, 0, states[0], total) + table + table)
    for state in range(states[0]):
        leaving = sorted(arcs.get(state, []))
        ways = len(leaving) + (state in finals)
        cost = math.log(ways) if ways else 0.0  # each way out of a state equally likely
        out += struct.pack("<f", cost if state in finals else math.inf) + struct.pack("<q", len(leaving))
        for label, nxt in leaving:
            out += struct.pack("<iifi", label, label, cost, nxt)
    graph = folder / "graph"
    graph.mkdir(parents=True)
    for entry in source.iterdir():
        if entry.name != "graph":
            (folder / entry.name).symlink_to(entry.resolve())
    for entry in (source / "graph").iterdir():
        if entry.name != "Gr.fst":
            (graph / entry.name).symlink_to(entry.resolve())
    (graph / "Gr.fst").write_bytes(bytes(out))
    return folder, states[0], total


def _together(booth: Booth, grammar: tuple, exact: tuple) -> str:
    """The outcome when a read-back of Booth's grammar decode is answered because the exact
    decode answers the same; otherwise the grammar decode's own outcome."""
    kind, text, outcome = grammar[2], grammar[3], grammar[6]
    ours, theirs = grammar[5], exact[5]
    if ours is None or theirs is None or ours.kind != "clarify" or theirs.kind != "answer" \
            or not bench_voice.same_meaning(booth, ours.text, theirs.text):
        return outcome
    if kind == "chatter":
        return "false accept"
    return "right" if bench_voice.same_meaning(booth, theirs.text, text) else "wrong"


def main() -> int:
    booth = Booth(Settings(conference=bench_voice.CONFERENCE, now=bench_voice.NOW))
    model = load_model()
    grammar = Recognizer(model, booth.grammar_parts().phrases(), hand_written=booth.intents.spoken)
    with tempfile.TemporaryDirectory() as tmp:
        folder, states, arcs = exact_model(booth, model, grammar.spoken, Path(tmp) / "model")
        print(f"exact grammar: {states:,} states, {arcs:,} arcs")
        exact = _vosk().Model(str(folder))

    def free_on_exact(_model, _phrases=None, hand_written=None, endpointer=None, **_options):
        recognizer = Recognizer(exact, free=True)
        recognizer.spoken = grammar.spoken  # "duck d b" heard, "duckdb" read
        return recognizer

    blind = [Path(a) for a in sys.argv[1:]]  # blind-set folders (tests/heldout5 ...): their questions instead
    questions = bench_voice.blind_items(blind, 100) if blind else \
        [q for q in bench_voice.items(booth, 80) if q.kind != "followup"]
    with_grammar = bench_voice.Recognizer
    for name, noise, snr in bench_voice.CONDITIONS[:3]:
        runs = {}
        for label, factory in (("grammar", with_grammar), ("exact", free_on_exact)):
            bench_voice.Recognizer = factory  # type: ignore[assignment,misc]
            details: list = []
            bench_voice.run(booth, model, questions, "joe", snr, details, None, None, "vosk", False, noise)
            runs[label] = details
        for label, outcomes in (("grammar", [d[6] for d in runs["grammar"]]), ("exact", [d[6] for d in runs["exact"]]),
                                ("together", [_together(booth, g, e) for g, e in zip(runs["grammar"], runs["exact"])])):
            kinds = [d[2] for d in runs["exact"]]
            asked = collections.Counter(o for o, k in zip(outcomes, kinds) if k != "chatter")
            heard = sum(asked.values())
            accepted = sum(o == "false accept" for o, k in zip(outcomes, kinds) if k == "chatter")
            print(f"{name:13} {label:8} " + "  ".join(f"{k} {100 * v / heard:.1f}%" for k, v in sorted(asked.items()))
                  + f"  chatter answered {accepted} of 20", flush=True)
        bench_voice.Recognizer = with_grammar  # type: ignore[misc]
    return 0


if __name__ == "__main__":
    sys.exit(main())
