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
(the other inputs are still processed); 2 usage error.
"""


def _fail(message: str, code: int = EXIT_USAGE):
    click.echo(f"declutter: error: {message}", err=True)
    sys.exit(code)


HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def _read(path: str, encoding: str | None, input_format: str = "auto") -> tuple[str, str]:
    """Text of one input ('-' is standard input) and its format (text or html).

    HTML is recognised by its content or its file name unless --input-format forces it.
    Raises ValueError with a short reason.
    """
    from .decode import decode
    from .html import SNIFF_CHARS, looks_like_html
    from .html.charset import decode_html

    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        if os.path.isdir(path):
            raise ValueError(f"{path}: is a directory")
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            raise ValueError(f"{path}: no such file") from None
        except PermissionError:
            raise ValueError(f"{path}: permission denied") from None
        except OSError as exc:
            raise ValueError(f"{path}: {exc.strerror or exc}") from None
    fmt = input_format
    if fmt == "auto":
        by_name = path.lower().endswith(HTML_SUFFIXES)
        fmt = "html" if by_name or looks_like_html(data[:SNIFF_CHARS].decode("latin-1")) else "text"
    try:
        return (decode_html(data, encoding) if fmt == "html" else decode(data, encoding)), fmt
    except ValueError as exc:
        raise ValueError(f"{path if path != '-' else 'stdin'}: {exc}") from None


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
@click.option("--explain", is_flag=True, help="Show every line with its label and rule.")
@click.option("--list-stages", is_flag=True, help="List the pipeline stages and exit.")
@click.option("--disable", multiple=True, metavar="STAGE", help="Skip a stage (repeatable).")
@click.version_option(__version__, "-V", "--version", prog_name="declutter")
def command(files, fmt, output, overwrite, lang, mode, encoding, input_format, explain,
            list_stages, disable):
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
    config = Config(lang=lang, disabled=frozenset(disable), mode=mode)
    chunks, failed = _process(files, fmt, config, encoding, explain, input_format)
    text = "".join(chunks)
    if output:
        tmp = output + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, output)
    elif text:
        click.echo(text, nl=False)
    sys.exit(EXIT_INPUT if failed else EXIT_OK)


def _process(files, fmt, config, encoding, explain, input_format="auto") -> tuple[list[str], int]:
    from .api import explanation, process
    from .assemble import assemble
    from .formats import RENDERERS, explain_tsv

    chunks: list[str] = []
    failed = 0
    many = len(files) > 1
    for path in files:
        name = path if path != "-" else "stdin"
        try:
            text, text_format = _read(path, encoding, input_format)
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
