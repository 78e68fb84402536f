"""Audio sources: WAV files of any format (made by sox), raw PCM, and random buffers through the
real recognizer without a crash."""

from __future__ import annotations

import array
import io
import random
import subprocess

import pytest

from booth.errors import AudioError
from booth.voice import audio
from tests.audio_tools import need_model, need_tool, question_wav, read_pcm


@pytest.fixture(scope="module")
def source_wav():
    return question_wav("where is the microsoft booth", "en-us")


@pytest.mark.parametrize("sox_format", [
    ["-r", "44100", "-c", "2", "-b", "24"],
    ["-r", "8000", "-c", "1", "-b", "8", "-e", "unsigned-integer"],
    ["-r", "48000", "-c", "1", "-b", "32", "-e", "floating-point"],
    ["-r", "22050", "-c", "3", "-b", "32", "-e", "signed-integer"],
    ["-r", "16000", "-c", "1", "-b", "16"],
])
def test_any_wav_format_becomes_16k_mono(tmp_path, source_wav, sox_format):
    need_tool("sox")
    out = tmp_path / "converted.wav"
    subprocess.run(["sox", str(source_wav), *sox_format, str(out)], check=True)
    original = read_pcm(source_wav)
    pcm = audio.read_wav(out)
    assert len(pcm) % 2 == 0
    # Same duration within one 8 kHz sample of rounding, and still loud speech, not garbage.
    assert abs(len(pcm) // 2 - len(original)) <= 4
    converted = array.array("h", pcm)
    assert max(map(abs, converted)) > 0.25 * max(map(abs, original))


def test_not_a_wav_is_one_clear_error(tmp_path):
    bad = tmp_path / "question.wav"
    bad.write_text("hello")
    with pytest.raises(AudioError) as err:
        audio.read_wav(bad)
    assert str(err.value).startswith(f"{bad}: not a WAV file")
    with pytest.raises(AudioError, match="cannot read audio file"):
        audio.read_wav(tmp_path / "missing.wav")


def test_truncated_wav_keeps_what_it_has(tmp_path, source_wav):
    blob = source_wav.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(blob[: len(blob) // 2])
    assert 0 < len(audio.read_wav(cut)) < len(audio.read_wav(source_wav))


def test_wav_written_atomically_round_trips(tmp_path):
    pcm = array.array("h", [0, 1000, -1000, 32767, -32768] * 100).tobytes()
    audio.write_wav(tmp_path / "x.wav", pcm)
    assert audio.read_wav(tmp_path / "x.wav") == pcm
    assert [p.name for p in tmp_path.iterdir()] == ["x.wav"]


def test_stream_source_and_chunks_are_interchangeable(source_wav):
    pcm = audio.read_wav(source_wav)
    from_stream = b"".join(audio.stream_source(io.BytesIO(pcm + b"\x01")))  # odd byte dropped
    from_file = b"".join(audio.file_source(source_wav))
    assert from_stream == from_file == pcm
    assert all(len(c) == audio.CHUNK_BYTES for c in list(audio.chunked(pcm))[:-1])


def test_level_meter():
    assert audio.level_db(b"") == -96.0
    assert audio.level_db(bytes(3200)) == -96.0
    loud = array.array("h", [32767, -32767] * 800).tobytes()
    assert audio.level_db(loud) > -1


def test_random_buffers_never_crash_the_recognizer():
    """1,000 buffers of noise, silence, clipping, odd lengths and wrong-rate audio through the
    audio conversions and real Vosk (grammar mode) as one long stream."""
    from booth.voice.recognizer import Recognizer, load_model

    model = load_model(need_model())
    rec = Recognizer(model, ["where is the", "booth", "what open spaces are at", "three"], max_seconds=3)
    rng = random.Random(1234)
    for n in range(1000):
        kind = n % 5
        size = rng.choice([1, 2, 3, 160, 1601, 3200])
        if kind == 0:
            chunk = bytes(size)
        elif kind == 1:
            chunk = rng.randbytes(size)
        elif kind == 2:
            chunk = array.array("h", [rng.choice([32767, -32768]) for _ in range(size // 2)]).tobytes()
        elif kind == 3:  # 44.1 kHz stereo float noise converted as a WAV would be
            floats = array.array("f", [rng.uniform(-2, 2) for _ in range(size // 4 * 2)]).tobytes()
            chunk = audio.convert(floats, 44100, 4, 2, floating=True)
        else:
            chunk = audio.convert(rng.randbytes(size), 8000, 1, 1)
        transcript = rec.feed(chunk)
        assert transcript is None or isinstance(transcript.text, str)
    rec.finish()
    assert rec.listening_seconds == 0  # every utterance was closed, none left hanging
