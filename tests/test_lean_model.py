"""The speech model loaded through its lean view (booth/voice/lean_model.py): the language model's
second copy of the word table left out, decoding the same, and the model as it is whenever the view
cannot be made."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from booth.voice.lean_model import lean_folder, strip_input_symbols
from booth.voice.vocabulary import read_fst_symbols
from tests.audio_tools import ROOT, need_model, speak_neural


def test_the_view_drops_only_the_input_table(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    model = need_model().resolve()
    view = lean_folder(model)
    assert view != model and view.is_relative_to(tmp_path / "cache")
    lm, original = view / "graph" / "Gr.fst", model / "graph" / "Gr.fst"
    assert not lm.is_symlink() and lm.stat().st_size < original.stat().st_size - 2_000_000
    assert read_fst_symbols(lm) == read_fst_symbols(original)  # the word table Vosk reads is the same
    assert (view / "am").resolve() == (model / "am").resolve() and (view / "graph" / "HCLr.fst").is_symlink()
    assert lean_folder(model) == view  # made once
    # Nothing to leave out a second time: a file with one table is not copied.
    assert strip_input_symbols(lm, tmp_path / "again.fst") is False and not (tmp_path / "again.fst").exists()


def test_a_model_without_an_lm_or_an_unwritable_cache_is_loaded_as_it_is(tmp_path, monkeypatch):
    bare = tmp_path / "model"
    (bare / "graph").mkdir(parents=True)
    assert lean_folder(bare) == bare  # no Gr.fst (a model with HCLG.fst)
    (bare / "graph" / "Gr.fst").write_bytes(b"not an fst at all")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert lean_folder(bare) == bare
    # A cache that cannot be written (here a path through a file, which fails for root too).
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file" / "cache"))
    model = need_model().resolve()
    assert lean_folder(model) == model


def test_heard_the_same_and_in_less_memory(tmp_path):
    """The same words and scores from the full model and from its view, with and without a
    grammar (real Vosk, neural voice), in separate processes so each one's peak memory is its own."""
    wav = speak_neural("where is the microsoft booth", steady=True)
    script = (
        "import json, sys, vosk\n"
        "vosk.SetLogLevel(-1)\n"
        "m = vosk.Model(sys.argv[1]); pcm = open(sys.argv[2], 'rb').read()[44:]; out = []\n"
        "for g in (None, json.dumps(['where is the microsoft booth', 'where is the meta booth', '[unk]'])):\n"
        "    r = vosk.KaldiRecognizer(m, 16000, g) if g else vosk.KaldiRecognizer(m, 16000)\n"
        "    r.SetMaxAlternatives(3); r.AcceptWaveform(pcm); out.append(json.loads(r.FinalResult()))\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent (pytest, 200+ MB)
        "peak = [int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(json.dumps([out, peak]))\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    model = need_model().resolve()
    runs = [json.loads(subprocess.run([sys.executable, "-c", script, str(folder), str(wav)], capture_output=True,
                                      text=True, check=True, cwd=ROOT, env=env).stdout)
            for folder in (model, lean_folder(model))]
    (full, full_kb), (lean, lean_kb) = runs
    assert full == lean and full[1]["alternatives"][0]["text"] == "where is the microsoft booth"
    if "small-en-us" in model.name:
        assert full_kb - lean_kb > 10_000, (full_kb, lean_kb)


def test_a_file_that_is_no_fst_is_not_copied(tmp_path):
    junk = tmp_path / "Gr.fst"
    junk.write_bytes(b"\x00" * 64)
    assert strip_input_symbols(junk, tmp_path / "out.fst") is False
