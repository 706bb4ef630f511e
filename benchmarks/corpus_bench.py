"""Corpus-run benchmark: peak memory, --jobs speed-up, one output record per input record.

    python benchmarks/corpus_bench.py                       # build >= 1 GB in /tmp, measure
    python benchmarks/corpus_bench.py --size-gb 0.2 --speed-mb 50   # a quick look

The corpus is built by repeating the evaluation pages (../shared/eval/data): one JSON line
per page with the dump as "text" and the page's HTML, url and language as passenger
fields, as crawl exports carry them. It is written to /tmp, never into the repository.

Measured:
  * peak memory of the whole process tree (parent + workers, RSS summed, sampled every
    0.1 s) for a --jobs 2 run over the whole corpus, and that every input line gave
    exactly one output record;
  * wall time and CPU time of --jobs 1 and --jobs 2 over the first --speed-mb of the
    corpus, and the machine's load average before each run (the machine may be shared,
    in which case wall time understates the speed-up; the CPU times show the parallel
    overhead: with equal CPU time, two idle cores halve the wall time).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "data"


def build(path: Path, size_gb: float) -> tuple[int, int]:
    """Write the corpus (once); returns (lines, bytes)."""
    target = int(size_gb * 1e9)
    if path.exists() and path.stat().st_size >= target:
        with open(path, "rb") as fh:
            return sum(1 for _ in fh), path.stat().st_size
    pages = []
    for f in sorted(EVAL.glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                pages.append({"id": r["id"], "url": r.get("url"), "lang": r.get("lang"),
                              "text": r["dump"], "html": r.get("html")})
    written = lines = 0
    with open(path, "wb") as out:
        rep = 0
        while written < target:
            for page in pages:
                data = (json.dumps({**page, "id": f"{rep}/{page['id']}"}, ensure_ascii=False)
                        + "\n").encode("utf-8")
                out.write(data)
                written += len(data)
                lines += 1
                if written >= target:
                    break
            rep += 1
    return lines, written


def head(src: Path, dst: Path, mb: float) -> int:
    limit, n = int(mb * 1e6), 0
    with open(src, "rb") as fh, open(dst, "wb") as out:
        for line in fh:
            out.write(line)
            n += 1
            limit -= len(line)
            if limit <= 0:
                break
    return n


def _tree_rss(pid: int) -> int:
    """RSS in bytes of pid and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


def run(src: Path, out: Path, jobs: int) -> dict:
    load = os.getloadavg()[0]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "declutter", str(src), "-o", str(out), "--overwrite",
           "-j", str(jobs), "-q", "--stats", str(out) + ".stats.json"]
    start = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)   # includes the pool workers
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    stats = json.loads(Path(str(out) + ".stats.json").read_text())
    with open(out, "rb") as fh:
        records = sum(1 for _ in fh)
    return {"jobs": jobs, "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1), "peak_rss_mb": round(peak / 1e6, 1),
            "records": records, "documents": stats["documents"], "errors": stats["errors"],
            "exit": proc.returncode, "load_before": round(load, 2),
            "stderr": proc.stderr.read().decode()[-300:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-gb", type=float, default=1.0)
    ap.add_argument("--speed-mb", type=float, default=200.0,
                    help="size of the slice timed with --jobs 1 and --jobs 2")
    ap.add_argument("--workdir", default="/tmp/declutter-corpus-bench")
    ap.add_argument("--skip-full", action="store_true", help="only the speed comparison")
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    lines, size = build(corpus, args.size_gb)
    print(f"corpus: {corpus} {size / 1e9:.2f} GB, {lines} records; {os.cpu_count()} cores")
    results = {"corpus_gb": round(size / 1e9, 3), "corpus_records": lines}
    sliced = work / "slice.jsonl"
    n_slice = head(corpus, sliced, args.speed_mb)
    one = run(sliced, work / "slice-j1.jsonl", 1)
    two = run(sliced, work / "slice-j2.jsonl", 2)
    same = (work / "slice-j1.jsonl").read_bytes() == (work / "slice-j2.jsonl").read_bytes()
    results["speed"] = {"slice_mb": args.speed_mb, "slice_records": n_slice, "j1": one,
                        "j2": two, "speedup": round(one["seconds"] / two["seconds"], 2),
                        "j1_equals_j2": same,
                        # On a shared machine wall time says little; the CPU the two runs
                        # spend tells the speed-up 2 idle cores would give (at most 2x).
                        "speedup_if_2_idle_cores": round(min(2.0, 2 * one["cpu_seconds"]
                                                             / two["cpu_seconds"]), 2)}
    print(json.dumps(results["speed"], indent=1))
    if not args.skip_full:
        full = run(corpus, work / "full-j2.jsonl", 2)
        full["one_record_per_input"] = full["records"] == lines
        results["full_j2"] = full
        print(json.dumps(full, indent=1))
    (work / "results.json").write_text(json.dumps(results, indent=1))
    print(f"results: {work / 'results.json'}")


if __name__ == "__main__":
    main()
