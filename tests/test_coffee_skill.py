"""The coffee-maker skill (skills/coffee/) on real recorded people, through Booth's whole audio path:
a small spread sample of bench/bench_coffee.py (which runs all 413 recordings and prints the table)."""

from __future__ import annotations

import array
import math
import os
import random
import sys

import pytest

from tests.audio_tools import ROOT, _loudest_frame_energy, mix_at_snr, need_model, noise_gain, noise_piece, read_audio

sys.path.insert(0, str(ROOT / "bench"))
import bench_coffee

COFFEE = ROOT.parent / "shared" / "voices" / "picovoice-coffee"
SAMPLE = 30


@pytest.fixture(scope="module")
def coffee():
    if not COFFEE.is_dir():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI needs the real recordings at {COFFEE}")
        pytest.skip("no ../shared/voices/picovoice-coffee")
    from booth.voice.recognizer import Recognizer, load_model

    booth = bench_coffee.skill_booth(bench_coffee.SKILL)
    rec = Recognizer(load_model(need_model(), download=False), booth.vocabulary())
    labels = bench_coffee.labelled(COFFEE / "labels.json")
    files = sorted(p for p in (COFFEE / "clean").glob("*.flac") if p.name in labels)
    files = files[:: len(files) // SAMPLE][:SAMPLE]
    return booth, rec, labels, files, read_audio(COFFEE / "noise" / "kitchen.flac")


@pytest.mark.parametrize(("snr", "floor"), [(None, 29), (12.0, 28), (6.0, 22)])
def test_real_recordings_are_understood(coffee, snr, floor):
    """Floors one miss under what this sample of 30 measured on 2026-12-02 (30 clean, 29 at 12 dB,
    23 at 6 dB, where the other 6 are asked back and none is a wrong order; the full bench in
    README: 99.3 / 96.9 / 87.7%), so a broken grammar, matcher or slot list fails."""
    booth, rec, labels, files, noise = coffee
    result = bench_coffee.run(booth, rec, files, labels, noise, snr, seed=7)
    assert result.total == SAMPLE
    assert result.right >= floor, result.misses
    assert result.wrong <= 1, result.misses  # a wrong order is worse than asking again


def test_out_of_domain_requests_are_not_taken_as_orders(coffee):
    booth, rec, _labels, _files, _noise = coffee
    assert bench_coffee.out_of_domain(booth, rec, bench_coffee.OUT_OF_DOMAIN) == 0


def test_the_mix_matches_the_benchmark_method():
    """The loudest 2048-sample frame of speech and of the scaled noise are snr_db apart; the mix is
    speech + scaled noise, peaking at half of full scale."""
    rng = random.Random(3)
    speech = array.array("h", (int(8000 * math.sin(i / 9)) if 4000 < i < 20000 else 0 for i in range(24000)))
    noise = array.array("h", (rng.randint(-3000, 3000) for _ in range(50000)))
    piece = noise_piece(noise, len(speech), random.Random(5))
    gain = noise_gain(speech, piece, 6.0)
    ratio = _loudest_frame_energy(speech) / _loudest_frame_energy([gain * n for n in piece])
    assert 10 * math.log10(ratio) == pytest.approx(6.0, abs=1e-6)
    mixed = mix_at_snr(speech, noise, 6.0, random.Random(5))
    assert max(abs(v) for v in mixed) == pytest.approx(0.5 * 32767, abs=1)
    expected = [s + gain * n for s, n in zip(speech, piece)]
    scale = 0.5 * 32767 / max(abs(e) for e in expected)
    assert all(abs(m - e * scale) <= 1 for m, e in zip(mixed, expected))


# Vosk's n-best lists for two real recordings at 6 dB kitchen noise (level spread 16 and 19 dB):
# the speakers left out "can I get a"; the first is read back as "not the first hypothesis" and
# the second as "low score" (87.2) by the conference's noise rules. A skill order has no free text
# for babble to fill, so both are answered.
def test_a_skill_order_heard_in_noise_is_answered_from_the_reject_gate():
    from booth.voice.decide import decide
    from booth.voice.recognizer import Transcript

    booth = bench_coffee.skill_booth(bench_coffee.SKILL)
    for nbest, spread in (((("coffee with some skim milk", 139.1), ("brew a coffee with some skim milk", 138.7)), 15.9),
                          ((("medium roast coffee with sweetener", 251.6),), 18.9)):
        heard = Transcript(nbest[0][0], raw=nbest[0][0], alternatives=nbest, spread_db=spread)
        decision = decide(booth, heard, strict=True)
        assert decision.kind == "answer", decision
    assert decide(booth, Transcript("turn off the lights", alternatives=(("turn off the lights", 1.0),),
                                    spread_db=15.9), strict=True).kind == "ignore"
