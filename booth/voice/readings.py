"""What the intents make of one hypothesis, and the reasons a hypothesis's topic is doubtful:
a topic the schedule has nothing for, spelled of lone letters, made of a speaker's name, heard as
other words by a hypothesis nearly as likely, or a close rival that is no real rival. decide()
(booth/voice/decide.py) weighs them."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from booth.answer.people import look_up
from booth.pipeline import public_slots
from booth.schedule.kinds import BY_NAME
from booth.understand.matcher import ASIDE, READ_BY, IntentMatch
from booth.understand.text import tokenize
from booth.understand.wording import NUMBER_WORDS
from booth.voice.recognizer import Transcript

__all__ = ["Reading", "read", "meaning", "besides_topic", "no_rival", "finds_nothing", "topic_words", "spelled_pieces",
           "a_name_as_topic", "topic_unsure", "one_of_many", "MANY_OF_A_KIND", "slot_swapped"]


@dataclass(frozen=True)
class Reading:
    intent: str | None
    slots: dict
    score: float
    loose: bool = False  # read by its signature or an FAQ name, close to no sentence (matcher.READ_BY)
    aside: bool = False  # matched once words before or after it were left out as an aside (matcher.ASIDE)


def read(booth, text: str, context: bool) -> Reading:
    """What the intents make of one hypothesis. In a live conversation follow-ups are read the way
    the conversation will read them (allowed in their own right, not only when nothing else fits):
    "just the keynotes" is a refinement there, not a weak "when are the keynotes"."""
    if not context:
        reply = booth.ask(text, stop_after="intent")
        slots = reply.match.slots if isinstance(reply.match, IntentMatch) else {}
        return Reading(reply.intent, reply.slots, reply.score, READ_BY in slots, ASIDE in slots)
    match = booth.understand(" ".join(text.split()), allow_followups=True)
    if not isinstance(match, IntentMatch):
        return Reading(None, {}, match.score)
    return Reading(match.name, public_slots(match), match.score, READ_BY in match.slots, ASIDE in match.slots)


def meaning(reading) -> tuple:
    """What a reading (or a Reply) asks, to compare two: its intent and its slots."""
    return reading.intent, tuple(sorted((k, str(v)) for k, v in reading.slots.items()))


def besides_topic(reading: Reading) -> tuple:
    return reading.intent, tuple(sorted((k, str(v)) for k, v in reading.slots.items() if k != "topic"))


def no_rival(booth, rival: str, rival_reading: Reading, winner: str, winner_reading: Reading,
             heard: str = "", first: str = "") -> bool:
    """Whether a close hypothesis that means something else is still no reason for doubt (quiet
    audio only: at 10 dB babble these rules answered two junk hearings, "talks on thirty
    management hundred", for no right one; neural-voice bench):

    - it reads as the topic winner's intent and finds the very events the winner finds, whatever
      its other slots (the answer is the same);
    - it differs from a topic winner only in its free topic, and that topic is the winner's in other
      pieces ("py ladies" beside "pyladies"), finds the very events the winner finds, or finds
      nothing on the schedule while the winner's topic is a word the model lacks, which the
      decoder said in pieces (``heard``, its own words: "pi p" for "pypi", with ``first``, the
      decoder's first hypothesis restored, spelling the winner's topic), or sounds like the
      winner's topic: a spelling the decoder put together from sound-alike pieces ("is there a
      talk about pye be" beside "... about pypi"; "mair emmel" beside "marimo"), not another
      question. Beside a winner the model knows as a word, a topic that sounds unlike it is a
      rival even when it finds nothing: "is there an open space about knitting" heard "... about
      midi" beside "... about many", "... about making" was answered with the MIDI open space
      (without ``heard``, every topic counts as said in pieces, as before);
    - it is a topic finding nothing beside a winner that says a speaker's whole name word for word
      ("when is trey hunner tutorial" / "... trey hundred tutorial"): two names' worth of words do
      not come together by chance in quiet audio.

    Any other winner keeps its rivals: "where is the indeed booth" for "nvidia" (the sponsor
    Indeed, one word misheard) beside "... the exhibit he uh booth"."""
    if "topic" not in rival_reading.slots:
        return False
    if "topic" in winner_reading.slots:
        if besides_topic(rival_reading) != besides_topic(winner_reading):
            # Another kind or none, but the same answer: "where's the f one top" beside "where's
            # the f one talk" finds the one F1 talk too.
            return rival_reading.intent == winner_reading.intent and _same_events(booth, rival, winner)
        if str(rival_reading.slots["topic"]).replace(" ", "") == str(winner_reading.slots["topic"]).replace(" ", ""):
            return True
        found = _event_titles(booth, rival)
        if found:
            return found == _event_titles(booth, winner)
        words = set(topic_words(winner_reading))
        if not words <= set(heard.split()) and (not first or words <= set(first.split())):
            # The winner's topic is a word the model lacks, said in pieces: others spell it too. Only
            # when the decoder's first hypothesis spells it so: a lower one's topic ("about midi"
            # two down from "about many", for "knitting") is simply another word.
            return True
        return _sounds_alike(str(rival_reading.slots["topic"]), str(winner_reading.slots["topic"]))
    name = tokenize(str(winner_reading.slots.get("speaker", "")))
    said = winner.split()
    if len(name) < 2 or not any(said[i:i + len(name)] == name for i in range(len(said) - len(name) + 1)):
        return False
    return not booth.ask(rival).events


def _event_titles(booth, text: str) -> list[str]:
    return [e.title for e in booth.ask(text).events]


def _same_events(booth, one: str, other: str) -> bool:
    events = _event_titles(booth, one)
    return bool(events) and events == _event_titles(booth, other)


def finds_nothing(booth, text: str, reading: Reading, open_topic_too: bool = False) -> bool:
    """A reading that rests on a free topic the schedule has nothing for. Read back, it offers a
    question no visitor asked: the decoder strings sound-alike pieces together through its bigram
    back-off ("what open spaces are at seven" in espeak's voice comes out "... are up amann",
    "amann" being a piece of the spoken form of "Deepyaman"), and "what {kind} are on {topic}"
    takes any words as a topic. An open-topic intent ("where is the acme booth") is exempt: there
    an unknown name is a fair question, unless ``open_topic_too`` (in babble): its topic slot is
    the name it did not know ("what is like in hundred tomorrow": "there is no room hundred")."""
    if reading.intent is not None and "topic" not in reading.slots and "speaker" in reading.slots:
        # A person the schedule does not have and no speaker's name is near ("is there a talk by
        # wheel", said "... by guido"): like a topic, more often a name the decoder misheard than
        # one the visitor asked about. A near one ("brett cannon": Brett Slatkin) is offered.
        people = look_up(booth.conference, str(reading.slots["speaker"]))
        return not people.same and people.near is None
    if "topic" not in reading.slots or reading.intent is None:
        return False
    intent = booth.intents.intents.get(reading.intent)
    if intent is not None and intent.open_topic:
        return open_topic_too
    reply = booth.ask(text)
    kind = BY_NAME.get(str(reading.slots.get("kind", "")))
    if kind is not None and not kind.has_subject and reply.outcome == "found_other":
        # A break or a meal is about nothing: a topic beside "coffee" that only other kinds have is
        # chatter the decoder made words of (espeak, clean: "the coffee here is really good" heard
        # "the coffee on real world", answered with an offer of talks on real-world things).
        return True
    return not reply.events


@dataclass(frozen=True)
class _ScheduleWords:
    titles: frozenset[str]  # every word of the events' titles and tracks
    names: frozenset[str]  # every word of the speakers' names


def _schedule_words(booth) -> _ScheduleWords:
    """The schedule's words, worked out once per schedule."""
    conference = booth.conference
    cached = getattr(booth, "_decide_schedule_words", None)
    if cached is not None and cached[0] is conference:
        return cached[1]
    words = _ScheduleWords(frozenset(w for e in conference.events for w in tokenize(f"{e.title} {e.track}")),
                           frozenset(w for e in conference.events for s in e.speakers for w in tokenize(s)))
    booth._decide_schedule_words = (conference, words)
    return words


def topic_words(reading: Reading) -> list[str]:
    topic = reading.slots.get("topic")
    return tokenize(topic) if isinstance(topic, str) else []


# Words a spoken time is made of: a hypothesis that changes one of them changes the time asked.
_TIME_WORDS = frozenset(NUMBER_WORDS | {"past", "half", "quarter", "to", "noon", "midnight"})


def slot_swapped(first: str, text: str, reading: Reading) -> bool:
    """Whether hypothesis ``text`` differs from the decoder's first one, ``first``, in the words of
    its topic or its time: then that value is the very word the decoder was unsure of ("is there an
    open space about many", second "... about midi", said "knitting"; chatter "what's two plus two"
    heard "... two place two", second "... two past two"), not a template word it bent ("where is
    brett slatkin start", third "... slatkin talk")."""
    said = first.split()
    words = text.split()
    changed = {w for tag, _i1, _i2, j1, j2 in SequenceMatcher(a=said, b=words, autojunk=False).get_opcodes()
               if tag != "equal" for w in words[j1:j2]}
    return bool(changed & set(topic_words(reading))) or ("time" in reading.slots and bool(changed & _TIME_WORDS))


def spelled_pieces(booth, reading: Reading) -> bool:
    """A topic with a lone letter no title, track or speaker's name of the schedule has: the
    decoder spelled a word it lacks out of letters and short words ("gpus" heard "g past", "wifi"
    "y fi", "a11y" "a eleven y"). "a" and "i" are words of their own."""
    letters = {w for w in topic_words(reading) if len(w) == 1 and w.isalpha() and w not in ("a", "i")}
    words = _schedule_words(booth)
    return bool(letters - words.titles - words.names)


def a_name_as_topic(booth, reading: Reading) -> bool:
    """A free topic made of speakers' names and no title word: the events it finds are found by a
    name where the question had a subject ("is there an open space about knitting" heard "...
    about emily" in babble; "when is seth larson's talk" heard "when is seth larson start", read
    as a topic). A question about a speaker is read by the speaker intents, not as a topic."""
    words = _schedule_words(booth)
    said = topic_words(reading)
    return bool(said) and all(w in words.names and w not in words.titles for w in said)


def topic_unsure(reading: Reading, text: str, transcript: Transcript, best_score: float, window: float,
                 readings: dict[str, Reading]) -> bool:
    """A free topic that a hypothesis nearly as likely (``window`` decoder points) hears as other
    words that sound nothing like it: babble, not the visitor, chose the word ("is there a talk
    about hydra" beside "... about pycon", 0.7 decoder points apart, for "python"). Its topic is
    the one the intents read in it (``readings``), else its words that the winner lacks. A
    hypothesis that stops before the topic ("what time does" beside "what time does expo"), or
    hears it alike ("learn" / "learned", "python" / "pycon", "a eleven five" / "a eleven y", "lia
    syn seo" / "a syn seo") is no such doubt."""
    topic = " ".join(topic_words(reading))
    if not topic:
        return False
    pieces = [w for w in transcript.raw.split() if w not in text.split()]  # the topic as spoken forms
    heard_as = {topic, " ".join(pieces)}
    said = set(text.split()) | set(transcript.raw.split())
    for other, score in transcript.alternatives:
        said_there = other.split()
        if not other or other == text or best_score - score > window or text.split()[:len(said_there)] == said_there:
            continue  # it stops before the topic
        words = set(said_there)
        if set(topic.split()) <= words or (pieces and set(pieces) <= words):
            continue  # the same topic, another word elsewhere ("what is ..." beside "when is ...")
        theirs = readings.get(other)
        if theirs is not None and theirs.intent is not None and "topic" in theirs.slots:
            their_topic = " ".join(topic_words(theirs))
        else:
            their_topic = " ".join(w for w in other.split() if w not in said)
        if their_topic and not any(_sounds_alike(their_topic, mine) for mine in heard_as if mine):
            return True
    return False


# Events of one kind from which "the <kind>" said alone names none of them ("the open space": 146).
MANY_OF_A_KIND = 10
_PLURAL_VERBS = frozenset({"are", "were", "do"})


def one_of_many(booth, reading: Reading, text: str) -> bool:
    """A reading whose only slot is a kind, said in the singular after "the" ("when is the open
    space"), of a kind the schedule has many events of: the question asks for one of them, and in
    babble the words that named it are what the noise took ("when is the python open space",
    "when is the devs open space" heard "when is the open space" at 10 dB). Plurals ("when are
    the talks", "when are the poster") and kinds with few events ("when is the keynote", "the
    lunch") ask for them all."""
    if set(reading.slots) != {"kind"}:
        return False
    words = text.split()
    if "the" not in words:
        return False
    before, after = words[:words.index("the")], words[words.index("the") + 1:]
    if not after or any(w.endswith("s") for w in after) or _PLURAL_VERBS & set(before):
        return False  # "when are the poster": the noise took the plural's "s", not a name
    kind = reading.slots["kind"]
    return sum(1 for e in booth.conference.events if e.kind == kind) >= MANY_OF_A_KIND


# Letters of two topics this alike (rapidfuzz ratio, spaces left out) are one topic heard twice.
_ALIKE = 60.0


def _sounds_alike(a: str, b: str) -> bool:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return a in b or b in a or fuzz.ratio(a, b) >= _ALIKE
