"""A cache of parsed conferences, so a `booth ask` process does not parse an unchanged schedule.

Parsing YAML is the cold-start cost of a big conference: FOSDEM's 1.2 MB imported schedule takes
~0.3 s through PyYAML, a 10,000-event one several seconds, while unpickling the same events
takes milliseconds. The cache holds one pickle per conference folder, keyed by the size, mtime and
inode of every file the conference was read from and of Booth's own schedule code, so any edit
(or a new Booth) misses and reparses. Only successful loads are cached: a broken file is always
parsed and reported.

Where: ``$BOOTH_CACHE`` (``off`` disables it), else ``$XDG_CACHE_HOME/booth``, else
``~/.cache/booth``. A cache file is used only if it belongs to this user and nobody else can
write it (pickle runs code); anything wrong with the cache is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import stat
from pathlib import Path

log = logging.getLogger(__name__)

_VERSION = 2
_PACKAGE = Path(__file__).resolve().parent.parent
# The code whose changes change what a parse gives, or what a kept topic index holds.
_CODE = ("limits.py", "yamlfile.py", "errors.py", "schedule", "schedule/sources", "answer/search.py",
         "understand/text.py", "understand/slots.py")


def cache_dir() -> Path | None:
    setting = os.environ.get("BOOTH_CACHE", "")
    if setting.lower() in ("off", "0", "no"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    return Path(base) / "booth"


def _stat_key(path: Path) -> tuple:
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), None)
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ino)


_code_key: tuple | None = None


def code_key() -> tuple:
    global _code_key
    if _code_key is None:
        files: list[Path] = []
        for name in _CODE:
            where = _PACKAGE / name
            files.extend(sorted(where.glob("*.py")) if where.is_dir() else [where])
        _code_key = tuple(_stat_key(p) for p in files)
    return _code_key


def _file_for(folder: Path) -> Path | None:
    where = cache_dir()
    if where is None:
        return None
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]
    return where / f"{folder.name}-{digest}.pickle"


def key_for(paths) -> tuple:
    return (_VERSION, code_key(), tuple(_stat_key(Path(p)) for p in paths))


class _Entry:
    """A cache entry in use by this process: what was loaded or stored, and its extras."""

    def __init__(self, path: Path, key: tuple, value: tuple, extras: dict):
        self.path, self.key, self.value, self.extras = path, key, value, extras


_entries: dict[int, _Entry] = {}  # id(conference) -> its entry (the entry keeps it alive)


def load(folder: Path, watched_key) -> tuple | None:
    """The cached (conference, watched) for ``folder`` if its key is ``watched_key(watched)``."""
    path = _file_for(folder)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.geteuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return None
            key, value, extras = pickle.load(handle)
        conference, watched = value
    except Exception:  # absent, truncated, from another Python or Booth: a miss
        return None
    if key != watched_key(watched):
        return None
    _remember(_Entry(path, key, value, extras))
    return value


def store(folder: Path, started_ns: int, value: tuple) -> None:
    """Cache ``value`` = (conference, watched) read from ``folder``; parsing began at ``started_ns``.

    Files changed less than two seconds before the parse began are not trusted to have a
    distinct mtime yet (coarse file-system clocks), so such a load is not cached this time."""
    path = _file_for(folder)
    if path is None:
        return
    key = key_for(value[1])
    if any(len(k) > 2 and k[2] > started_ns - 2_000_000_000 for k in key[2]):
        return
    entry = _Entry(path, key, value, {})
    if _write(entry):
        _remember(entry)


def derived(conference, name: str):
    """A value computed from ``conference`` alone (e.g. its topic index) that an earlier
    process kept with it in the cache; None when there is none."""
    entry = _entries.get(id(conference))
    return entry.extras.get(name) if entry is not None else None


def keep(conference, name: str, value) -> None:
    """Keep ``value`` with ``conference``'s cache entry, if it has one and its files are unchanged."""
    entry = _entries.get(id(conference))
    if entry is None or key_for(entry.value[1]) != entry.key:
        return
    entry.extras[name] = value
    _write(entry)


def _remember(entry: _Entry) -> None:
    if len(_entries) > 8:  # a long-running booth reloads its schedule now and then
        _entries.clear()
    _entries[id(entry.value[0])] = entry


def _write(entry: _Entry) -> bool:
    tmp = entry.path.with_name(f".{entry.path.name}.{os.getpid()}.tmp")
    try:
        entry.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _prune(entry.path.parent)
        with open(tmp, "wb") as handle:
            pickle.dump((entry.key, entry.value, entry.extras), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o600)
        os.replace(tmp, entry.path)
        return True
    except Exception as exc:  # a read-only home or full disk: just no cache
        log.debug("schedule cache not written: %s", exc)
        tmp.unlink(missing_ok=True)
        return False


_KEEP = 32  # cache files; each is a few hundred KB for a real conference


def _prune(where: Path) -> None:
    files = sorted(where.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[_KEEP - 1:]:
        old.unlink(missing_ok=True)
