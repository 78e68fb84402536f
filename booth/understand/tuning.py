"""The understanding side's tuning numbers, in one place: ``Settings.tuning`` reaches the matcher,
the slot finder and the topic search (``Tuning()`` holds the values Booth ships with).

Scores are rapidfuzz 0-100 (similarities 0-1 where said). The values were set on the intent
fixtures (tests/intents) and the development sets (tests/heldout*); raising a threshold makes
Booth say "I'm not sure" more often, lowering it makes it guess."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tuning:
    # -- matching a question to an intent (booth/understand/matcher.py) --
    match_threshold: float = 78.0  # below this the best sentence is too far from anything we know
    # A question whose only slot is free text ("where is the X") could be anything: it needs a close
    # sentence and a topic the schedule knows ("where is the bathroom" is not ours to answer).
    topic_only_threshold: float = 86.0
    junk_topic_threshold: float = 85.0  # a topic that matches nothing needs a close sentence even beside other slots
    topic_found_score: float = 60.0  # a topic search score from which the topic counts as known
    bare_topic_score: float = 80.0  # a topic said alone ("job fair") must be covered the way a title covers it
    open_topic_threshold: float = 93.0  # "where is the acme booth": unknown names only in a sentence this close
    dropped_slot_penalty: float = 6.0  # per slot found that the intent has no use for
    missing_slot_penalty: float = 8.0  # per slot the matched sentence wants but the question lacks
    unknown_word_penalty: float = 4.0  # a word no intent uses ("weather") makes every intent less likely
    faq_unknown_factor: float = 3.0  # ... and an FAQ entry, one short question about one thing, this many times less
    followup_alone_threshold: float = 90.0  # with nothing to follow, only an unmistakable follow-up counts as one
    aside_penalty: float = 3.0  # a question matched without an aside around it ("..., i need to leave early")
    time_around_penalty: float = 1.0  # a whole sentence with a time said around it, no template's order
    time_around_fit: float = 90.0  # ... when the rest fits a sentence this closely (junk: 87.6)
    # A slotless intent's sentence fit by the words as said, slot words and all ("talk to you later"
    # is a farewell), only this closely: "that talk was great" fit a thanks at 82.8.
    as_said_fit: float = 95.0
    # A question close to no sentence, read by its question word and slots (signatures.py): its score,
    # and how many other words (of which unknown to every intent) it may have beside the slots. The
    # score is the voice side's reject gate (booth/voice/decide.py REJECT_SCORE): heard in quiet it
    # is answered; in noise decide() ignores such readings.
    signature_score: float = 85.0
    signature_words: int = 5
    signature_unknown: int = 1
    faq_name_score: float = 85.0  # a question close to nothing that names one FAQ entry (faq_names.py)
    reorder_factor: float = 0.92  # the same words in another order are nearly, not quite, as good
    # -- finding slot values (booth/understand/slots.py) --
    name_spelling_cutoff: float = 86.0  # a close spelling of a speaker or sponsor name ("galindo" ~ "galindoo")
    sound_alike_short_likeness: float = 50.0  # a short sound-alike key must also look this much like the name
    sound_alike_form_likeness: float = 70.0  # ... or like one of its spoken forms
    single_word_likeness: float = 75.0  # one word on a short key ("mariatta" ~ "martha"): this like a form
    kind_typo_similarity: float = 0.8  # OSA similarity of a typo'd kind word ("tutorail") to the real one
    listed_near_likeness: float = 88.0  # a YAML-listed value of 3+ words said a little off ("a bit sweetener")
    # -- topic search (booth/answer/search.py, booth/answer/answers.py) --
    topic_word_cutoff: float = 88.0  # a typo'd topic word ("pyhton") matches a schedule word this close
    sound_alike_topic_likeness: float = 70.0  # a topic word's sound-alike must look this alike ("hinek" ~ "hynek", not "intel" ~ "initial")
    other_kind_score: float = 80.0  # "no open space about X, but a talk": only when the talk's match is strong
    title_match: float = 90.0  # a topic this close to a whole title scores as that title
    topic_hit_floor: float = 45.0  # the best topic hit must score this much to count
    topic_hit_share: float = 0.8  # and other hits must score this share of the best to be listed with it


TUNING = Tuning()
