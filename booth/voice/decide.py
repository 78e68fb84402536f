"""Hearing -> decision: is a transcript a question to answer, one to read back ("Did you mean
...?"), or nothing meant for Booth?

The grammar keeps Vosk inside Booth's words but still lets word salad through (vosk-api#740,
#1339), so every transcript is matched again as a whole phrase: a doubtful one is read back as a
question, noise or "[unk]" alone gets no answer at all.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from booth.voice import audio
from booth.voice.listed import ListedOrders, completed, says_less
from booth.voice.readings import (
    Reading,
    a_name_as_topic,
    finds_nothing,
    meaning,
    no_rival,
    one_of_many,
    read,
    slot_swapped,
    spelled_pieces,
    topic_unsure,
    topic_words,
)
from booth.voice.recognizer import Transcript, Word, load_model, transcribe

__all__ = ["Decision", "decide", "best_reading", "hear_pcm", "hear_file", "SURE_SCORE", "REJECT_SCORE",
           "NOISY_SPREAD_DB", "QUIET_SURE_SCORE", "DOUBTFUL_WORD"]

log = logging.getLogger(__name__)

DOUBTFUL_WORD = 0.55  # a word Vosk is less sure of than this makes the transcript doubtful
SURE_SCORE = 88.0  # intent match score from which a doubt-free transcript is answered directly
# Below this nearest-template score a hearing is taken as not meant for Booth (strict mode): on the
# real coffee recordings out-of-domain speech scored at most 84.8 and right hearings at least 86
# even at 6 dB (../shared/voices/picovoice-coffee/README.md).
REJECT_SCORE = 85.0
# Below this level spread (Transcript.spread_db) an utterance is taken as heard in noise: a hall
# full of talk. Clean speech, recorded or in a quiet room, spreads 35 dB and more.
NOISY_SPREAD_DB = 30.0
# In quiet audio (spread at or above NOISY_SPREAD_DB) the decoder's own first hypothesis is
# answered from the reject gate up instead of from SURE_SCORE: there it is what was said, and its
# score is low because the visitor said more than the template ("a booth where is the microsoft
# stand" for "hey booth ...": 85.8; "when is the pycon party": 87.0). In noise the gate stays at
# SURE_SCORE, where babble made to fit a sentence scores 85-88 too.
QUIET_SURE_SCORE = REJECT_SCORE
# In noise a hearing this short that hinges on a free topic is read back, not answered: babble
# fits a title word anywhere ("down", "when is ice"). Neural-voice bench, babble 10 dB: wrong
# answers 8.1 -> 5.1% for 0.8 points of right ones (answered topics there: 3 right, 5 wrong).
# The same holds for a speaker named by one word, one of hundreds ("when is brandt bucher
# speaking" heard "when is duran" at 6 dB, "is guido speaking" "is galindo speaking" at 10 dB):
# replayed on seven decodings of the bench, 7 wrong answers fewer, no right one lost.
NOISY_TOPIC_WORDS = 3
# In noise a hearing this short that names what to look up ("open space", "sessions": a slot) is
# read back too: babble cut the question to its last words. Small talk ("cheers") has no slot.
NOISY_SHORT_WORDS = 2
# Inside a conversation a follow-up of one word that names a slot is read back in noise: babble
# made "the flask one" "class", read as "just the tutorials" (neural-voice bench, 10 and 6 dB);
# two words ("on sunday", "in tomorrow") are answered there.
NOISY_SHORT_FOLLOWUP_WORDS = 1
# In noise, inside a conversation, a hearing this short that reads as a new question rather than
# a follow-up is read back: babble turned the short follow-up the conversation waits for into a
# short question of its own ("tell me about the second one" heard "tell me about except" at 10 dB,
# "how many charla" at 6 dB). Neural-voice bench: every follow-up answered right in babble (18)
# was read as a follow-up; both new questions answered there were wrong.
NOISY_NEW_IN_CONVERSATION_WORDS = 4
# A hypothesis the templates fit word for word, every slot from a closed list (no free topic).
EXACT_SCORE = 99.0
# In quiet audio, a hypothesis among the decoder's first three that is a template sentence word for
# word (EXACT_SCORE) and three words or more is trusted like the first one: there is no babble to
# make it fit, and the first one is then mostly a word the decoder bent ("where is brett slatkin
# start" before "... slatkin talk"). Neural-voice bench, clean, replayed: 80.9 -> 83.8% right,
# blind sets 3-5 81 -> 82%, wrong and chatter unchanged. Shorter ones stay doubtful: an espeak
# "yes" is heard "e f", "us" or "p s", each of which some title fits.
QUIET_TRUSTED_RANK = 2
QUIET_TRUSTED_WORDS = 3
# An order (an intent whose slots are all YAML lists) heard without its usual first words and
# below the reject gate is read with them when it names this many slots: a drink alone ("mocha")
# is what noise makes up most easily.
HEADLESS_SLOTS = 2
# In noise a hearing of a sampled-sentence intent (a schedule question: its grammar is whole
# sentences, so Vosk's bigrams can join pieces of two) that fits its template this loosely is
# read back: babble strings sentence pieces together ("what open spaces are there at", "when is
# the talk about saturday", 89.9-93). Intents whose slots are all YAML lists (the coffee skill)
# have every word pair of their templates in the grammar (booth/voice/balanced.py): a loose fit
# there is a real order in another slot order (91 at 6 dB kitchen noise), so they are exempt.
NOISY_LOOSE_SCORE = 95.0
# In quiet audio a hearing between the reject gate and SURE_SCORE whose only slots are a kind or a
# free topic is read back: there the words the template lacks are chatter's ("who won the
# election" heard "who one the lecture", "what's the meaning of life" "what is the meet up live":
# 85.6-86.8), while right hearings in that band name a speaker, a sponsor or an FAQ entry
# (neural-voice benches, clean, intent tests and blind sets 3-7: 3 chatter clips, no right answer).
QUIET_LOOSE_SLOTS = frozenset({"kind", "topic"})


@dataclass(frozen=True)
class Decision:
    kind: str  # "answer" | "clarify" | "ignore"
    text: str  # the phrase to answer, or the question to ask, or why ignored
    score: float = 0.0
    intent: str | None = None
    rank: int = 0  # which of the decoder's n-best hypotheses it came from (0: its first choice)
    doubts: tuple[str, ...] = ()  # why a "clarify" reads the hearing back (logged; benches count them)


RANK_PENALTY = 4.0  # match-score points an alternative loses per decoder-score point behind the best
AGREE_WINDOW = 3.0  # the winner may trail the decoder's best by this much and still be sure
RIVAL_MARGIN = 5.0  # an alternative this close to the winner that means something else: ask back


def _whole_order(orders: ListedOrders, matched: list, guessed: set[str], winner: tuple) -> tuple[tuple, list]:
    """The winner among hypotheses of intents whose slots are all YAML lists, and the hypotheses
    left to be its rivals (booth/voice/listed.py). Of those the intents take (the reject gate),
    one heard whole beats one said whole by completing its last value, which beats one that stops
    where no sentence does ("... with sweetener and"); then the decoder's and the matcher's
    scores as for any hypothesis. A close hypothesis of the same order that says a value more
    fully ("some sweetener" beside "sweetener") wins over it; those that say less are no rivals."""
    def tier(m: tuple) -> int:
        return 0 if orders.cut(m[4].intent, m[3]) else 1 if m[3] in guessed else 2

    closed = [m for m in matched if m[4].intent in orders.ends]
    winner = max(closed, key=lambda m: (m[4].score >= REJECT_SCORE, tier(m), m[0], -m[1]))
    near = [m for m in closed if m[0] >= winner[0] - RIVAL_MARGIN]
    while fuller := [m for m in near if tier(m) >= tier(winner) and says_less(
            winner[4].intent, winner[4].slots, m[4].intent, m[4].slots, cut=tier(winner) == 0)]:
        winner = max(fuller, key=lambda m: (m[0], -m[1]))
    # A lower hypothesis that says the same order with a value left out is no rival either: the
    # decoder preferred the one that heard it ("get me an double shot eight ounce cappuccino with
    # sugar" beside "... double shot cappuccino with sugar"; real recordings at 12 dB).
    rest = [m for m in matched if m is winner or not says_less(
        m[4].intent, m[4].slots, winner[4].intent, winner[4].slots, cut=tier(m) == 0 or m[1] > winner[1])]
    return winner, rest


def _offer_instead(booth, matched: list, text: str, reply: Reading, rank: int, doubts: tuple[str, ...],
                   strict: bool) -> Decision:
    """A read-back for a doubtful hearing whose topic finds nothing: the best other hypothesis that
    means something (still only read back, never answered), else silence (strict) or Booth's answer
    to what it heard ("I couldn't find any open spaces about seven"), which says what it heard."""
    doubts = tuple(dict.fromkeys((*doubts, "topic not on the schedule")))
    for _combined, other_rank, _behind, other, reading in sorted(matched, key=lambda m: (-m[0], m[1])):
        if other != text and (not strict or reading.score >= REJECT_SCORE) \
                and not finds_nothing(booth, other, reading):
            log.debug("reading back %r instead of %r: %s", other, text, ", ".join(doubts))
            return Decision("clarify", other, reading.score, reading.intent, other_rank, doubts)
    if strict:
        return Decision("ignore", "nothing on the schedule fits", reply.score, reply.intent, rank, doubts)
    return Decision("answer", text, reply.score, reply.intent, rank, doubts)


def decide(booth, transcript: Transcript, strict: bool = False, context: bool = False) -> Decision:
    """Re-check a transcript as a whole phrase against the intents. Every n-best alternative is
    matched; the one the intents fit best wins unless the decoder liked it much less. Doubt (low
    match score, close alternatives meaning different things, low word confidence) becomes a
    question. ``strict`` (always-listening or wake mode, no button pressed) ignores out-of-domain
    speech instead of answering "sorry"; push-to-talk answers it, someone asked on purpose.
    ``context``: a conversation has something to follow up; without it, a follow-up heard in
    strict mode ("when does it end" out of babble) is ignored too."""
    if not transcript.text and not any(text for text, _ in transcript.alternatives):
        return Decision("ignore", "noise")
    alternatives = transcript.alternatives or ((transcript.text, 0.0),)
    best_score = alternatives[0][1]
    seen: dict[str, tuple] = {}
    orders = booth.listed_orders()
    guessed: set[str] = set()  # hypotheses said whole by the listed value they stopped inside
    for rank, (text, score) in enumerate(alternatives):
        if text and text not in seen:
            reading = read(booth, text, context)
            whole = completed(text, orders.values) if orders.values else None
            if whole is not None and whole not in seen:
                fuller = read(booth, whole, context)
                if fuller.intent in orders.ends and fuller.score > reading.score:
                    text, reading = whole, fuller
                    guessed.add(text)
            head = orders.heads.get(reading.intent or "")
            if head and reading.score < REJECT_SCORE and len(reading.slots) >= HEADLESS_SLOTS \
                    and not text.startswith(head + " ") and f"{head} {text}" not in seen:
                # "mocha with some brown sugar": an order whose first words the noise took.
                fuller = read(booth, f"{head} {text}", context)
                if fuller.intent == reading.intent and fuller.score >= EXACT_SCORE:
                    text, reading = f"{head} {text}", fuller
            seen[text] = (rank, best_score - score, reading)
    matched = [(reply.score - RANK_PENALTY * behind, rank, behind, text, reply)
               for text, (rank, behind, reply) in seen.items() if reply.intent]
    doubtful = [w for w in transcript.words if w.text != "[unk]" and w.conf < DOUBTFUL_WORD]
    if matched:
        winner = max(matched, key=lambda m: (m[0], -m[1]))
        if winner[4].intent in orders.ends:
            winner, matched = _whole_order(orders, matched, guessed, winner)
        combined, rank, behind, text, reply = winner
        intent = booth.intents.intents.get(reply.intent)
        if strict and not context and intent is not None and intent.followup:
            return Decision("ignore", "a follow-up with nothing to follow")
        if strict and reply.score < REJECT_SCORE:
            return Decision("ignore", "not a question for me", reply.score, reply.intent, rank)
        rivals = [m for m in matched if m[0] >= combined - RIVAL_MARGIN and meaning(m[4]) != meaning(reply)]
        quiet = transcript.spread_db is not None and transcript.spread_db >= NOISY_SPREAD_DB
        if strict and not quiet and reply.loose:
            # Close to no sentence, read by its question word and slots or an FAQ name: in noise that
            # is babble made to fit ("does swag", "where scalable ai excel cross": neural-voice bench,
            # 10 dB, 8 such read-backs, none of the question asked).
            return Decision("ignore", "not a question for me", reply.score, reply.intent, rank)
        if rivals and quiet and not context:  # in noise such junk rivals are what keeps babble from being answered
            rivals = [m for m in rivals if not no_rival(booth, m[3], m[4], text, reply, transcript.raw,
                                                        alternatives[0][0])]
        # In strict mode only the decoder's own first choice is answered: a lower hypothesis that
        # the intents happen to fit better is as often babble made to fit (read it back instead).
        # One exception: when the first hypothesis is nearly a sentence, its intent's first whole
        # closed sentence (word for word, no free topic, which can make anything fit) is answered.
        # Measured: the coffee recordings lose 2 points at 12 dB and 4 at 6 dB without it; without
        # the "nearly a sentence" condition conference babble is answered wrongly 3x as often.
        # Not in babble for sampled-sentence intents (schedule questions): there it answered two
        # wrong times ("any open spaces at five") and no right question (neural-voice bench, 10 dB).
        first = next((r for rk, _behind, r in seen.values() if rk == 0), None)
        exact = [m[1] for m in matched if m[4].score >= EXACT_SCORE and "topic" not in m[4].slots
                 and first is not None and first.intent is not None and first.score >= SURE_SCORE
                 and m[4].intent == first.intent]
        # A skill's intent whose every slot is a YAML list (a coffee order) has no free text to
        # fit babble to, and its grammar is nothing but its own sentences: any hypothesis of it is
        # trusted and answered from the reject gate up. Coffee recordings (replayed hearings):
        # 12 dB 96.9 -> 97.8%, 6 dB 87.7 -> 91.5% (wrong 2.9 -> 3.6%); out-of-domain 0 of 10.
        closed = reply.intent in orders.ends
        noisy = strict and transcript.spread_db is not None and transcript.spread_db < NOISY_SPREAD_DB
        word_for_word = (quiet and rank <= QUIET_TRUSTED_RANK and reply.score >= EXACT_SCORE
                         and len(text.split()) >= QUIET_TRUSTED_WORDS
                         and not slot_swapped(alternatives[0][0], text, reply))
        # In noise, a follow-up sentence word for word that the decoder's first hypothesis holds
        # whole with one word of babble after it ("the second one" beside "the second one team").
        # Only a follow-up, whose sentences are short and closed: of a question the word after is as
        # often the end the noise took ("where is the microsoft who" for "... booth", "what open
        # spaces are there here" for "... at three thirty"). Neural-voice benches, replayed: for
        # questions the rule gave 3 right and 3 wrong answers (babble, kitchen noise, blind sets).
        first_words = alternatives[0][0].split()
        babble_after = (context and intent is not None and intent.followup
                        and rank <= QUIET_TRUSTED_RANK and reply.score >= EXACT_SCORE
                        and len(text.split()) >= QUIET_TRUSTED_WORDS and first_words[:-1] == text.split())
        trusted = rank == 0 or not strict or closed or (bool(exact) and rank == min(exact) and not noisy) \
            or word_for_word or babble_after
        sure_score = REJECT_SCORE if closed else QUIET_SURE_SCORE if quiet and rank == 0 else SURE_SCORE
        loose_topic = noisy and ("topic" in reply.slots or "speaker" in reply.slots) and len(text.split()) <= NOISY_TOPIC_WORDS
        short_alone = noisy and bool(reply.slots) and \
            len(text.split()) <= (NOISY_SHORT_FOLLOWUP_WORDS if context else NOISY_SHORT_WORDS)
        loose_fit = noisy and not closed and reply.score < NOISY_LOOSE_SCORE
        loose_quiet = strict and quiet and not context and not closed and reply.score < SURE_SCORE \
            and bool(reply.slots) and set(reply.slots) <= QUIET_LOOSE_SLOTS
        # Always listening, a question about a topic the schedule has nothing on is more often a
        # word the decoder lacked, heard as others ("jit compiler" as "jet compiler", "5k" as
        # "five k"), than a visitor asking for what is not there: it is not answered with "I
        # couldn't find ..." (neural-voice bench, clean: 4 of 8 wrong answers, no right one).
        # A follow-up's topic is read against the conversation's events, not the whole schedule.
        # In babble that holds for an unknown sponsor's or room's name too (chatter at 10 dB:
        # "what is the weather like in paris tomorrow" heard "what is like in hundred tomorrow").
        absent = strict and not context and finds_nothing(booth, text, reply, open_topic_too=noisy)
        # A topic spelled of lone letters ("g past" for "gpus") or made of a speaker's name
        # ("about emily", "seth larson" read as a topic) is read back even when it finds events:
        # clean 1 and 1, 10 dB 1 wrong answer each, no right answer had either.
        spelled = strict and spelled_pieces(booth, reply)
        named = strict and not context and a_name_as_topic(booth, reply)
        unsure_topic = noisy and topic_unsure(reply, text, transcript, best_score, AGREE_WINDOW,
                                                {t: r for t, (_rank, _behind, r) in seen.items()})
        unnamed = noisy and not context and one_of_many(booth, reply, text)
        # In noise a topic that is one word, the hearing's last, and a word of the model's own (not a
        # sound-alike spelling like "plot li") is read back: after "about" the grammar lets any title
        # word end a sentence, so babble lands on one ("about manager" for "knitting", "about
        # learned" for "marimo", "about hydra" for "pypi"). A topic with a word after it ("the plotly
        # open space") is held by both neighbours. Five decodings, babble 10 and 6 dB, replayed:
        # 6 wrong answers fewer, 4 right ones read back ("what time does the expo" for "... expo hall close").
        said = text.split()
        last_word_topic = noisy and topic_words(reply) == said[-1:] and said[-1] in transcript.raw.split()
        # In noise the words left out as an aside are as often babble that took the question's own
        # words ("what's on at half past eleven i reality" for "... half past one", "quarter past
        # what's wednesday" for "quarter past four, what's on then"). Six decodings, babble 10 and
        # 6 dB, replayed: 4 wrong answers read back, 1 right one ("my thirty some make phantom
        # when's jason mcdonald" for "my buddy's a big fan, when's jason mcdonald on"). The coffee
        # recordings are unchanged (99.8 / 98.8 / 95.2%).
        aside_in_noise = noisy and reply.aside
        new_in_noise = noisy and context and not (intent is not None and intent.followup) \
            and len(text.split()) <= NOISY_NEW_IN_CONVERSATION_WORDS
        # The decoder's first hypothesis names another of the schedule's people than the reading
        # answered: the grammar holds only their names, so a name it lacks comes out as whichever
        # is nearest, a different one in each hypothesis ("esquivel speaking" first, "is galindo
        # speaking" next, for "is guido speaking": answered with Pablo Galindo Salgado's talks).
        other_name_first = strict and rank > 0 and first is not None and "speaker" in reply.slots \
            and first.slots.get("speaker") not in (None, reply.slots["speaker"])
        doubts = tuple(why for why, holds in (
            ("low score", reply.score < sure_score), ("rival reading", bool(rivals)), ("unsure word", bool(doubtful)),
            ("decoder preferred another", behind > AGREE_WINDOW), ("mostly unknown", transcript.unknown_share >= 0.5),
            ("not the first hypothesis", not trusted), ("short topic in noise", loose_topic), ("short in noise", short_alone),
            ("loose fit in noise", loose_fit), ("loose fit of a kind or topic", loose_quiet),
            ("topic not on the schedule", absent),
            ("spelled pieces", spelled), ("a name as the topic", named),
            ("a new question in noise", new_in_noise), ("one of many, unnamed, in noise", unnamed),
            ("topic unsure in noise", unsure_topic), ("an aside in noise", aside_in_noise),
            ("a lone last word as the topic in noise", last_word_topic),
            ("another name first", other_name_first),
            ("cut off", orders.cut(reply.intent, text))) if holds)
        if doubts and (absent or finds_nothing(booth, text, reply)):
            return _offer_instead(booth, matched, text, reply, rank, doubts, strict)
        if doubts:
            log.debug("reading back %r: %s", text, ", ".join(doubts))
        return Decision("clarify" if doubts else "answer", text, reply.score, reply.intent, rank, doubts)
    top = alternatives[0][0] or next(text for text in seen)
    cleaned = transcript.without_doubtful(DOUBTFUL_WORD)
    if cleaned and cleaned != top:
        retry = read(booth, cleaned, context)
        if retry.intent and not finds_nothing(booth, cleaned, retry):
            return Decision("clarify", cleaned, retry.score, retry.intent, doubts=("unsure words left out",))
    if strict:  # babble in a busy hall often decodes to fluent nonsense: better silent than "sorry"
        return Decision("ignore", "not a question for me")
    return Decision("answer", top, 0.0, None)  # Booth's own "sorry, I can only ..."


# -- one recording ---------------------------------------------------------------------------
def hear_pcm(model, pcm_chunks: Iterable[bytes], booth=None, free: bool = False) -> Transcript:
    """Every utterance in a recording joined into one Transcript (a question on its own: no
    conversation, so no follow-ups in the grammar)."""
    phrases = None if free or booth is None else booth.grammar_parts().phrases()
    hand_written = None if booth is None else booth.intents.spoken
    parts = transcribe(model, pcm_chunks, phrases, free, hand_written=hand_written)
    spoken = [t for t in parts if t.text or t.raw]
    if len(spoken) == 1:  # the usual case: keep its n-best list for the re-check
        return replace(spoken[0], duration=sum(t.duration for t in parts))
    words: tuple[Word, ...] = tuple(w for t in parts for w in t.words)
    return Transcript(" ".join(t.text for t in parts if t.text), words, sum(t.duration for t in parts),
                      free, " ".join(t.raw for t in parts if t.raw))


def hear_file(path: str | Path, booth, model_path: str | Path | None = None, free: bool = False,
              max_seconds: float | None = 12.0, second_opinion: bool = True) -> Transcript:
    """`booth ask --audio FILE.wav`: the recording's transcript, heard with Booth's grammar (and,
    when that gets no answer in quiet audio, without it: booth.voice.second_opinion).
    Only the first ``max_seconds`` are read: a question is short, a recording may not be."""
    model = load_model(model_path)
    pcm = audio.read_wav(path, max_seconds)
    if max_seconds is not None and len(pcm) >= int(max_seconds * audio.RATE) * 2 - audio.CHUNK_BYTES:
        log.warning("%s: only the first %g s were heard (--max-seconds)", path, max_seconds)
    heard = hear_pcm(model, audio.chunked(pcm), booth, free)
    if not free and second_opinion:
        from booth.voice.second_opinion import FreeDecoder, reconsider, wanted  # it builds on this module

        # The decision `booth ask` takes (not strict: someone asked on purpose); a recording is
        # the question with a little quiet around it, decoded again whole.
        if wanted(decide(booth, heard), heard):
            better = reconsider(booth, FreeDecoder(model), pcm, heard, strict=False, context=False)
            if better is not None:
                return replace(heard, text=better.text)
    return best_reading(booth, heard)


def best_reading(booth, transcript: Transcript) -> Transcript:
    """The transcript with ``text`` set to the n-best hypothesis Booth's intents fit best (the
    decoder's own first choice stays in ``raw``); noise alone becomes ""."""
    if booth is None or len(transcript.alternatives) < 2:
        return transcript
    decision = decide(booth, transcript)
    text = "" if decision.kind == "ignore" else decision.text
    return replace(transcript, text=text)
