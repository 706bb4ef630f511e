"""Headline and subheadline.

Dumps open with the page <title>, which usually holds the headline plus the site
name ("Headline | Site"). The headline is the line above the main text whose words
best match the title; when none does, the title's longest part stands in. Lines
that only echo the headline ("Site - Headline…") are marked as duplicates.
"""
from __future__ import annotations

import regex

from ..model import Document, Field, Label
from ..rules import line_key
from ..text import similarity, tokens

# (?<!\s): start only where a run of spaces starts, so a long run is scanned once (linear).
_TITLE_SEPARATORS = regex.compile(
    r"(?<!\s)(?:\s+[|–—\-:·•»«/]{1,2}\s+|\s*[|｜]\s*|\s+::\s+|\s+-\s*$)")
CANDIDATE_LABELS = frozenset({Label.UNKNOWN, Label.DUPLICATE, Label.NAV, Label.BOILERPLATE,
                              Label.META})
MAX_HEADLINE_CHARS = 400
# A first line longer than this is not a <title>; comparing every line with it would
# cost (lines x title length), quadratic on a dump that opens with one huge line.
MAX_TITLE_CHARS = 2000


def title_parts(title: str) -> list[str]:
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]
    return parts or [title]


def run(doc: Document, ctx) -> None:
    title_idx = doc.hints.get("title")
    if title_idx is None or doc.lines[title_idx].weight > MAX_TITLE_CHARS:
        return
    title = doc.lines[title_idx].text
    title_toks = tokens(title)
    parts = title_parts(title)
    main_part = max(parts, key=lambda p: len(tokens(p)))
    part_toks = tokens(main_part)
    main_start = doc.main[0] if doc.main else len(doc.lines)
    main_end = doc.main[1] if doc.main else len(doc.lines)

    candidates = []
    for i in range(title_idx + 1, main_end):
        ln = doc.lines[i]
        if not ln.text or ln.label not in CANDIDATE_LABELS or ln.weight > MAX_HEADLINE_CHARS:
            continue
        toks = ln.tokens
        inside, _ = similarity(toks, title_toks)          # share of the line in the title
        _, covered = similarity(toks, part_toks)          # share of the title part it holds
        if inside >= 0.75 and covered >= 0.6:
            candidates.append((inside + covered - (0.3 if ln.label is Label.NAV else 0.0), i))
    best, best_score = None, 0.0
    if candidates:
        top = max(score for score, _ in candidates)
        near = [i for score, i in candidates if score >= top - 0.1]
        # The copy closest above the main text is the printed headline; earlier
        # copies sit in breadcrumbs and menus.
        above = [i for i in near if i < main_start]
        best = above[-1] if above else near[0]
        best_score = next(score for score, i in candidates if i == best)

    if best is not None:
        line = doc.lines[best]
        value = line.text
        kicker = _previous(doc, best)
        if kicker is not None and line_key(main_part) == line_key(
                doc.lines[kicker].text + " " + line.text):
            value = main_part        # "Kicker: Headline" printed as two lines
            ctx.mark(doc.lines[kicker], Label.HEADLINE, "headline.kicker-joined",
                     "title joins this line and the next")
        ctx.mark(line, Label.HEADLINE, "headline.matches-title", f"{best_score:.2f}")
        doc.fields["headline"] = Field(value, best, min(1.0, best_score / 2))
        _echoes(doc, ctx, best, tokens(value))
        _subheadline(doc, ctx, best)
    elif len(part_toks) >= 3:
        doc.fields["headline"] = Field(main_part, title_idx, 0.4)
        ctx.note(doc.lines[title_idx], "headline.from-title", main_part)


def _previous(doc: Document, i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if doc.lines[j].text:
            return j
    return None


def _echoes(doc: Document, ctx, head: int, head_toks: list[str]) -> None:
    """Lines near the top that hold little more than the headline's words."""
    main_end = doc.main[1] if doc.main else len(doc.lines)
    for i, ln in enumerate(doc.lines[:main_end]):
        if i == head or not ln.text or ln.label not in (Label.UNKNOWN, Label.DUPLICATE):
            continue
        toks = ln.tokens
        inside, _ = similarity(toks, head_toks)
        if len(toks) >= 3 and inside >= 0.7 and ln.weight <= MAX_HEADLINE_CHARS:
            ctx.mark(ln, Label.DUPLICATE, "headline.echo", f"echoes line {doc.lines[head].number}")


def _subheadline(doc: Document, ctx, head: int) -> None:
    """An overline printed just above the headline, long enough to be a sentence."""
    prev = _previous(doc, head)
    if prev is None:
        return
    ln = doc.lines[prev]
    if ln.label is Label.UNKNOWN and len(ln.tokens) >= 4 and 30 <= ln.weight <= 400:
        ctx.mark(ln, Label.SUBHEADLINE, "headline.overline", "line above the headline")
        doc.fields["subheadline"] = Field(ln.text, prev, 0.6)
