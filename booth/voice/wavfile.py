"""WAV files of any format, read and converted to 16 kHz mono int16 a block at a time.

Reading a whole file into one array first made a 10-minute 48 kHz stereo float recording peak
at 3.9 GB (a Python float per sample); here memory is one block (about a second) plus the
output, and ``max_seconds`` stops reading where the caller stops listening. The converter keeps
the filter and interpolation state between blocks, so the result is the same as converting the
whole recording at once.
"""

from __future__ import annotations

import array
import struct
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from booth.errors import AudioError

RATE = 16000
BLOCK_SECONDS = 1.0
_LITTLE = sys.byteorder == "little"


def iter_wav(path: str | Path, max_seconds: float | None = None) -> Iterator[bytes]:
    """16 kHz mono int16 blocks of a WAV file (8/16/24/32-bit int, 32/64-bit float, any rate
    and channel count); at most ``max_seconds`` of it. The ``wave`` module refuses float and
    extensible WAVs, so the RIFF chunks are read here."""
    path = Path(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below; open errors are ours
    except OSError as exc:
        raise AudioError(f"cannot read audio file: {exc.strerror or exc}", path) from None
    with handle:
        rate, width, channels, floating, size = _header(handle, path)
        frame = width * channels
        if max_seconds is not None:
            size = min(size, int(max_seconds * rate) * frame)
        block = max(frame, int(BLOCK_SECONDS * rate) * frame)
        converter = Converter(rate, width, channels, floating)
        while size > 0:
            data = handle.read(min(block, size))
            if not data:
                break  # a truncated recording keeps what it has
            size -= len(data)
            out = converter.feed(data)
            if out:
                yield out
        tail = converter.flush()
        if tail:
            yield tail


def _header(handle: BinaryIO, path: Path) -> tuple[int, int, int, bool, int]:
    """(rate, bytes per sample, channels, floating, data size) with the file at the data."""
    head = handle.read(12)
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX") or head[8:12] != b"WAVE":
        raise AudioError("not a WAV file (no RIFF/WAVE header); convert it with "
                         "`sox IN -r 16000 -c 1 OUT.wav`", path)
    if head[:4] == b"RIFX":
        raise AudioError("big-endian WAV (RIFX) is not supported", path)
    fmt = None
    while True:
        chunk = handle.read(8)
        if len(chunk) < 8:
            raise AudioError("WAV file has no fmt or data chunk", path)
        cid, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if cid == b"data":
            break
        body = handle.read(size + (size & 1))
        if cid == b"fmt ":
            fmt = body[:size]
    if fmt is None or len(fmt) < 16:
        raise AudioError("WAV file has no fmt or data chunk", path)
    tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", fmt[:16])
    if tag == 0xFFFE and len(fmt) >= 26:  # WAVE_FORMAT_EXTENSIBLE: the real tag opens the GUID
        tag = struct.unpack("<H", fmt[24:26])[0]
    if tag not in (1, 3) or channels < 1 or rate < 1000 or bits not in ((8, 16, 24, 32) if tag == 1 else (32, 64)):
        raise AudioError(f"unsupported WAV encoding (format {tag}, {bits} bits, {channels} channels, "
                         f"{rate} Hz); use PCM or float", path)
    return rate, bits // 8, channels, tag == 3, size


class Converter:
    """Interleaved little-endian samples -> 16 kHz mono int16, fed block by block.

    Mono mix, then (when shrinking by 2x or more) a running box filter against aliasing, then
    linear interpolation at output times j * rate/16000, exactly as over the whole signal."""

    def __init__(self, rate: int, width: int, channels: int, floating: bool = False):
        self.rate, self.width, self.channels, self.floating = rate, width, channels, floating
        self.ratio = rate / RATE
        self.box = int(self.ratio) if self.ratio >= 2 else 0
        self._pending = b""  # bytes of an incomplete frame
        self._history: list[float] = []  # the box filter's window of raw samples
        self._acc = 0.0
        self._seen = 0  # mono samples so far
        self._tail: list[float] = []  # the last filtered samples, for interpolating across blocks
        self._next_out = 0  # index of the next output sample

    def feed(self, data: bytes) -> bytes:
        data = self._pending + data
        frame = self.width * self.channels
        usable = len(data) - len(data) % frame
        self._pending = data[usable:]
        samples = to_floats(data[:usable], self.width, self.floating)
        if self.channels > 1:
            c = self.channels
            samples = [sum(samples[i:i + c]) / c for i in range(0, len(samples), c)]
        if self.ratio == 1:
            self._seen += len(samples)
            return floats_to_int16(samples)
        return floats_to_int16(self._resample(self._smooth(samples)))

    def _smooth(self, samples: list[float]) -> list[float]:
        if not self.box:
            return samples
        out = []
        history, box = self._history, self.box
        for v in samples:
            self._acc += v
            history.append(v)
            if len(history) > box:
                self._acc -= history.pop(0)
            out.append(self._acc / len(history))
        return out

    def _resample(self, smoothed: list[float]) -> list[float]:
        """Output samples whose neighbours are known and that the whole signal would have too
        (j < seen / ratio); the rest wait for the next block or flush()."""
        window = self._tail + smoothed
        base = self._seen - len(self._tail)  # global index of window[0]
        self._seen += len(smoothed)
        last = self._seen - 1
        cap = int(self._seen / self.ratio)
        out = []
        while self._next_out < cap:
            x = self._next_out * self.ratio
            i = int(x)
            if i >= last:
                break
            f = x - i
            out.append(window[i - base] * (1 - f) + window[i + 1 - base] * f)
            self._next_out += 1
        self._tail = window[-(int(self.ratio) + 2):]
        return out

    def flush(self) -> bytes:
        """The last output samples: those at or past the final input sample repeat it."""
        if self.ratio == 1 or not self._tail:
            return b""
        count = int(self._seen / self.ratio)
        out = [self._tail[-1]] * max(0, count - self._next_out)
        self._next_out = max(self._next_out, count)
        return floats_to_int16(out)


def to_floats(data: bytes, width: int, floating: bool) -> list[float]:
    data = data[:len(data) - len(data) % width]
    if floating:
        values = array.array("f" if width == 4 else "d", data)
        if not _LITTLE:
            values.byteswap()
        return [0.0 if v != v else v * 32768.0 for v in values]  # NaN -> silence
    if width == 1:  # 8-bit WAV is unsigned
        return [(b - 128) * 256.0 for b in data]
    if width == 3:
        out = []
        for i in range(0, len(data), 3):
            v = data[i] | data[i + 1] << 8 | data[i + 2] << 16
            out.append((v - (1 << 24) if v & 0x800000 else v) / 256.0)
        return out
    ints = array.array("h" if width == 2 else "i", data)
    if not _LITTLE:
        ints.byteswap()
    scale = 1.0 if width == 2 else 1 / 65536.0
    return [v * scale for v in ints]


def floats_to_int16(samples) -> bytes:
    out = array.array("h", (-32768 if v < -32768 else 32767 if v > 32767 else int(v) for v in samples))
    if not _LITTLE:
        out.byteswap()
    return out.tobytes()
