"""The Vosk speech model: found (``--model``, $BOOTH_VOSK_MODEL, $VOSK_MODEL_PATH, Vosk's cache
folders, else Vosk's own download), checked before Kaldi can abort on a stray folder, and loaded
once per process (in a background thread if the caller has other work meanwhile)."""

from __future__ import annotations

import logging
import os
import re
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from booth.errors import ModelError
from booth.voice.lean_model import lean_folder

__all__ = ["DEFAULT_MODEL", "MODEL_URL", "check_model_folder", "how_to_get_model", "load_model", "load_model_soon",
           "model_folder", "model_knows", "resolve_model"]

log = logging.getLogger(__name__)

DEFAULT_MODEL = "vosk-model-small-en-us-0.15"
MODEL_URL = f"https://alphacephei.com/vosk/models/{DEFAULT_MODEL}.zip"

_MODELS: dict[str, object] = {}


def _vosk():
    try:
        import vosk
    except (ImportError, OSError) as exc:
        raise ModelError(f"the vosk package is not usable ({exc}); `pip install vosk`") from None
    vosk.SetLogLevel(-1)  # Kaldi's log is noise to a visitor; errors come back as ModelError
    return vosk


def _cache_dirs() -> list[Path]:
    """Where Vosk itself keeps downloaded models."""
    return [Path("/usr/share/vosk"), Path.home() / "AppData" / "Local" / "vosk", Path.home() / ".cache" / "vosk"]


def how_to_get_model() -> str:
    cache = Path.home() / ".cache" / "vosk"
    return (f"download {MODEL_URL}, unzip it (e.g. into {cache}/), and pass --model PATH or set "
            f"BOOTH_VOSK_MODEL=PATH")


def resolve_model(explicit: str | Path | None = None, download: bool = True) -> Path:
    """The model folder to use, in order: explicit path, $BOOTH_VOSK_MODEL, $VOSK_MODEL_PATH,
    Vosk's cache folders; else Vosk's own download of the small English model when online."""
    for origin, value in (("--model", explicit), ("BOOTH_VOSK_MODEL", os.environ.get("BOOTH_VOSK_MODEL")),
                          ("VOSK_MODEL_PATH", os.environ.get("VOSK_MODEL_PATH"))):
        if value:
            path = Path(value).expanduser()
            if not path.is_dir():
                raise ModelError(f"no such model folder (from {origin}); {how_to_get_model()}", path)
            return path
    for folder in _cache_dirs():
        if folder.is_dir():
            found = sorted(p for p in folder.iterdir() if p.is_dir() and re.match(r"vosk-model(-small)?-en-us", p.name))
            if found:
                return found[0]
    if os.environ.get("BOOTH_NO_DOWNLOAD", "").lower() in ("1", "true", "yes"):
        download = False  # a kiosk that must never reach out
    if download and _online():
        return _download()
    why = "downloading is off (BOOTH_NO_DOWNLOAD)" if not download else "no network to download one"
    raise ModelError(f"no Vosk speech model found and {why}; " + how_to_get_model())


def _online(host: str = "alphacephei.com") -> bool:
    try:
        socket.create_connection((host, 443), timeout=3).close()
        return True
    except OSError:
        return False


def _download() -> Path:
    """Vosk's own download (it shows a progress bar on stderr) into ~/.cache/vosk."""
    vosk = _vosk()
    print(f"Downloading the speech model {DEFAULT_MODEL} (40 MB) once...", file=sys.stderr)
    model_dir = Path.home() / ".cache" / "vosk" / DEFAULT_MODEL
    try:  # by name, Vosk looks in its folders, downloads into ~/.cache/vosk and loads
        _MODELS[str(model_dir.resolve())] = vosk.Model(model_name=DEFAULT_MODEL)
    except (Exception, SystemExit) as exc:  # requests/urllib errors, a bad zip, a full disk
        raise ModelError(f"downloading the speech model failed ({exc}); {how_to_get_model()}") from None
    return model_dir


def check_model_folder(path: Path) -> None:
    """Say clearly what is wrong before Kaldi gets a chance to abort on a stray folder."""
    am = path / "am" / "final.mdl" if (path / "am").is_dir() else path / "final.mdl"
    graph = path / "graph" if (path / "graph").is_dir() else path
    missing = []
    if not am.is_file():
        missing.append("am/final.mdl")
    if not (path / "conf" / "mfcc.conf").is_file() and not (path / "mfcc.conf").is_file():
        missing.append("conf/mfcc.conf")
    if not (graph / "HCLG.fst").is_file() and not (graph / "HCLr.fst").is_file():
        missing.append("graph/HCLG.fst or graph/HCLr.fst")
    if missing:
        raise ModelError(f"not a Vosk model folder (missing {', '.join(missing)}); {how_to_get_model()}", path)


def load_model(path: str | Path | None = None, download: bool = True):
    """A vosk.Model, loaded once per process per folder."""
    folder = resolve_model(path, download).resolve()
    key = str(folder)
    if key not in _MODELS:
        check_model_folder(folder)
        vosk = _vosk()
        try:
            # Through its lean view (booth/voice/lean_model.py): the same model in 21 MB less.
            _MODELS[key] = vosk.Model(str(lean_folder(folder)))
        except Exception as exc:
            raise ModelError(f"Vosk cannot load this model ({exc}); {how_to_get_model()}", folder) from None
        log.debug("model %s loaded", folder)
    return _MODELS[key]


def load_model_soon(path: str | Path | None = None, download: bool = True) -> Callable[[], Any]:
    """Start loading the model in a background thread; the function returned waits for it. A
    missing or broken folder raises ModelError at once; Vosk's own failure to load, on waiting.
    Vosk loads in C++ without holding the GIL, so on two cores or more (a Raspberry Pi has four)
    the schedule and the grammar are built meanwhile. Finding the folder
    and importing vosk (Python work, which in a thread would only take turns with the main
    thread: measured, the model was then ready 0.5 s after the grammar) happen here, first."""
    folder = resolve_model(path, download).resolve()
    if str(folder) not in _MODELS:
        check_model_folder(folder)
        _vosk()
    done: dict[str, Any] = {}

    def load() -> None:
        try:
            done["model"] = load_model(folder, download=False)
        except Exception as exc:  # handed to the waiting thread, raised there
            done["error"] = exc

    # A daemon thread: a broken schedule file ends the process at once, without waiting for the model.
    thread = threading.Thread(target=load, name="load-model", daemon=True)
    thread.start()

    def wait() -> Any:
        thread.join()
        if "error" in done:
            raise done["error"]
        return done["model"]
    return wait


def model_knows(model, word: str) -> bool:
    return model.vosk_model_find_word(word) >= 0


def model_folder(model) -> Path | None:
    """The folder a model loaded by :func:`load_model` came from."""
    return next((Path(key) for key, value in _MODELS.items() if value is model), None)
