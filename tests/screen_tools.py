"""Helpers for the booth screen tests: a real `booth listen --screen` / `booth screen` process
on a copy of the shipped data, and a real headless Chromium (Debian's chromium and
chromium-driver) driven by selenium at 1920x1080."""

from __future__ import annotations

import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.audio_tools import ROOT, need_tool

ARTIFACTS = ROOT / "tests" / ".artifacts"
CONFERENCE = "pycon-us-2025"


def copy_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / CONFERENCE, data / CONFERENCE)
    return data


def board_file(data: Path) -> Path:
    return data / CONFERENCE / "open-spaces.yaml"


class BoothProcess:
    """`python -m booth ARGS`; collects its output lines and the URL and PIN it prints."""

    def __init__(self, args: list[str], data: Path, stdin=subprocess.DEVNULL, env: dict | None = None,
                 screen: bool = True):
        self.env = {k: v for k, v in os.environ.items() if k not in ("BOOTH_NOW", "BOOTH_STAFF_PIN")}
        self.env.update({"PYTHONPATH": str(ROOT), "BOOTH_DATA": str(data), **(env or {})})
        port = ["--port", "0"] if screen and "--port" not in args else []
        self.proc = subprocess.Popen([sys.executable, "-m", "booth", *args, *port], cwd=ROOT,
                                     stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=self.env)
        self.out: list[str] = []
        self.err: list[str] = []
        self._lines: queue.Queue[str] = queue.Queue()
        for stream, lines in ((self.proc.stdout, self.out), (self.proc.stderr, self.err)):
            threading.Thread(target=self._drain, args=(stream, lines), daemon=True).start()
        self.url = self.wait_for_line(r"^screen: (http://\S+)").group(1) if screen else ""
        self.pin = None

    def _drain(self, stream, lines: list[str]) -> None:
        for raw in iter(stream.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip("\n")
            lines.append(line)
            self._lines.put(line)

    def wait_for_line(self, pattern: str, timeout: float = 60.0) -> re.Match:
        """The first line (stdout or stderr, seen so far or later) matching ``pattern``."""
        deadline = time.monotonic() + timeout
        for line in self.out + self.err:
            if (match := re.search(pattern, line)):
                return match
        while time.monotonic() < deadline:
            try:
                line = self._lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None and self._lines.empty():
                    break
                continue
            if (match := re.search(pattern, line)):
                return match
        raise AssertionError(f"no line matching {pattern!r}; stdout: {self.out}; stderr: {self.err}")

    def staff_pin(self) -> str:
        return self.wait_for_line(r"^staff page: \S+ .*PIN: (\S+)").group(1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream:
                try:
                    stream.close()
                except OSError:
                    pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def chromium():
    """A headless Chromium at exactly 1920x1080 CSS pixels (the booth's screen)."""
    need_tool("chromium")
    driver_path = need_tool("chromedriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--hide-scrollbars", "--window-size=1920,1080", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    # Service(path) keeps selenium from looking for (or downloading) a driver of its own.
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
    driver.set_page_load_timeout(30)
    return driver


def wait_until(condition, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = condition()
        except Exception as exc:  # the element may not be there yet
            last = exc
        if last and not isinstance(last, Exception):
            return last
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


def text_of(driver, element_id: str) -> str:
    return driver.execute_script(f"return document.getElementById({element_id!r}).textContent")


def list_rows(driver) -> list[dict]:
    return driver.execute_script("""return [...document.querySelectorAll('#items tbody tr')].map(r => ({
        time: r.cells[0].textContent, room: r.cells[1].textContent, title: r.cells[2].textContent}))""")


def board_cards(driver) -> list[dict]:
    """Every card the board grid shows, with its row's room and column's hour."""
    return driver.execute_script("""
        const hours = [...document.querySelectorAll('#grid thead th.hour')].map(th => th.textContent);
        return [...document.querySelectorAll('#grid tbody tr')].flatMap(row =>
          [...row.cells].slice(1).flatMap((cell, i) => [...cell.querySelectorAll('.os')].map(os => ({
            room: row.dataset.room, hour: hours[i], id: os.dataset.id, text: os.textContent}))));""")


def need_browser_stack() -> None:
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        reason = "chromium and chromium-driver are needed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
