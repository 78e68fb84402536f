"""Every broken intents/dialogs/fixture file gets one clear `path:line: message`."""

from __future__ import annotations

import shutil

import pytest

from booth.answer.dialogs import load_dialogs
from booth.errors import DialogError, FixtureError, IntentError
from booth.testing.fixtures import load_fixtures
from booth.understand.intents import load_intents

GOOD_INTENT = """\
intents:
  events_at_time:
    slots: [kind, time]
    requires: [time]
    sentences:
      - "what {kind} are at {time}"
"""

BAD_INTENTS = [
    ("unknown_slot", "intents:\n  find:\n    slots: [room]\n    sentences:\n      - \"what is in {roomm}\"\n",
     "find.yaml:5: unknown slot 'roomm'; did you mean 'room'?"),
    ("undeclared_slot", "intents:\n  find:\n    slots: [kind]\n    sentences:\n      - \"what is in {room}\"\n",
     "find.yaml:5: slot 'room' is not in slots: of 'find'"),
    ("unknown_declared", "intents:\n  find:\n    slots: [kind, tiem]\n    sentences: [\"x\"]\n",
     "find.yaml:3: unknown slot 'tiem'; did you mean 'time'?"),
    ("bad_yaml", "intents:\n  find:\n    sentences: [\"a\", \"b\"\n", "find.yaml:4: invalid YAML"),
    ("no_sentences", "intents:\n  find:\n    slots: [kind]\n", "find.yaml:3: intent 'find' has no sentences:"),
    ("unknown_key", "intents:\n  find:\n    sentence: [\"a\"]\n",
     "find.yaml:3: unknown key 'sentence' in intent 'find'; did you mean 'sentences'?"),
    ("unclosed_group", "intents:\n  find:\n    sentences:\n      - \"what (is|are\"\n", "find.yaml:4: missing ')'"),
    ("stray_bracket", "intents:\n  find:\n    sentences:\n      - \"what is ] on\"\n", "find.yaml:4: unexpected ']'"),
    ("bad_brace", "intents:\n  find:\n    sentences:\n      - \"what is {Room\"\n",
     "find.yaml:4: slot must look like {name}"),
    ("requires_undeclared", "intents:\n  find:\n    slots: [kind]\n    requires: [time]\n    sentences: [\"a\"]\n",
     "find.yaml:4: requires slot 'time' that is not in slots: of 'find'"),
    ("unknown_kind", "slots:\n  kind:\n    openspace: [open space]\n",
     "find.yaml:3: unknown kind 'openspace'; did you mean 'open-space'?"),
    ("top_level_list", "- a\n- b\n", "find.yaml:1: top level must be a mapping"),
    ("sentences_not_strings", "intents:\n  find:\n    sentences:\n      - {a: b}\n",
     "find.yaml:3: sentences must be a list of strings"),
]


@pytest.mark.parametrize("name,text,message", BAD_INTENTS, ids=[b[0] for b in BAD_INTENTS])
def test_bad_intent_file(tmp_path, name, text, message):
    (tmp_path / "find.yaml").write_text(text)
    if "intents:" not in text:
        (tmp_path / "other.yaml").write_text(GOOD_INTENT)
    with pytest.raises(IntentError) as error:
        load_intents(tmp_path)
    assert str(error.value).startswith(str(tmp_path / "find.yaml")), str(error.value)
    assert message in str(error.value)


def test_intent_defined_twice(tmp_path):
    (tmp_path / "a.yaml").write_text(GOOD_INTENT)
    (tmp_path / "b.yaml").write_text(GOOD_INTENT)
    with pytest.raises(IntentError, match=r"b\.yaml:2: intent 'events_at_time' is defined twice \(also .*a\.yaml:2\)"):
        load_intents(tmp_path)


BAD_DIALOGS = [
    ("unknown_placeholder", "help:\n  help:\n    - \"Ask me {exampels}\"\n",
     "dialog.yaml:3: unknown placeholder '{exampels}' in help.help (allowed: examples)"),
    ("attribute_access", "help:\n  help:\n    - \"Ask me {examples.__class__}\"\n",
     "dialog.yaml:3: placeholder '{examples.__class__}' in help.help: only plain names"),
    ("unknown_intent", "halp:\n  help: [\"x\"]\n", "dialog.yaml:1: unknown intent 'halp'"),
    ("unknown_outcome", "help:\n  helpp: [\"x\"]\n", "dialog.yaml:2: unknown outcome 'helpp' for 'help'"),
    ("empty_list", "help:\n  help: []\n", "dialog.yaml:2: 'help.help' must be a non-empty list of strings"),
    ("bad_yaml", "help:\n  help: [\"x\"\n", "dialog.yaml:3: invalid YAML"),
    ("stray_brace", "help:\n  help:\n    - \"Ask me { or }\"\n", "dialog.yaml:3: placeholder '{ or }'"),
]


@pytest.mark.parametrize("name,text,message", BAD_DIALOGS, ids=[b[0] for b in BAD_DIALOGS])
def test_bad_dialog_file(tmp_path, root, name, text, message):
    folder = tmp_path / "dialogs"
    shutil.copytree(root / "dialogs", folder)
    (folder / "dialog.yaml").write_text(text)
    with pytest.raises(DialogError) as error:
        load_dialogs(folder)
    assert message in str(error.value), str(error.value)
    assert str(error.value).startswith(str(folder / "dialog.yaml"))


def test_missing_response_is_named(tmp_path, root):
    folder = tmp_path / "dialogs"
    shutil.copytree(root / "dialogs", folder)
    text = (folder / "schedule.yaml").read_text().replace("  no_booth:\n", "  nobooth_removed:\n")
    (folder / "schedule.yaml").write_text(text)
    with pytest.raises(DialogError, match="unknown outcome 'nobooth_removed'"):
        load_dialogs(folder)


BAD_FIXTURES = [
    ("no_intent", "tests:\n  - sentences: [hello]\n", "fix.yaml:2: test needs intent:"),
    ("unknown_key", "tests:\n  - sentences: [hello]\n    intnt: help\n", "fix.yaml:3: unknown key 'intnt' in test"),
    ("no_sentences", "tests:\n  - intent: help\n", "fix.yaml:2: test has no sentences"),
    ("bad_turn", "dialogues:\n  - name: x\n    turns:\n      - intent: help\n", "fix.yaml:4: turn needs say: TEXT"),
]


@pytest.mark.parametrize("name,text,message", BAD_FIXTURES, ids=[b[0] for b in BAD_FIXTURES])
def test_bad_fixture_file(tmp_path, name, text, message):
    (tmp_path / "fix.yaml").write_text(text)
    with pytest.raises(FixtureError) as error:
        load_fixtures(tmp_path)
    assert message in str(error.value), str(error.value)
