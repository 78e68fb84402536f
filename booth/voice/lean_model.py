"""A view of a Vosk model folder that Vosk loads in less memory.

The small English model's language model, ``graph/Gr.fst``, carries its 152,216-word symbol
table twice, as input and as output symbols (an n-gram LM reads and writes the same words). Vosk
uses only the output table (its word list); the other costs about 21 MB of resident memory once
loaded. The view is a folder in Booth's cache whose files are links to the model's own, except
``Gr.fst``, copied once without its input table. Decoding is unchanged: the same arcs, the same
words, with and without a grammar. A model without both tables is used as it is, and so is any
model when the view cannot be made (a read-only cache, a full disk): memory is then all it costs.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import struct
import tempfile
from pathlib import Path
from typing import BinaryIO

from booth.voice.vocabulary import _FST_MAGIC, _HAS_ISYMBOLS, _HAS_OSYMBOLS, _SYMBOLS_MAGIC, cache_dir

__all__ = ["lean_folder", "strip_input_symbols", "symbol_tables"]

log = logging.getLogger(__name__)


def _int32(f: BinaryIO) -> int:
    raw = f.read(4)
    if len(raw) != 4:
        raise ValueError("cut short")
    return struct.unpack("<i", raw)[0]


def _skip_string(f: BinaryIO) -> None:
    size = _int32(f)
    if size < 0:
        raise ValueError("bad string")
    f.seek(size, os.SEEK_CUR)


def _skip_symbols(f: BinaryIO) -> None:
    """Past one OpenFst symbol table: magic, name, available key, size, then (symbol, key) pairs."""
    if _int32(f) != _SYMBOLS_MAGIC:
        raise ValueError("no symbol table where the header says")
    _skip_string(f)
    f.seek(8, os.SEEK_CUR)  # available key
    (count,) = struct.unpack("<q", f.read(8))
    for _ in range(count):
        _skip_string(f)
        f.seek(8, os.SEEK_CUR)


def symbol_tables(f: BinaryIO) -> tuple[int, int, list[tuple[int, int]]] | None:
    """Where an OpenFst file's header keeps its flags, the flags, and the (start, end) byte span of
    each symbol table it carries (input first); None when it is no OpenFst file."""
    if _int32(f) != _FST_MAGIC:
        return None
    _skip_string(f)  # fst type
    _skip_string(f)  # arc type
    _int32(f)  # version
    flags_at = f.tell()
    flags = _int32(f)
    f.seek(8 * 4, os.SEEK_CUR)  # properties, start, states, arcs
    spans = []
    for flag in (_HAS_ISYMBOLS, _HAS_OSYMBOLS):
        if flags & flag:
            start = f.tell()
            _skip_symbols(f)
            spans.append((start, f.tell()))
    return flags_at, flags, spans


def strip_input_symbols(source: Path, target: Path) -> bool:
    """Copy the FST ``source`` to ``target`` without its input symbol table, when it has both
    tables; False (and nothing written) otherwise. Streams: the 24 MB file is never in memory."""
    with open(source, "rb") as f:
        header = symbol_tables(f)
        if header is None or len(header[2]) != 2:
            return False
        flags_at, flags, ((inputs_at, outputs_at), _outputs) = header
        f.seek(0)
        head = bytearray(f.read(inputs_at))
        struct.pack_into("<i", head, flags_at, flags & ~_HAS_ISYMBOLS)
        f.seek(outputs_at)
        with open(target, "wb") as out:
            out.write(head)
            shutil.copyfileobj(f, out, 1 << 20)
    return True


def lean_folder(folder: Path) -> Path:
    """The folder to load ``folder``'s model from: its lean view (made on first use), or the model
    folder itself when there is nothing to save or the view cannot be made."""
    graph = folder / "graph"
    lm = graph / "Gr.fst"
    if not lm.is_file():
        return folder
    stat = lm.stat()
    key = hashlib.sha1(f"{folder}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    view = cache_dir() / "models" / f"{folder.name}-{key}"
    if (view / "graph" / "Gr.fst").is_file():
        return view
    try:
        view.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{view.name}.", dir=view.parent))
        try:
            for entry in folder.iterdir():
                if entry.name != "graph":
                    (building / entry.name).symlink_to(entry.resolve())
            (building / "graph").mkdir()
            for entry in graph.iterdir():
                if entry.name != "Gr.fst":
                    (building / "graph" / entry.name).symlink_to(entry.resolve())
            if not strip_input_symbols(lm, building / "graph" / "Gr.fst"):
                log.debug("%s: no second symbol table to leave out; the model is loaded as it is", lm)
                return folder
            try:
                os.replace(building, view)  # whole or not at all
            except OSError:
                if not (view / "graph" / "Gr.fst").is_file():
                    raise
                return view  # another Booth made it meanwhile
        finally:
            shutil.rmtree(building, ignore_errors=True)
    except (OSError, ValueError, struct.error) as exc:
        log.warning("loading the speech model as it is (+21 MB): its lean copy could not be made (%s)", exc)
        return folder
    log.info("made a lean view of the speech model in %s", view)
    return view
