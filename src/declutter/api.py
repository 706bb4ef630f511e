"""The Python API: clean() and explain()."""
from __future__ import annotations

from dataclasses import dataclass

from . import pipeline
from .assemble import assemble
from .config import DEFAULT, Config, InputTooLargeError
from .model import Article, Document, Line


def to_document(text: str) -> Document:
    """Split text into lines; nothing is dropped, so line numbers match the input."""
    if text.startswith("\ufeff"):
        text = text[1:]
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # Positional arguments: the dataclass __init__ binds them faster than keywords.
    return Document([Line(number, raw) for number, raw in enumerate(raw_lines, 1)])


def _config(lang: str | None, config: Config | None) -> Config:
    config = config or DEFAULT
    if lang is not None and lang != config.lang:
        from dataclasses import replace
        config = replace(config, lang=lang)
    return config


INPUT_FORMATS = ("auto", "text", "html")


def read_input(text: str | bytes, input_format: str | None = None) -> Document:
    """A Document from a page dump or from HTML (recognised by content unless forced)."""
    fmt = input_format or "auto"
    if fmt not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {', '.join(INPUT_FORMATS)}, not {fmt!r}")
    from . import html
    if isinstance(text, (bytes, bytearray)):
        from .decode import decode
        from .html.charset import decode_html
        data = bytes(text)
        head = data[:html.SNIFF_CHARS].decode("latin-1")
        is_html = fmt == "html" or (fmt == "auto" and html.looks_like_html(head))
        text = decode_html(data) if is_html else decode(data)
    if not isinstance(text, str):
        raise TypeError(f"clean() takes str or bytes, not {type(text).__name__}")
    if fmt == "html" or (fmt == "auto" and html.looks_like_html(text)):
        return html.to_document(text)
    return to_document(text)


def process(text: str | bytes, *, lang: str | None = None, config: Config | None = None,
            input_format: str | None = None) -> tuple[Document, "pipeline.Context"]:
    config = _config(lang, config)
    if config.max_input_chars and len(text) > config.max_input_chars:
        raise InputTooLargeError(f"input is {len(text):,} characters, over the limit of "
                                 f"{config.max_input_chars:,} (raise Config.max_input_chars)")
    doc = read_input(text, input_format)
    ctx = pipeline.run(doc, config)
    return doc, ctx


def clean(text: str | bytes, *, lang: str | None = None, config: Config | None = None,
          input_format: str | None = None) -> Article:
    """Find the article in a page dump or an HTML page: headline, byline, date, body paragraphs.

    input_format: "auto" (default) recognises HTML by its content; "text" or "html" force it.
    Bytes are decoded (HTML: BOM, UTF-8, declared charset checked, detection).
    """
    doc, _ = process(text, lang=lang, config=config, input_format=input_format)
    return assemble(doc)


@dataclass(frozen=True, slots=True)
class ExplainedLine:
    number: int
    label: str
    stage: str
    rule: str
    evidence: str
    text: str
    kept: bool


@dataclass(frozen=True, slots=True)
class Explanation:
    article: Article
    lines: list[ExplainedLine]
    counts: dict[str, int]


def explain(text: str | bytes, *, lang: str | None = None, config: Config | None = None,
            input_format: str | None = None) -> Explanation:
    """The article plus, for every input line, its final label and the rule that set it.

    For HTML input the lines are those of the rendered page (see declutter.html).
    """
    doc, ctx = process(text, lang=lang, config=config, input_format=input_format)
    return explanation(doc, ctx)


def explanation(doc: Document, ctx: "pipeline.Context") -> Explanation:
    """The Explanation of a processed document."""
    lines = [ExplainedLine(ln.number, ln.label.value, ln.stage, ln.rule,
                           ln.marks[-1].evidence if ln.marks else "", ln.raw, ln.label.kept)
             for ln in doc.lines]
    return Explanation(assemble(doc), lines, dict(ctx.counts))
