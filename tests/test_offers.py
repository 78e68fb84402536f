"""An answer that offers a name ("I don't know a sponsor called mehta. Did you mean Meta?", "There
are two of them: Ballroom A or Ballroom BC. Which one?") takes the visitor's reply: "yes", the name,
"the second one", or "no". The question asked is then answered with the name in it."""

from __future__ import annotations

import pytest

from booth.answer.conversation import Conversation
from booth.answer.offers import Offer, declined, rephrased, taken


def _talk(booth, *turns: str):
    conversation = Conversation(booth)
    replies = []
    for text in turns:
        replies.append(conversation.turn(text))
        conversation.spoken_done()
    return replies


@pytest.mark.parametrize("reply", ["yes", "yes please", "meta", "the meta one", "yeah meta"])
def test_a_sponsor_offered_is_taken(booth_2025, reply):
    first, second = _talk(booth_2025, "where is the mehta booth", reply)
    assert first.outcome == "near" and "Did you mean Meta?" in first.answer
    assert second.intent == "sponsor_booth" and second.outcome == "found", second.answer
    assert "booth 501" in second.answer and second.heard == reply


@pytest.mark.parametrize("reply,room", [("ballroom a", "Ballroom A"), ("a", "Ballroom A"), ("the first one", "Ballroom A"),
                                        ("ballroom bc", "Ballroom BC"), ("the bc one", "Ballroom BC"),
                                        ("the second one", "Ballroom BC")])
def test_a_room_offered_answers_the_question_asked_in_it(booth_2025, reply, room):
    """ "who is speaking in ballroom at two" (its "a" lost): the reply names the room, and the answer
    is who speaks there at two, not the room's day."""
    first, second = _talk(booth_2025, "who is speaking in ballroom at two", reply)
    assert first.outcome == "which_room"
    expected = booth_2025.ask(f"who is speaking in {room.lower()} at two")
    assert second.answer == expected.answer and second.intent == expected.intent == "room_schedule"


def test_a_speaker_offered_is_taken(booth_2025):
    first, second = _talk(booth_2025, "is brett cannon giving a talk", "yes")
    assert "Did you mean Brett Slatkin?" in first.answer
    assert second.intent == "find_speaker" and "Zen of Polymorphism" in second.answer


def test_no_ends_it_and_a_new_question_is_a_new_question(booth_2025):
    _, no = _talk(booth_2025, "where is the mehta booth", "no")
    assert no.intent == "stop"
    _, other = _talk(booth_2025, "where is the mehta booth", "where is the microsoft booth")
    assert other.intent == "sponsor_booth" and "Microsoft" in other.answer
    # The offer is gone after one reply: a later "yes" takes nothing.
    _, _, later = _talk(booth_2025, "where is the mehta booth", "what talks are at three", "yes")
    assert later.intent != "sponsor_booth"


def test_a_reply_takes_an_offer_only_when_it_is_nothing_but_the_name():
    rooms = (Offer("ballroom", "Ballroom A"), Offer("ballroom", "Ballroom BC"))
    assert taken("a please", rooms) == rooms[0] and taken("bc", rooms) == rooms[1]
    assert taken("a talk about flask", rooms) is None  # "a" alone picks Ballroom A; a question does not
    assert taken("yes", rooms) is None  # two offers: "yes" says neither
    assert taken("ballroom", rooms) is None
    assert taken("no the bc one", rooms) == rooms[1]
    assert taken("yes", (Offer("mehta", "Meta"),)) == Offer("mehta", "Meta")
    assert declined("no") and declined("nope neither") and not declined("no talks today")
    assert rephrased("where's the mehta booth", Offer("mehta", "Meta")) == "where is the meta booth"
    assert rephrased("where is the microsoft booth", Offer("mehta", "Meta")) is None


def test_a_spoken_yes_takes_the_offer(booth, model):
    """Through `booth listen`: the answer's "Did you mean Meta?", then "yes" said by the neural
    voice (the grammar holds the offered name and yes/no while the offer is pending)."""
    from booth.voice import listen as ev
    from booth.voice.audio import file_source
    from booth.voice.listen import Listener, Options
    from tests.audio_tools import speak_neural

    events: list = []
    conversation = Conversation(booth)
    listener = Listener(booth, model, lambda text, stop: "spoken", events.append, Options(mode="always"),
                        conversation=conversation)
    listener._answer("where is the mehta booth", 0.0, None)
    assert any(isinstance(e, ev.Answered) and "Did you mean Meta?" in e.text for e in events), events
    listener._refresh_grammar()
    del events[:]
    listener.run(lambda: file_source(speak_neural("yes", steady=True)), live=False)
    answered = [e for e in events if isinstance(e, ev.Answered)]
    assert len(answered) == 1 and "booth 501" in answered[0].text, events
