"""Where output records go: a JSON Lines file (plain, .gz, .zst), stdout, or a directory.

A file is written as NAME.partial and renamed when the run ends, so NAME never exists
half-written. After each chunk a small state file (NAME.resume.json, replaced
atomically) records how many input items and output bytes are final. Each chunk is
written as a complete gzip member or zstd frame, so the bytes up to that offset always
form a valid file: --resume cuts the partial file back to the offset and goes on from
the next item. Output is in input order, which makes "done" a simple prefix.
"""
from __future__ import annotations

import gzip
import json
import os
import sys

from ..formats import RENDERERS
from ..model import Article

GZIP_LEVEL = 1       # gzip's default level 6 was seen to cut throughput about tenfold
ZSTD_LEVEL = 3


class SinkError(ValueError):
    """Output that cannot be written as asked (exists, missing directory…)."""


def _dumps(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def _compressor(path: str):
    name = path.lower()
    if name.endswith(".gz"):
        return lambda data: gzip.compress(data, GZIP_LEVEL, mtime=0)
    if name.endswith(".zst"):
        try:
            import zstandard
        except ImportError:
            raise SinkError(f"{path}: writing .zst needs the 'zstd' extra: "
                            "pip install 'declutter[zstd]'") from None
        cctx = zstandard.ZstdCompressor(level=ZSTD_LEVEL)
        return cctx.compress
    return lambda data: data


def _write_json_atomic(path: str, data: dict) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
    os.replace(tmp, path)


class StdoutSink:
    resumable = False

    def start(self, signature: dict, resume: bool) -> tuple[int, dict | None]:
        return 0, None

    def write(self, records, numbers, items_done: int, tally: dict) -> None:
        out = sys.stdout.buffer
        for record in records:
            if record is not None:
                out.write(_dumps(record))
        out.flush()

    def finish(self) -> None:
        pass


class FileSink:
    """JSON Lines into one file, resumable."""

    resumable = True

    def __init__(self, path: str, overwrite: bool):
        self.path, self.overwrite = path, overwrite
        self.partial, self.state = path + ".partial", path + ".resume.json"
        self._compress = _compressor(path)
        self._fh = None

    def start(self, signature: dict, resume: bool) -> tuple[int, dict | None]:
        """Open the output; returns (items already done, tally so far) when resuming."""
        parent = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(parent):
            raise SinkError(f"{self.path}: directory does not exist")
        if resume and os.path.exists(self.path) and not os.path.exists(self.state):
            raise SinkError(f"{self.path} is complete; there is nothing to resume")
        if os.path.exists(self.path) and not self.overwrite:
            raise SinkError(f"{self.path} exists; pass --overwrite to replace it")
        has_state = os.path.exists(self.state) and os.path.exists(self.partial)
        if resume and has_state:
            with open(self.state, encoding="utf-8") as fh:
                state = json.load(fh)
            if state.get("signature") != signature:
                raise SinkError(f"{self.path}: the inputs or options differ from the "
                                "interrupted run; rerun without --resume and with --overwrite")
            self._fh = open(self.partial, "r+b")
            self._fh.truncate(state["offset"])
            self._fh.seek(state["offset"])
            self.signature, self.offset = signature, state["offset"]
            return state["items"], state["tally"]
        if has_state and not self.overwrite:
            raise SinkError(f"{self.partial} holds an interrupted run; pass --resume to "
                            "continue it or --overwrite to start again")
        self._fh = open(self.partial, "wb")
        self.signature, self.offset = signature, 0
        return 0, None

    def write(self, records, numbers, items_done: int, tally: dict) -> None:
        data = b"".join(_dumps(r) for r in records if r is not None)
        if data:
            self._fh.write(self._compress(data))
            self._fh.flush()
            self.offset = self._fh.tell()
        _write_json_atomic(self.state, {"signature": self.signature, "items": items_done,
                                        "offset": self.offset, "tally": tally})

    def finish(self) -> None:
        self._fh.close()
        os.replace(self.partial, self.path)
        os.remove(self.state)

    def close_unfinished(self) -> None:
        if self._fh:
            self._fh.close()


class DirSink:
    """One file per document under DIR, mirroring the input tree.

    A page file a/b.html becomes DIR/a/b.html.EXT; record n of a container a/c.jsonl.gz
    becomes DIR/a/c.jsonl.gz/<n>.EXT (n is the line or WARC record number, zero-padded);
    an error record becomes <name>.error.json beside it.
    """

    resumable = True
    EXT = {"text": ".txt", "markdown": ".md", "json": ".json"}

    def __init__(self, root: str, fmt: str, overwrite: bool, rel_of: dict[str, tuple[str, bool]]):
        self.root, self.fmt, self.overwrite, self.rel_of = root, fmt, overwrite, rel_of
        self.state = os.path.join(root, ".declutter-resume.json")

    def start(self, signature: dict, resume: bool) -> tuple[int, dict | None]:
        if os.path.exists(self.root) and not os.path.isdir(self.root):
            raise SinkError(f"{self.root}: not a directory")
        os.makedirs(self.root, exist_ok=True)
        self.signature = signature
        if resume and os.path.exists(self.state):
            with open(self.state, encoding="utf-8") as fh:
                state = json.load(fh)
            if state.get("signature") != signature:
                raise SinkError(f"{self.root}: the inputs or options differ from the "
                                "interrupted run; rerun without --resume and with --overwrite")
            return state["items"], state["tally"]
        if os.listdir(self.root) and not self.overwrite:
            raise SinkError(f"{self.root} is not empty; pass --overwrite to write into it"
                            " or --resume to continue an interrupted run")
        return 0, None

    def _target(self, record: dict, n: int) -> str:
        rel, container = self.rel_of[record["source"]]
        base = os.path.join(self.root, rel, f"{n:06d}") if container else \
            os.path.join(self.root, rel)
        return base + (".error.json" if "error" in record else self.EXT[self.fmt])

    def write_one(self, record: dict, n: int) -> None:
        target = self._target(record, n)
        if "error" in record:
            data = json.dumps(record, ensure_ascii=False) + "\n"
        elif self.fmt == "json":
            data = json.dumps(record, ensure_ascii=False) + "\n"
        else:
            fields = {k: record.get(k) for k in ("headline", "subheadline", "byline", "place",
                                                 "date", "lang")}
            article = Article(**fields, authors=record["authors"],
                              paragraphs=record["paragraphs"], captions=record["captions"],
                              direction=record["direction"])
            data = RENDERERS[self.fmt](article)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        tmp = target + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, target)

    def write(self, records, numbers, items_done: int, tally: dict) -> None:
        for record, n in zip(records, numbers):
            if record is not None:
                self.write_one(record, n)
        _write_json_atomic(self.state, {"signature": self.signature, "items": items_done,
                                        "tally": tally})

    def finish(self) -> None:
        os.remove(self.state)
