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
    return Document([Line(number=i + 1, raw=raw) for i, raw in enumerate(raw_lines)])


def _config(lang: str | None, config: Config | None) -> Config:
    config = config or DEFAULT
    if lang is not None and lang != config.lang:
        from dataclasses import replace
        config = replace(config, lang=lang)
    return config


def process(text: str, *, lang: str | None = None,
            config: Config | None = None) -> tuple[Document, "pipeline.Context"]:
    if not isinstance(text, str):
        raise TypeError(f"clean() takes str, not {type(text).__name__}; decode bytes first")
    config = _config(lang, config)
    if config.max_input_chars and len(text) > config.max_input_chars:
        raise InputTooLargeError(f"input is {len(text):,} characters, over the limit of "
                                 f"{config.max_input_chars:,} (raise Config.max_input_chars)")
    doc = to_document(text)
    ctx = pipeline.run(doc, config)
    return doc, ctx


def clean(text: str, *, lang: str | None = None, config: Config | None = None) -> Article:
    """Find the article in a page dump: headline, byline, date, body paragraphs."""
    doc, _ = process(text, lang=lang, config=config)
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


def explain(text: str, *, lang: str | None = None, config: Config | None = None) -> Explanation:
    """The article plus, for every input line, its final label and the rule that set it."""
    doc, ctx = process(text, lang=lang, config=config)
    lines = [ExplainedLine(ln.number, ln.label.value, ln.stage, ln.rule,
                           ln.marks[-1].evidence if ln.marks else "", ln.raw, ln.label.kept)
             for ln in doc.lines]
    return Explanation(assemble(doc), lines, dict(ctx.counts))
