"""Shared fixtures. The repo root is importable without installing (tests run from a checkout)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def booth_2025():
    from booth.pipeline import Booth
    from booth.settings import Settings

    return Booth(Settings(conference="pycon-us-2025", now="2025-05-17T10:00"))


@pytest.fixture(scope="session")
def booth_2017():
    from booth.pipeline import Booth
    from booth.settings import Settings

    return Booth(Settings(conference="pycon-us-2017", now="2017-05-20T10:00"))


@pytest.fixture(scope="session")
def model():
    """The real Vosk model, loaded once for all spoken tests (skips, or fails in CI, without it)."""
    from booth.voice.recognizer import load_model
    from tests.audio_tools import need_model

    return load_model(need_model())


@pytest.fixture(scope="module")
def booth():
    """A Booth at PyCon US 2025, Saturday 10:00, for the voice tests."""
    from booth.pipeline import Booth
    from booth.settings import Settings

    return Booth(Settings(conference="pycon-us-2025", now="2025-05-17T10:00"))


@pytest.fixture(scope="session", autouse=True)
def _schedule_cache(tmp_path_factory):
    """Parsed-schedule cache in a temp folder, never the user's ~/.cache (child processes inherit it)."""
    import os

    os.environ["BOOTH_CACHE"] = str(tmp_path_factory.mktemp("booth-cache"))
    yield


FOSDEM = ROOT.parent / "shared" / "data" / "formats" / "frab-xml" / "fosdem-2026_schedule.xml"


@pytest.fixture(scope="session")
def fosdem(tmp_path_factory):
    """FOSDEM 2026 imported with `booth import` into a copy of data/, once per run."""
    import shutil

    from booth.cli import main
    from booth.pipeline import Booth
    from booth.settings import Settings

    if not FOSDEM.is_file():
        pytest.skip("needs ../shared/data/formats/frab-xml")
    data = tmp_path_factory.mktemp("fosdem-data")
    shutil.copytree(ROOT / "data", data, dirs_exist_ok=True)
    assert main(["import", str(FOSDEM), "--conference", "fosdem-2026", "--data", str(data)]) == 0
    return Booth(Settings(data_dir=data, conference="fosdem-2026", now="2026-01-31T10:00"))
