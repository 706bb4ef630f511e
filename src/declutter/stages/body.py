"""Label the body: unmarked lines inside the main run; everything else is boilerplate."""
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
