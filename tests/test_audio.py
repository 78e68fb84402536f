"""Audio sources: WAV files of any format (made by sox), raw PCM, and random buffers through the
real recognizer without a crash."""

from __future__ import annotations

import array
import io
import json
import random
import subprocess
import sys

import pytest

from booth.errors import AudioError
from booth.voice import audio
from tests.audio_tools import ROOT, need_model, need_tool, question_wav, read_pcm


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


# -- bounded work on long recordings -------------------------------------------------------------
@pytest.fixture(scope="module")
def ten_minutes(tmp_path_factory, source_wav):
    """A question, a pause, and the same again for ~10 minutes, as 48 kHz stereo 32-bit float."""
    need_tool("sox")
    out = tmp_path_factory.mktemp("long") / "ten-minutes.wav"
    subprocess.run(["sox", str(source_wav), "-r", "48000", "-c", "2", "-b", "32", "-e", "floating-point",
                    str(out), "pad", "0", "2", "repeat", "130"], check=True)
    return out


def test_a_long_float_wav_is_converted_block_by_block(ten_minutes):
    import tracemalloc

    assert ten_minutes.stat().st_size > 200_000_000
    tracemalloc.start()
    try:
        first = b"".join(c for _, c in zip(range(50), audio.file_source(ten_minutes)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(first) == 50 * audio.CHUNK_BYTES
    assert peak < 30_000_000, f"{peak / 1e6:.0f} MB to read five seconds"
    twelve = audio.read_wav(ten_minutes, max_seconds=12)
    assert len(twelve) == 12 * audio.RATE * 2


def test_block_conversion_equals_whole_conversion():
    """The converter carries its filter and interpolation state across blocks exactly."""
    rng = random.Random(7)
    for rate, width, channels, floating in ((44100, 3, 2, False), (8000, 1, 1, False), (48000, 4, 2, True),
                                            (96000, 2, 1, False), (22050, 4, 3, False)):
        if floating:
            data = array.array("f", [rng.uniform(-1, 1) for _ in range(20000 * channels)]).tobytes()
        else:
            data = rng.randbytes(20000 * width * channels)
        whole = audio.convert(data, rate, width, channels, floating)
        converter = audio.Converter(rate, width, channels, floating)
        parts, pos = [], 0
        while pos < len(data):
            step = rng.randrange(1, 7000)
            parts.append(converter.feed(data[pos:pos + step]))
            pos += step
        assert b"".join(parts) + converter.flush() == whole
        assert abs(len(whole) // 2 - int(20000 * audio.RATE / rate)) <= 1


def test_ask_audio_hears_only_max_seconds(ten_minutes):
    import resource

    need_model()
    started = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run([sys.executable, "-m", "booth", "ask", "--audio", str(ten_minutes), "--json",
                           "--max-seconds", "4", "--now", "2025-05-17T10:00"], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    reply = json.loads(done.stdout)
    assert len(reply["heard"]) < 120, reply["heard"]  # four seconds of speech, not ten minutes
    assert reply["intent"] == "sponsor_booth"
    assert "only the first 4 s were heard" in done.stderr
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < 400 or started / 1024 >= 400, f"peak {peak_mb:.0f} MB"
