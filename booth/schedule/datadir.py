"""Where Booth's writable data lives, and how it is made from the shipped data.

An installed Booth never writes inside site-packages (a reinstall would wipe the board): its data
folder is ``$XDG_DATA_HOME/booth`` (``~/.local/share/booth``), copied from the shipped data on
first use and brought up to date after an upgrade by ``sync``:

- a shipped conference the folder does not have yet is added;
- a shipped file the user never changed is replaced by the new shipped version;
- a file the user changed (an import over it, a hand edit) is kept;
- board files and the default-conference choice are user state: copied once, never overwritten;
- a shipped conference the user deleted stays deleted.

``.shipped.json`` in the data folder remembers the sha256 of each file as it was shipped, which
is how "the user never changed it" is told apart. A source checkout keeps using its own data/.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from booth import __version__
from booth.errors import DataError

log = logging.getLogger(__name__)

MANIFEST = ".shipped.json"
DEFAULT_FILE = "default-conference"  # one line: the conference answered about when none is named
_PACKAGE = Path(__file__).resolve().parent.parent
last_sync: SyncReport | None = None  # what the first use in this process copied (for `booth data init`)


def shipped_folder(name: str) -> Path:
    """A shipped folder (intents, dialogs, data): inside an installed wheel as
    ``booth/_shipped/NAME``; beside the package in a source checkout or editable install."""
    inside = _PACKAGE / "_shipped" / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def is_installed() -> bool:
    """True for a wheel install (shipped files inside the package), False for a checkout."""
    return (_PACKAGE / "_shipped").is_dir()


def user_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or ""
    root = Path(base) if base.strip() and Path(base).is_absolute() else Path.home() / ".local" / "share"
    return root / "booth"


def default_data_dir() -> Path:
    """The data folder when neither --data nor BOOTH_DATA names one (brought up to date here)."""
    if not is_installed():
        return shipped_folder("data")  # a checkout edits its own data/, as the tests expect
    global last_sync
    target = user_data_dir()
    if _stamp(shipped_folder("data")) != _read_manifest(target).get("stamp"):
        last_sync = sync(shipped_folder("data"), target)
        for line in last_sync.lines():
            log.info("%s", line)
    return target


@dataclass
class SyncReport:
    target: Path
    added: list[str] = field(default_factory=list)  # conferences new in this folder
    updated: list[str] = field(default_factory=list)  # files replaced by a newer shipped version
    kept: list[str] = field(default_factory=list)  # files the user changed, left alone

    def lines(self) -> list[str]:
        out = [f"data folder: {self.target}"]
        if self.added:
            out.append(f"  added: {', '.join(self.added)}")
        if self.updated:
            out.append(f"  updated from the shipped data: {', '.join(self.updated)}")
        if self.kept:
            out.append(f"  kept (changed here): {', '.join(self.kept)}")
        if not (self.added or self.updated):
            out.append("  up to date with the shipped data")
        return out


def sync(source: Path, target: Path) -> SyncReport:
    """Bring ``target`` up to date with the shipped data in ``source`` (rules: module docstring)."""
    source, target = Path(source), Path(target)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot create the data folder: {exc.strerror}", target) from None
    from filelock import FileLock  # only when copying: it is slow to import, and start-up is on the clock

    report = SyncReport(target)
    with FileLock(str(target / ".shipped.lock"), timeout=30):
        manifest = _read_manifest(target)
        known: dict[str, str] = dict(manifest.get("files", {}))
        user_state = _user_state_files(source)
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            rel = path.relative_to(source).as_posix()
            top = rel.split("/", 1)[0]
            new_hash = _sha256(path)
            dest = target / rel
            conference_deleted = "/" in rel and not (target / top).exists() and any(
                k.startswith(top + "/") for k in known)
            if conference_deleted:
                continue
            if not dest.exists():
                if "/" in rel and not (target / top).exists() and top not in report.added:
                    report.added.append(top)
                _copy(path, dest)
            elif rel in user_state:
                pass  # the board and the default choice belong to the user once copied
            elif _sha256(dest) == new_hash:
                pass
            elif known.get(rel) == _sha256(dest):
                _copy(path, dest)
                report.updated.append(rel)
            else:
                report.kept.append(rel)
            known[rel] = new_hash
        _write_json(target / MANIFEST, {"booth": __version__, "stamp": _stamp(source), "files": known})
    return report


def _user_state_files(source: Path) -> set[str]:
    """Relative paths of the files that hold user state: each conference's board, the default."""
    import yaml

    out = {DEFAULT_FILE}
    for meta_path in source.glob("*/conference.yaml"):
        try:
            meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            continue
        board = meta.get("board") if isinstance(meta, dict) else None
        if isinstance(board, str) and board.strip():
            out.add(f"{meta_path.parent.name}/{board.strip()}")
    return out


def _stamp(source: Path) -> str:
    """Cheap fingerprint of the shipped data (names and sizes, plus the version): checked at
    every start, so it must not read the files."""
    parts = [__version__]
    for path in sorted(p for p in Path(source).rglob("*") if p.is_file()):
        parts.append(f"{path.relative_to(source).as_posix()}:{path.stat().st_size}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _read_manifest(target: Path) -> dict:
    try:
        value = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy(source: Path, dest: Path) -> None:
    """Copy atomically: a crash mid-copy never leaves half a schedule."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.sync.tmp")
    shutil.copyfile(source, tmp)
    os.replace(tmp, dest)


def _write_json(path: Path, value: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(value, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def read_default(data_dir: Path) -> str | None:
    """The conference chosen with `booth use NAME` (or shipped as the default), if any."""
    try:
        text = (Path(data_dir) / DEFAULT_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            return line
    return None


def write_default(data_dir: Path, name: str) -> Path:
    from booth.schedule.booth_yaml import write_atomic

    path = Path(data_dir) / DEFAULT_FILE
    write_atomic(path, "# The conference Booth answers about when none is named (`booth use NAME`).\n"
                       f"{name}\n")
    return path
