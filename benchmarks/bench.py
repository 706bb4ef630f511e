#!/usr/bin/env python3
"""Benchmark declutter: throughput, time per stage, start-up, memory, linearity, peers.

    python benchmarks/bench.py                # all evaluation dumps, declutter only
    python benchmarks/bench.py --peers        # + boilerpy3, jusText, trafilatura, resiliparse
    python benchmarks/bench.py --limit 40     # first 40 pages of each dataset (quick look)
    python benchmarks/bench.py --input html --peers   # the pages' HTML (+ readability)

Everything runs in one process, single-threaded, on the checkout this file lives in.
Per-page times are wall times of declutter.clean(dump); peers get the same pages in
the same loop (page by page, tool after tool), so machine load hits all of them alike:
compare the ratios, not the absolute figures, across machines. With --input html
every tool gets each page's original HTML (declutter with input_format="html"), the
render of the HTML is timed as a stage, and the linearity check, which concatenates
dumps, is left out. The evaluation dumps
are read from ../shared/eval/data (or $DECLUTTER_EVAL_DATA); when absent, only the
start-up and memory figures are measured.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from common import DEFAULT_DATA, HERE, SRC, Page, load_dumps

SEED = os.path.join(HERE, "..", "examples", "seed-page-dump.txt")
TARGETS = {"ms_per_page": 2.5, "trafilatura_ratio": 10.0, "boilerpy3_ratio": 1.0,
           "version_ms": 150.0, "import_ms": 100.0, "linearity": 11.0}
# On HTML (the HTML issue): at most 15 ms a page and 3 times faster than trafilatura.
HTML_TARGETS = {**TARGETS, "ms_per_page": 15.0, "trafilatura_ratio": 3.0}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _best_wall(argv: list[str], runs: int) -> float:
    """Best wall time of a command in ms (best of `runs`: the least disturbed run)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=_env(), check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def startup(runs: int) -> dict[str, float]:
    """`import declutter`, `declutter --version` and one page through the CLI, in ms."""
    py = sys.executable
    code = ("import time; t = time.perf_counter(); import declutter; "
            "print(time.perf_counter() - t)")
    cold = ("import time; t = time.perf_counter(); import declutter; "
            f"declutter.clean(open({SEED!r}, encoding='utf-8').read()); "
            "print(time.perf_counter() - t)")
    imports, colds = [], []
    for _ in range(runs):
        out = subprocess.run([py, "-c", code], env=_env(), check=True, capture_output=True, text=True)
        imports.append(float(out.stdout) * 1000)
        out = subprocess.run([py, "-c", cold], env=_env(), check=True, capture_output=True, text=True)
        colds.append(float(out.stdout) * 1000)
    return {"import_ms": min(imports), "first_clean_ms": min(colds),
            "python_ms": _best_wall([py, "-c", "pass"], runs),
            "version_ms": _best_wall([py, "-m", "declutter", "--version"], runs),
            "cli_page_ms": _best_wall([py, "-m", "declutter", SEED], runs)}


def memory(dump: str) -> dict[str, float]:
    """Peak resident memory (MB) of a fresh process after import and after cleaning `dump`."""
    # VmHWM (peak RSS of this process image); ru_maxrss would carry the benchmark's
    # own peak across fork and exec.
    code = ("import sys\n"
            "def peak():\n"
            "    for line in open('/proc/self/status'):\n"
            "        if line.startswith('VmHWM:'):\n"
            "            return int(line.split()[1])\n"
            "    import resource\n"
            "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "import declutter, declutter.api\n"
            "before = peak()\n"
            "declutter.clean(open(sys.argv[1], encoding='utf-8').read())\n"
            "print(before, peak())\n")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(dump)
    try:
        out = subprocess.run([sys.executable, "-c", code, fh.name], env=_env(), check=True,
                             capture_output=True, text=True).stdout.split()
    finally:
        os.unlink(fh.name)
    return {"rss_import_mb": int(out[0]) / 1024, "rss_peak_mb": int(out[1]) / 1024,
            "page_kb": len(dump.encode()) / 1024}


def throughput(pages: list[Page], peers: dict, fmt: str = "text") -> dict[str, list[float]]:
    """Seconds per page for declutter and each peer, interleaved page by page.
    fmt "html": the pages hold HTML, which every tool gets as it is."""
    import declutter
    from peers import dump_as_html

    for page in pages[:20]:                      # compile rules, fill caches
        declutter.clean(page.dump, input_format=fmt)
    times: dict[str, list[float]] = {"declutter": [], **{name: [] for name in peers}}
    clock = time.perf_counter
    for page in pages:
        start = clock()
        declutter.clean(page.dump, input_format=fmt)
        times["declutter"].append(clock() - start)
        if peers:
            as_html = page.dump if fmt == "html" else dump_as_html(page.dump)
            for name, extract in peers.items():
                start = clock()
                try:
                    extract(as_html, page.lang)
                except Exception:                # a peer failing on a page still took the time
                    pass
                times[name].append(clock() - start)
    return times


def stages(pages: list[Page], fmt: str = "text") -> dict[str, float]:
    """Total seconds per stage, plus splitting the text into lines (HTML: parsing and
    rendering it) and assembling."""
    from declutter import pipeline
    from declutter.api import read_input
    from declutter.assemble import assemble

    first = "render" if fmt == "html" else "split"
    totals: dict[str, float] = {first: 0.0}
    clock = time.perf_counter
    for page in pages:
        start = clock()
        doc = read_input(page.dump, fmt)
        totals[first] += clock() - start
        pipeline.run(doc, timings=totals)
        start = clock()
        assemble(doc)
        totals["assemble"] = totals.get("assemble", 0.0) + clock() - start
    return totals


def linearity(pages: list[Page], groups: int = 5, repeats: int = 5) -> list[float]:
    """For groups of 10 pages: time of their concatenation / mean time of one of them.

    The concatenation is a dump 10 times the mean size; linear work gives about 10.
    Times are CPU times of this thread (best of `repeats`), so other work on the
    machine does not tilt the ratio. Each pass times the ten pages and then their
    concatenation, so a change in the machine's speed during the check (clock scaling)
    reaches both sides of the ratio alike (timing all single pages first and the
    concatenation afterwards read from 7.7 to 11.3 for the same code on one day).
    """
    import declutter

    def cpu(text: str) -> float:
        start = time.thread_time()
        declutter.clean(text)
        return time.thread_time() - start

    ratios = []
    step = max(1, len(pages) // groups)
    for g in range(groups):
        group = [p.dump for p in pages[g * step:g * step + 10]]
        if len(group) < 10:
            break
        joined = "\n\n".join(group)
        singles, whole = [float("inf")] * len(group), float("inf")
        for _ in range(repeats):
            singles = [min(t, cpu(text)) for t, text in zip(singles, group)]
            whole = min(whole, cpu(joined))
        ratios.append(whole / (sum(singles) / len(group)))
    return ratios


def _row(cells, widths) -> str:
    return "| " + " | ".join(str(c).rjust(w) if i else str(c).ljust(w)
                             for i, (c, w) in enumerate(zip(cells, widths))) + " |"


def table(header: list[str], rows: list[list]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    sep = "|" + "|".join("-" * (w + 2) if i == 0 else "-" * (w + 1) + ":"
                         for i, w in enumerate(widths)) + "|"
    return "\n".join([_row(header, widths), sep] + [_row(r, widths) for r in rows])


def report(pages, times, stage_totals, start, mem, lin, fmt="text") -> tuple[str, dict]:
    out, res = [], {"pages": len(pages), "input": fmt}
    if times:
        mb = sum(len(p.dump.encode()) for p in pages) / 1e6
        ours = sum(times["declutter"])
        rows = []
        for name, secs in times.items():
            total = sum(secs)
            ms = sorted(s * 1000 for s in secs)
            res[name] = {"ms_per_page": total / len(secs) * 1000, "pages_per_s": len(secs) / total,
                         "mb_per_s": mb / total, "ratio": total / ours}
            rows.append([name, f"{res[name]['ms_per_page']:.2f}", f"{statistics.median(ms):.2f}",
                         f"{ms[int(0.95 * (len(ms) - 1))]:.2f}", f"{ms[-1]:.1f}",
                         f"{res[name]['pages_per_s']:.0f}", f"{res[name]['mb_per_s']:.2f}",
                         f"{res[name]['ratio']:.2f}"])
        what = "HTML pages" if fmt == "html" else "page dumps"
        out.append(f"Throughput: {len(pages)} {what}, {mb:.1f} MB, one process\n")
        out.append(table(["tool", "mean ms/page", "median", "p95", "max", "pages/s", "MB/s",
                          "time vs declutter"], rows))
    if stage_totals:
        total = sum(stage_totals.values())
        rows = [[name, f"{secs / len(pages) * 1000:.3f}", f"{100 * secs / total:.1f}"]
                for name, secs in stage_totals.items()]
        res["stages_ms"] = {name: secs / len(pages) * 1000 for name, secs in stage_totals.items()}
        out.append("\nTime per stage (second pass, timing hook on)\n")
        out.append(table(["stage", "ms/page", "% of time"], rows))
    res.update(start)
    res.update(mem)
    out.append("\nStart-up and memory (best of the runs, fresh processes)\n")
    rows = [["python -c pass", f"{start['python_ms']:.0f} ms"],
            ["import declutter (in-process clock)", f"{start['import_ms']:.0f} ms"],
            ["import declutter + first clean() of the seed page (in-process clock)",
             f"{start['first_clean_ms']:.0f} ms"],
            ["declutter --version", f"{start['version_ms']:.0f} ms"],
            ["declutter --version, less python -c pass",
             f"{start['version_ms'] - start['python_ms']:.0f} ms"],
            ["declutter examples/seed-page-dump.txt", f"{start['cli_page_ms']:.0f} ms"],
            ["peak RSS after importing the pipeline", f"{mem['rss_import_mb']:.1f} MB"],
            [f"peak RSS cleaning the largest dump ({mem['page_kb']:.0f} KB)",
             f"{mem['rss_peak_mb']:.1f} MB"]]
    if lin:
        res["linearity"] = max(lin)
        rows.append(["10x larger dump / one dump, CPU time (worst of groups)",
                     f"{max(lin):.1f}x  ({', '.join(f'{r:.1f}' for r in lin)})"])
    out.append(table(["measure", "value"], rows))
    out.append("\n" + targets(res, HTML_TARGETS if fmt == "html" else TARGETS))
    return "\n".join(out), res


def targets(res: dict, wanted: dict = TARGETS) -> str:
    checks = [("import declutter", res.get("import_ms"), "<", wanted["import_ms"], "ms"),
              ("declutter --version", res.get("version_ms"), "<", wanted["version_ms"], "ms")]
    if "declutter" in res:
        checks.append(("mean ms/page", res["declutter"]["ms_per_page"], "<=",
                       wanted["ms_per_page"], "ms"))
    # The speed issue asks to beat boilerpy3 on dumps only.
    for peer in ("trafilatura", "boilerpy3") if res.get("input") != "html" else ("trafilatura",):
        if peer in res:
            checks.append((f"{peer} time / declutter time", res[peer]["ratio"], ">=" if peer ==
                           "trafilatura" else ">", wanted[f"{peer}_ratio"], "x"))
    if "linearity" in res:
        checks.append(("10x dump time ratio", res["linearity"], "<=", wanted["linearity"], "x"))
    ok_of = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
             ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
    rows = [[name, f"{value:.2f} {unit}", f"{op} {limit:g} {unit}",
             "ok" if ok_of[op](value, limit) else "MISSED"]
            for name, value, op, limit, unit in checks if value is not None]
    return "Targets\n\n" + table(["target", "measured", "wanted", ""], rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA, help="folder of *.jsonl.gz eval files")
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each dataset")
    ap.add_argument("--peers", nargs="*", metavar="NAME",
                    help="also time these peers (all four when no name is given)")
    ap.add_argument("--input", choices=["dump", "html"], default="dump",
                    help="time the page dumps (default) or the pages' original HTML")
    ap.add_argument("--runs", type=int, default=5, help="runs of each start-up command")
    ap.add_argument("--json", metavar="FILE", help="write the figures here as JSON")
    args = ap.parse_args(argv)

    fmt = "html" if args.input == "html" else "text"
    pages = load_dumps(args.data, args.limit, field=args.input)
    if not pages:
        print(f"bench: no evaluation {args.input}s in {args.data}: throughput skipped", file=sys.stderr)
    peers = {}
    if args.peers is not None and pages:
        from peers import HTML_ONLY, PEERS, installed
        default = [name for name in PEERS if fmt == "html" or name not in HTML_ONLY]
        peers, missing = installed(args.peers or default)
        for name, why in missing.items():
            print(f"bench: {name} skipped: {why}", file=sys.stderr)
    # Peers print warnings about the markup they meet (boilerpy3: nested <a>); the
    # table is what this script prints.
    with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet), \
            contextlib.redirect_stderr(quiet):
        times = throughput(pages, peers, fmt) if pages else {}
    stage_totals = stages(pages, fmt) if pages else {}
    lin = linearity(pages) if pages and fmt == "text" else []
    dumps = pages if fmt == "text" else load_dumps(args.data, args.limit)
    largest = max(dumps, key=lambda p: len(p.dump)).dump if dumps else open(SEED, encoding="utf-8").read()
    text, res = report(pages, times, stage_totals, startup(args.runs), memory(largest), lin, fmt)
    print(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(res, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
