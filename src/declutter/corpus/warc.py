"""A WARC/WET reader that reports every broken record instead of dropping it.

The pure-Python reader inflates gzip members one at a time, so a corrupt or truncated
member costs only the records inside it: the reader says so (a `WarcError`) and
resynchronises on the next member or the next `WARC/` version line. fastwarc, when
installed (the `warc` extra), reads intact files faster; declutter falls back to this
reader whenever fastwarc is absent.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

CHUNK = 1 << 16
MAX_INFLATE = 1 << 20           # bytes inflated per call: memory stays bounded on bombs
MAX_HEADER_LINES = 512
GZIP_MAGIC = b"\x1f\x8b\x08"


@dataclass(slots=True)
class WarcRecord:
    headers: dict[str, str]      # lower-case names
    block: bytes
    offset: int                  # offset of the record in the uncompressed stream

    @property
    def type(self) -> str:
        return self.headers.get("warc-type", "")


@dataclass(slots=True)
class WarcError:
    reason: str
    offset: int
    headers: dict[str, str] = field(default_factory=dict)


class _Corrupt(Exception):
    """The compressed stream is damaged at this point."""


def _inflate(fh) -> Iterator[bytes | _Corrupt]:
    """Uncompressed bytes of a gzip file, member by member; a _Corrupt item marks damage."""
    pending = b""
    member = None
    while True:
        if member is None:
            pending = pending or fh.read(CHUNK)
            if not pending:
                return
            member = zlib.decompressobj(31)
        if not pending:
            pending = fh.read(CHUNK)
            if not pending:
                tail = member.flush()
                if tail:
                    yield tail
                if not member.eof:
                    yield _Corrupt("truncated gzip stream")
                    return
                member = None
                continue
        try:
            out = member.decompress(pending, MAX_INFLATE)
        except zlib.error as exc:
            yield _Corrupt(f"corrupt gzip data ({exc})")
            pending = _next_member(fh, pending[1:])
            member = None
            continue
        if out:
            yield out
        if member.eof:
            pending, member = member.unused_data, None
        else:
            pending = member.unconsumed_tail


def _next_member(fh, data: bytes) -> bytes:
    """Skip to the next gzip member header (or end of file)."""
    while True:
        at = data.find(GZIP_MAGIC)
        if at >= 0:
            return data[at:]
        more = fh.read(CHUNK)
        if not more:
            return b""
        data = data[-2:] + more


def _plain(fh) -> Iterator[bytes]:
    while chunk := fh.read(CHUNK):
        yield chunk


class _Prefixed:
    """A binary file whose first bytes were already read to sniff the format."""

    def __init__(self, fh):
        self._fh, self.head = fh, fh.read(2)
        self._pending = self.head

    def read(self, n: int) -> bytes:
        if self._pending:
            data, self._pending = self._pending, b""
            return data + self._fh.read(max(n - len(data), 0))
        return self._fh.read(n)


class _Stream:
    """readline/read over a chunk iterator; raises _Corrupt where the chunks say so."""

    def __init__(self, chunks: Iterator[bytes | _Corrupt]):
        self._chunks = chunks
        self._buf = bytearray()
        self.offset = 0          # uncompressed bytes consumed so far

    def _more(self) -> bool:
        chunk = next(self._chunks, None)
        if chunk is None:
            return False
        if isinstance(chunk, _Corrupt):
            raise chunk
        self._buf += chunk
        return True

    def readline(self, limit: int = 1 << 16) -> bytes:
        while True:
            at = self._buf.find(b"\n")
            if 0 <= at < limit or len(self._buf) >= limit:
                n = at + 1 if 0 <= at < limit else limit
                return self._take(n)
            if not self._more():
                return self._take(len(self._buf))

    def read(self, n: int) -> bytes:
        while len(self._buf) < n and self._more():
            pass
        return self._take(min(n, len(self._buf)))

    def drop(self) -> None:
        """Forget the partial record that damage interrupted."""
        self.offset += len(self._buf)
        self._buf.clear()

    def unread(self, data: bytes) -> None:
        self._buf[:0] = data
        self.offset -= len(data)

    def _take(self, n: int) -> bytes:
        out = bytes(self._buf[:n])
        del self._buf[:n]
        self.offset += n
        return out


def _headers(stream: _Stream) -> dict[str, str] | None:
    """Header lines up to the blank line; None when they never end."""
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADER_LINES):
        line = stream.readline()
        if not line:
            return None
        if not line.strip():
            return headers
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return None


def _resync(stream: _Stream) -> None:
    """Skip to the next line that starts a WARC record."""
    while True:
        line = stream.readline()
        if not line:
            return
        if line.startswith(b"WARC/"):
            stream.unread(line)
            return


def _record(stream: _Stream, start: int) -> WarcRecord | WarcError | None:
    line = stream.readline()
    while line and not line.strip():
        start = stream.offset
        line = stream.readline()
    if not line:
        return None
    if not line.startswith(b"WARC/"):
        _resync(stream)
        return WarcError("not a WARC record (no WARC/1.x version line)", start)
    headers = _headers(stream)
    if headers is None:
        return WarcError("WARC headers never end", start)
    try:
        length = int(headers.get("content-length", ""))
        if length < 0:
            raise ValueError
    except ValueError:
        _resync(stream)
        return WarcError("WARC record without a valid Content-Length", start, headers)
    block = stream.read(length)
    if len(block) < length:
        return WarcError(f"truncated WARC record ({len(block)} of {length} bytes)", start, headers)
    trailer = stream.read(4)
    if trailer.strip(b"\r\n"):
        # The length was wrong: the next record may start inside what was read.
        rest = block + trailer
        at = rest.find(b"\nWARC/")
        if at >= 0:
            stream.unread(rest[at + 1:])
        else:
            _resync(stream)
        return WarcError("WARC record length does not match its content", start, headers)
    return WarcRecord(headers, block, start)


def iter_warc(fh) -> Iterator[WarcRecord | WarcError]:
    """Every record of a WARC/WET file (binary file object, gzip or plain)."""
    fh = _Prefixed(fh)      # look at the magic bytes without needing peek()
    stream = _Stream(_inflate(fh) if fh.head.startswith(b"\x1f\x8b") else _plain(fh))
    while True:
        start = stream.offset
        try:
            record = _record(stream, start)
        except _Corrupt as exc:
            stream.drop()
            yield WarcError(str(exc), start)
            continue
        if record is None:
            return
        yield record


def iter_warc_fast(fh) -> Iterator[WarcRecord | WarcError]:
    """The same records through fastwarc (raises ImportError when it is not installed)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    for rec in ArchiveIterator(fh, record_types=WarcRecordType.any_type, parse_http=False,
                               verify_digests=False):
        headers = {k.lower(): v for k, v in rec.headers.items()}
        yield WarcRecord(headers, rec.reader.read(), rec.stream_pos)
