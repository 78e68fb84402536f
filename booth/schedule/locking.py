"""A conference's lock and atomic folder swaps, shared by the open-space board and the importer:
two staff laptops editing at once take turns, and an import replaces a conference folder in one
step (a crash mid-way leaves the old one whole)."""

from __future__ import annotations

import ctypes
import errno
import os
from pathlib import Path

from booth.atomic import write_failed
from booth.errors import DataError

__all__ = ["LOCK_TIMEOUT", "ConferenceLock", "conference_lock", "fsync_dir", "swap_in"]

LOCK_TIMEOUT = 30.0  # seconds; a lock held longer than this means a stuck process, say so


class ConferenceLock:
    """FileLock with a readable error when another process holds it too long."""

    def __init__(self, path: Path, timeout: float):
        # Imported here: only writers (the board, an import) lock, and filelock's import was a
        # twentieth of every `booth ask`.
        from filelock import FileLock

        self.path, self.lock = path, FileLock(str(path), timeout=timeout)

    def __enter__(self):
        from filelock import Timeout

        try:
            self.lock.acquire()
        except Timeout:
            raise DataError("another booth process has held the lock for too long; try again", self.path) from None
        except OSError as exc:  # read-only or full disk: the lock file cannot even be made
            raise write_failed(exc, self.path) from None
        return self

    def __exit__(self, *exc_info):
        self.lock.release()


def conference_lock(data_dir: Path, name: str, timeout: float = LOCK_TIMEOUT) -> ConferenceLock:
    """One lock per conference, beside (not inside) its folder so an import can swap the
    folder while holding it."""
    return ConferenceLock(Path(data_dir) / f".{name}.lock", timeout)


def fsync_dir(path: Path) -> None:
    """Make renames and new files in ``path`` durable (a no-op where directories can't be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2). False where the system can't."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(str(a)), _AT_FDCWD, os.fsencode(str(b)), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def swap_in(new: Path, target: Path) -> None:
    """Put folder ``new`` at ``target`` in one step; the old content ends up at ``new``.

    A fresh target is one rename. An existing one is exchanged atomically where the kernel can
    (renameat2); elsewhere it is two renames, with a window where ``target`` is briefly absent."""
    if not target.exists():
        os.rename(new, target)
    elif not _exchange(new, target):
        aside = new.with_name(new.name + ".old")
        os.rename(target, aside)
        os.rename(new, target)
        os.rename(aside, new)
    fsync_dir(target.parent)
