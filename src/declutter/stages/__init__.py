"""One module per stage family; each exposes run(doc, ctx). The order is in pipeline.py."""
from __future__ import annotations

from ..model import Document, Label


def apply_family(doc: Document, ctx, family: str, labels=(Label.UNKNOWN,)) -> None:
    """Mark every line whose current label is in `labels` that a rule of `family` matches."""
    matcher = ctx.rules.matcher(family)
    if matcher is None:
        return
    for line in doc.lines:
        if line.label in labels and line.text:
            hit = matcher.match(line.text, line.key, line.folded)
            if hit:
                rule, evidence = hit
                ctx.mark(line, rule.label, rule.id, evidence)
