"""Real pyttsx3 + espeak-ng writing real WAV files, and its quirks worked around."""

from __future__ import annotations

import os
import subprocess
import sys
import wave

import pytest

from booth.errors import SpeechError
from booth.voice.tts import Speaker, say_or_print
from tests.audio_tools import ROOT


def _seconds(path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def test_save_writes_speech_and_later_files_do_not_overwrite_earlier(tmp_path):
    speaker = Speaker(voice="en-us")
    first, second = tmp_path / "one.wav", tmp_path / "two.wav"
    speaker.save("The lightning talks are at five forty five in Hall B.", first)
    size = first.stat().st_size
    speaker.save("Hi.", second)
    speaker.synthesize("Something else entirely, not written anywhere.")
    assert first.stat().st_size == size  # pyttsx3 keeps the old file name set; we reset it
    assert _seconds(first) > 2 * _seconds(second) > 0.2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.wav", "two.wav"]


def test_voice_rate_and_volume_change_the_speech():
    text = "where is the microsoft booth"
    slow = Speaker(voice="en-us", rate=110).synthesize(text)
    fast = Speaker(voice="en-us", rate=260).synthesize(text)
    assert slow.seconds > 1.5 * fast.seconds
    other = Speaker(voice="en+f3").synthesize(text)
    assert other.pcm != Speaker(voice="en-us").synthesize(text).pcm
    quiet = Speaker(voice="en-us", volume=0.2).synthesize(text)
    assert max(abs(int.from_bytes(quiet.pcm[i:i + 2], "little", signed=True)) for i in range(0, len(quiet.pcm), 2)) \
        < max(abs(int.from_bytes(slow.pcm[i:i + 2], "little", signed=True)) for i in range(0, len(slow.pcm), 2))


def test_unknown_voice_is_a_clear_error_not_the_default_voice():
    with pytest.raises(SpeechError, match="unknown voice 'no-such-voice'"):
        Speaker(voice="no-such-voice").synthesize("hello")
    assert Speaker(voice="en-us").synthesize("still works").seconds > 0.3


def test_no_speaker_reports_and_goes_on(monkeypatch):
    messages = []
    outcome = say_or_print(Speaker(voice="en-us", device="no such speaker"), "hello", warn=messages.append)
    assert outcome == "failed"
    assert "speaker" in messages[0]  # "no speaker found" or "no speaker matches 'no such speaker'"
    assert say_or_print(Speaker(voice="no-such-voice"), "hello", warn=messages.append) == "failed"
    assert "unknown voice" in messages[1]


def _booth(*args, env=None, **kw):
    return subprocess.run([sys.executable, "-m", "booth", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=60, **kw)


def test_cli_say_out_writes_a_wav_without_a_sound_card(tmp_path):
    out = tmp_path / "answer.wav"
    done = _booth("say", "Six open spaces at three p.m.", "--out", str(out), "--voice", "en+f3", "--rate", "150",
                  env={"PULSE_SERVER": "unix:/nonexistent"})
    assert done.returncode == 0, done.stderr
    assert _seconds(out) > 1.5
    assert "Audio saved" not in done.stdout  # pyttsx3's own print is kept out of our output


def test_cli_say_without_speaker_prints_the_text(tmp_path):
    done = _booth("say", "The talk is at noon.", "--output-device", "no such speaker")
    assert done.returncode == 1
    assert done.stdout.strip() == "The talk is at noon."
    assert "speaker" in done.stderr and "--out FILE.wav" in done.stderr
    assert "Traceback" not in done.stderr


# -- long texts and missing espeak data ---------------------------------------------------------------
LONG = "The open space on packaging starts at three in room three oh eight, and the keynote follows at four. " * 200


def test_long_text_is_spoken_sentence_by_sentence(tmp_path):
    """3,800 words in one espeak call segfaults inside pyttsx3 (exit 139); split, they are all spoken."""
    out = tmp_path / "long.wav"
    done = _booth("say", LONG, "--out", str(out))
    assert done.returncode == 0, done.stderr[-500:]
    assert _seconds(out) > 600  # 3,800 words at espeak's 175 words a minute: some 20 minutes


def test_speech_chunks_cut_between_sentences():
    from booth.voice.tts import speech_chunks

    chunks = speech_chunks(" ".join(LONG.split()), size=300)
    assert " ".join(chunks) == " ".join(LONG.split())
    assert all(len(c) <= 300 and c.endswith(".") for c in chunks)
    run_on = "word " * 500  # no sentence end at all: cut between words
    assert all(len(c) <= 300 for c in speech_chunks(run_on.strip(), size=300))


def test_missing_espeak_data_is_reported_by_say_and_doctor(tmp_path):
    empty = tmp_path / "no-espeak-data"
    empty.mkdir()
    env = {"ESPEAK_DATA_PATH": str(empty), "BOOTH_NO_DOWNLOAD": "1"}
    done = _booth("say", "hello", "--out", str(tmp_path / "x.wav"), env=env)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "espeak-ng's voice data is missing" in done.stderr and "apt-get install espeak-ng-data" in done.stderr
    assert not (tmp_path / "x.wav").exists()
    doctor = _booth("doctor", env=env)
    lines = doctor.stdout.splitlines()
    assert any(line.startswith("FAIL  text-to-speech: espeak-ng's voice data is missing") for line in lines), doctor.stdout
    assert "problem(s)" in lines[-1], doctor.stdout  # the doctor went on to its summary
    assert "Error processing file" not in doctor.stderr


def test_text_longer_than_the_limit_is_refused():
    from booth.limits import MAX_SPEECH_CHARS

    with pytest.raises(SpeechError, match="text too long to speak"):
        Speaker().synthesize("word " * (MAX_SPEECH_CHARS // 4))
