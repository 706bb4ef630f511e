"""What a worker does with a chunk of items: decode, clean, one output record each.

Runs in worker processes (and in the main process with --jobs 1). A record that
cannot be cleaned (bad JSON, undecodable bytes, over the time limit, a bug) becomes an
error record with its reason; nothing a record contains can stop the run.
"""
from __future__ import annotations

import json
import re
import signal
import threading
from collections import Counter
from dataclasses import dataclass, field

from ..assemble import assemble
from ..config import Config
from ..decode import decode
from .sources import Item

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([\w.:-]+)", re.I)


@dataclass(frozen=True, slots=True)
class Options:
    config: Config = field(default_factory=Config)
    text_field: str = "text"
    id_field: str = "id"
    encoding: str | None = None
    timeout: float = 5.0          # seconds per document; 0 disables the limit


@dataclass(slots=True)
class Tally:
    """Counts for the run summary; added up across chunks and workers."""

    documents: int = 0
    bytes: int = 0
    errors: int = 0
    empty: int = 0
    skipped: Counter = field(default_factory=Counter)
    error_reasons: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    stages: Counter = field(default_factory=Counter)

    def add(self, other: "Tally") -> None:
        self.documents += other.documents
        self.bytes += other.bytes
        self.errors += other.errors
        self.empty += other.empty
        for name in ("skipped", "error_reasons", "rules", "stages"):
            getattr(self, name).update(getattr(other, name))

    def to_dict(self) -> dict:
        return {"documents": self.documents, "bytes": self.bytes, "errors": self.errors,
                "empty": self.empty, "skipped": dict(sorted(self.skipped.items())),
                "error_reasons": dict(self.error_reasons.most_common()),
                "stages": dict(self.stages.most_common()),
                "rules": dict(self.rules.most_common())}

    @classmethod
    def from_dict(cls, d: dict) -> "Tally":
        return cls(d["documents"], d["bytes"], d["errors"], d["empty"], Counter(d["skipped"]),
                   Counter(d["error_reasons"]), Counter(d["rules"]), Counter(d["stages"]))


class RecordError(Exception):
    """A reason this record gives no article."""


class DocumentTimeout(RecordError):
    pass


def _on_alarm(signum, frame):
    raise DocumentTimeout("time limit exceeded")


class _TimeLimit:
    """SIGALRM-based limit; only the main thread of a process can take signals."""

    def __init__(self, seconds: float):
        self.seconds = seconds if threading.current_thread() is threading.main_thread() else 0

    def __enter__(self):
        if self.seconds > 0:
            self._old = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc):
        if self.seconds > 0:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old)
        return False


def _decode(data: bytes, encoding: str | None, content_type: str = "") -> str:
    try:
        return decode(data, encoding)
    except ValueError as exc:
        if encoding:
            raise RecordError(str(exc)) from None
        # Not UTF-8: try what the HTTP header, then the page's <meta>, declares.
        declared = [m.group(1) for m in (_CHARSET.search(content_type or ""),) if m]
        declared += [m.group(1).decode("ascii", "replace")
                     for m in (_META_CHARSET.search(data[:4096]),) if m]
        for name in declared:
            try:
                return data.decode(name)
            except (LookupError, UnicodeDecodeError):
                continue
        raise RecordError(str(exc)) from None


def _jsonl_text(item: Item, opts: Options) -> str:
    try:
        record = json.loads(item.payload)
    except json.JSONDecodeError as exc:
        raise RecordError(f"malformed JSON line ({exc.msg} at column {exc.colno})") from None
    except UnicodeDecodeError:
        raise RecordError("malformed JSON line (not UTF-8)") from None
    if not isinstance(record, dict):
        raise RecordError("JSON line is not an object")
    rid = record.get(opts.id_field)
    if rid is not None and not isinstance(rid, (dict, list)):
        item.id = str(rid)
    if isinstance(record.get("url"), str):
        item.meta["url"] = record["url"]
    text = record.get(opts.text_field)
    if text is None:
        raise RecordError(f"no {opts.text_field!r} field")
    if not isinstance(text, str):
        raise RecordError(f"{opts.text_field!r} field is not a string")
    return text


def page_text(item: Item, opts: Options) -> str:
    """The text of an item; raises RecordError with the reason when there is none."""
    if item.kind == "error":
        raise RecordError(item.meta["error"])
    if item.kind == "jsonl":
        return _jsonl_text(item, opts)
    if item.kind == "text":       # WET conversion records are UTF-8 by definition
        return item.payload.decode("utf-8", "replace")
    return _decode(item.payload, opts.encoding, item.meta.get("content_type", ""))


def clean_text(text: str, config: Config, tally: Tally):
    """The Article; rule and stage hits are added to the tally."""
    from ..api import process

    doc, ctx = process(text, config=config)
    article = assemble(doc)
    tally.rules.update(ctx.counts)
    for line in doc.lines:
        for mark in line.marks:
            tally.stages[mark.stage] += 1
    return article


def _head(item: Item) -> dict:
    head = {"id": item.id, "source": item.source, "url": item.meta.get("url")}
    if "crawl_date" in item.meta:
        head["crawl_date"] = item.meta["crawl_date"]
    return head


def process_item(item: Item, opts: Options, tally: Tally) -> dict | None:
    """The output record for one item (None for a skipped WARC record)."""
    if item.kind == "skip":
        tally.skipped[item.meta["reason"]] += 1
        return None
    tally.documents += 1
    tally.bytes += len(item.payload)
    try:
        with _TimeLimit(opts.timeout):
            text = page_text(item, opts)
            article = clean_text(text, opts.config, tally)
    except RecordError as exc:
        return _error(item, str(exc), tally)
    except RecursionError:
        return _error(item, "input nested too deeply", tally)
    except Exception as exc:   # a bug must cost one record, not the run
        return _error(item, f"internal error: {type(exc).__name__}: {exc}", tally)
    if not article.paragraphs:
        tally.empty += 1
    return {**_head(item), **article.to_dict()}


def _error(item: Item, reason: str, tally: Tally) -> dict:
    tally.errors += 1
    tally.error_reasons[reason.split(" (")[0]] += 1
    return {**_head(item), "error": reason}


def process_chunk(chunk: list[Item], opts: Options) -> tuple[list[dict | None], Tally]:
    tally = Tally()
    return [process_item(item, opts, tally) for item in chunk], tally
