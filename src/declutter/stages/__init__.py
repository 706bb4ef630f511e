"""One module per stage family; each exposes run(doc, ctx). The order is in pipeline.py."""
from __future__ import annotations

from ..model import Document, Label


def apply_family(doc: Document, ctx, family: str, labels=(Label.UNKNOWN,)) -> None:
    """Mark every line whose current label is in `labels` that a rule of `family` matches."""
    rules = ctx.rules
    if family not in rules.families:
        return
    for line in doc.lines:
        if line.label in labels and line.text:
            hit = rules.match(family, line.text, line.key)
            if hit:
                rule, evidence = hit
                ctx.mark(line, rule.label, rule.id, evidence)
