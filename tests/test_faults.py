"""Faults caused for real: a full disk (a small tmpfs), a read-only mount, an immutable file,
device nodes and folders as output paths, board paths leading out of the conference folder.
Each ends in one sentence and exit 2, with the data exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NAME = "pycon-us-2025"
SHARED = ROOT.parent / "shared" / "data"
XML_31C3 = SHARED / "formats" / "frab-xml" / "example_31c3_schedule.xml"


def booth(*argv: str, data: Path | None = None) -> subprocess.CompletedProcess:
    extra = ["--data", str(data), "--now", "2025-05-17T10:00"] if data else []
    return subprocess.run([sys.executable, "-m", "booth", *argv, *extra], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def digest(folder: Path) -> str:
    out = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.endswith(".lock"):
            out.update(str(path.relative_to(folder)).encode())
            out.update(path.read_bytes())
    return out.hexdigest()


def one_sentence(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def _mounts_allowed() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


needs_root = pytest.mark.skipif(not _mounts_allowed(), reason="mounting a tmpfs needs root")


@contextmanager
def mounted(args: list[str], where: Path) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", *args, str(where)], capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"mount refused here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> None:
    """Fill the file system of ``folder`` to the last block."""
    fd = os.open(folder / "ballast", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


# -- a full disk --------------------------------------------------------------------------------------
@needs_root
def test_full_disk_board_edits_and_import_are_one_sentence_and_change_nothing(tmp_path):
    with mounted(["-t", "tmpfs", "-o", "size=4m", "tmpfs"], tmp_path / "disk") as disk:
        data = disk / "data"
        data.mkdir()
        shutil.copytree(ROOT / "data" / NAME, data / NAME)
        added = booth("board", "add", "Lektor", "--room", "308", "--at", "saturday 3pm", "--force", "--conference", NAME,
                      data=data)
        assert added.returncode == 0, added.stderr
        card = re.search(r"os-\d+", added.stdout).group(0)
        fill(disk)
        before = digest(data)
        for argv in (["board", "add", "Vim", "--room", "309", "--at", "saturday 4pm", "--force"],
                     ["board", "move", card, "--at", "saturday 5pm", "--force"],
                     ["board", "remove", card]):
            one_sentence(booth(*argv, "--conference", NAME, data=data), "disk is full", "nothing was changed")
            assert digest(data) == before
        if XML_31C3.is_file():
            one_sentence(booth("import", str(XML_31C3), "--conference", NAME, "--force", data=data), "disk is full")
            assert digest(data) == before
            assert sorted(p.name for p in data.iterdir() if not p.name.startswith(".")) == [NAME]


# -- a read-only disk and an immutable file ----------------------------------------------------------
@needs_root
def test_read_only_mount_is_one_sentence(tmp_path):
    source = tmp_path / "rw"
    shutil.copytree(ROOT / "data" / NAME, source / NAME)
    with mounted(["--bind", str(source)], tmp_path / "ro") as ro:
        done = subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], capture_output=True, text=True)
        if done.returncode:
            pytest.skip(f"read-only remount refused here: {done.stderr.strip()}")
        before = digest(source)
        one_sentence(booth("board", "add", "Vim", "--room", "309", "--at", "saturday 4pm", "--force", "--conference", NAME,
                           data=ro), "read-only")
        if XML_31C3.is_file():
            one_sentence(booth("import", str(XML_31C3), "--conference", "31c3", data=ro), "read-only")
        assert digest(source) == before


@needs_root
def test_immutable_board_file_is_one_sentence(tmp_path):
    shutil.copytree(ROOT / "data" / NAME, tmp_path / NAME)
    board = tmp_path / NAME / "open-spaces.yaml"
    if subprocess.run(["chattr", "+i", str(board)], capture_output=True).returncode:
        pytest.skip("chattr +i is not supported on this file system")
    try:
        before = digest(tmp_path)
        one_sentence(booth("board", "add", "Vim", "--room", "309", "--at", "saturday 4pm", "--force", "--conference", NAME,
                           data=tmp_path), "not permitted")
        assert digest(tmp_path) == before
        assert not list((tmp_path / NAME).glob(".*.tmp"))
    finally:
        subprocess.run(["chattr", "-i", str(board)], check=False)


# -- output paths that are not files -----------------------------------------------------------------
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_say_out_refuses_a_device_and_a_folder(tmp_path):
    before = os.stat("/dev/full")
    one_sentence(booth("say", "hello", "--out", "/dev/full"), "not a regular file")
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    one_sentence(booth("say", "hello", "--out", str(tmp_path)), "folder")
    one_sentence(booth("say", "hello", "--out", str(tmp_path / "missing" / "x.wav")), "folder does not exist")
    assert list(tmp_path.iterdir()) == []


def test_board_that_is_a_folder_is_refused(tmp_path):
    shutil.copytree(ROOT / "data" / NAME, tmp_path / NAME)
    board = tmp_path / NAME / "open-spaces.yaml"
    board.unlink()
    board.mkdir()
    result = booth("board", "add", "Vim", "--room", "309", "--at", "saturday 4pm", "--force", "--conference", NAME,
                   data=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert board.is_dir() and list(board.iterdir()) == []


# -- paths from data files stay inside the conference folder ------------------------------------------
def _point_board_outside(folder: Path, where: str) -> None:
    meta = folder / "conference.yaml"
    meta.write_text(meta.read_text().replace("board: open-spaces.yaml", f"board: {where}"))


def test_board_outside_the_conference_folder_is_never_written(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / NAME, data / NAME)
    _point_board_outside(data / NAME, "../../outside.yaml")
    result = booth("board", "add", "Vim", "--room", "309", "--at", "saturday 4pm", "--force", "--conference", NAME, data=data)
    one_sentence(result, "must be a file inside the conference folder")
    assert not (tmp_path / "outside.yaml").exists()


@pytest.mark.skipif(not XML_31C3.is_file(), reason="needs ../shared/data/formats")
def test_import_does_not_copy_a_board_to_outside(tmp_path):
    data = tmp_path / "data"
    assert booth("import", str(XML_31C3), "--conference", "31c3", data=data).returncode == 0
    (tmp_path / "outside.yaml").write_text("events: []\n")
    _point_board_outside(data / "31c3", "../../outside.yaml")
    result = booth("import", str(XML_31C3), "--conference", "31c3", data=data)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "outside.yaml").read_text() == "events: []\n"
    assert "board: open-spaces.yaml" in (data / "31c3" / "conference.yaml").read_text()


# -- an import that would empty a conference -----------------------------------------------------------
@pytest.mark.skipif(not XML_31C3.is_file(), reason="needs ../shared/data/formats")
def test_import_of_far_fewer_events_needs_force(tmp_path):
    data = tmp_path / "data"
    small = ROOT / "tests" / "hostile" / "frab_one_event_replacing_many.xml"
    assert booth("import", str(XML_31C3), "--conference", "31c3", data=data).returncode == 0
    before = digest(data)
    one_sentence(booth("import", str(small), "--conference", "31c3", data=data), "against 138", "--force")
    assert digest(data) == before
    forced = booth("import", str(small), "--conference", "31c3", "--force", data=data)
    assert forced.returncode == 0, forced.stderr
    assert "1 events" in forced.stdout
    # A first import with nothing usable is refused too: there is nothing to answer from.
    empty = ROOT / "tests" / "hostile" / "frab_only_unusable_events.xml"
    one_sentence(booth("import", str(empty), "--conference", "fresh", data=data), "no usable events")
    assert not (data / "fresh").exists()


# -- dates no calendar arithmetic should touch ------------------------------------------------------
def test_a_batch_answers_every_line_around_far_dates():
    questions = "on 9999-12-31\nwhat is on december 31 9999\nwhen is lunch\n"
    for command in ("ask", "chat"):
        done = subprocess.run([sys.executable, "-m", "booth", command, "--json", "--now", "2025-05-17T10:00"],
                              input=questions, capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        replies = [json.loads(line) for line in done.stdout.splitlines()]
        assert [r["answer"] for r in replies[:2]] == ["I can only work with dates from 1900 to 2999."] * 2
        assert len(replies) == 3 and "lunch" in replies[2]["answer"].lower()


@pytest.mark.parametrize("now", ["0001-01-01T00:00+00:00", "9999-12-31T23:00-12:00", "1899-12-31T12:00"])
def test_now_out_of_range_is_one_line(now):
    for env_or_flag in ("flag", "env"):
        argv = ["ask", "when is lunch"] + (["--now", now] if env_or_flag == "flag" else [])
        env = {**os.environ, "BOOTH_NOW": now} if env_or_flag == "env" else None
        done = subprocess.run([sys.executable, "-m", "booth", *argv], capture_output=True, text=True, timeout=120,
                              cwd=ROOT, env=env)
        one_sentence(done, "dates must be in the years 1900-2999")
