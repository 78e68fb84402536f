"""`booth ask` and `booth check`: the text pipeline from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from booth.errors import BoothError

ASK_HELP = """\
Answer one question (or one per line from stdin) and print the answer.

examples:
  booth ask "what open spaces are at three" --now 2025-05-17T10:00
  booth ask "where is the microsoft booth" --json
  printf 'when is lunch\\nwhat is next\\n' | booth ask --json
  booth ask --audio question.wav --json
"""

CHAT_HELP = """\
A typed conversation: follow-ups refer to the last answer for a while
("what about four", "more", "tell me about the second one", "where is that").

examples:
  booth chat --now 2025-05-17T10:00
  printf 'what open spaces are at three\\nmore\\n' | booth chat --json
"""

CHECK_HELP = """\
Validate intents, dialogs and every conference's data, then run the intent test files.
Prints path:line: message for each problem and exits 2 if there is any.

examples:
  booth check
  booth check --fixtures tests/intents
"""


def register(subparsers, parents) -> None:
    ask = subparsers.add_parser("ask", parents=parents, help="answer a question typed (or from a WAV file)",
                                description=ASK_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    ask.add_argument("question", nargs="?", help="the question; without it, one question per line from stdin")
    ask.add_argument("--json", action="store_true", help="print {heard, intent, slots, answer, events} as JSON")
    ask.add_argument("--audio", metavar="FILE.wav", help="hear the question from a WAV file (Vosk)")
    ask.add_argument("--model", metavar="PATH", help="Vosk model folder (with --audio)")
    ask.add_argument("--free", action="store_true", help="with --audio: transcribe without the grammar")
    ask.add_argument("--max-seconds", type=float, default=12.0,
                     help="with --audio: hear at most this much of the recording (default 12, as listen)")
    ask.set_defaults(func=run_ask)

    chat = subparsers.add_parser("chat", parents=parents, help="a typed conversation with follow-ups",
                                 description=CHAT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    chat.add_argument("--json", action="store_true", help="one JSON object per turn (same shape as ask --json)")
    chat.set_defaults(func=run_chat)

    check = subparsers.add_parser("check", parents=parents, help="validate files and run the intent tests",
                                  description=CHECK_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("--fixtures", metavar="PATH", help="intent test folder (default: tests/intents beside intents/)")
    check.add_argument("--voice", action="store_true",
                       help="also report which titles, speakers, sponsors and rooms the speech model can hear")
    check.add_argument("--model", metavar="PATH", help="Vosk model folder (with --voice)")
    check.add_argument("--ship-forms", action="store_true", help=argparse.SUPPRESS)  # maintainers: rewrite the shipped table
    check.set_defaults(func=run_check)


def _print_reply(reply, as_json: bool) -> None:
    if as_json:
        print(json.dumps(reply.to_json(), ensure_ascii=False), flush=True)
        return
    print(reply.answer, flush=True)
    for line in screen_list(reply):
        print(line, flush=True)


def screen_list(reply) -> list[str]:
    """The ear gets three items and "and 3 more"; the screen gets the whole list."""
    spoken = reply.result.spoken if reply.result is not None else len(reply.events)
    if len(reply.events) <= max(spoken, 1):
        return []
    lines = []
    for event in reply.events:
        when = f"{event.start:%a %H:%M}-{event.end:%H:%M}" if event.start and event.end else \
            (f"{event.start:%a %H:%M}" if event.start else "")
        lines.append(f"  {when:15} {(event.room or '')[:24]:24} {event.title}")
    return lines


def run_ask(args) -> int:
    from booth.cli import settings_from
    from booth.pipeline import Booth

    booth = Booth(settings_from(args))
    if args.audio:
        from booth.voice.decide import hear_file

        transcript = hear_file(Path(args.audio), booth, model_path=args.model, free=args.free,
                               max_seconds=args.max_seconds)
        reply = booth.ask(transcript.text)
        _print_reply(reply, args.json)
        return 0
    if args.question is not None:
        _print_reply(booth.ask(args.question), args.json)
        return 0
    for line in sys.stdin:
        if line.strip():
            _print_reply(booth.ask(line.strip()), args.json)
    return 0


def run_chat(args) -> int:
    from booth.answer.conversation import Conversation
    from booth.cli import settings_from
    from booth.pipeline import Booth

    conversation = Conversation(Booth(settings_from(args)))
    interactive = sys.stdin.isatty() and not args.json
    if interactive:
        print("Ask about the schedule (empty line or Ctrl-D to quit).")
    while True:
        if interactive:
            try:
                line = input("you> ")
            except EOFError:
                print()
                return 0
            if not line.strip():
                return 0
        else:
            line = sys.stdin.readline()
            if not line:
                return 0
            if not line.strip():
                continue
        reply = conversation.turn(line.strip())
        if interactive:
            print(f"booth> {reply.answer}")
            for row in screen_list(reply):
                print(row)
        else:
            _print_reply(reply, args.json)
        conversation.spoken_done()


def default_fixtures(settings) -> Path:
    return settings.tests_dir


def untested(intents, fixtures) -> list[str]:
    """Intents no test sentence or dialogue turn expects, as path:line: messages."""
    tested = {c.expect.intent for c in fixtures.cases} | {t.expect.intent for d in fixtures.dialogues for t in d.turns}
    return [f"{i.path}:{i.line}: intent '{i.name}' has no test sentence (add one to the intent tests)"
            for i in intents.values() if i.name not in tested]


def run_fixtures(folder: Path, settings, intents=None) -> tuple[int, list[str]]:
    """Run every fixture sentence (and dialogue); returns (count, problems as path:line: text).
    ``intents``: also report each of these that no test expects."""
    from booth.testing.fixtures import load_fixtures
    from booth.testing.runner import FixtureRunner

    fixtures = load_fixtures(folder)
    runner = FixtureRunner(settings)
    problems = untested(intents, fixtures) if intents else []
    for case in fixtures.cases:
        for problem in runner.run_case(case):
            problems.append(f"{case.path}:{case.line}: {case.sentence!r}: {problem}")
    for dialogue in fixtures.dialogues:
        for line, say, problem in runner.run_dialogue(dialogue):
            problems.append(f"{dialogue.path}:{line}: {dialogue.name}: {say!r}: {problem}")
    return len(fixtures.cases) + sum(len(d.turns) for d in fixtures.dialogues), problems


def _check_voice(args, settings, names, summary: list[str]) -> list[str]:
    """Coverage of every conference by the speech model's vocabulary; a name that cannot be
    heard at all is a problem."""
    from dataclasses import replace

    from booth.pipeline import Booth
    from booth.voice.coverage import coverage, report, schedule_words
    from booth.voice.model import resolve_model
    from booth.voice.vocabulary import Vocabulary, ship_forms, spoken_forms, words_of

    try:
        vocabulary = Vocabulary(resolve_model(args.model, download=False))
    except BoothError as exc:
        return [str(exc)]
    problems: list[str] = []
    words: set[str] = set()
    for name in names:
        booth = Booth(replace(settings, conference=name))
        words |= schedule_words(booth)
        if getattr(args, "ship_forms", False):  # and every other word the grammar holds
            words |= {w for phrase in booth.vocabulary() for w in words_of(phrase)}
        result = coverage(booth, vocabulary)
        for line in report(result):
            print(line)
        for share in result.shares:
            problems.extend(f"{name}: {share.what}: cannot be heard: {missing}" for missing in share.missing)
        summary.append(f"{name}: voice coverage {min(s.percent for s in result.shares):.0f}%")
    if getattr(args, "ship_forms", False):
        spoken_forms(vocabulary, words)  # derives (and caches) what the coverage did not need
        summary.append(f"wrote {ship_forms(vocabulary, words)}")
    return problems


def _all_intents(skill, conferences) -> dict:
    from booth.answer.replies import faq_intents

    intents = dict(skill.intents.intents)
    for conference in filter(None, conferences):
        intents.update(faq_intents(conference.faq))
    return intents


def run_check(args) -> int:
    from booth.cli import settings_from
    from booth.pipeline import load_skill
    from booth.schedule.store import list_conferences, load_conference

    settings = settings_from(args)
    problems: list[str] = []
    summary: list[str] = []

    def attempt(what, load):
        try:
            result = load()
            summary.append(what(result))
            return result
        except BoothError as exc:
            problems.append(str(exc))
            return None

    skill = attempt(lambda r: f"{len(r.intents.intents)} intents; {len(r.dialogs.responses)} dialog outcomes",
                    lambda: load_skill(settings))
    data_dir = settings.data_dir
    names = list_conferences(data_dir) if data_dir is not None else []
    conferences = [attempt(lambda r: f"{r.name}: {len(r.events)} events" + (f", {len(r.faq)} FAQ" if r.faq else ""),
                           lambda name=name: load_conference(data_dir, name)) for name in names if data_dir is not None]
    for conference in conferences:  # entries skipped as broken, path:line
        problems.extend(conference.problems if conference is not None else ())
    folder = Path(args.fixtures) if args.fixtures else default_fixtures(settings)
    if not problems and folder.is_dir():
        try:
            count, failures = run_fixtures(folder, settings, _all_intents(skill, conferences))
            problems.extend(failures)
            summary.append(f"{count - len(failures)} of {count} intent tests passed")
        except BoothError as exc:
            problems.append(str(exc))
    elif not folder.is_dir():
        summary.append(f"no intent tests at {folder}")
    if getattr(args, "voice", False) and not problems:
        problems.extend(_check_voice(args, settings, names, summary))
    for problem in problems:
        print(problem)
    if problems:
        print(f"booth check: {len(problems)} problem(s)", file=sys.stderr)
        return 2
    print("ok: " + "; ".join(summary))
    return 0
