"""Label the body: unmarked lines inside the main run; everything else is boilerplate.

A list inside the run whose items nav took for a menu only because they are short
(steps, key points, specs), with text of the run on both sides, is body too.

A recipe card printed below the run (an "Ingredients" heading, its short lines, then a
"Directions" heading and the steps) is body: its parts sit between buttons, counters and
short lines that end the run, yet it is the article's own text. The card ends at the
first line another stage marked (related list, comment form, footer).

A credit line a few lines under the run ("Photos by ...", "... contributed to this
report.") is the article's last line.

A long paragraph printed twice, first outside the run (the preview of a share box)
and then in it, is kept where the run has it.

A paragraph printed twice in the main run (a page that carries the article and
its print version, with different line breaks) is kept once: paragraphs are
compared by their words, so line breaks and spacing do not matter.
"""
from __future__ import annotations

from itertools import chain

from ..model import Document, Label
from .mainrun import HARD


def run(doc: Document, ctx) -> None:
    start, end = doc.main or (0, 0)
    _free_inner_lists(doc, ctx, start, end)
    lex = ctx.rules.lexicon
    heads = frozenset(lex.get("recipe_ingredients")), frozenset(lex.get("recipe_steps"))
    if doc.main and heads[0]:
        _recipe_card(doc, ctx, end, *heads)
        _recipe_card_above(doc, ctx, start, *heads)
    _keep_copies_in_run(doc, ctx, start, end)
    credit = lex.get("credit_line_starts"), lex.get("credit_line_contains")
    if doc.main and (credit[0] or credit[1]):
        _closing_credit(doc, ctx, end, *credit)
    for i, ln in enumerate(doc.lines):
        if ln.label is not Label.UNKNOWN:
            continue
        if start <= i < end:
            ctx.mark(ln, Label.BODY, "body.main-run")
        else:
            ctx.mark(ln, Label.BOILERPLATE, "body.outside-main-run")
    _drop_repeated_paragraphs(doc, ctx)


def _keep_copies_in_run(doc: Document, ctx, start: int, end: int) -> None:
    """A long line printed twice, once outside the run (a share box's preview, a
    teaser) and once in or right above it: that copy is the article's paragraph,
    though dedupe kept the first one."""
    # The copy may be the line right above the run: as a duplicate it scored
    # against the run, so the run starts below it.
    top = start - 1
    while top > 0 and not doc.lines[top].text:
        top -= 1
    top = max(top, 0)
    copies = [ln for ln in doc.lines[top:end]
              if ln.label is Label.DUPLICATE and ln.marks[-1].rule == "dedupe.repeated-line"]
    if not copies:
        return
    # A copy read as a form, footer or related line makes every copy that.
    outside, hard = set(), set()
    for k, ln in enumerate(doc.lines):
        if ln.text and not top <= k < end:
            (hard if ln.label in HARD else outside).add(ln.key)
    for ln in copies:
        if ln.key in outside and ln.key not in hard:
            ctx.mark(ln, Label.BODY, "body.copy-in-run", "its first copy is outside the run")


# A credit printed under the text is read this many content lines below the run at most.
CREDIT_REACH = 8


def _closing_credit(doc: Document, ctx, end: int, starts: tuple, contains: tuple) -> None:
    """A credit line a few lines under the run ("Photos by ...", "... contributed to this
    report.") is the article's last line: a share bar or an ad often sits between.
    Phrases are per language ([lexicon] credit_line_starts / credit_line_contains)."""
    seen = 0
    for ln in doc.lines[end:]:
        if not ln.text:
            continue
        seen += 1
        if seen > CREDIT_REACH or ln.label in HARD:
            return
        if ln.label in (Label.UNKNOWN, Label.BOILERPLATE) and \
                (ln.key.startswith(starts) or any(c in ln.key for c in contains)):
            ctx.mark(ln, Label.BODY, "body.closing-credit", "a credit line under the text")
            return


def _free_inner_lists(doc: Document, ctx, start: int, end: int) -> None:
    """Short lines taken for a menu only for being short, with article text of the
    run on both sides, are a list of the article (steps, key points, specs)."""
    content = [i for i in range(start, end) if doc.lines[i].text]
    k = 0
    while k < len(content):
        if not _short_run_item(doc.lines[content[k]]):
            k += 1
            continue
        j = k
        while j < len(content) and _short_run_item(doc.lines[content[j]]):
            j += 1
        if k > 0 and j < len(content) and doc.lines[content[k - 1]].label is Label.UNKNOWN \
                and doc.lines[content[j]].label is Label.UNKNOWN:
            for i in content[k:j]:
                ctx.mark(doc.lines[i], Label.BODY, "body.inner-list", "between text of the run")
        k = j


# How far below the run the card's "Ingredients" heading may start (lines).
CARD_REACH = 100      # lines from the text to the card's heading (a long card holds nutrition too)


def _recipe_card(doc: Document, ctx, end: int, starts: frozenset, steps: frozenset) -> None:
    lines = doc.lines
    head = next((i for i in range(end, min(end + CARD_REACH, len(lines)))
                 if _card_line(lines[i]) and lines[i].key in starts), None)
    if head is None:
        return
    card, has_steps, sentences = [], False, 0
    for i in range(head, len(lines)):
        ln = lines[i]
        if not ln.text:
            continue
        if not _card_line(ln):
            break
        card.append(ln)
        if ln.key in steps:
            has_steps = True
        elif has_steps and len(ln.tokens) >= 5:
            sentences += 1
    # Without a steps heading followed by steps it is only a list of things (a menu).
    if sentences:
        for ln in card:
            ctx.mark(ln, Label.BODY, "body.recipe-card", f"card under heading line {lines[head].number}")


def _recipe_card_above(doc: Document, ctx, start: int, starts: frozenset, steps: frozenset) -> None:
    """The card's ingredients above a run that is its steps: from the ingredients
    heading down to the steps heading the run starts under."""
    card, steps_seen = [], False
    for i in range(start - 1, max(start - CARD_REACH, 0) - 1, -1):
        ln = doc.lines[i]
        if not ln.text:
            continue
        if not _card_line(ln):
            return
        card.append(ln)
        steps_seen = steps_seen or ln.key in steps
        if steps_seen and ln.key in starts:
            for c in card:
                ctx.mark(c, Label.BODY, "body.recipe-card", f"card above the run, from line {ln.number}")
            return


# In a card, amounts repeat ("65 g" for flour and for sugar) and stand alone ("1" egg):
# dedupe and the counter rule mark them, yet they are the card's lines.
CARD_MARKS = frozenset({"dedupe.repeated-short-line", "meta.counter"})


def _card_line(line) -> bool:
    return line.label is Label.UNKNOWN or _short_run_item(line) or \
        len(line.marks) == 1 and line.marks[0].rule in CARD_MARKS


def _short_run_item(line) -> bool:
    return line.label is Label.NAV and len(line.marks) == 1 and line.marks[0].rule == "nav.short-line-run"


def _drop_repeated_paragraphs(doc: Document, ctx) -> None:
    from ..assemble import body_paragraphs
    paragraphs = body_paragraphs(doc)
    seen: dict[tuple[str, ...], int] = {}
    for para in paragraphs:
        words = tuple(chain.from_iterable(ln.tokens for ln in para))
        if len(words) < 5:
            continue
        if words in seen:
            for ln in para:
                ctx.mark(ln, Label.DUPLICATE, "body.repeated-paragraph",
                         f"same words as line {seen[words]}")
        else:
            seen[words] = para[0].number
