"""Build the Article from the labels and fields: the only place lines are left out."""
from __future__ import annotations

from .model import Article, Document, Label, Line


def body_paragraphs(doc: Document) -> list[list[Line]]:
    """Body lines grouped one paragraph per block (lines of one block were split by <br>)."""
    out: list[list[Line]] = []
    last_block = None
    for ln in doc.lines:
        if ln.label is not Label.BODY:
            continue
        if out and ln.block == last_block:
            out[-1].append(ln)
        else:
            out.append([ln])
        last_block = ln.block
    return out


def paragraphs(doc: Document) -> list[str]:
    return ["\n".join(ln.text for ln in para) for para in body_paragraphs(doc)]


def assemble(doc: Document) -> Article:
    f = doc.fields

    def value(name, default=None):
        return f[name].value if name in f else default

    paras = paragraphs(doc)
    confidence = {name: round(fl.confidence, 3) for name, fl in f.items()}
    if doc.main and paras:
        score = doc.hints.get("main_score", 0.0)
        confidence["body"] = round(min(1.0, score / 10.0), 3)
    else:
        confidence["body"] = 0.0
    confidence["article"] = round(
        0.6 * confidence["body"] + 0.4 * confidence.get("headline", 0.0), 3)
    return Article(
        headline=value("headline"),
        subheadline=value("subheadline"),
        byline=value("byline"),
        authors=list(value("authors", [])),
        place=value("place"),
        date=value("date"),
        paragraphs=paras,
        captions=[ln.text for ln in doc.lines if ln.label is Label.CAPTION],
        lang=doc.lang,
        direction=doc.direction,
        confidence=confidence,
    )
