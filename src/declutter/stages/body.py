"""Label the body: unmarked lines inside the main run; everything else is boilerplate.

A paragraph printed twice in the main run (a page that carries the article and
its print version, with different line breaks) is kept once: paragraphs are
compared by their words, so line breaks and spacing do not matter.
"""
from __future__ import annotations

from ..model import Document, Label


def run(doc: Document, ctx) -> None:
    start, end = doc.main or (0, 0)
    for i, ln in enumerate(doc.lines):
        if ln.label is not Label.UNKNOWN:
            continue
        if start <= i < end:
            ctx.mark(ln, Label.BODY, "body.main-run")
        else:
            ctx.mark(ln, Label.BOILERPLATE, "body.outside-main-run")
    _drop_repeated_paragraphs(doc, ctx)


def _drop_repeated_paragraphs(doc: Document, ctx) -> None:
    from ..assemble import body_paragraphs
    paragraphs = body_paragraphs(doc)
    seen: dict[tuple[str, ...], int] = {}
    for para in paragraphs:
        words = tuple(w for ln in para for w in ln.tokens)
        if len(words) < 5:
            continue
        if words in seen:
            for ln in para:
                ctx.mark(ln, Label.DUPLICATE, "body.repeated-paragraph",
                         f"same words as line {seen[words]}")
        else:
            seen[words] = para[0].number
