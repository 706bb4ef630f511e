"""Image captions and credits inside the article area ("Photo: …", "صورة …", "REUTERS/…")."""
from __future__ import annotations

from ..model import Document, Field, Label

CANDIDATES = frozenset({Label.UNKNOWN, Label.NAV, Label.META})


def run(doc: Document, ctx) -> None:
    if "captions" not in ctx.rules.families:
        return
    head = doc.fields.get("headline")
    start = doc.main[0] if doc.main else 0
    if head is not None and head.line is not None:
        start = min(start, head.line)
    end = doc.main[1] if doc.main else len(doc.lines)
    found = []
    for i in range(start, end):
        ln = doc.lines[i]
        if ln.label not in CANDIDATES or not ln.text:
            continue
        hit = ctx.rules.match("captions", ln.text, ln.key, ln.folded)
        if hit:
            ctx.mark(ln, Label.CAPTION, hit[0].id, hit[1])
            found.append(ln.text)
    if found:
        doc.fields["captions"] = Field(found, None, 0.6)
