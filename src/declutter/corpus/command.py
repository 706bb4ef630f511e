"""`declutter batch`: the corpus command line, and when plain `declutter` routes to it.

Exit codes: 0 every record cleaned; 1 some records became error records (the run
went on); 2 usage error (bad option, output exists, nothing to resume…); 130 interrupted
(the output stays resumable).
"""
from __future__ import annotations

import json
import os
import sys
import time

import click

from ..config import MODES, Config
from .sources import InputError, MissingExtra, discover, is_corpus_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# Options of the single-page command that take a value (their value is not an input).
_VALUED = {"-f", "--format", "-o", "--output", "--lang", "--mode", "--encoding", "--disable"}
# Options that exist only for corpus runs.
_CORPUS_ONLY = {"-j", "--jobs", "--resume", "--stats", "--glob", "--text-field", "--id-field",
                "--timeout", "-q", "--quiet"}

EPILOG = """\b
Examples:
  declutter batch crawl/ -o clean.jsonl.zst        a directory tree into one JSONL file
  declutter pages.jsonl.gz --text-field dump -j 4  JSON Lines in, JSON Lines on stdout
  declutter CC-MAIN-*.warc.gz -o out.jsonl --stats stats.json
  declutter batch site/ -o articles/ -f text       one text file per page, mirrored tree
  declutter batch crawl/ -o clean.jsonl --resume   continue an interrupted run

\b
Exit codes: 0 every record cleaned; 1 some records are error records (the run went
on; the summary counts them); 2 usage error; 130 interrupted (rerun with --resume).
"""


def wants_batch(args: list[str]) -> bool:
    """True when a plain `declutter ...` command line is a corpus run: an input is a
    directory, JSON Lines or WARC/WET, -o names a directory, or a corpus-only option
    (-j, --resume, --stats…) is given."""
    if args[:1] == ["batch"]:
        return True
    expect_value = None
    for arg in args:
        if expect_value:
            if expect_value in ("-o", "--output") and (os.path.isdir(arg) or arg.endswith("/")):
                return True
            expect_value = None
            continue
        if arg == "--":
            continue
        name = arg.split("=", 1)[0]
        if name in _CORPUS_ONLY or (name.startswith("-j") and name[2:].isdigit()):
            return True
        if name in _VALUED and "=" not in arg:
            expect_value = name
            continue
        if not arg.startswith("-") and is_corpus_path(arg):
            return True
    return False


def _fail(message: str, code: int = EXIT_USAGE):
    click.echo(f"declutter: error: {message}", err=True)
    sys.exit(code)


@click.command(name="batch", epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", metavar="PATH",
              help="JSON Lines file (.jsonl, .jsonl.gz, .jsonl.zst), or a directory (existing, "
                   "or ending in '/') for one file per document. Default: stdout.")
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "text", "markdown"]),
              default="json", show_default=True, help="Per-document format with -o DIR.")
@click.option("--overwrite", is_flag=True, help="Replace existing output.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run into the same output.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: all cores].")
@click.option("--glob", metavar="PATTERN", help="Only files under directories matching this "
                                                "(e.g. '*.warc.gz').")
@click.option("--text-field", default="text", show_default=True, help="JSON Lines: the page field.")
@click.option("--id-field", default="id", show_default=True,
              help="JSON Lines: the id field (FILE:LINE when absent).")
@click.option("--timeout", type=click.FloatRange(min=0), default=5.0, show_default=True,
              help="Seconds per document before it becomes an error record (0: no limit).")
@click.option("--stats", "stats_path", metavar="FILE", help="Write the run summary here as JSON.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--lang", metavar="CODE", help="Page language (ISO 639-1); detected when absent.")
@click.option("--mode", type=click.Choice(MODES), default="balanced", show_default=True)
@click.option("--encoding", metavar="NAME", help="Decode pages with this encoding.")
@click.option("--disable", multiple=True, metavar="STAGE", help="Skip a stage (repeatable).")
def batch(inputs, output, fmt, overwrite, resume, jobs, glob, text_field, id_field, timeout,
          stats_path, quiet, lang, mode, encoding, disable):
    """Clean a corpus: files, directories (recursive), JSON Lines and WARC/WET files.

    Every input record gives exactly one output record: the Article fields with id,
    source and url (and crawl_date for WARC), or an "error" with its reason.
    """
    from ..pipeline import STAGE_NAMES
    from .run import default_jobs, run
    from .sinks import DirSink, FileSink, SinkError, StdoutSink
    from .work import Options

    unknown = sorted(set(disable) - set(STAGE_NAMES))
    if unknown:
        _fail(f"unknown stage {', '.join(unknown)} (see --list-stages)")
    try:
        found = discover(list(inputs), glob)
    except InputError as exc:
        _fail(str(exc), EXIT_FAILED)
    if any(i.path.lower().endswith(".zst") for i in found):
        _need("zstandard", "zstd", ".zst input")
    to_dir = bool(output) and (os.path.isdir(output) or output.endswith(("/", os.sep)))
    if fmt != "json" and not to_dir:
        _fail(f"-f {fmt} needs -o DIR (one file per document); JSON Lines output is always json")
    if resume and not output:
        _fail("--resume needs -o: standard output cannot be resumed")
    if stats_path and os.path.exists(stats_path) and not (overwrite or resume):
        _fail(f"{stats_path} exists; pass --overwrite to replace it")
    opts = Options(Config(lang=lang, disabled=frozenset(disable), mode=mode),
                   text_field, id_field, encoding, timeout)
    if to_dir:
        rel_of = {i.path: (i.rel, i.fmt != "page") for i in found}
        sink = DirSink(output, fmt, overwrite, rel_of)
    elif output:
        sink = FileSink(output, overwrite)
    else:
        sink = StdoutSink()
    total_bytes = sum(i.size for i in found)
    show = not quiet and sys.stderr.isatty()
    start = time.perf_counter()
    try:
        with _progress(show, total_bytes) as progress:
            tally = run(found, opts, sink, jobs or default_jobs(), resume, progress,
                        {"format": fmt} if to_dir else None)
    except (SinkError, MissingExtra) as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        click.echo("declutter: interrupted; rerun with --resume to continue" if output
                   else "declutter: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    seconds = time.perf_counter() - start
    summary = {**tally.to_dict(), "seconds": round(seconds, 3),
               "inputs": len(found), "output": output or "-"}
    if stats_path:
        with open(stats_path + ".tmp", "w", encoding="utf-8") as fh:
            json.dump(summary, fh, ensure_ascii=False, indent=1)
        os.replace(stats_path + ".tmp", stats_path)
    if not quiet:
        click.echo(_summary_line(summary), err=True)
    sys.exit(EXIT_FAILED if tally.errors else EXIT_OK)


def _need(module: str, extra: str, what: str) -> None:
    try:
        __import__(module)
    except ImportError:
        _fail(f"{what} needs the '{extra}' extra: pip install 'declutter[{extra}]'")


def _summary_line(s: dict) -> str:
    mb = s["bytes"] / 1e6
    rate = mb / s["seconds"] if s["seconds"] else 0.0
    parts = [f"{s['documents']:,} documents ({mb:,.1f} MB) in {s['seconds']:.1f} s "
             f"({rate:.2f} MB/s)", f"{s['empty']:,} without article text",
             f"{s['errors']:,} errors"]
    if s["skipped"]:
        parts.append(f"{sum(s['skipped'].values()):,} WARC records skipped (no page)")
    line = "declutter: " + ", ".join(parts)
    if s["error_reasons"]:
        top = ", ".join(f"{k} ×{v}" for k, v in list(s["error_reasons"].items())[:3])
        line += f"\ndeclutter: errors: {top}"
    if s["stages"]:
        line += "\ndeclutter: marks per stage: " + ", ".join(
            f"{k} {v:,}" for k, v in s["stages"].items())
    return line


class _progress:
    """A rich progress bar on a terminal; a no-op callback otherwise."""

    def __init__(self, show: bool, total_bytes: int):
        self.show, self.total = show, total_bytes

    def __enter__(self):
        if not self.show:
            return None
        from rich.progress import (BarColumn, Progress, TextColumn, TimeRemainingColumn,
                                   TransferSpeedColumn)
        from rich.console import Console
        self._bar = Progress(TextColumn("{task.fields[docs]:,} docs"), BarColumn(),
                             TransferSpeedColumn(), TextColumn("{task.fields[errors]} errors"),
                             TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self._bar.start()
        task = self._bar.add_task("clean", total=self.total, docs=0, errors=0)

        def update(done_bytes, tally):
            self._bar.update(task, completed=done_bytes, docs=tally.documents, errors=tally.errors)
        return update

    def __exit__(self, *exc):
        if self.show:
            self._bar.stop()
        return False
