"""The `booth` command as a user runs it: real processes, real data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def booth(*args, stdin: str | None = None, env: dict | None = None, cwd: Path = ROOT):
    environment = {k: v for k, v in os.environ.items() if k != "BOOTH_NOW"}
    environment.update({"PYTHONPATH": str(ROOT), **(env or {})})
    return subprocess.run([sys.executable, "-m", "booth", *args], input=stdin, capture_output=True, text=True,
                          env=environment, cwd=cwd, timeout=120)


def test_done_when_open_spaces_at_three_2025():
    result = booth("ask", "what open spaces are at three", "--now", "2025-05-17T10:00")
    assert result.returncode == 0, result.stderr
    answer = result.stdout
    assert "three p.m." in answer
    assert "Songs for Europe" in answer and "Room 321" in answer


def test_done_when_2017_is_honest():
    result = booth("ask", "what open spaces are at three", "--conference", "pycon-us-2017", "--now", "2017-05-20T10:00")
    assert result.returncode == 0, result.stderr
    assert "No open spaces are on the board" in result.stdout


def test_json_shape():
    result = booth("ask", "what open spaces are at three", "--json", "--now", "2025-05-17T10:00")
    data = json.loads(result.stdout)
    assert set(data) == {"heard", "intent", "slots", "answer", "events"}
    assert data["intent"] == "events_at_time"
    assert data["slots"]["kind"] == "open-space"
    assert data["slots"]["time"].startswith("2025-05-17T15:00:00-04:00")
    assert len(data["events"]) > 3, "events lists every event the answer is about, not only the spoken three"
    first = data["events"][0]
    assert set(first) == {"title", "kind", "start", "end", "room"}
    assert first["start"].endswith("-04:00")


def test_no_match_json_has_null_intent():
    data = json.loads(booth("ask", "play some music", "--json").stdout)
    assert data["intent"] is None and data["events"] == []
    assert "open spaces" in data["answer"]


def test_stdin_batch_one_json_line_per_question():
    questions = "where is the microsoft booth\nplay some music\nwhat about four\nwhen is lunch\n"
    result = booth("ask", "--json", "--now", "2025-05-17T10:00", stdin=questions)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["heard"] for line in lines] == questions.split("\n")[:-1]
    assert "301" in lines[0]["answer"]
    assert lines[1]["intent"] is None
    assert lines[2]["intent"] == "refine" and "full question" in lines[2]["answer"], \
        "ask carries no context: a follow-up alone gets how to ask, not a guess"


def test_booth_now_environment_variable():
    result = booth("ask", "what is on now", "--json", env={"BOOTH_NOW": "2025-05-17T15:10"})
    data = json.loads(result.stdout)
    assert any(e["title"] == "Songs for Europe" for e in data["events"])


def test_demo_mode_is_announced_once():
    result = booth("ask", "--now", "2026-11-23T15:00", stdin="what open spaces are at three\nwhen is lunch\n")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Demo mode")
    assert not lines[1].startswith("Demo mode")


def test_unknown_conference_lists_known():
    result = booth("ask", "hello", "--conference", "pycon-us-1999")
    assert result.returncode == 2
    assert "pycon-us-2025" in result.stderr and "pycon-us-2017" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_now_is_one_line():
    result = booth("ask", "what is on now", "--now", "yesterday-ish")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_check_passes_on_shipped_files():
    result = booth("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:")


def test_check_reports_broken_intent_file(tmp_path):
    intents = tmp_path / "intents"
    shutil.copytree(ROOT / "intents", intents)
    text = (intents / "schedule.yaml").read_text().replace("in {room}", "in {roomm}", 1)
    (intents / "schedule.yaml").write_text(text)
    result = booth("check", "--intents", str(intents))
    assert result.returncode == 2
    assert "schedule.yaml:" in result.stdout and "unknown slot 'roomm'" in result.stdout
    assert "Traceback" not in result.stderr


def test_help_has_examples():
    for command in (["--help"], ["ask", "--help"], ["check", "--help"], ["chat", "--help"]):
        result = booth(*command)
        assert result.returncode == 0 and "example" in result.stdout


def test_chat_done_when():
    turns = "what open spaces are at three\nmore\ntell me about the second one\nwhere is that\n"
    result = booth("chat", "--json", "--now", "2025-05-17T10:00", stdin=turns)
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["intent"] for r in replies] == ["events_at_time", "more", "detail", "detail_where"]
    first_titles = [e["title"] for e in replies[0]["events"]]
    assert len(replies[1]["events"]) >= 1
    spoken = sum(1 for t in first_titles if t.split(":")[0].split()[0] in replies[0]["answer"].split(": ", 1)[-1])
    assert replies[1]["events"][0]["title"] == first_titles[min(spoken, 2)], "more continues where the list stopped"
    second = replies[2]["events"]
    assert len(second) == 1 and second[0]["title"] == first_titles[1]
    assert second[0]["room"] in replies[3]["answer"]


def test_installed_package_finds_its_files(tmp_path):
    """pip install . from another folder: the shipped intents, dialogs and data come along."""
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q",
                              "--target", str(target), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-m", "booth", "ask", "where is the microsoft booth"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "301" in result.stdout
