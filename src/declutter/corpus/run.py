"""The corpus run: read items in the parent, clean chunks in worker processes, write in order.

Memory stays flat: at most a few chunks per worker are in flight (a semaphore holds the
reader back), and results are written in input order as soon as the next one is ready.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict

from .sources import Input, Item, iter_items
from .work import Options, Tally, process_chunk

CHUNK_ITEMS = 32
CHUNK_BYTES = 4 << 20


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def signature(inputs: list[Input], opts: Options, extra: dict) -> dict:
    """What must not change between an interrupted run and its --resume."""
    files = []
    for inp in inputs:
        st = os.stat(inp.path)
        files.append([os.path.abspath(inp.path), st.st_size, st.st_mtime_ns])
    options = asdict(opts)
    options["config"] = {k: sorted(v) if isinstance(v, frozenset) else v
                         for k, v in options["config"].items()}
    sig = {"version": 1, "inputs": files, "options": options, **extra}
    return json.loads(json.dumps(sig, default=str))     # as it will read back from disk


def _chunks(items: Iterator[tuple[Item, int]], skip: int) -> Iterator[tuple[list[Item], int]]:
    """Items grouped into chunks, after skipping the ones a resumed run already has."""
    chunk: list[Item] = []
    size = 0
    done = 0
    for index, (item, done) in enumerate(items):
        if index < skip:
            continue
        chunk.append(item)
        size += len(item.payload)
        if len(chunk) >= CHUNK_ITEMS or size >= CHUNK_BYTES:
            yield chunk, done
            chunk, size = [], 0
    if chunk:
        yield chunk, done


_WORKER_OPTS: Options | None = None


def _init_worker(opts: Options) -> None:
    global _WORKER_OPTS
    _WORKER_OPTS = opts
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C


def _work(chunk: list[Item]):
    return process_chunk(chunk, _WORKER_OPTS)


def _numbers(chunk: list[Item]) -> list[int]:
    return [item.n for item in chunk]


ProgressFn = Callable[[int, Tally], None]


def run(inputs: list[Input], opts: Options, sink, jobs: int, resume: bool = False,
        progress: ProgressFn | None = None, extra_signature: dict | None = None) -> Tally:
    """Clean every record of the inputs into the sink; returns the run's tally.

    Raises KeyboardInterrupt (and leaves the sink resumable) when interrupted.
    """
    done_items, saved = sink.start(signature(inputs, opts, extra_signature or {}), resume)
    total = Tally.from_dict(saved) if saved else Tally()
    chunks = _chunks(iter_items(inputs), done_items)

    def consume(chunk, done_bytes, records, tally):
        nonlocal done_items
        done_items += len(chunk)
        total.add(tally)
        sink.write(records, _numbers(chunk), done_items, total.to_dict())
        if progress:
            progress(done_bytes, total)

    if jobs <= 1:
        for chunk, done_bytes in chunks:
            records, tally = process_chunk(chunk, opts)
            consume(chunk, done_bytes, records, tally)
    else:
        _run_pool(chunks, opts, jobs, consume)
    sink.finish()
    return total


def _run_pool(chunks, opts: Options, jobs: int, consume) -> None:
    slots = threading.BoundedSemaphore(2 * jobs + 2)
    pending: list[tuple[list[Item], int]] = []   # chunks sent, oldest first
    lock = threading.Lock()

    def feed():
        for chunk, done_bytes in chunks:
            slots.acquire()
            with lock:
                pending.append((chunk, done_bytes))
            yield chunk

    ctx = multiprocessing.get_context("fork")
    pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(opts,))
    try:
        for records, tally in pool.imap(_work, feed(), chunksize=1):
            with lock:
                chunk, done_bytes = pending.pop(0)
            consume(chunk, done_bytes, records, tally)
            slots.release()
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
