"""The parsed-schedule cache: hits only while every file (and Booth's parsing code) is unchanged,
never hides a broken edit, and trusts only files that this user alone can write."""

from __future__ import annotations

import dataclasses
import os
import pickle
import shutil
import time
from pathlib import Path

import pytest

from booth.schedule import cache
from booth.schedule.store import load_conference

ROOT = Path(__file__).resolve().parent.parent
NAME = "pycon-us-2017"


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("BOOTH_CACHE", str(tmp_path / "cache"))
    shutil.copytree(ROOT / "data" / NAME, tmp_path / "data" / NAME)
    old = time.time() - 60  # files older than the cache's two-second trust window
    for path in (tmp_path / "data" / NAME).iterdir():
        os.utime(path, (old, old))
    return tmp_path / "data"


def cache_files(data: Path) -> list[Path]:
    return sorted((data.parent / "cache").glob("*.pickle"))


def plant(data: Path, title: str, mode: int = 0o600) -> None:
    """Rewrite the cache entry with another title, keeping its key: a hit then shows that title."""
    [path] = cache_files(data)
    with open(path, "rb") as handle:
        key, (conference, watched), extras = pickle.load(handle)
    with open(path, "wb") as handle:
        pickle.dump((key, (dataclasses.replace(conference, title=title), watched), extras), handle)
    os.chmod(path, mode)


def test_unchanged_files_are_served_from_the_cache(data):
    first = load_conference(data, NAME)
    assert len(cache_files(data)) == 1
    assert load_conference(data, NAME) == first
    plant(data, "From the cache")
    assert load_conference(data, NAME).title == "From the cache"


def test_an_edit_misses_and_a_broken_edit_is_still_reported(data):
    load_conference(data, NAME)
    plant(data, "From the cache")
    board = data / NAME / "open-spaces.yaml"
    board.write_text('events:\n  - title: Vim\n    day: 2017-05-20\n    start: "15:00"\n    room: Room 1\n')
    fresh = load_conference(data, NAME)
    assert fresh.title != "From the cache" and "Vim" in [e.title for e in fresh.events]
    board.write_text('events:\n  - title: Vim\n    duration: .nan\n')
    for _ in range(2):  # a broken card is named on every load: such a conference is never served from the cache
        assert any("open-spaces.yaml:2" in p for p in load_conference(data, NAME).problems)
    board.write_text('events:\n  - title: [half written\n')  # not YAML at all: the whole board is skipped, named
    assert any("open-spaces.yaml:3: invalid YAML" in p for p in load_conference(data, NAME).problems)


def test_a_cache_file_others_can_write_is_ignored(data):
    load_conference(data, NAME)
    plant(data, "Planted by someone else", mode=0o666)
    assert load_conference(data, NAME).title != "Planted by someone else"


def test_new_parsing_code_misses(data, monkeypatch):
    load_conference(data, NAME)
    plant(data, "From the cache")
    monkeypatch.setattr(cache, "_code_key", ("another", "version"))
    assert load_conference(data, NAME).title != "From the cache"


def test_cache_off_writes_nothing(data, monkeypatch):
    monkeypatch.setenv("BOOTH_CACHE", "off")
    load_conference(data, NAME)
    assert not (data.parent / "cache").exists()


def test_a_built_topic_index_is_kept_for_the_next_process(data):
    from booth.pipeline import Booth
    from booth.settings import Settings

    settings = Settings(data_dir=data, conference=NAME, now="2017-05-20T10:00")
    first = Booth(settings)
    assert not first.index._built
    answer = first.ask("when is the talk about packaging").answer
    assert first.index._built
    cache._entries.clear()  # what a new process starts with
    second = Booth(settings)
    assert second.index._built, "the index came from the cache, built"
    assert second.ask("when is the talk about packaging").answer == answer
