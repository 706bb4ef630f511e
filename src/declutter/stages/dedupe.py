"""Repeated lines: the title line, site names printed twice, lines that repeat one token.

A short line that recurs is page furniture (site name, menu item, "Advertisement"):
every copy goes. A long line that recurs is content printed twice (a teaser and the
lead, a headline and its echo): the first copy stays.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Document, Label

# A recurring line at least this long (Latin-equivalent characters) is content.
LONG_LINE = 120


def _doubled(toks: list[str]) -> bool:
    """True when the token list is one sequence written twice or more."""
    n = len(toks)
    for parts in (2, 3):
        if n >= 2 * parts - 2 and n % parts == 0:
            size = n // parts
            # toks[size] == toks[0] is the first thing the slices compare: most lines fail it.
            if size and toks[size] == toks[0] and all(
                    toks[i * size:(i + 1) * size] == toks[:size] for i in range(1, parts)):
                return True
    return False


def run(doc: Document, ctx) -> None:
    content = [ln for ln in doc.lines if ln.text]
    if len(content) >= 3:
        # Dumps (browser copies, WET records) open with the <title>; the headline
        # stage compares lines against it.
        ctx.mark(content[0], Label.TITLE, "dedupe.title-line")
        doc.hints["title"] = doc.lines.index(content[0])
    seen: dict[str, list] = defaultdict(list)
    for line in content:
        if line.label is Label.UNKNOWN:
            seen[line.key].append(line)
    for key, copies in seen.items():
        if len(copies) < 2 or not key:
            continue
        if copies[0].weight >= LONG_LINE:
            for line in copies[1:]:
                ctx.mark(line, Label.DUPLICATE, "dedupe.repeated-line",
                         f"same as line {copies[0].number}")
        else:
            for line in copies:
                ctx.mark(line, Label.DUPLICATE, "dedupe.repeated-short-line",
                         f"{len(copies)} copies")
    for line in content:
        if line.label is not Label.UNKNOWN:
            continue
        toks = line.tokens
        # "Anzeige Anzeige" is a widget printed twice; "Übung, Übung, Übung" is a
        # sentence's emphasis (the commas tell).
        if len(toks) >= 2 and toks[0] == toks[-1] and len(set(toks)) == 1 and "," not in line.text:
            ctx.mark(line, Label.BOILERPLATE, "dedupe.repeated-token", toks[0])
        elif len(toks) >= 4 and _doubled(toks):
            ctx.mark(line, Label.DUPLICATE, "dedupe.doubled-line", "one text written twice")
