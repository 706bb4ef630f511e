"""The command line: a thin click layer over the library.

Exit codes: 0 success, 1 an input could not be processed, 2 usage error.
An input that breaks a set limit (HTML size) is an input error (1).
"""
from __future__ import annotations

import os
import sys

import click

from . import __version__
from .config import MODES, Config

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2

EPILOG = """\b
Examples:
  declutter page.txt                  the article as text
  declutter page.html                 HTML works too (recognised by content)
  cat page.txt | declutter -f json    JSON with headline, byline, date, body…
  declutter --explain page.txt        every line with its label and rule
  declutter a.txt b.txt -f json       one JSON object per line, per file
  declutter --disable related page.txt
  declutter batch --help              corpus runs: directories, JSONL, WARC/WET

\b
Exit codes: 0 success; 1 an input could not be read or processed
(the other inputs are still processed) or the output could not be
written; 2 usage error. Inputs over --max-input-size (16M) are refused.
"""


def _fail(message: str, code: int = EXIT_USAGE):
    click.echo(f"declutter: error: {message}", err=True)
    sys.exit(code)


def _size(text: str) -> int:
    """'16M', '500k', '2G' or a byte count; 0 means no limit."""
    units = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}
    text = text.strip().lower().removesuffix("b").removesuffix("i")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        value = float(number) * factor
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a size like 16M, 500k or 0") from None
    if value < 0:
        raise click.BadParameter("a size cannot be negative")
    return int(value)


def _mb(n: int) -> str:
    return f"{n / 1024 ** 2:.1f} MB" if n >= 1024 ** 2 else f"{n:,} bytes"


HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def _read(path: str, encoding: str | None, input_format: str = "auto",
          limit: int = 0) -> tuple[str, str, str]:
    """Text of one input ('-' is standard input), its format (text or html) and a
    decoding note (or ""). HTML is recognised by its content or its file name unless
    --input-format forces it. Raises ValueError with a short reason."""
    from .decode import decode_report
    from .html import SNIFF_CHARS, looks_like_html
    from .html.charset import decode_html

    name = path if path != "-" else "stdin"
    too_big = (f"{name}: over the input limit of {_mb(limit)}; "
               "raise it with --max-input-size (0 for none)")
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1) if limit else sys.stdin.buffer.read()
    else:
        if os.path.isdir(path):
            raise ValueError(f"{path}: is a directory")
        try:
            with open(path, "rb") as fh:
                if limit and os.fstat(fh.fileno()).st_size > limit:
                    raise ValueError(too_big)
                data = fh.read(limit + 1) if limit else fh.read()
        except FileNotFoundError:
            raise ValueError(f"{path}: no such file") from None
        except PermissionError:
            raise ValueError(f"{path}: permission denied") from None
        except IsADirectoryError:
            raise ValueError(f"{path}: is a directory") from None
        except OSError as exc:
            raise ValueError(f"{path}: {exc.strerror or exc}") from None
    if limit and len(data) > limit:
        raise ValueError(too_big)
    fmt = input_format
    if fmt == "auto":
        by_name = path.lower().endswith(HTML_SUFFIXES)
        fmt = "html" if by_name or looks_like_html(data[:SNIFF_CHARS].decode("latin-1")) else "text"
    try:
        if fmt == "html":
            return decode_html(data, encoding), fmt, ""
        decoded = decode_report(data, encoding)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None
    return decoded.text, fmt, decoded.note


def _list_stages() -> None:
    from .pipeline import STAGES
    for name, _, doc in STAGES:
        click.echo(f"{name:<10} {doc}")


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "markdown", "json"]),
              default="text", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--overwrite", is_flag=True, help="Replace an existing --output file.")
@click.option("--lang", metavar="CODE", help="Page language (ISO 639-1); detected when absent.")
@click.option("--mode", type=click.Choice(MODES), default="balanced", show_default=True,
              help="precision keeps less doubtful text; recall keeps more.")
@click.option("--encoding", metavar="NAME", help="Decode input with this encoding.")
@click.option("--input-format", type=click.Choice(["auto", "text", "html"]), default="auto",
              show_default=True, help="auto recognises HTML by content or file name.")
@click.option("--max-input-size", "max_input", default="16M", show_default=True, metavar="SIZE",
              help="Refuse larger inputs (e.g. 64M, 1G; 0 for no limit).")
@click.option("--explain", is_flag=True, help="Show every line with its label and rule.")
@click.option("--list-stages", is_flag=True, help="List the pipeline stages and exit.")
@click.option("--disable", multiple=True, metavar="STAGE", help="Skip a stage (repeatable).")
@click.version_option(__version__, "-V", "--version", prog_name="declutter")
def command(files, fmt, output, overwrite, lang, mode, encoding, input_format, max_input,
            explain, list_stages, disable):
    """Strip boilerplate from web page dumps and print the article.

    FILE is a page dump (the visible text of a page) or an HTML page; '-' or no
    FILE reads standard input.
    """
    if list_stages:
        _list_stages()
        return
    from .pipeline import STAGE_NAMES
    unknown = sorted(set(disable) - set(STAGE_NAMES))
    if unknown:
        _fail(f"unknown stage {', '.join(unknown)} (see --list-stages)")
    if output and os.path.exists(output) and not overwrite:
        _fail(f"{output} exists; pass --overwrite to replace it")
    if output and not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        _fail(f"{output}: directory does not exist")
    if not files:
        if sys.stdin.isatty():
            _fail("no input: give a FILE or pipe a page into declutter (see --help)")
        files = ("-",)
    limit = _size(max_input)
    config = Config(lang=lang, disabled=frozenset(disable), mode=mode, max_input_chars=limit)
    chunks, failed = _process(files, fmt, config, encoding, explain, input_format, limit)
    text = "".join(chunks)
    if output and (chunks or not failed):   # nothing read: leave an existing file alone
        _write(output, text)
    elif text:
        click.echo(text, nl=False)
    sys.exit(EXIT_INPUT if failed else EXIT_OK)


def _write(output: str, text: str) -> None:
    """Write through a temporary file, so a failed write never leaves half an output."""
    tmp = output + ".tmp"
    created = False
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            created = True
            fh.write(text)
        os.replace(tmp, output)
    except OSError as exc:
        if created and os.path.isfile(tmp):
            os.remove(tmp)
        _fail(f"{output}: cannot write: {exc.strerror or exc}", EXIT_INPUT)


def _process(files, fmt, config, encoding, explain, input_format="auto",
             limit=0) -> tuple[list[str], int]:
    from .api import explanation, process
    from .assemble import assemble
    from .formats import RENDERERS, explain_tsv

    chunks: list[str] = []
    failed = 0
    many = len(files) > 1
    for path in files:
        name = path if path != "-" else "stdin"
        try:
            text, text_format, note = _read(path, encoding, input_format, limit)
            if note:
                click.echo(f"declutter: warning: {name}: {note}", err=True)
            if not text.strip():
                click.echo(f"declutter: warning: {name}: empty input", err=True)
            doc, ctx = process(text, config=config, input_format=text_format)
        except ValueError as exc:
            click.echo(f"declutter: error: {exc if path in str(exc) else f'{name}: {exc}'}",
                       err=True)
            failed += 1
            continue
        for warning in doc.hints.get("warnings", []):
            click.echo(f"declutter: warning: {name}: {warning}", err=True)
        if explain:
            result = explanation(doc, ctx)
            if sys.stdout.isatty() and not many:
                from rich.console import Console
                from .formats import explain_rich
                explain_rich(result, Console())
            else:
                chunks.append((f"==> {path} <==\n" if many else "") + explain_tsv(result))
            continue
        article = assemble(doc)
        if not article.paragraphs and text.strip():
            click.echo(f"declutter: warning: {path if path != '-' else 'stdin'}: no article text found",
                       err=True)
        if fmt == "json" and many:
            import json
            record = {"source": path, **article.to_dict()}
            chunks.append(json.dumps(record, ensure_ascii=False) + "\n")
        elif many:
            chunks.append(f"==> {path} <==\n" + RENDERERS[fmt](article) + "\n")
        else:
            chunks.append(RENDERERS[fmt](article))
    return chunks, failed


def main() -> None:
    """Entry point: no traceback ever reaches the user."""
    try:
        from .corpus.command import batch, wants_batch   # corpus runs: see `declutter batch -h`
        args = sys.argv[1:]
        if wants_batch(args):
            args = args[1:] if args[:1] == ["batch"] else args
            batch.main(args, prog_name="declutter batch", standalone_mode=True)
        command.main(prog_name="declutter", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("declutter: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except Exception as exc:  # a bug in declutter: still one line, never a traceback
        click.echo(f"declutter: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(EXIT_INPUT)
