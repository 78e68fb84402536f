"""Atomic file writes that refuse to replace what is not a file, and say in one sentence why a
write failed (disk full, read-only), leaving the old file as it was.

The rename that makes a write atomic replaces whatever the path is: as root, writing
``/dev/full`` that way would swap the device node for a WAV file. So the target must be a
regular file (a symlink to one is followed) or a new path in an existing folder.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from booth.errors import BoothError, WriteError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "the operation is not permitted (an immutable file or folder?)",
}


def os_reason(exc: OSError) -> str:
    """A short reason for an OSError, for a one-line message."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def write_failed(exc: OSError, path: str | Path, error: type[BoothError] = WriteError) -> BoothError:
    return error(f"cannot write: {os_reason(exc)}; nothing was changed", path)


def check_target(path: str | Path, error: type[BoothError] = WriteError) -> Path:
    """The path to write: ``path`` itself, or the regular file its symlink points at.
    Devices, folders, pipes and sockets are refused."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise error("cannot write: the folder does not exist", path) from None
        return path
    except OSError as exc:
        raise write_failed(exc, path, error) from None
    if stat.S_ISDIR(info.st_mode):
        raise error("cannot write: it is a folder, not a file", path)
    if not stat.S_ISREG(info.st_mode):
        raise error("cannot write: it is not a regular file (a device, pipe or socket); "
                    "give a file name", path)
    return path.resolve() if path.is_symlink() else path


def write_atomic(path: str | Path, fill: Callable[[BinaryIO], Any],
                 error: type[BoothError] = WriteError) -> None:
    """Write through ``fill(handle)`` into a temp file beside ``path``, fsync, rename over it."""
    target = check_target(path, error)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise write_failed(exc, path, error) from None
    try:
        os.chmod(tmp, _mode_for(target))  # mkstemp makes 0600; keep the file readable as before
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise write_failed(exc, path, error) from None
        raise


def write_text_atomic(path: str | Path, text: str, error: type[BoothError] = WriteError) -> None:
    data = text.encode("utf-8")
    write_atomic(path, lambda handle: handle.write(data), error)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
