"""Find the main text: the best contiguous run of prose (the context pass).

Each non-blank line scores by its length in Latin-character equivalents: long
lines count for the run, short ones against it, and lines already marked as
boilerplate count strongly against it. The run with the highest sum (Kadane's
maximum subarray) is the main text. Short lines inside it (sub-headings) stay.
"""
from __future__ import annotations

from ..model import Document, Label
from ..text import ends_sentence

HARD = frozenset({Label.FORM, Label.FOOTER, Label.RELATED, Label.TITLE})
SOFT = frozenset({Label.NAV, Label.META, Label.DUPLICATE, Label.BOILERPLATE})
HARD_COST = -3.0
SOFT_COST = -1.0


def line_score(line, config) -> float:
    if line.label in HARD:
        return HARD_COST
    if line.label in SOFT:
        return SOFT_COST
    score = (min(line.weight, config.prose_cap) - config.prose_chars) / config.prose_chars
    if ends_sentence(line.text):
        score += 0.3
    return score


def best_run(scores: list[float]) -> tuple[int, int, float]:
    """[start, end) and sum of the maximum-sum contiguous run."""
    best = (0, 0, 0.0)
    start, total = 0, 0.0
    for i, s in enumerate(scores):
        if total <= 0:
            start, total = i, 0.0
        total += s
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def run(doc: Document, ctx) -> None:
    content = [i for i, ln in enumerate(doc.lines) if ln.text]
    scores = [line_score(doc.lines[i], ctx.config) for i in content]
    start, end, total = best_run(scores)
    if end > start:
        doc.main = (content[start], content[end - 1] + 1)
        doc.hints["main_score"] = total
