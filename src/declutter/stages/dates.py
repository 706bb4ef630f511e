"""The publication date: the first date near the article top.

Only lines between the headline and the first lines of the text are read, never
a related list, so dates of other articles are not taken.
"""
from __future__ import annotations

from ..dateparse import finder
from ..model import Document, Field, Label
from .byline import _window

SKIP = frozenset({Label.FORM, Label.FOOTER, Label.RELATED, Label.TITLE, Label.CAPTION})


def run(doc: Document, ctx) -> None:
    dates = finder(ctx.rules)
    head = doc.fields.get("headline")
    window = _window(doc, ctx.config.date_window)
    if head is not None and head.line is not None:
        # After the headline first, then above it.
        window = sorted(window, key=lambda i: (i < head.line, abs(i - head.line)))
    for i in window:
        ln = doc.lines[i]
        if ln.label in SKIP:
            continue
        found = dates.find(ln.text)
        if not found:
            continue
        doc.fields["date"] = Field(found[0], i, 0.7)
        if ln.label in (Label.UNKNOWN, Label.META, Label.NAV) and dates.is_stamp(ln.text):
            ctx.mark(ln, Label.DATE, "dates.stamp-line", found[0])
        else:
            ctx.note(ln, "dates.in-line", found[0])
        return
