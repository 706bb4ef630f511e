"""Inputs of a corpus run: files and directories turned into a stream of work items.

The reader in the parent process only splits the input into records (a JSON line, a
WARC record, a whole file); decoding and cleaning happen in the workers. Every record
that could be a document becomes exactly one item, so it gets exactly one output
record; WARC records that hold no page (requests, metadata, images…) are counted as
skipped, never silently lost.
"""
from __future__ import annotations

import fnmatch
import gzip
import io
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from .warc import WarcError, WarcRecord, iter_warc

MAX_RECORD = 64 << 20          # a JSON line longer than this becomes an error record
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst")
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class MissingExtra(RuntimeError):
    """An optional dependency is needed; the message names the extra to install."""


class InputError(ValueError):
    """An input path that cannot be used at all (missing, unreadable)."""


@dataclass(slots=True)
class Item:
    """One record to clean: kind is 'jsonl', 'page', 'http' (a WARC response), 'text'
    (a WET conversion), 'error' (the reader already knows it is broken) or 'skip' (a
    WARC record without a page: counted in the summary, given no output record)."""

    kind: str
    source: str
    id: str
    payload: bytes
    meta: dict
    n: int = 1         # position of the record in its input (line or record number)


@dataclass(slots=True)
class Input:
    path: str          # as opened
    rel: str           # relative to the argument it came from (for -o DIR mirroring)
    fmt: str           # 'jsonl', 'warc' or 'page'
    size: int


def input_format(path: str) -> str:
    name = path.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "page"


def is_corpus_path(path: str) -> bool:
    return os.path.isdir(path) or input_format(path) != "page"


def discover(paths: list[str], glob: str | None = None) -> list[Input]:
    """Files named directly, and every file under the directories (sorted, hidden names
    skipped), filtered by the --glob pattern when given."""
    found: list[Input] = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    rel = os.path.relpath(full, path)
                    if name.startswith(".") or (glob and not _matches(rel, glob)):
                        continue
                    found.append(Input(full, rel, input_format(full), os.path.getsize(full)))
        elif os.path.isfile(path):
            found.append(Input(path, os.path.basename(path), input_format(path),
                               os.path.getsize(path)))
        elif os.path.exists(path):
            raise InputError(f"{path}: not a regular file or directory")
        else:
            raise InputError(f"{path}: no such file or directory")
    return found


def _matches(rel: str, pattern: str) -> bool:
    return fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(rel), pattern)


def open_binary(path: str, raw=None):
    """A binary stream over a plain, .gz or .zst file."""
    raw = raw or open(path, "rb")
    if path.lower().endswith(".zst"):
        try:
            import zstandard
        except ImportError:
            raw.close()
            raise MissingExtra(f"{path}: reading .zst needs the 'zstd' extra: "
                               "pip install 'declutter[zstd]'") from None
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
    if path.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return raw


STREAM_ERRORS = (EOFError, OSError, zlib.error, ValueError)


def _stream_error(exc: Exception) -> str:
    if isinstance(exc, EOFError):
        return "truncated compressed stream"
    return f"unreadable compressed stream ({exc})"


def iter_jsonl(inp: Input, where: list) -> Iterator[Item]:
    number = 0
    try:
        where[0] = raw = open(inp.path, "rb")
        fh = open_binary(inp.path, raw)
    except OSError as exc:
        yield Item("error", inp.path, inp.path, b"", {"error": f"cannot open: {exc.strerror}"})
        return
    with fh:
        while True:
            try:
                line = fh.readline(MAX_RECORD + 1)
            except STREAM_ERRORS as exc:
                yield Item("error", inp.path, f"{inp.path}:{number + 1}", b"",
                           {"error": _stream_error(exc)}, number + 1)
                return
            if not line:
                return
            number += 1
            if len(line) > MAX_RECORD and not line.endswith(b"\n"):
                _skip_line(fh)
                yield Item("error", inp.path, f"{inp.path}:{number}", b"",
                           {"error": f"record longer than {MAX_RECORD >> 20} MiB"}, number)
                continue
            if line.strip():
                yield Item("jsonl", inp.path, f"{inp.path}:{number}", line, {}, number)


def _skip_line(fh) -> None:
    while True:
        part = fh.readline(1 << 20)
        if not part or part.endswith(b"\n"):
            return


def iter_page(inp: Input) -> Iterator[Item]:
    try:
        with open(inp.path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield Item("error", inp.path, inp.path, b"", {"error": f"cannot read: {exc.strerror}"})
        return
    yield Item("page", inp.path, inp.path, data, {})


def _http_split(block: bytes) -> tuple[int, str, bytes] | None:
    """Status, content type and body of an HTTP response block."""
    end = block.find(b"\r\n\r\n")
    sep = 4
    if end < 0:
        end, sep = block.find(b"\n\n"), 2
    if end < 0:
        return None
    head = block[:end].decode("latin-1").split("\n")
    parts = head[0].split()
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        return None
    ctype = ""
    for line in head[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-type":
            ctype = value.strip()
    return int(parts[1]), ctype, block[end + sep:]


def warc_item(rec: WarcRecord, source: str) -> Item | str:
    """An item for a record that holds a page, else the reason it is skipped."""
    h = rec.headers
    rid = h.get("warc-record-id", f"{source}@{rec.offset}")
    meta = {"url": h.get("warc-target-uri"), "crawl_date": h.get("warc-date")}
    if rec.type == "conversion":
        return Item("text", source, rid, rec.block, meta)
    if rec.type == "resource":
        ctype = h.get("content-type", "").split(";")[0].strip().lower()
        if ctype and not ctype.startswith(PAGE_TYPES):
            return f"resource {ctype}"
        return Item("page", source, rid, rec.block, meta)
    if rec.type != "response":
        return f"{rec.type or 'untyped'} record"
    warc_type = h.get("content-type", "").split(";")[0].strip().lower()
    if warc_type and warc_type != "application/http" and not rec.block.startswith(b"HTTP/"):
        return f"response {warc_type}"      # e.g. Heritrix's dns: lookups (text/dns)
    http = _http_split(rec.block)
    if http is None:
        return Item("error", source, rid, b"", {**meta, "error": "malformed HTTP response"})
    status, ctype, body = http
    if not 200 <= status < 300:
        return f"HTTP {status // 100}xx response"
    mime = ctype.split(";")[0].strip().lower()
    if mime and not mime.startswith(PAGE_TYPES):
        return f"response {mime}"
    return Item("http", source, rid, body, {**meta, "content_type": ctype})


def iter_warc_items(inp: Input, where: list) -> Iterator[Item]:
    try:
        where[0] = fh = open(inp.path, "rb")
    except OSError as exc:
        yield Item("error", inp.path, inp.path, b"", {"error": f"cannot open: {exc.strerror}"})
        return
    count = 0
    with fh:
        for rec in _records(fh):
            if isinstance(rec, WarcError):
                rid = rec.headers.get("warc-record-id", f"{inp.path}@{rec.offset}")
                count += 1
                yield Item("error", inp.path, rid, b"",
                           {"url": rec.headers.get("warc-target-uri"), "error": rec.reason}, count)
                continue
            item = warc_item(rec, inp.path)
            if isinstance(item, str):   # travels in order, so resumed counts stay exact
                item = Item("skip", inp.path, "", b"", {"reason": item})
            item.n = count = count + 1
            yield item


def _records(fh):
    # fastwarc stops quietly at damage; it reads only when asked (DECLUTTER_FASTWARC=1).
    if os.environ.get("DECLUTTER_FASTWARC") == "1":
        from .warc import iter_warc_fast
        return iter_warc_fast(fh)
    return iter_warc(fh)


def iter_items(inputs: list[Input]) -> Iterator[tuple[Item, int]]:
    """Every item of every input, with the input bytes finished so far (for progress)."""
    done = 0
    where: list = [None]     # the open raw file, whose position tells the progress
    for inp in inputs:
        if inp.fmt == "jsonl":
            items = iter_jsonl(inp, where)
        elif inp.fmt == "warc":
            items = iter_warc_items(inp, where)
        else:
            items = iter_page(inp)
        for item in items:
            raw = where[0]
            yield item, done + (raw.tell() if raw is not None and not raw.closed else 0)
        where[0] = None
        done += inp.size
